// The `expression` check's language: parsing, type errors, syntax errors, evaluation and trace.
#include "expression/compile.hpp"
#include "expression/evaluate.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace claimcheck;
using namespace claimcheck::expression;

namespace {

std::string op_name(Op op) {
    switch (op) {
    case Op::literal: return "literal";
    case Op::role: return "role";
    case Op::value: return "value";
    case Op::low: return "low";
    case Op::high: return "high";
    case Op::period: return "period";
    case Op::days: return "days";
    case Op::abs: return "abs";
    case Op::min: return "min";
    case Op::max: return "max";
    case Op::negate: return "neg";
    case Op::add: return "+";
    case Op::subtract: return "-";
    case Op::multiply: return "*";
    case Op::divide: return "/";
    case Op::less: return "<";
    case Op::less_equal: return "<=";
    case Op::greater: return ">";
    case Op::greater_equal: return ">=";
    case Op::equal: return "==";
    case Op::not_equal: return "!=";
    case Op::approx: return "~";
    case Op::not_: return "not";
    case Op::and_: return "and";
    case Op::or_: return "or";
    }
    return "?";
}

// The tree as an s-expression: "(< (+ a (* b c)) 1)"; a literal is its value, a % literal "0.1%".
std::string tree(Node const& n) {
    if (n.op == Op::role) return n.name;
    if (n.op == Op::literal) {
        std::string text = std::to_string(n.number);
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
        return text + (n.percent ? "%" : "");
    }
    std::string text = "(" + op_name(n.op);
    for (auto const& a : n.args) text += " " + tree(a);
    return text + ")";
}

std::vector<std::string> const roles = {"a", "b", "c", "d", "rate", "total", "part", "whole", "share"};

std::string parsed(std::string_view source) {
    auto const result = compile(source, roles);
    REQUIRE_MESSAGE(result.compiled, (result.diagnostics.empty() ? std::string() : result.diagnostics[0].message));
    return tree(result.compiled->root);
}

// The one diagnostic `source` gets: "3: message [code]".
std::string error_of(std::string_view source, std::vector<std::string> const& bound = roles) {
    auto const result = compile(source, bound);
    CHECK_FALSE(result.compiled);
    REQUIRE(result.diagnostics.size() == 1);
    auto const& d = result.diagnostics[0];
    CHECK(d.severity == Severity::error);
    return std::to_string(d.column) + ": " + d.message + " [" + d.code + "]";
}

// The trace is typeset with narrow no-break spaces; tests read better with plain ones.
std::string readable(std::string text) {
    std::string const thin = "\u202f";
    for (auto at = text.find(thin); at != std::string::npos; at = text.find(thin, at)) text.replace(at, thin.size(), " ");
    return text;
}

Claim exactly(double value, std::string unit = "") {
    Claim c;
    c.quantity.value = value;
    c.quantity.unit = std::move(unit);
    return c;
}

Claim between(std::optional<double> low, std::optional<double> high, Qualifier q) {
    Claim c;
    c.quantity.interval.low = low;
    c.quantity.interval.high = high;
    c.quantity.qualifier = q;
    return c;
}

struct Run {
    Verdict verdict;
    std::vector<std::string> trace;
};

Run run(std::string_view source, std::map<std::string, Claim const*> const& bound, double tolerance = 0.05) {
    auto const compiled = compile(source, roles);
    REQUIRE(compiled.compiled);
    auto const e = evaluate(*compiled.compiled, bound, tolerance);
    Run r{e.verdict, {}};
    for (auto const& line : e.trace) r.trace.push_back(readable(line));
    return r;
}

}  // namespace

// ---------------------------------------------------------------- parsing

TEST_CASE("operators bind as in arithmetic, comparisons above logic") {
    CHECK(parsed("a + b * c > 1") == "(> (+ a (* b c)) 1)");
    CHECK(parsed("(a + b) * c > 1") == "(> (* (+ a b) c) 1)");
    CHECK(parsed("a - b - c > 1") == "(> (- (- a b) c) 1)");
    CHECK(parsed("a / b / c > 1") == "(> (/ (/ a b) c) 1)");
    CHECK(parsed("-a * b < 1") == "(< (* (neg a) b) 1)");
    CHECK(parsed("a - -b < 1") == "(< (- a (neg b)) 1)");
    CHECK(parsed("a < b and c < d or a > d") == "(or (and (< a b) (< c d)) (> a d))");
    CHECK(parsed("a < b or c < d and a > d") == "(or (< a b) (and (< c d) (> a d)))");
    CHECK(parsed("not a > 3 and b < 1") == "(and (not (> a 3)) (< b 1))");
    CHECK(parsed("not (a > 3)") == "(not (> a 3))");
    CHECK(parsed("not not a > 3") == "(not (not (> a 3)))");
    CHECK(parsed("part <= whole and share ~ part / whole") == "(and (<= part whole) (~ share (/ part whole)))");
}

