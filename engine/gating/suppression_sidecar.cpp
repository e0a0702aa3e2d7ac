// Sidecar suppression files: `<article>.claimcheck-suppress.yaml` beside an article that has no
// comments to hold them (plain text, JSON Lines).
#include "gating/suppressions.hpp"

#include "report/fingerprint.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <optional>

namespace claimcheck::gating {

std::filesystem::path sidecar_path(std::filesystem::path const& file) {
    return std::filesystem::path(file.string() + ".claimcheck-suppress.yaml");
}

namespace {

constexpr std::string_view rule_words = "a rule id such as core/part-within-whole, a pack such as conflict/, or *";

// One entry of the list; nullopt, with the errors reported, when it cannot be read whole (half
// an entry could suppress too much).
std::optional<SuppressionRule> entry(yaml::Reader& reader, YAML::Node const& item, std::string const& file) {
    auto const errors_before = reader.sink().size();
    if (!reader.check_keys(item, {"rule", "reason", "figure", "record"}, "a suppression")) return std::nullopt;
    auto text = [&](char const* key) {
        return item[key] ? reader.scalar(item[key], fmt::format("'{}'", key)).value_or("") : std::string();
    };
    SuppressionRule s;
    s.sidecar = true;
    s.article = file;
    if (item["rule"]) s.rules = reader.strings(item["rule"], "'rule'");
    else reader.error(item, "suppression.missing-key", fmt::format("a suppression needs the 'rule' it accepts ({})", rule_words));
    for (auto const& r : s.rules)
        if (!is_rule_pattern(r))
            reader.error(item["rule"], "suppression.bad-rule", fmt::format("'{}' is not a rule (expected {})", r, rule_words));
    s.reason = text("reason");
    s.figure = report::fingerprint_text(text("figure"));
    s.record = text("record");
    if (reader.sink().size() > errors_before || s.rules.empty()) return std::nullopt;
    s.at.file = reader.file();
    s.at.line = static_cast<std::size_t>(item.Mark().line) + 1;
    s.at.column = static_cast<std::size_t>(item.Mark().column) + 1;
    return s;
}

}  // namespace

std::vector<SuppressionRule> sidecar_suppressions(std::string const& file, std::vector<Diagnostic>& problems) {
    std::vector<SuppressionRule> out;
    auto const path = sidecar_path(file);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return out;
    yaml::Reader reader(path.string(), problems);
    auto const root = reader.load();
    if (!root || root->IsNull()) return out;
    if (!reader.expect_sequence(*root, "a suppression file (a list of {rule, reason, figure, record})")) return out;
    for (auto const& item : *root)
        if (auto s = entry(reader, item, file)) out.push_back(std::move(*s));
    return out;
}

}  // namespace claimcheck::gating
