// Loading lexicons: the shipped one loads; every mistake in a lexicon file is reported with
// file:line:col, all at once.
#include "support/french.hpp"

#include <claimcheck/diagnostic.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

// A lexicon directory holding one file with `yaml` in it.
fs::path lexicon_with(std::string const& name, std::string const& yaml) {
    auto dir = fs::temp_directory_path() / ("claimcheck-lexicon-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "words.yaml") << yaml;
    return dir;
}

std::vector<std::string> errors_of(fs::path const& dir) {
    std::vector<std::string> out;
    try {
        load_lexicon(dir);
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) {
            auto line = format_diagnostic(d);
            out.push_back(line.substr(line.find("words.yaml")));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the shipped French lexicon loads") {
    auto const& lex = test::french();
    CHECK(lex.units.size() > 10);
    CHECK(lex.noun_lemmas.size() > 100);
    CHECK_FALSE(lex.hedges.empty());
}

TEST_CASE("unknown keys get a suggestion and a position") {
    auto errors = errors_of(lexicon_with("unknown", "units:\n  - code: km\n    froms: [km]\n"));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "words.yaml:3:5: error: unknown key 'froms' in a unit; did you mean 'forms'? [yaml.unknown-key]");
    CHECK(errors[1] == "words.yaml:2:5: error: a unit needs its 'forms' [lexicon.missing-key]");
}

TEST_CASE("duplicate keys are reported where the second one stands") {
    auto errors = errors_of(lexicon_with("duplicate", "not_nouns: [de]\nnot_nouns: [la]\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "words.yaml:2:1: error: duplicate key 'not_nouns' in a lexicon file [yaml.duplicate-key]");
}

TEST_CASE("every error of a file is reported, not just the first") {
    auto errors = errors_of(lexicon_with("many",
                                         "hedges:\n"
                                         "  - qualifier: nearly\n"
                                         "    before: [presque]\n"
                                         "  - qualifier: approx\n"
                                         "    low: lots\n"
                                         "units: 12\n"));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "words.yaml:2:16: error: unknown qualifier 'nearly'; expected exact, approx, at_least, "
                       "more_than, at_most or less_than [lexicon.bad-value]");
    CHECK(errors[1] == "words.yaml:5:10: error: 'low' must be a number, found 'lots' [yaml.type]");
    CHECK(errors[2] == "words.yaml:6:8: error: units must be a list, found a scalar [yaml.type]");
}

TEST_CASE("a YAML syntax error names its line and column") {
    auto errors = errors_of(lexicon_with("syntax", "units: [km, m\nhedges: []\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("words.yaml:2:", 0) == 0);
    CHECK(errors[0].find("[yaml.syntax]") != std::string::npos);
}

TEST_CASE("a missing lexicon directory is an error, not a crash") {
    CHECK_THROWS_AS(load_lexicon("/nonexistent/claimcheck/lexicon"), LoadError);
}