TEST_CASE("every comparison operator") {
    CHECK(parsed("a < b") == "(< a b)");
    CHECK(parsed("a <= b") == "(<= a b)");
    CHECK(parsed("a > b") == "(> a b)");
    CHECK(parsed("a >= b") == "(>= a b)");
    CHECK(parsed("a == b") == "(== a b)");
    CHECK(parsed("a != b") == "(!= a b)");
    CHECK(parsed("a ~ b") == "(~ a b)");
}

TEST_CASE("numbers and percent literals") {
    CHECK(parsed("a < 4500") == "(< a 4500)");
    CHECK(parsed("a < 4.5") == "(< a 4.5)");
    CHECK(parsed("a < 10%") == "(< a 0.1%)");
    CHECK(parsed("a < 12.5 %") == "(< a 0.125%)");
    CHECK(parsed("abs(a - b) / b < 10%") == "(< (/ (abs (- a b)) b) 0.1%)");
}

TEST_CASE("member access and functions") {
    CHECK(parsed("a.value <= b.value") == "(<= (value a) (value b))");
    CHECK(parsed("a.low < a.high") == "(< (low a) (high a))");
    CHECK(parsed("(a - b).low > 0") == "(> (low (- a b)) 0)");
    CHECK(parsed("rate * days(rate.period) ~ total") == "(~ (* rate (days (period rate))) total)");
    CHECK(parsed("days(rate) > 1") == "(> (days rate) 1)");
    CHECK(parsed("min(a, b) < max(a,b)") == "(< (min a b) (max a b))");
    CHECK(parsed("min(a, b, c) < 1") == "(< (min a b c) 1)");
    CHECK(parsed("  a . value<b  ") == "(< (value a) b)");
}

TEST_CASE("words are names unless they are whole keywords") {
    std::vector<std::string> const words = {"nothing", "order", "android", "inf", "nan"};
    auto const result = compile("nothing < order and android > inf or nan == 1", words);
    REQUIRE(result.compiled);
    CHECK(tree(result.compiled->root) == "(or (and (< nothing order) (> android inf)) (== nan 1))");
}

// ---------------------------------------------------------------- type errors

TEST_CASE("unknown names, members and functions, with did-you-mean") {
    CHECK(error_of("x > 1", {"a", "b"}) == "1: unknown name 'x'; the rule binds a, b [expression.unknown-name]");
    CHECK(error_of("x > 1", {}) == "1: unknown name 'x'; the rule binds no claims [expression.unknown-name]");
    CHECK(error_of("rat * 2 > total") == "1: unknown name 'rat'; did you mean 'rate'? [expression.unknown-name]");
    CHECK(error_of("a < days") == "5: unknown name 'days'; days is a function: write days(...) [expression.unknown-name]");
    CHECK(error_of("a.valeu > 1") == "3: unknown member 'valeu'; did you mean 'value'? [expression.unknown-member]");
    CHECK(error_of("a.hihg > 1") == "3: unknown member 'hihg'; did you mean 'high'? [expression.unknown-member]");
    CHECK(error_of("a.foo > 1") == "3: unknown member 'foo'; a claim has value, low, high, period [expression.unknown-member]");
    CHECK(error_of("(a + 1).period > 1") == "9: unknown member 'period'; a number has low, high [expression.unknown-member]");
    CHECK(error_of("a.period.low > 1") == "10: unknown member 'low'; a period has no members [expression.unknown-member]");
    CHECK(error_of("rate.period.days > 1") ==
          "13: unknown member 'days'; write days(rate.period) for the length of a period [expression.unknown-member]");
    CHECK(error_of("mn(a, b) > 1") == "1: unknown function 'mn'; did you mean 'min'? [expression.unknown-function]");
    CHECK(error_of("a > foo(b)") ==
          "5: unknown function 'foo'; the functions are abs, days, max, min [expression.unknown-function]");
}

