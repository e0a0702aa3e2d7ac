// The subcommands of the `claimcheck` program. Each registers its options on the CLI11 app
// and returns the exit code of its run.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace claimcheck::cli {

// Exit codes, documented in README "Exit codes".
enum ExitCode : int { exit_clean = 0, exit_findings = 1, exit_error = 2 };

struct RuleOptions;

// Each registers its subcommand; the returned function runs it after parsing.
std::function<int()> add_extract_command(CLI::App& app);
std::function<int()> add_check_command(CLI::App& app);
std::function<int()> add_baseline_command(CLI::App& app);
std::function<int()> add_graph_command(CLI::App& app);
std::function<int()> add_rules_command(CLI::App& app);
std::function<int()> add_test_command(CLI::App& app);
std::function<int()> add_init_command(CLI::App& app);
std::function<int()> add_config_command(CLI::App& app);

// --rules, --pack, --rules-root, --language: where rules come from.
void add_rule_options(CLI::App& command, RuleOptions& rules);

}  // namespace claimcheck::cli
