#include "checks/same_fact.hpp"

#include "claims/calendar.hpp"
#include "extract/dates.hpp"

#include <claimcheck/range.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

namespace claimcheck::checks {
namespace {

constexpr long month_days = 31;

std::optional<long> day_number(std::optional<std::string> const& iso) {
    if (!iso) return std::nullopt;
    auto const d = extract::parse_iso_date(*iso);
    if (!d || d->month == 0) return std::nullopt;
    return extract::days_from_civil(d->year, d->month, d->day == 0 ? 1 : d->day);
}

}  // namespace

std::string lower_ascii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string place_key(std::string const& place, std::vector<std::string> const& whole) {
    std::string key = lower_ascii(place);
    for (std::string_view marker : {" de ", " d'", " du ", " des "})
        if (auto at = key.rfind(marker); at != std::string::npos) key = key.substr(at + marker.size());
    for (auto const& w : whole)
        if (key == lower_ascii(w)) return {};
    return key;
}

std::string scope_key(Claim const& c) {
    if (c.scope.empty()) return {};
    return (c.scope_includes ? "+" : "-") + place_key(c.scope_place);
}

std::string scope_words(Claim const& c) {
    std::string out = c.period.text.empty() ? "période non dite" : c.period.text;
    if (!c.place.empty()) out += ", " + c.place;
    if (!c.scope.empty()) out += ", " + c.scope;
    return out;
}

ActorKeys::ActorKeys(SourceRegistry const* registry) {
    if (!registry) return;
    for (auto const& s : registry->sources) {
        std::string const side = s.side.empty() || s.side == "none" ? s.id : "side:" + s.side;
        for (auto const& n : s.names) {
            side_by_name_[lower_ascii(n)] = side;
            id_by_name_[lower_ascii(n)] = s.id;
        }
    }
}

std::string ActorKeys::key(Claim const& c) const {
    if (c.actor.empty()) return {};
    auto const actor = lower_ascii(c.actor);
    auto const id = id_by_name_.find(actor);
    for (auto const& a : c.sources)  // the speaker, not who acted
        if (lower_ascii(a.name) == actor || (id != id_by_name_.end() && a.id == id->second)) return {};
    auto const known = side_by_name_.find(actor);
    return known == side_by_name_.end() ? actor : known->second;
}

bool ActorKeys::compatible(Claim const& a, Claim const& b) const {
    auto const x = key(a), y = key(b);
    return x.empty() || y.empty() || x == y;
}

bool same_tally(Claim const& a, Claim const& b) {
    auto const sa = day_number(a.period.start), sb = day_number(b.period.start);
    auto const ea = day_number(a.period.end), eb = day_number(b.period.end);
    if (!sa || !sb || !ea || !eb) return false;
    // A tally is of one size from day to day: "1 480 en vingt-quatre heures" (or a day's count
    // the text dated from the start of the war) beside 733 830 is the day's count, not the tally.
    Range const ra = Range::of(a.quantity), rb = Range::of(b.quantity);
    if (std::max(ra.low, rb.low) > 1.5 * std::min(ra.high, rb.high)) return false;
    bool const running_a = *ea - *sa > month_days, running_b = *eb - *sb > month_days;
    if (running_a && running_b) return std::labs(*sa - *sb) <= month_days;
    // "La veille, 9 440 chars": a figure of one day is the tally at that day.
    return running_a != running_b && (*sa == *ea || *sb == *eb);
}

}  // namespace claimcheck::checks
