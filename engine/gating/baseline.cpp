#include "gating/baseline.hpp"

#include "report/fingerprint.hpp"
#include "report/line_index.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

namespace claimcheck::gating {
namespace {

// What a baseline records, and so all it can know.
bool recordable(Finding const& f) { return f.verdict == Verdict::fails && !f.suppression; }

}  // namespace

void write_baseline(std::ostream& out, std::vector<Finding> const& findings) {
    auto const prints = report::fingerprints(findings);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < findings.size(); ++i) {
        auto const& f = findings[i];
        if (recordable(f))
            list.push_back({{"fingerprint", prints[i]}, {"rule", f.rule}, {"document", f.document_id}, {"message", f.message}});
    }
    nlohmann::ordered_json const doc = {{"version", std::string(report::fingerprint_version)}, {"findings", list}};
    out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

std::optional<Baseline> read_baseline(std::filesystem::path const& file, std::vector<Diagnostic>& problems) {
    auto fail = [&](std::size_t line, std::size_t column, std::string message) {
        problems.push_back({Severity::error, "baseline.invalid", file.string(), line, column, std::move(message)});
        return std::nullopt;
    };
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(0, 0, "cannot open the baseline (write one with `claimcheck baseline write FILE [INPUTS…]`)");
    std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (nlohmann::json::parse_error const& e) {
        auto const at = report::LineIndex(text).at(std::min(e.byte > 0 ? e.byte - 1 : 0, text.size()));
        return fail(at.line, at.column, fmt::format("not a baseline: {}", e.what()));
    }
    auto const version = doc.is_object() ? doc.value("version", nlohmann::json()) : nlohmann::json();
    if (!version.is_string() || !doc.contains("findings") || !doc["findings"].is_array())
        return fail(1, 1, "not a baseline: expected {\"version\": \"claimcheck/v1\", \"findings\": [...]}");
    if (version.get<std::string>() != report::fingerprint_version)
        return fail(1, 1, fmt::format("a baseline of fingerprint version '{}', where this claimcheck writes '{}': write it again",
                                      version.get<std::string>(), report::fingerprint_version));
    Baseline b;
    for (auto const& f : doc["findings"]) {
        if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string())
            return fail(1, 1, "not a baseline: each finding needs its \"fingerprint\"");
        b.fingerprints.insert(f["fingerprint"].get<std::string>());
    }
    return b;
}

std::vector<bool> known_findings(std::vector<Finding> const& findings, Baseline const& baseline) {
    auto const prints = report::fingerprints(findings);
    std::vector<bool> known(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i)
        known[i] = recordable(findings[i]) && baseline.fingerprints.count(prints[i]) > 0;
    return known;
}

std::size_t drop_known(std::vector<Finding>& findings, Baseline const& baseline) {
    auto const known = known_findings(findings, baseline);
    std::vector<Finding> kept;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!known[i]) kept.push_back(std::move(findings[i]));
    auto const dropped = findings.size() - kept.size();
    findings = std::move(kept);
    return dropped;
}

}  // namespace claimcheck::gating
