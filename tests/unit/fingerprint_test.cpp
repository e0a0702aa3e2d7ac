// Fingerprints (report/fingerprint.hpp): what keeps them and what changes them, on findings of
// the real pipeline (the CLI's Engine) and on findings made by hand.
#include "cli/rule_setup.hpp"
#include "report/fingerprint.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace claimcheck;
using namespace claimcheck::report;

namespace {

cli::Engine const& engine() {
    static auto const loaded = [] {
        cli::RuleOptions o;
        o.rules_root = CLAIMCHECK_TEST_RULES_DIR;
        o.packs = {"conflict"};
        return cli::load_engine(o);
    }();
    return *loaded;
}

// The conflict/rate-vs-total fixture's failing sentence, after `before`.
std::string article(std::string const& before, std::string const& total = "2.000 km2") {
    return "date 2024-12-16\n" + before + "L'armée affirme avoir conquis " + total +
           " cette année et avancer désormais de 40 km2 par jour.\n";
}

Finding rate_vs_total(std::string const& text, std::string const& file = "front.txt") {
    auto const doc = engine().read(file, text);
    for (auto& f : run_rules(engine().rules, doc))
        if (f.rule == "conflict/rate-vs-total") return f;
    FAIL("conflict/rate-vs-total did not fire on: " << text);
    return {};
}

FoundClaim claim(std::string role, std::string text, std::size_t line) {
    FoundClaim c;
    c.role = std::move(role);
    c.text = std::move(text);
    c.file = "a.txt";
    c.at.file = "a.txt";
    c.at.line = line;
    return c;
}

Finding by_hand(std::string const& total, std::size_t line) {
    Finding f;
    f.rule = "conflict/rate-vs-total";
    f.file = "a.txt";
    f.document_id = "a.txt";
    f.line = line;
    f.column = 10;
    f.claims = {claim("rate", "40 km2 par jour", line), claim("total", total, line)};
    return f;
}

}  // namespace

TEST_CASE("fnv1a64 is the published FNV-1a") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("fingerprint text is case-folded with white space collapsed") {
    CHECK(fingerprint_text("Plus de  4.500\u00a0KM²") == "plus de 4.500 km2");
    CHECK(fingerprint_text("  733\u202f830\nsoldats ") == "733 830 soldats");
}

TEST_CASE("a fingerprint is 16 hex digits and an occurrence") {
    auto const print = fingerprint(by_hand("2.000 km2", 3));
    REQUIRE(print.size() == 18);
    CHECK(print.substr(16) == ":1");
    CHECK(print.find_first_not_of("0123456789abcdef") == 16);
}

TEST_CASE("a fingerprint survives text inserted before the finding") {
    auto const first = rate_vs_total(article(""));
    auto const moved = rate_vs_total(article("Un chapeau ajouté par la rédaction, sur deux lignes.\n\nEt un intertitre.\n"));
    REQUIRE(moved.line == first.line + 3);
    CHECK(fingerprint(moved) == fingerprint(first));
}

TEST_CASE("a fingerprint changes with the figure, the rule or the document") {
    auto const base = fingerprint(by_hand("2.000 km2", 3));
    CHECK(fingerprint(by_hand("2.000 km2", 40)) == base);     // the line is not part of it
    CHECK(fingerprint(by_hand("2.000  KM2", 3)) == base);     // nor the case or the spacing
    CHECK(fingerprint(by_hand("3.000 km2", 3)) != base);
    CHECK(fingerprint(rate_vs_total(article(""), "front.txt")) != fingerprint(rate_vs_total(article(""), "autre.txt")));
    CHECK(fingerprint(rate_vs_total(article(""), "./front.txt")) == fingerprint(rate_vs_total(article(""), "front.txt")));
    CHECK(fingerprint(rate_vs_total(article(""))) != fingerprint(rate_vs_total(article("", "2.500 km2"))));
    auto other_rule = by_hand("2.000 km2", 3);
    other_rule.rule = "my-rules/month-in-year";
    CHECK(fingerprint(other_rule) != base);
    auto swapped = by_hand("2.000 km2", 3);
    std::swap(swapped.claims[0].role, swapped.claims[1].role);
    CHECK(fingerprint(swapped) != base);
}

TEST_CASE("identical findings get distinct fingerprints, numbered in report order") {
    std::vector<Finding> const findings{by_hand("2.000 km2", 3), by_hand("3.000 km2", 5), by_hand("2.000 km2", 9)};
    auto const prints = fingerprints(findings);
    REQUIRE(prints.size() == 3);
    CHECK(prints[0] == fingerprint(findings[0], 1));
    CHECK(prints[1] == fingerprint(findings[1], 1));
    CHECK(prints[2] == fingerprint(findings[2], 2));
    CHECK(prints[0] != prints[2]);
    CHECK(prints[0].substr(0, 16) == prints[2].substr(0, 16));
}

TEST_CASE("occurrences count per verdict, so --verdicts all keeps the failures' fingerprints") {
    auto holds = by_hand("2.000 km2", 1);
    holds.verdict = Verdict::holds;
    auto const alone = fingerprints(std::vector<Finding>{by_hand("2.000 km2", 3)});
    auto const with_holds = fingerprints(std::vector<Finding>{holds, by_hand("2.000 km2", 3)});
    CHECK(with_holds[1] == alone[0]);
}
