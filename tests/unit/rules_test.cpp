// Rule files: every malformed rule in tests/rules/malformed/<case>/rule.yaml gives exactly the
// errors of <case>/expected.txt; the shipped packs load; findings carry their arithmetic.
#include "support/french.hpp"

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

KindRegistry const& shipped_kinds() {
    static KindRegistry const kinds = [] {
        std::vector<fs::path> files;
        for (auto const& pack : fs::directory_iterator(CLAIMCHECK_TEST_RULES_DIR))
            if (fs::exists(pack.path() / "kinds.yaml")) files.push_back(pack.path() / "kinds.yaml");
        return load_kinds(files);
    }();
    return kinds;
}

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The errors of loading `dir`, one per line, paths relative to `dir`.
std::string errors_of(fs::path const& dir) {
    std::ostringstream out;
    try {
        load_rules({dir}, test::french(), shipped_kinds());
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) {
            auto line = format_diagnostic(d);
            auto const prefix = (dir / "").string();
            if (line.rfind(prefix, 0) == 0) line = line.substr(prefix.size());
            out << line << '\n';
        }
    }
    return out.str();
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
        CHECK(errors_of(dir) == read(dir / "expected.txt"));
    }
}

TEST_CASE("the shipped packs load without errors") {
    std::vector<fs::path> packs;
    for (auto const& entry : fs::directory_iterator(CLAIMCHECK_TEST_RULES_DIR))
        if (entry.is_directory() && entry.path().filename() != "lexicon" && entry.path().filename() != "sources")
            packs.push_back(entry.path());
    auto const set = load_rules(packs, test::french(), shipped_kinds());
    CHECK(set.rules.size() >= 6);
    for (auto const& rule : set.rules) {
        INFO(rule.id);
        CHECK_FALSE(rule.fixture.empty());
        CHECK_FALSE(rule.description.empty());
    }
}
