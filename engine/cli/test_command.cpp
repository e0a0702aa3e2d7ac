// `claimcheck test`: every rule against its fixture, with a pass/fail line per rule.
#include "cli/commands.hpp"
#include "checks/check.hpp"
#include "cli/rule_setup.hpp"
#include "rules/fixture.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>

namespace claimcheck::cli {
namespace {

struct TestOptionsCli {
    RuleOptions rules;
    std::vector<std::string> dirs;
};

int run(TestOptionsCli o) {
    // Directories named on the command line are the packs under test; without any, the shipped packs.
    o.rules.rule_dirs.insert(o.rules.rule_dirs.end(), o.dirs.begin(), o.dirs.end());
    if (!o.dirs.empty() && o.rules.packs.empty()) o.rules.use_shipped_packs = false;
    auto const engine = load_engine_or_report(o.rules, "test", "no fixture was run");
    if (!engine) return exit_error;
    std::size_t passed = 0, failed = 0, skipped = 0;
    for (auto const& rule : engine->rules.rules) {
        if (auto const why = rule.impl->unavailable(); !why.empty()) {
            ++skipped;
            std::cout << fmt::format("SKIP {}: {}\n", rule.id, why);
            continue;
        }
        if (rule.fixture.empty()) {
            ++failed;
            std::cout << fmt::format("FAIL {}: no fixture ({} is missing)\n", rule.id,
                                     std::filesystem::path(rule.file).replace_extension(".txt").string());
            continue;
        }
        std::ifstream in(rule.fixture, std::ios::binary);
        std::string const bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto const fixture = rules::read_fixture(bytes);
        auto const doc = engine->read(rule.fixture.string(), fixture.text);
        RuleSet const one{{rule}};
        auto findings = run_rules(one, doc);
        auto across = run_corpus_rules(one, {&doc});
        findings.insert(findings.end(), across.begin(), across.end());
        auto const result = rules::compare(fixture, rule.id, findings);
        bool const ok = result.failures.empty() && result.fired_as_expected + result.silent_as_expected > 0;
        (ok ? passed : failed) += 1;
        std::cout << fmt::format("{} {}: {} fired as expected, {} silent as expected{}\n", ok ? "PASS" : "FAIL", rule.id,
                                 result.fired_as_expected, result.silent_as_expected,
                                 result.todo ? fmt::format(", {} known gap{}", result.todo, result.todo > 1 ? "s" : "") : "");
        if (result.fired_as_expected + result.silent_as_expected == 0 && result.failures.empty())
            std::cout << "    the fixture has no ruleid: or ok: line for this rule\n";
        for (auto const& failure : result.failures) std::cout << "    " << rule.fixture.string() << ": " << failure << '\n';
    }
    std::cout << fmt::format("{} passed, {} failed{}\n", passed, failed,
                             skipped ? fmt::format(", {} skipped", skipped) : "");
    return failed ? exit_findings : exit_clean;
}

}  // namespace

std::function<int()> add_test_command(CLI::App& app) {
    auto options = std::make_shared<TestOptionsCli>();
    auto* cmd = app.add_subcommand("test", "Run every rule against its fixture (same basename, .txt).");
    cmd->add_option("dirs", options->dirs, "Rule directories to test (default: the shipped packs)");
    add_rule_options(*cmd, options->rules);
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
