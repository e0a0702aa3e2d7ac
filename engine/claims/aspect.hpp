// What a figure is, as opposed to what it counts: a change, a pace, a share, a part, a record
// or, by default, a level.
#pragma once

#include <claimcheck/claim.hpp>

#include "claims/links.hpp"

#include <vector>

namespace claimcheck::claims {

// In this order of precedence: increment ("(+92)" or the increment of an increment relation),
// rate (a unit per period), share (% or a fraction), part (of a ratio or share relation),
// record (the sentence has a record cue), else total.
Aspect aspect_of(Quantity const& q, std::vector<Link> const& links, bool record_sentence);

bool is_share_unit(std::string const& unit);

}  // namespace claimcheck::claims
