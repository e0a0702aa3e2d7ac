// A whole `check` run as the report writers see it, and the formats they write. Each format is
// one writer in its own file, listed once in output_formats() (report/output_formats.cpp).
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/diagnostic.hpp>
#include <claimcheck/rules.hpp>

#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {
struct KindRegistry;
struct SourceRegistry;
}

namespace claimcheck::report {

struct RunReport {
    RuleSet const* rules = nullptr;            // every rule loaded (SARIF lists them with their help)
    std::vector<Rule> tool_rules;              // claimcheck's own, outside the packs (a suppression without a reason)
    SourceRegistry const* sources = nullptr;   // for naming sources (HTML, graph picture)
    KindRegistry const* kinds = nullptr;       // for naming claim kinds (HTML, graph picture)
    // Findings in report order. Failures only, unless a writer asked for every verdict: then
    // the checks that hold or cannot be decided come too (Finding::verdict tells).
    std::vector<Finding> findings;
    // The documents read, when a writer asked for them (HTML); else empty.
    std::vector<Document const*> documents;
    std::vector<Diagnostic> input_problems;    // inputs reported and skipped
    std::string fail_on = "error";             // the level that fails the run
    // The fingerprints of the baseline the run was compared with (--baseline); null without one.
    std::set<std::string> const* baseline = nullptr;
    std::string tool_version;
};

// Writes a whole run. Findings with Verdict other than fails must be skipped by writers that
// only report findings; suppressed findings are left out except where the format can say they
// are suppressed (SARIF, JSON).
using RunWriter = void (*)(std::ostream& out, RunReport const& run);

struct OutputFormat {
    std::string_view name;         // as --format and --output name it
    std::string_view description;  // one line, for --help
    RunWriter write;
    bool needs_documents = false;     // the writer reads RunReport::documents
    bool needs_all_verdicts = false;  // the writer shows what holds as well as what fails
    // The writer is given the findings a baseline knows too, and says they are not new (SARIF's
    // baselineState); the others are given only the new ones.
    bool shows_baseline_state = false;
};

std::span<OutputFormat const> output_formats();
OutputFormat const* find_output_format(std::string_view name);

}  // namespace claimcheck::report
