// Evaluates a compiled condition on bound claims in interval arithmetic, and writes down each
// step so a journalist can follow the arithmetic.
#pragma once

#include "expression/compiled.hpp"

#include <claimcheck/claim.hpp>
#include <claimcheck/range.hpp>

#include <map>
#include <string>
#include <vector>

namespace claimcheck::expression {

struct Evaluation {
    Verdict verdict = Verdict::undecided;
    // One line per step, inner steps first and the whole condition last:
    // "rate × days(rate.period) = 30 × [335 ; 366] = [10 050 ; 10 980]".
    std::vector<std::string> trace;
};

// A claim used as a number stands for its quantity's range (a claim in "%" for its fraction,
// as `10%` is 0.1); `days(p)` is the period's length, and an unknown period's length is
// unknown, which leaves the verdict undecided rather than failed. A role missing from `bound`
// is a claim we know nothing of. `tolerance` is `~`'s, relative to its right-hand side (0.5 is ±50 %).
Evaluation evaluate(Compiled const& expression, std::map<std::string, Claim const*> const& bound, double tolerance);

}  // namespace claimcheck::expression
