#include "claims/aspect.hpp"

#include <algorithm>

namespace claimcheck {

std::string_view to_string(Aspect a) {
    switch (a) {
    case Aspect::total: return "total";
    case Aspect::increment: return "increment";
    case Aspect::rate: return "rate";
    case Aspect::part: return "part";
    case Aspect::share: return "share";
    case Aspect::record: return "record";
    }
    return "total";
}

namespace claims {

bool is_share_unit(std::string const& unit) { return unit == "%" || unit == "fraction"; }

Aspect aspect_of(Quantity const& q, std::vector<Link> const& links, bool record_sentence) {
    auto const has_role = [&](Relation::Kind kind, std::string_view role) {
        return std::any_of(links.begin(), links.end(), [&](Link const& l) { return l.kind == kind && l.role == role; });
    };
    if (q.increment || has_role(Relation::Kind::increment, "increment")) return Aspect::increment;
    if (q.unit.find('/') != std::string::npos) return Aspect::rate;
    if (is_share_unit(q.unit)) return Aspect::share;
    if (has_role(Relation::Kind::ratio, "part") || has_role(Relation::Kind::share, "part")) return Aspect::part;
    if (record_sentence) return Aspect::record;
    return Aspect::total;
}

}  // namespace claims
}  // namespace claimcheck
