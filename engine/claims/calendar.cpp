#include "claims/calendar.hpp"

namespace claimcheck::claims {

extract::CalendarDate civil_from_days(long z) {
    z += 719468;
    long const era = (z >= 0 ? z : z - 146096) / 146097;
    long const doe = z - era * 146097;
    long const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long const mp = (5 * doy + 2) / 153;
    int const day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int const month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

int days_in_month(int year, int month) {
    int const next_year = month == 12 ? year + 1 : year;
    int const next_month = month == 12 ? 1 : month + 1;
    return static_cast<int>(days_from_civil(next_year, next_month, 1) - days_from_civil(year, month, 1));
}

long last_day(extract::CalendarDate const& d) {
    if (d.month == 0) return days_from_civil(d.year, 12, 31);
    if (d.day == 0) return days_from_civil(d.year, d.month, days_in_month(d.year, d.month));
    return days_from_civil(d.year, d.month, d.day);
}

FuzzyDay fuzzy_day(extract::CalendarDate const& d) {
    long const first = days_from_civil(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
    return {first, last_day(d)};
}

std::optional<std::string> iso_of(FuzzyDay d) {
    auto const a = civil_from_days(d.first);
    auto const b = civil_from_days(d.last);
    if (a.year != b.year) return std::nullopt;
    if (a.month != b.month) return extract::to_iso({a.year, 0, 0});
    if (a.day != b.day) return extract::to_iso({a.year, a.month, 0});
    return extract::to_iso(a);
}

}  // namespace claimcheck::claims
