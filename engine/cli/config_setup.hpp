// The project file for the commands that honour it (`check`, `config`): found or named, loaded,
// and merged with the command line, which wins.
#pragma once

#include "cli/rule_setup.hpp"
#include "config/project_config.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::cli {

// What a run reports, as the command line sets it; "" when not given (the file or the default decides).
struct ReportOptions {
    std::string show;     // --show
    std::string fail_on;  // --fail-on
    std::string baseline; // --baseline (check only)
};

// --config FILE and --no-config.
void add_config_options(CLI::App& command, RuleOptions& rules);
// --show and --fail-on.
void add_report_options(CLI::App& command, ReportOptions& report);
// Each alone: `baseline write` shows, and fails on nothing.
void add_show_option(CLI::App& command, ReportOptions& report);
void add_fail_on_option(CLI::App& command, ReportOptions& report);

// Loads the project file (--config, else the first .claimcheck.yaml from here up; none with
// --no-config), merges the command line into it, and points `rules` at the result: packs, rule
// directories, data, and the severities and rules turned off that load_engine applies. On an
// error, prints every problem and "claimcheck <command>: error: the configuration <file> did not
// load; <consequence>", and returns nullopt.
std::optional<config::ProjectConfig> load_project_or_report(RuleOptions& rules, ReportOptions const& report,
                                                            std::string_view command, std::string_view consequence);

// The inputs of `check` (and `baseline write`, the `command` named in messages): those named on
// the command line, else the files of the project file's include globs (warning of each glob
// that matches no file). None at all is a usage error, printed; then nullopt.
std::optional<std::vector<std::string>> inputs_or_report(config::ProjectConfig const& project,
                                                         std::vector<std::string> const& named,
                                                         std::string_view command = "check");

}  // namespace claimcheck::cli
