// Rule files: every malformed rule in tests/rules/malformed/<case>/rule.yaml gives exactly the
// errors of <case>/expected.txt; the shipped packs load; findings carry their arithmetic.
#include "support/french.hpp"
#include "support/rule_packs.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/rules.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("each malformed rule file gives its exact error") {
    fs::path const root = fs::path(CLAIMCHECK_TEST_DIR) / "rules" / "malformed";
    std::vector<fs::path> cases;
    for (auto const& entry : fs::directory_iterator(root)) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    for (auto const& dir : cases) {
        INFO("case: " << dir.filename().string());
        CHECK(test::rule_errors(dir) == read(dir / "expected.txt"));
    }
}

TEST_CASE("the shipped packs load without errors") {
    std::vector<fs::path> packs;
    for (auto const& entry : fs::directory_iterator(CLAIMCHECK_TEST_RULES_DIR))
        if (entry.is_directory() && entry.path().filename() != "lexicon" && entry.path().filename() != "sources")
            packs.push_back(entry.path());
    auto const set = load_rules(packs, test::french(), test::shipped_kinds());
    CHECK(set.rules.size() >= 6);
    for (auto const& rule : set.rules) {
        INFO(rule.id);
        CHECK_FALSE(rule.fixture.empty());
        CHECK_FALSE(rule.description.empty());
    }
}
