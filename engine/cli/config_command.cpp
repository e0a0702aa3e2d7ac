// `claimcheck init` writes a starter project file; `claimcheck config` prints the configuration
// in effect and where each value came from.
#include "cli/commands.hpp"
#include "cli/config_setup.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace fs = std::filesystem;
namespace {

struct InitOptionsCli {
    std::string directory;
    bool force = false;
};

int init(InitOptionsCli const& o) {
    auto const file = o.directory.empty() ? fs::path(config::file_name) : fs::path(o.directory) / config::file_name;
    std::error_code ec;
    if (fs::exists(file, ec) && !o.force) {
        std::cerr << fmt::format("claimcheck init: error: {} already exists; --force overwrites it\n", file.string());
        return exit_error;
    }
    std::ofstream out(file, std::ios::binary);
    out << config::starter_file();
    if (!out) {
        std::cerr << fmt::format("claimcheck init: error: cannot write {}\n", file.string());
        return exit_error;
    }
    std::cout << fmt::format("wrote {}; `claimcheck config` shows what it sets\n", file.string());
    return exit_clean;
}

struct ConfigOptionsCli {
    RuleOptions rules;
    ReportOptions report;
};

int show(ConfigOptionsCli o) {
    auto const project = load_project_or_report(o.rules, o.report, "config", "nothing to show");
    if (!project) return exit_error;
    // The rules are loaded so that a rule id naming no rule is reported here, as `check` would.
    if (!load_engine_or_report(o.rules, "config", "nothing to show")) return exit_error;
    std::vector<Diagnostic> warnings;
    config::included_files(*project, warnings);
    for (auto const& d : warnings) std::cerr << format_diagnostic(d) << '\n';
    std::error_code ec;
    auto const why = o.rules.no_config ? std::string("--no-config")
                                       : fmt::format("no {} in {} or above", config::file_name, fs::current_path(ec).string());
    config::write_effective_config(std::cout, *project, why);
    return exit_clean;
}

}  // namespace

std::function<int()> add_init_command(CLI::App& app) {
    auto options = std::make_shared<InitOptionsCli>();
    auto* cmd = app.add_subcommand("init", "Write a commented starter .claimcheck.yaml (the project file).");
    cmd->add_option("directory", options->directory, "Where to write it (default: the working directory)");
    cmd->add_flag("--force", options->force, "Overwrite an existing .claimcheck.yaml");
    return [options] { return init(*options); };
}

std::function<int()> add_config_command(CLI::App& app) {
    auto options = std::make_shared<ConfigOptionsCli>();
    auto* cmd = app.add_subcommand("config", "Print the configuration in effect (defaults < project file < command "
                                             "line), with where each value came from.");
    add_rule_options(*cmd, options->rules);
    add_config_options(*cmd, options->rules);
    add_report_options(*cmd, options->report);
    return [options] { return show(*options); };
}

}  // namespace claimcheck::cli