TEST_CASE("wrong argument counts and types") {
    CHECK(error_of("abs(a, b) > 1") == "1: abs() takes 1 argument, found 2 [expression.arity]");
    CHECK(error_of("1 < days()") == "5: days() takes 1 argument, found 0 [expression.arity]");
    CHECK(error_of("min(a) > 1") == "1: min() takes at least 2 arguments, found 1 [expression.arity]");
    CHECK(error_of("days(3) > 1") == "6: days() takes a period or a claim, found a number [expression.type]");
    CHECK(error_of("days(a.value) > 1") == "6: days() takes a period or a claim, found a number [expression.type]");
    CHECK(error_of("abs(a < b) > 1") == "5: abs() takes a number, found a condition [expression.type]");
    CHECK(error_of("min(a, a.period) > 1") == "8: min() takes numbers, found a period [expression.type]");
}

TEST_CASE("operators on the wrong types") {
    CHECK(error_of("(a < b) + 1 > 2") == "1: '+' takes numbers, found a condition [expression.type]");
    CHECK(error_of("a * (b > 1) > 2") == "5: '*' takes numbers, found a condition [expression.type]");
    CHECK(error_of("a < a.period") == "5: '<' compares numbers, found a period [expression.type]");
    CHECK(error_of("(a < 1) == b") == "1: '==' compares numbers, found a condition [expression.type]");
    CHECK(error_of("a > 1 and b") == "11: 'and' joins conditions, found a claim [expression.type]");
    CHECK(error_of("not a") == "5: 'not' takes a condition, found a claim [expression.type]");
    CHECK(error_of("-(a < b) < 1") == "2: '-' takes a number, found a condition [expression.type]");
    CHECK(error_of("a < b < c") == "7: comparisons do not chain; join two comparisons with 'and' [expression.chained-comparison]");
}

TEST_CASE("the whole expression must be a condition") {
    CHECK(error_of("a + 1") == "1: the condition must compare something, found a number [expression.not-a-condition]");
    CHECK(error_of("  a") == "3: the condition must compare something, found a claim [expression.not-a-condition]");
    CHECK(error_of("rate.period") == "1: the condition must compare something, found a period [expression.not-a-condition]");
    CHECK(error_of("10%") == "1: the condition must compare something, found a number [expression.not-a-condition]");
}

TEST_CASE("every error is reported, but an error is not reported again by its parents") {
    auto const result = compile("x + y > days(z)", {"a"});
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].column == 1);
    CHECK(result.diagnostics[1].column == 5);
    CHECK(result.diagnostics[2].column == 14);
    CHECK_FALSE(result.compiled);
}

// ---------------------------------------------------------------- syntax errors

TEST_CASE("syntax errors say what was expected, and where") {
    CHECK(error_of("") == "1: expected an expression at column 1 [expression.syntax]");
    CHECK(error_of(")") == "1: expected an expression at column 1 [expression.syntax]");
    CHECK(error_of("a <") == "4: expected a number, a name or '(' at column 4 [expression.syntax]");
    CHECK(error_of("a <   * b") == "7: expected a number, a name or '(' at column 7 [expression.syntax]");
    CHECK(error_of("(a + b > 1") == "11: expected ')' at column 11 [expression.syntax]");
    CHECK(error_of("min(a b) > 1") == "7: expected ',' or ')' at column 7 [expression.syntax]");
    CHECK(error_of("min(a,) > 1") == "7: expected an argument at column 7 [expression.syntax]");
    CHECK(error_of("a b") == "3: expected an operator or the end of the expression at column 3 [expression.syntax]");
    CHECK(error_of("a = b") == "3: expected an operator or the end of the expression at column 3 [expression.syntax]");
    CHECK(error_of("a. > 1") == "4: expected a member name (value, low, high or period) at column 4 [expression.syntax]");
    CHECK(error_of("4. < a") == "3: expected digits after the decimal point at column 3 [expression.syntax]");
    CHECK(error_of("a < 3 and") == "10: expected an expression at column 10 [expression.syntax]");
    CHECK(error_of("not") == "4: expected an expression at column 4 [expression.syntax]");
    CHECK(error_of("a < 1e3") == "6: expected an operator or the end of the expression at column 6 [expression.syntax]");
    // The language is ASCII: "≤" is an error, at its column in code points.
    CHECK(error_of("a ≤ b") == "3: expected an operator or the end of the expression at column 3 [expression.syntax]");
}

// ---------------------------------------------------------------- evaluation

