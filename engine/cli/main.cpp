// claimcheck: a rules engine for numeric claims in news.
#include "cli/commands.hpp"

#include <claimcheck/version.hpp>

#include <fmt/format.h>

#include <cctype>
#include <iostream>

namespace {

// "extract, check": the subcommands a user can name.
std::string subcommand_names(CLI::App const& app) {
    std::string names;
    for (auto const* sub : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
    return names;
}

std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

// A parse error in our words: who complains ("claimcheck extract"), what was wrong, what was
// expected, and where to read more. CLI11's own text is kept where it already says that.
std::string explain(CLI::App const& app, CLI::ParseError const& e) {
    // The innermost subcommand given ("baseline write"), whose options the error is about.
    CLI::App const* where = &app;
    std::string who = "claimcheck";
    while (!where->get_subcommands().empty()) {
        where = where->get_subcommands().back();
        who += " " + where->get_name();
    }
    std::string what = e.what();
    auto const extras = app.remaining(true);
    // Not get_name(): CLI11 names an ExtrasError after the subcommand that raised it.
    bool const is_extras = dynamic_cast<CLI::ExtrasError const*>(&e) != nullptr;
    bool const is_required = dynamic_cast<CLI::RequiredError const*>(&e) != nullptr;
    // `where` takes subcommands ("claimcheck", "claimcheck baseline") and none was recognised.
    bool const no_subcommand = !where->get_subcommands({}).empty();
    if (no_subcommand && (is_required || is_extras)) {
        // Say what the user typed instead of "a subcommand is required".
        auto const names = subcommand_names(*where);
        if (extras.empty()) what = fmt::format("a subcommand is required (expected one of: {})", names);
        else if (extras.front().starts_with('-'))
            what = fmt::format("unknown option '{}' (expected --help{} or a subcommand: {})", extras.front(),
                               where == &app ? ", --version" : "", names);
        else what = fmt::format("unknown subcommand '{}' (expected one of: {})", extras.front(), names);
    } else if (is_extras && !extras.empty()) {
        what = extras.front().starts_with('-') ? fmt::format("unknown option '{}'", extras.front())
                                               : fmt::format("unexpected argument '{}'", extras.front());
    } else if (is_required) {
        // "inputs is required": name what is missing and what it takes.
        for (auto const* opt : where->get_options())
            if (opt->get_required() && opt->count() == 0) {
                what = fmt::format("missing {}; expected {}", opt->get_name(), lowercase_first(opt->get_description()));
                break;
            }
    } else if (dynamic_cast<CLI::ArgumentMismatch const*>(&e) != nullptr) {
        // "--date: 1 required TEXT missing": say what the value should have been.
        auto const name = what.substr(0, what.find(':'));
        if (auto const* opt = where->get_option_no_throw(name); opt != nullptr && opt->count() == 0)
            what = fmt::format("{} needs a value; expected {}", name, lowercase_first(opt->get_description()));
    }
    return fmt::format("{}: error: {}\nRun '{} --help' for more information.\n", who, what, who);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"claimcheck: reads the figures of news articles and checks that they add up.", "claimcheck"};
    app.set_version_flag("--version", std::string("claimcheck ") + claimcheck::version);
    app.require_subcommand(1);
    auto run_extract = claimcheck::cli::add_extract_command(app);
    auto run_check = claimcheck::cli::add_check_command(app);
    auto run_baseline = claimcheck::cli::add_baseline_command(app);
    auto run_graph = claimcheck::cli::add_graph_command(app);
    auto run_rules = claimcheck::cli::add_rules_command(app);
    auto run_test = claimcheck::cli::add_test_command(app);
    auto run_init = claimcheck::cli::add_init_command(app);
    auto run_config = claimcheck::cli::add_config_command(app);
    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        std::cerr << explain(app, e) << std::flush;
        return claimcheck::cli::exit_error;
    }
    try {
        if (app.got_subcommand("extract")) return run_extract();
        if (app.got_subcommand("check")) return run_check();
        if (app.got_subcommand("baseline")) return run_baseline();
        if (app.got_subcommand("graph")) return run_graph();
        if (app.got_subcommand("rules")) return run_rules();
        if (app.got_subcommand("test")) return run_test();
        if (app.got_subcommand("init")) return run_init();
        if (app.got_subcommand("config")) return run_config();
    } catch (std::exception const& e) {
        std::cerr << "claimcheck: error: " << e.what() << '\n';
        return claimcheck::cli::exit_error;
    }
    return claimcheck::cli::exit_error;
}
