// Writers for `claimcheck check`: compiler-style text with the sentence and the arithmetic, and
// JSON Lines that tools outside the project read.
#pragma once

#include <claimcheck/rules.hpp>

#include <ostream>
#include <string>

namespace claimcheck::report {

// file:line:col: severity: message [rule-id]
//    | the sentence, with the bound claims marked [role: text]
//    = each step of the arithmetic
void write_finding_text(std::ostream& out, Finding const& f);

// {"rule","severity","verdict","message","file","line","column","claims":[…],"trace":[…],
//  "fingerprint" (report/fingerprint.hpp),"suppressed" (null, or how an editor accepted it)}
void write_finding_json(std::ostream& out, Finding const& f, std::string const& fingerprint);

}  // namespace claimcheck::report
