// Builds the claim graph of a corpus: the registry's sources and their lineage, one article per
// document, one claim per figure with a kind, who states it, and the facts several claims share.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/claim_graph.hpp>
#include <claimcheck/rules.hpp>
#include <claimcheck/claims.hpp>
#include <claimcheck/sources.hpp>

#include <string>
#include <vector>

namespace claimcheck::graph {

// A reference dataset as a rule pack declares it (`*.dataset.yaml`): only what the graph shows.
struct DatasetRef {
    std::string id;         // "ua-general-staff-losses"
    std::string label;      // its description
    std::string source_id;  // the registry id of who publishes it; "" when not said
};

// `kinds`, when given, names facts by the kind's French description instead of its id.
ClaimGraph build_graph(SourceRegistry const& sources, std::vector<Document const*> const& documents,
                       KindRegistry const* kinds = nullptr, std::vector<DatasetRef> const& datasets = {});

// The fact a claim is about: "kind|place|start|end|unit"; "" when it has no kind or no known
// period (a figure with no date cannot be matched with another one safely).
std::string fact_id(Claim const& claim);

// Links the claims a contradiction check compared: `contradicts` where it failed (the note is
// the gap), `corroborates` where independent sources agreed.
void add_verdicts(ClaimGraph& g, std::vector<Finding> const& contradiction_verdicts);

}  // namespace claimcheck::graph
