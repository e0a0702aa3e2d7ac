// What the project file changes in the loaded rules and in what a run reports.
#include "config/project_config.hpp"

#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace claimcheck::config {
namespace {

// "no loaded rule 'core/unit-convertion'; did you mean 'core/unit-conversion'?"
Diagnostic unknown_rule(ProjectConfig const& config, Placed const& id, std::string_view key, RuleSet const& rules) {
    std::vector<std::string_view> ids;
    for (auto const& rule : rules.rules) ids.push_back(rule.id);
    auto const hint = yaml::did_you_mean(id.text, ids);
    auto const message =
        hint ? fmt::format("'{}' in '{}' names no loaded rule; did you mean '{}'?", id.text, key, *hint)
             : fmt::format("'{}' in '{}' names no loaded rule (`claimcheck rules list` shows them; is its pack in 'packs'?)",
                           id.text, key);
    return {Severity::error, "config.unknown-rule", config.file.string(), id.at.line, id.at.column, message};
}

bool is_loaded(RuleSet const& rules, std::string const& id) {
    return std::any_of(rules.rules.begin(), rules.rules.end(), [&](Rule const& r) { return r.id == id; });
}

}  // namespace

std::vector<Diagnostic> apply_rule_settings(RuleSet& rules, ProjectConfig const& config) {
    std::vector<Diagnostic> errors;
    // Every id is checked against the rules as loaded, before any is turned off.
    for (auto const& o : config.severity)
        if (!is_loaded(rules, o.rule.text)) errors.push_back(unknown_rule(config, o.rule, "severity", rules));
    for (auto const& id : config.off)
        if (!is_loaded(rules, id.text)) errors.push_back(unknown_rule(config, id, "off", rules));
    if (!errors.empty()) return errors;
    for (auto const& o : config.severity)
        for (auto& rule : rules.rules)
            if (rule.id == o.rule.text) rule.severity = o.severity;
    std::erase_if(rules.rules, [&](Rule const& rule) {
        return std::any_of(config.off.begin(), config.off.end(), [&](Placed const& id) { return id.text == rule.id; });
    });
    return errors;
}

void drop_below(std::vector<Finding>& findings, RuleSeverity show) {
    std::erase_if(findings, [show](Finding const& f) { return static_cast<int>(f.severity) < static_cast<int>(show); });
}

}  // namespace claimcheck::config
