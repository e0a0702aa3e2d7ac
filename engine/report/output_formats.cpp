#include "report/run_report.hpp"

#include "report/findings_writers.hpp"
#include "report/fingerprint.hpp"
#include "report/html_writer.hpp"
#include "report/run_writers.hpp"

#include <array>

namespace claimcheck::report {
namespace {

void write_text(std::ostream& out, RunReport const& run) {
    for (auto const& f : run.findings)
        if (!f.suppression) write_finding_text(out, f);
}

void write_json(std::ostream& out, RunReport const& run) {
    auto const prints = fingerprints(run.findings);
    for (std::size_t i = 0; i < run.findings.size(); ++i) write_finding_json(out, run.findings[i], prints[i]);
}

// Alphabetical but for text, the default.
constexpr std::array formats{
    OutputFormat{"text", "compiler-style lines with the sentence and the arithmetic", write_text},
    OutputFormat{"github", "GitHub Actions annotations (workflow commands)", write_github},
    OutputFormat{"html", "one self-contained page: the articles with their figures highlighted, the findings beside them, the claim graph",
                 write_html, true, true},
    OutputFormat{"json", "one finding a line (JSON Lines), with its claims and arithmetic", write_json},
    OutputFormat{"junit", "JUnit XML: a test suite per document, a test case per rule", write_junit, true},
    OutputFormat{"sarif", "SARIF 2.1.0 for code scanning", write_sarif, true, false, true},
};

}  // namespace

std::span<OutputFormat const> output_formats() { return formats; }

OutputFormat const* find_output_format(std::string_view name) {
    for (auto const& f : formats)
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace claimcheck::report
