// Day arithmetic for periods: days since 1970-01-01, and days known only to a month or a year.
#pragma once

#include "extract/dates.hpp"

#include <optional>
#include <string>

namespace claimcheck::claims {

using extract::days_from_civil;
extract::CalendarDate civil_from_days(long days);
int days_in_month(int year, int month);

// A day known to lie in [first, last]: "2024-12" is any day of December 2024.
struct FuzzyDay {
    long first = 0;
    long last = 0;
};

// The days a calendar date may be: one day, a month's or a year's.
FuzzyDay fuzzy_day(extract::CalendarDate const& d);
// The last day of the month or year `d` names.
long last_day(extract::CalendarDate const& d);
// The most precise ISO date holding every day of `d` ("2024-12-01", "2024-12", "2024");
// nullopt when they are not in one year.
std::optional<std::string> iso_of(FuzzyDay d);

}  // namespace claimcheck::claims