TEST_CASE("exact figures hold or fail") {
    Claim const a = exactly(1000), b = exactly(1100);
    auto r = run("a.value <= b.value", {{"a", &a}, {"b", &b}});
    CHECK(r.verdict == Verdict::holds);
    CHECK(r.trace == std::vector<std::string>{"a.value ≤ b.value, soit 1 000 ≤ 1 100 : vrai"});
    CHECK(run("a > b", {{"a", &a}, {"b", &b}}).verdict == Verdict::fails);
    CHECK(run("a != b", {{"a", &a}, {"b", &b}}).verdict == Verdict::holds);
    CHECK(run("a == 1000", {{"a", &a}}).verdict == Verdict::holds);
    CHECK(run("min(a, b) < max(a, b)", {{"a", &a}, {"b", &b}}).verdict == Verdict::holds);
}

TEST_CASE("hedged figures are ranges: a comparison can fail, hold or be undecided") {
    Claim const more_than = between(1100, std::nullopt, Qualifier::more_than);  // "plus de 1 100"
    Claim const about = between(18, 22, Qualifier::approx);                      // "près de 20"
    Claim const thousand = exactly(1000), nineteen = exactly(19);

    auto r = run("a <= b", {{"a", &more_than}, {"b", &thousand}});
    CHECK(r.verdict == Verdict::fails);
    CHECK(r.trace == std::vector<std::string>{"a ≤ b, soit [1 100 ; +∞] ≤ 1 000 : faux"});

    r = run("a <= b", {{"a", &about}, {"b", &nineteen}});
    CHECK(r.verdict == Verdict::undecided);
    CHECK(r.trace == std::vector<std::string>{"a ≤ b, soit [18 ; 22] ≤ 19 : indéterminé"});

    CHECK(run("a.low == 18 and a.high == 22", {{"a", &about}}).verdict == Verdict::holds);
    CHECK(run("a > 1000", {{"a", &more_than}}).verdict == Verdict::holds);
    // +∞ − +∞ is not a number: the difference is unknown, not NaN.
    r = run("a.high - a.high > 0", {{"a", &more_than}});
    CHECK(r.verdict == Verdict::undecided);
    CHECK(r.trace[0] == "a.high − a.high = +∞ − +∞ = [−∞ ; +∞]");
}

TEST_CASE("a rate times its period against a total, with the trace a journalist reads") {
    Claim rate = exactly(30, "km2/day");
    rate.period.start = "2024-01-01";
    rate.period.days = {335, 366};
    rate.period.text = "cette année";
    Claim const total = exactly(4500, "km2");

    auto r = run("rate * days(rate.period) ~ total", {{"rate", &rate}, {"total", &total}}, 0.5);
    CHECK(r.verdict == Verdict::fails);
    CHECK(r.trace == std::vector<std::string>{
                         "days(rate.period) = [335 ; 366] (« cette année »)",
                         "rate × days(rate.period) = 30 × [335 ; 366] = [10 050 ; 10 980]",
                         "rate × days(rate.period) ~ total, soit [10 050 ; 10 980] ~ 4 500 (±50 %) : faux",
                     });

    Claim const matching = exactly(10500, "km2");
    CHECK(run("rate * days(rate) ~ total", {{"rate", &rate}, {"total", &matching}}).verdict == Verdict::holds);
}

TEST_CASE("an unknown period leaves the verdict undecided") {
    Claim const rate = exactly(30, "km2/day");
    Claim const total = exactly(4500, "km2");
    auto r = run("rate * days(rate.period) ~ total", {{"rate", &rate}, {"total", &total}}, 0.5);
    CHECK(r.verdict == Verdict::undecided);
    CHECK(r.trace == std::vector<std::string>{
                         "days(rate.period) = inconnu (période non précisée)",
                         "rate × days(rate.period) = 30 × [−∞ ; +∞] = [−∞ ; +∞]",
                         "rate × days(rate.period) ~ total, soit [−∞ ; +∞] ~ 4 500 (±50 %) : indéterminé",
                     });
}

TEST_CASE("relative gap against a percent literal") {
    Claim const a = exactly(1050), b = exactly(1000);
    auto r = run("abs(a - b) / b < 10%", {{"a", &a}, {"b", &b}});
    CHECK(r.verdict == Verdict::holds);
    CHECK(r.trace == std::vector<std::string>{
                         "a − b = 1 050 − 1 000 = 50",
                         "abs(a − b) = abs(50) = 50",
                         "abs(a − b) / b = 50 / 1 000 = 0,05",
                         "abs(a − b) / b < 10 %, soit 5 % < 10 % : vrai",
                     });
    Claim const far = exactly(1200);
    CHECK(run("abs(a - b) / b < 10%", {{"a", &far}, {"b", &b}}).verdict == Verdict::fails);
}

