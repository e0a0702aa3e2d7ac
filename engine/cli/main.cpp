// claimcheck: a rules engine for numeric claims in news.
#include "cli/commands.hpp"

#include <claimcheck/version.hpp>

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"claimcheck: reads the figures of news articles and checks that they add up.", "claimcheck"};
    app.set_version_flag("--version", std::string("claimcheck ") + claimcheck::version);
    app.require_subcommand(1);
    auto run_extract = claimcheck::cli::add_extract_command(app);
    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        int const code = app.exit(e);
        return code == 0 ? 0 : claimcheck::cli::exit_error;
    }
    try {
        if (app.got_subcommand("extract")) return run_extract();
    } catch (std::exception const& e) {
        std::cerr << "claimcheck: error: " << e.what() << '\n';
        return claimcheck::cli::exit_error;
    }
    return claimcheck::cli::exit_error;
}
