#include <claimcheck/diagnostic.hpp>

#include <fmt/format.h>

namespace claimcheck {
namespace {

char const* severity_name(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "error";
}

std::string summarize(std::vector<Diagnostic> const& ds) {
    if (ds.empty()) return "load failed";
    return format_diagnostic(ds.front()) + (ds.size() > 1 ? fmt::format(" (and {} more)", ds.size() - 1) : "");
}

}  // namespace

std::string format_diagnostic(Diagnostic const& d) {
    std::string where = d.file;
    if (d.line > 0) where += fmt::format(":{}:{}", d.line, d.column > 0 ? d.column : 1);
    std::string out = fmt::format("{}: {}: {}", where, severity_name(d.severity), d.message);
    if (!d.code.empty()) out += fmt::format(" [{}]", d.code);
    return out;
}

LoadError::LoadError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summarize(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace claimcheck
