// The subcommands of the `claimcheck` program. Each registers its options on the CLI11 app
// and returns the exit code of its run.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace claimcheck::cli {

// Exit codes, documented in README "Exit codes".
enum ExitCode : int { exit_clean = 0, exit_findings = 1, exit_error = 2 };

// Registers `extract`; the returned function runs it after parsing.
std::function<int()> add_extract_command(CLI::App& app);

}  // namespace claimcheck::cli
