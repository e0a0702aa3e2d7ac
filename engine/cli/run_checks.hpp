// What `check` and `baseline write` share: their options, and a run of every rule on the
// inputs with the articles' suppressions applied, so a baseline records what `check` reports.
#pragma once

#include "cli/config_setup.hpp"
#include "cli/rule_setup.hpp"
#include "io/input.hpp"
#include "report/run_report.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::cli {

struct CheckOptions {
    RuleOptions rules;
    ReportOptions report;  // --show, --fail-on, --baseline; the project file fills what is not given
    std::vector<std::string> inputs;
    std::string date;
    io::InputFormat input_format = io::InputFormat::automatic;
    bool report_unused_suppressions = false;
};

// The inputs and the rule, project file, --show, --date and --input-format options.
void add_check_options(CLI::App& command, CheckOptions& options);

struct CheckedRun {
    std::unique_ptr<Engine> engine;                   // the report's rules, sources and kinds
    std::vector<std::unique_ptr<Document>> corpus;    // kept when asked for, or for corpus rules
    report::RunReport report;                         // every finding, its suppression set
    bool input_failed = false;  // an input, a record or a suppression could not be read (exit 2)
};

// Reads the inputs (those named, else the project file's), runs every rule on each document
// and on the corpus, applies the suppressions and drops the findings below `show`. Problems are
// printed on stderr as they come; nullopt when nothing could run (no inputs, rules that did not
// load), after saying so as "claimcheck <command>: error: …".
std::optional<CheckedRun> run_checks(CheckOptions& options, config::ProjectConfig const& project, std::string_view command,
                                     bool keep_documents, bool all_verdicts);

}  // namespace claimcheck::cli
