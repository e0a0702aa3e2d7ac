#include "report/run_report.hpp"

#include "report/findings_writers.hpp"

#include <array>

namespace claimcheck::report {
namespace {

void write_text(std::ostream& out, RunReport const& run) {
    for (auto const& f : run.findings)
        if (!f.suppression) write_finding_text(out, f);
}

void write_json(std::ostream& out, RunReport const& run) {
    for (auto const& f : run.findings) write_finding_json(out, f);
}

// Alphabetical but for text, the default.
constexpr std::array formats{
    OutputFormat{"text", "compiler-style lines with the sentence and the arithmetic", write_text},
    OutputFormat{"json", "one finding a line (JSON Lines), with its claims and arithmetic", write_json},
};

}  // namespace

std::span<OutputFormat const> output_formats() { return formats; }

OutputFormat const* find_output_format(std::string_view name) {
    for (auto const& f : formats)
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace claimcheck::report
