// Interval arithmetic: hedged figures are ranges; comparisons hold, fail or cannot be decided.
#include <claimcheck/range.hpp>

#include <doctest/doctest.h>

using namespace claimcheck;

TEST_CASE("arithmetic on ranges") {
    Range const a{2, 3};
    Range const b{10, 20};
    CHECK((a + b).low == 12);
    CHECK((a + b).high == 23);
    CHECK((b - a).low == 7);
    CHECK((b - a).high == 18);
    CHECK((a * b).low == 20);
    CHECK((a * b).high == 60);
    CHECK((b / a).low == doctest::Approx(10.0 / 3));
    CHECK((b / Range{-1, 1}).high == Range::unbounded().high);
    CHECK(abs(Range{-4, 2}).high == 4);
    CHECK(abs(Range{-4, 2}).low == 0);
}

TEST_CASE("comparisons have three outcomes") {
    CHECK(less_equal({1, 2}, {3, 4}) == Verdict::holds);
    CHECK(less_equal({5, 6}, {3, 4}) == Verdict::fails);
    CHECK(less_equal({3, 5}, {4, 6}) == Verdict::undecided);
    // "plus de 1.100" cannot be at most 1 000; "près de 20" may or may not be at most 19.
    CHECK(less_equal({1100, Range::unbounded().high}, Range::exact(1000)) == Verdict::fails);
    CHECK(less_equal({18, 20}, Range::exact(19)) == Verdict::undecided);
    CHECK(equal(Range::exact(4), Range::exact(4)) == Verdict::holds);
    CHECK(equal({1, 2}, {3, 4}) == Verdict::fails);
}

TEST_CASE("approximate equality within a tolerance") {
    CHECK(approx_equal(Range::exact(105), Range::exact(100), 0.1) == Verdict::holds);
    CHECK(approx_equal(Range::exact(130), Range::exact(100), 0.1) == Verdict::fails);
    CHECK(approx_equal({95, 125}, Range::exact(100), 0.1) == Verdict::undecided);
    CHECK(approx_equal({10050, 10980}, {4450, 4550}, 0.5) == Verdict::fails);
}

TEST_CASE("verdicts combine as three-valued logic") {
    CHECK((Verdict::holds && Verdict::undecided) == Verdict::undecided);
    CHECK((Verdict::fails && Verdict::undecided) == Verdict::fails);
    CHECK((Verdict::holds || Verdict::undecided) == Verdict::holds);
    CHECK(!Verdict::undecided == Verdict::undecided);
}

TEST_CASE("French number format") {
    CHECK(format_fr(10980.0) == "10\u202f980");
    CHECK(format_fr(1.25) == "1,25");
    CHECK(format_fr(Range{10050, 10980}) == "[10\u202f050 ; 10\u202f980]");
}
