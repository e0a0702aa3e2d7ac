// GitHub Actions workflow commands: printed by a step, each line becomes an annotation on the
// file and line in the pull request. The runner shows at most 10 annotations of each level per
// step (50 per job); SARIF upload to code scanning has no such cap.
#include "report/escaping.hpp"
#include "report/run_writers.hpp"

#include <fmt/format.h>

namespace claimcheck::report {
namespace {

std::string_view command_of(RuleSeverity s) {
    switch (s) {
    case RuleSeverity::error: return "error";
    case RuleSeverity::warning: return "warning";
    case RuleSeverity::info: return "notice";
    }
    return "warning";
}

std::string_view command_of(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "notice";
    }
    return "error";
}

void write_command(std::ostream& out, std::string_view command, std::string const& file, std::size_t line,
                   std::size_t column, std::string const& title, std::string const& message) {
    out << "::" << command << " file=" << github_property(file);
    if (line > 0) out << ",line=" << line;
    if (line > 0 && column > 0) out << ",col=" << column;
    out << ",title=" << github_property(title) << "::" << github_data(message) << '\n';
}

}  // namespace

void write_github(std::ostream& out, RunReport const& run) {
    for (auto const& d : run.input_problems) write_command(out, command_of(d.severity), d.file, d.line, d.column, d.code, d.message);
    for (auto const& f : run.findings) {
        // Suppressed findings were accepted by an editor; what holds (--verdicts all) is no problem.
        if (f.suppression || f.verdict != Verdict::fails) continue;
        std::string message = f.message;
        for (auto const& step : f.trace) message += "\n" + step;
        write_command(out, command_of(f.severity), f.file, f.line, f.column, f.rule, message);
    }
}

}  // namespace claimcheck::report
