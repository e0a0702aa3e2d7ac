// How the trace writes expressions and values for a journalist: French typography
// ("×", "≤", "4 500", "10 %"), French words for the logic ("et", "ou", "non", "vrai").
#pragma once

#include "expression/compiled.hpp"

#include <claimcheck/range.hpp>

#include <string>
#include <string_view>

namespace claimcheck::expression {

// The sub-expression as written, re-spelt: `rate * days(rate.period)` is "rate × days(rate.period)".
std::string render(Node const& node);

// The operator between two operands, as the trace spells it: "×", "≤", "et".
std::string_view symbol(Op op);

// A value: "4 500", "[10 050 ; 10 980]"; as a percentage when `percent`: "12 %".
std::string format_value(Range r, bool percent);

// A literal as written, without format_fr's rounding: 0.125 stays "0,125".
std::string format_literal(double v);

std::string_view format_verdict(Verdict v);  // "vrai", "faux", "indéterminé"

}  // namespace claimcheck::expression
