#include "cli/config_setup.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

namespace claimcheck::cli {
namespace fs = std::filesystem;
namespace {

// The project file as messages name it: relative to the working directory when found above it
// ("../.claimcheck.yaml"), as typed when named with --config.
std::optional<fs::path> project_file(RuleOptions const& rules) {
    if (rules.no_config) return std::nullopt;
    if (!rules.config_file.empty()) return fs::path(rules.config_file);
    std::error_code ec;
    auto const here = fs::current_path(ec);
    auto const found = ec ? std::nullopt : config::find_config_file(here);
    if (!found) return std::nullopt;
    auto const relative = found->lexically_relative(here);
    return relative.empty() ? *found : relative;
}

std::vector<std::string> shipped_pack_names(RuleOptions const& rules) {
    fs::path const root = rules.rules_root.empty() ? default_rules_directory() : fs::path(rules.rules_root);
    std::vector<std::string> names;
    for (auto const& pack : shipped_packs(root)) names.push_back(pack.filename().string());
    return names;
}

// Why a run has nothing to read, for its usage error.
std::string why_no_inputs(config::ProjectConfig const& project) {
    if (project.file.empty()) return "no project file names any (claimcheck init writes one)";
    if (project.include.empty()) return fmt::format("{} has no 'include'", project.file.string());
    return fmt::format("the include globs of {} match no file{}", project.file.string(),
                       project.exclude.empty() ? "" : " that is not excluded");
}

}  // namespace

void add_config_options(CLI::App& command, RuleOptions& rules) {
    auto* file = command.add_option("--config", rules.config_file,
                                    "The project file to use (default: the first .claimcheck.yaml here or above)");
    command.add_flag("--no-config", rules.no_config, "Use no project file, only the defaults and the command line")
        ->excludes(file);
}

void add_show_option(CLI::App& command, ReportOptions& report) {
    command.add_option("--show", report.show, "Show findings of this severity and above: info, warning, error "
                                              "(default: info, or the project file's 'show')")
        ->check(CLI::IsMember({"info", "warning", "error"}));
}

void add_fail_on_option(CLI::App& command, ReportOptions& report) {
    command.add_option("--fail-on", report.fail_on, "Exit 1 when a finding reaches this severity: error, warning, info, "
                                                    "none (default: error, or the project file's 'fail-on')")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}));
}

void add_report_options(CLI::App& command, ReportOptions& report) {
    add_show_option(command, report);
    add_fail_on_option(command, report);
}

std::optional<config::ProjectConfig> load_project_or_report(RuleOptions& rules, ReportOptions const& report,
                                                            std::string_view command, std::string_view consequence) {
    config::ProjectConfig project;
    if (auto const file = project_file(rules)) {
        std::vector<Diagnostic> errors;
        project = config::load_config(*file, shipped_pack_names(rules), errors);
        if (!errors.empty()) {
            for (auto const& d : errors) std::cerr << format_diagnostic(d) << '\n';
            std::cerr << fmt::format("claimcheck {}: error: the configuration {} did not load; {}\n", command,
                                     file->string(), consequence);
            return std::nullopt;
        }
    }
    char const* const environment_data = std::getenv("CLAIMCHECK_DATA");
    config::merge_command_line(project, {rules.packs, rules.rule_dirs, rules.data_root, report.show, report.fail_on, report.baseline},
                               environment_data ? environment_data : "");
    rules.packs = project.packs.value;
    rules.rule_dirs = project.rules.value;
    rules.data_root = project.data.value;
    rules.project = project;
    return project;
}

std::optional<std::vector<std::string>> inputs_or_report(config::ProjectConfig const& project,
                                                         std::vector<std::string> const& named, std::string_view command) {
    if (!named.empty()) return named;
    std::vector<Diagnostic> warnings;
    auto files = config::included_files(project, warnings);
    for (auto const& d : warnings) std::cerr << format_diagnostic(d) << '\n';
    if (!files.empty()) return files;
    std::cerr << fmt::format("claimcheck {}: error: no inputs: name files or directories to check, or list them "
                             "under 'include' in the project file; {}\nRun 'claimcheck {} --help' for more information.\n",
                             command, why_no_inputs(project), command);
    return std::nullopt;
}

}  // namespace claimcheck::cli
