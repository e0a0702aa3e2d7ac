// Baselines: today's findings recorded so that a corpus with known findings gates only the new
// ones. A baseline is a JSON file of fingerprints (report/fingerprint.hpp, "claimcheck/v1"),
// each with its rule, document and message for a reader; only the fingerprints are compared,
// so copy-editing elsewhere in an article (lines, bytes) keeps a finding known.
#pragma once

#include <claimcheck/diagnostic.hpp>
#include <claimcheck/rules.hpp>

#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace claimcheck::gating {

struct Baseline {
    std::set<std::string> fingerprints;
};

// Writes the failing, unsuppressed findings as a baseline. Fingerprints are counted over the
// whole list, as SARIF's partialFingerprints are, so the two name a finding alike.
void write_baseline(std::ostream& out, std::vector<Finding> const& findings);

// Reads a baseline; a missing file, bad JSON or another fingerprint version is an error naming
// the file (and the line and column for JSON).
std::optional<Baseline> read_baseline(std::filesystem::path const& file, std::vector<Diagnostic>& problems);

// Whether a finding is one the baseline knows: a failure, not suppressed, its fingerprint recorded.
std::vector<bool> known_findings(std::vector<Finding> const& findings, Baseline const& baseline);

// Leaves out the findings the baseline knows; returns how many were left out.
std::size_t drop_known(std::vector<Finding>& findings, Baseline const& baseline);

}  // namespace claimcheck::gating
