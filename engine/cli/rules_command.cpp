// `claimcheck rules lint|list|explain`: rule files for people who write articles, not C++.
#include "checks/check.hpp"
#include "cli/commands.hpp"
#include "cli/rule_setup.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>

namespace claimcheck::cli {
namespace {

struct RulesOptionsCli {
    RuleOptions rules;
    std::vector<std::string> lint_dirs;
    std::string rule;
};

std::unique_ptr<Engine> load_or_report(RuleOptions const& options) {
    try {
        return load_engine(options);
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) std::cerr << format_diagnostic(d) << '\n';
        std::cerr << fmt::format("{} error{}\n", e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
        return nullptr;
    }
}

int lint(RulesOptionsCli o) {
    o.rules.rule_dirs = o.lint_dirs;
    o.rules.use_shipped_packs = o.lint_dirs.empty();
    auto engine = load_or_report(o.rules);
    if (!engine) return exit_error;
    std::cout << fmt::format("{} rule{} loaded, no errors\n", engine->rules.rules.size(),
                             engine->rules.rules.size() == 1 ? "" : "s");
    return exit_clean;
}

int list(RulesOptionsCli const& o) {
    auto engine = load_or_report(o.rules);
    if (!engine) return exit_error;
    for (auto const& rule : engine->rules.rules)
        std::cout << fmt::format("{:<32} {:<8} {:<11} {}\n", rule.id, to_string(rule.severity), rule.check, rule.description);
    return exit_clean;
}

int explain(RulesOptionsCli const& o) {
    auto engine = load_or_report(o.rules);
    if (!engine) return exit_error;
    for (auto const& rule : engine->rules.rules) {
        if (rule.id != o.rule) continue;
        auto const* kind = checks::find_check_kind(rule.check);
        std::cout << fmt::format("{} ({}, {})\n\n{}\n", rule.id, to_string(rule.severity), rule.check, rule.description);
        if (!rule.rationale.empty()) std::cout << fmt::format("\nWhy: {}\n", rule.rationale);
        if (kind) std::cout << fmt::format("\nHow: {}.\n", kind->summary);
        std::cout << fmt::format("\nMessage: {}\nFile: {}\n", rule.message, rule.file.string());
        if (!rule.link.empty()) std::cout << fmt::format("See: {}\n", rule.link);
        if (!rule.fixture.empty()) {
            std::ifstream in(rule.fixture, std::ios::binary);
            std::string const text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::cout << fmt::format("\nExamples ({}):\n{}", rule.fixture.string(), text);
        }
        return exit_clean;
    }
    std::cerr << fmt::format("claimcheck rules explain: error: no rule '{}'; `claimcheck rules list` shows them\n", o.rule);
    return exit_error;
}

}  // namespace

std::function<int()> add_rules_command(CLI::App& app) {
    auto options = std::make_shared<RulesOptionsCli>();
    auto* cmd = app.add_subcommand("rules", "Lint, list and explain rules.");
    cmd->require_subcommand(1);
    add_rule_options(*cmd, options->rules);
    auto* lint_cmd = cmd->add_subcommand("lint", "Load rule directories and report every error with file:line:col.");
    lint_cmd->add_option("dirs", options->lint_dirs, "Rule directories (default: the shipped packs)");
    auto* list_cmd = cmd->add_subcommand("list", "List the rules: id, severity, check kind, description.");
    auto* explain_cmd = cmd->add_subcommand("explain", "Explain one rule: what, why, how, examples.");
    // --rules, --pack, --rules-root may follow the subcommand: `claimcheck rules list --pack core`.
    for (auto* sub : {lint_cmd, list_cmd, explain_cmd}) sub->fallthrough();
    explain_cmd->add_option("rule", options->rule, "A rule id, e.g. conflict/rate-vs-total")->required();
    return [options, lint_cmd, list_cmd] {
        if (lint_cmd->parsed()) return lint(*options);
        if (list_cmd->parsed()) return list(*options);
        return explain(*options);
    };
}

}  // namespace claimcheck::cli
