#include <claimcheck/range.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace claimcheck {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// 0 * inf is 0 here: a bound of zero stays zero whatever it multiplies.
double times(double a, double b) { return (a == 0 || b == 0) ? 0 : a * b; }

// ∞ − ∞ has no value: a bound that comes out NaN is unknown, so it goes to its infinity.
Range known_or_infinite(Range r) {
    if (std::isnan(r.low)) r.low = -inf;
    if (std::isnan(r.high)) r.high = inf;
    return r;
}

}  // namespace

std::string_view to_string(Verdict v) {
    switch (v) {
    case Verdict::holds: return "holds";
    case Verdict::fails: return "fails";
    case Verdict::undecided: return "undecided";
    }
    return "undecided";
}

Range Range::of(Quantity const& q) {
    Range r{q.interval.low.value_or(-inf), q.interval.high.value_or(inf)};
    if (q.value && !q.interval.low && !q.interval.high) r = exact(*q.value);
    return r;
}

Range operator+(Range a, Range b) { return known_or_infinite({a.low + b.low, a.high + b.high}); }
Range operator-(Range a, Range b) { return known_or_infinite({a.low - b.high, a.high - b.low}); }

Range operator*(Range a, Range b) {
    double const p[] = {times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)};
    return {*std::min_element(std::begin(p), std::end(p)), *std::max_element(std::begin(p), std::end(p))};
}

Range operator/(Range a, Range b) {
    if (b.low <= 0 && b.high >= 0) return Range::unbounded();
    return a * Range{1 / b.high, 1 / b.low};
}

Range abs(Range a) {
    if (a.low >= 0) return a;
    if (a.high <= 0) return {-a.high, -a.low};
    return {0, std::max(-a.low, a.high)};
}

Range widen(Range a, double r) { return {a.low * (1 - r), a.high * (1 + r)}; }

Verdict less_equal(Range a, Range b) {
    if (a.high <= b.low) return Verdict::holds;
    if (a.low > b.high) return Verdict::fails;
    return Verdict::undecided;
}

Verdict less(Range a, Range b) {
    if (a.high < b.low) return Verdict::holds;
    if (a.low >= b.high) return Verdict::fails;
    return Verdict::undecided;
}

Verdict equal(Range a, Range b) {
    if (a.high < b.low || b.high < a.low) return Verdict::fails;
    if (a.is_exact() && b.is_exact()) return Verdict::holds;
    return Verdict::undecided;
}

Verdict approx_equal(Range a, Range b, double tolerance) {
    Range const gap = abs(a - b);
    Range const allowed = abs(b) * Range::exact(tolerance);
    if (gap.high <= allowed.low) return Verdict::holds;
    if (gap.low > allowed.high) return Verdict::fails;
    return Verdict::undecided;
}

Verdict operator&&(Verdict a, Verdict b) {
    if (a == Verdict::fails || b == Verdict::fails) return Verdict::fails;
    if (a == Verdict::holds && b == Verdict::holds) return Verdict::holds;
    return Verdict::undecided;
}

Verdict operator||(Verdict a, Verdict b) {
    if (a == Verdict::holds || b == Verdict::holds) return Verdict::holds;
    if (a == Verdict::fails && b == Verdict::fails) return Verdict::fails;
    return Verdict::undecided;
}

Verdict operator!(Verdict a) {
    if (a == Verdict::holds) return Verdict::fails;
    if (a == Verdict::fails) return Verdict::holds;
    return Verdict::undecided;
}

std::string format_fr(double v) {
    if (std::isinf(v)) return v > 0 ? "+∞" : "−∞";
    // Round to what a reader needs: whole numbers above 100, two decimals below.
    double const rounded = std::fabs(v) >= 100 ? std::round(v) : std::round(v * 100) / 100;
    auto text = fmt::format("{:.2f}", std::fabs(rounded));
    auto dot = text.find('.');
    std::string whole = text.substr(0, dot);
    std::string decimals = text.substr(dot + 1);
    while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += "\u202f";
        grouped += whole[i];
    }
    std::string out = rounded < 0 ? "−" : "";
    out += grouped;
    if (!decimals.empty()) out += "," + decimals;
    return out;
}

std::string format_fr(Range r) {
    if (r.is_exact()) return format_fr(r.low);
    return fmt::format("[{} ; {}]", format_fr(r.low), format_fr(r.high));
}

}  // namespace claimcheck
