// Writers for `claimcheck check`: compiler-style text with the sentence and the arithmetic, and
// JSON Lines that tools outside the project read.
#pragma once

#include <claimcheck/rules.hpp>

#include <ostream>

namespace claimcheck::report {

// file:line:col: severity: message [rule-id]
//    | the sentence, with the bound claims marked [role: text]
//    = each step of the arithmetic
void write_finding_text(std::ostream& out, Finding const& f);

// {"rule","severity","message","file","line","column","claims":[…],"trace":[…]}
void write_finding_json(std::ostream& out, Finding const& f);

}  // namespace claimcheck::report
