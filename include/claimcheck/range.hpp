// Interval arithmetic for checks: a hedged figure is a range of values, so every comparison has
// three outcomes — it holds, it fails, or the text does not say enough to decide.
#pragma once

#include <claimcheck/quantity.hpp>

#include <limits>
#include <string>

namespace claimcheck {

enum class Verdict { holds, fails, undecided };

std::string_view to_string(Verdict v);

// A closed range [low, high]; infinite bounds for "plus de X" and the like. Open bounds of
// hedges are treated as closed: the checks compare stated figures, not real numbers.
struct Range {
    double low = 0;
    double high = 0;

    static Range exact(double v) { return {v, v}; }
    static Range unbounded() { return {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()}; }
    // The range a quantity stands for: its interval, or its value when the interval is empty.
    static Range of(Quantity const& q);

    bool is_exact() const { return low == high; }
    bool contains(double v) const { return low <= v && v <= high; }
    double width() const { return high - low; }
};

Range operator+(Range a, Range b);
Range operator-(Range a, Range b);
Range operator*(Range a, Range b);
Range operator/(Range a, Range b);  // unbounded when b contains 0
Range abs(Range a);
Range widen(Range a, double relative);  // [low*(1-r), high*(1+r)] for positive ranges

// Comparisons: holds when true for every pair of values, fails when false for every pair.
Verdict less_equal(Range a, Range b);
Verdict less(Range a, Range b);
Verdict equal(Range a, Range b);  // overlapping ranges hold when both are exact and equal; else undecided
// a ≈ b within a relative tolerance of b: holds when every value of a is within, fails when none is.
Verdict approx_equal(Range a, Range b, double relative_tolerance);

Verdict operator&&(Verdict a, Verdict b);
Verdict operator||(Verdict a, Verdict b);
Verdict operator!(Verdict a);

// "4 500", "[10 050, 10 980]" in French typography (narrow no-break space thousands, decimal comma).
std::string format_fr(double v);
std::string format_fr(Range r);

}  // namespace claimcheck
