// `claimcheck baseline write FILE [INPUTS…]`: records today's failing, unsuppressed findings, so
// that `check --baseline FILE` (or the project file's `baseline:`) reports only new ones.
#include "cli/commands.hpp"
#include "cli/run_checks.hpp"
#include "gating/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace {

struct BaselineOptionsCli {
    CheckOptions run;
    std::string file;
};

// `baseline write article.txt` with the file forgotten would overwrite an article: a file that
// is there already is replaced only when it is a baseline.
bool safe_to_replace(std::string const& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return true;
    std::vector<Diagnostic> problems;
    if (gating::read_baseline(file, problems)) return true;
    std::cerr << fmt::format("claimcheck baseline write: error: {} exists and is not a baseline; it was not overwritten "
                             "(expected a new file name or an earlier baseline, then the inputs)\n",
                             file);
    return false;
}

int write(BaselineOptionsCli o) {
    std::string_view const command = "baseline write";
    if (!safe_to_replace(o.file)) return exit_error;
    auto const project = load_project_or_report(o.run.rules, o.run.report, command, "no baseline was written");
    if (!project) return exit_error;
    auto const checked = run_checks(o.run, *project, command, false, false);
    if (!checked) return exit_error;
    if (checked->input_failed) {
        // A baseline without an input's findings would let them through as new ones later.
        std::cerr << "claimcheck baseline write: error: an input could not be read; no baseline was written\n";
        return exit_error;
    }
    auto const& findings = checked->report.findings;
    std::ofstream out(o.file, std::ios::binary);
    if (out) gating::write_baseline(out, findings);
    if (!out) {
        std::cerr << fmt::format("claimcheck baseline write: error: cannot write {}: {}\n", o.file, std::strerror(errno));
        return exit_error;
    }
    auto const recorded = std::count_if(findings.begin(), findings.end(),
                                        [](Finding const& f) { return f.verdict == Verdict::fails && !f.suppression; });
    std::cout << fmt::format("wrote {}: {} finding{}; `claimcheck check --baseline {}` reports only new ones\n", o.file,
                             recorded, recorded == 1 ? "" : "s", o.file);
    return exit_clean;
}

}  // namespace

std::function<int()> add_baseline_command(CLI::App& app) {
    auto options = std::make_shared<BaselineOptionsCli>();
    auto* cmd = app.add_subcommand("baseline", "Record today's findings, so that check reports only new ones.");
    cmd->require_subcommand(1);
    auto* write_cmd = cmd->add_subcommand("write", "Write the findings of the inputs (as check finds them, suppressed "
                                                   "ones left out) to a baseline file.");
    write_cmd->add_option("file", options->file, "The baseline file to write (JSON)")->required();
    add_check_options(*write_cmd, options->run);
    return [options] { return write(*options); };
}

}  // namespace claimcheck::cli