TEST_CASE("a claim in percent is a fraction, as a percent literal is") {
    Claim const part = exactly(7), whole = exactly(8), share = exactly(87.5, "%");
    auto r = run("part <= whole and share ~ part / whole", {{"part", &part}, {"whole", &whole}, {"share", &share}});
    CHECK(r.verdict == Verdict::holds);
    CHECK(r.trace == std::vector<std::string>{
                         "part ≤ whole, soit 7 ≤ 8 : vrai",
                         "part / whole = 7 / 8 = 0,88",
                         "share ~ part / whole, soit 87,5 % ~ 87,5 % (±5 %) : vrai",
                         "part ≤ whole et share ~ part / whole, soit vrai et vrai : vrai",
                     });
    // A bare range, not a percentage: 85 is not 0.875.
    Claim const about_ninety = between(85, 95, Qualifier::approx);
    CHECK(run("share ~ part / whole", {{"part", &part}, {"whole", &whole}, {"share", &about_ninety}}).verdict ==
          Verdict::fails);
    Claim const share_range = [] {
        Claim c = between(85, 95, Qualifier::approx);
        c.quantity.unit = "%";
        return c;
    }();
    CHECK(run("share ~ part / whole", {{"part", &part}, {"whole", &whole}, {"share", &share_range}}).verdict ==
          Verdict::undecided);
    CHECK(run("share - 5% > 80%", {{"share", &share}}).trace ==
          std::vector<std::string>{"share − 5 % = 87,5 % − 5 % = 82,5 %", "share − 5 % > 80 %, soit 82,5 % > 80 % : vrai"});
}

TEST_CASE("logic is three-valued and traced") {
    Claim const five = exactly(5);
    auto r = run("not (a > 3)", {{"a", &five}});
    CHECK(r.verdict == Verdict::fails);
    CHECK(r.trace == std::vector<std::string>{"a > 3, soit 5 > 3 : vrai", "non (a > 3), soit non vrai : faux"});

    Claim const about = between(4, 6, Qualifier::approx);
    r = run("a > 4.5 or a < 1", {{"a", &about}});
    CHECK(r.verdict == Verdict::undecided);
    CHECK(r.trace.back() == "a > 4,5 ou a < 1, soit indéterminé ou faux : indéterminé");
    CHECK(run("a > 4.5 or a < 7", {{"a", &about}}).verdict == Verdict::holds);
    CHECK(run("a > 4.5 and a > 7", {{"a", &about}}).verdict == Verdict::fails);
}

TEST_CASE("the trace keeps the parentheses the reading needs") {
    Claim const a = exactly(5), b = exactly(-3);
    auto r = run("-(a - b) * 2 < 0", {{"a", &a}, {"b", &b}});
    CHECK(r.verdict == Verdict::holds);
    CHECK(r.trace == std::vector<std::string>{
                         "a − b = 5 − (−3) = 8",
                         "−(a − b) = −8",
                         "−(a − b) × 2 = −8 × 2 = −16",
                         "−(a − b) × 2 < 0, soit −16 < 0 : vrai",
                     });
    CHECK(run("a - (b - 1) > 0", {{"a", &a}, {"b", &b}}).trace[1] == "a − (b − 1) = 5 − (−4) = 9");
    CHECK(run("a < 0.125", {{"a", &a}}).trace[0] == "a < 0,125, soit 5 < 0,13 : faux");
    CHECK(run("a - -b > 0", {{"a", &a}, {"b", &b}}).trace[1] == "a − (−b) = 5 − 3 = 2");
    CHECK(run("4500 < 10% * a", {{"a", &a}}).trace[1] == "4 500 < 10 % × a, soit 4 500 < 0,5 : faux");
}

TEST_CASE("a role with no claim is a claim we know nothing of") {
    Claim const a = exactly(5);
    auto r = run("a < b and b < 10", {{"a", &a}});
    CHECK(r.verdict == Verdict::undecided);
    CHECK(r.trace.front() == "b : aucune affirmation liée");
    CHECK(r.trace.size() == 4);
}
