#include "io/metadata_date.hpp"

#include <fmt/format.h>

#include <chrono>

namespace claimcheck::io {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

}  // namespace

std::optional<std::string> metadata_date(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    if (!digits(s, 0, 4) || s.size() < 7 || s[4] != '-' || !digits(s, 5, 2)) return std::nullopt;
    int const year = number(s, 0, 4);
    unsigned const month = static_cast<unsigned>(number(s, 5, 2));
    if (year < 1 || month < 1 || month > 12) return std::nullopt;
    if (s.size() == 7) return std::string(s);
    if (s[7] != '-' || !digits(s, 8, 2)) return std::nullopt;
    // After the day, only a time may follow ("T08:30", " 08:30:00 +01:00").
    if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
    unsigned const day = static_cast<unsigned>(number(s, 8, 2));
    if (!std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok())
        return std::nullopt;
    return std::string(s.substr(0, 10));
}

std::string unreadable_date(std::string_view s) {
    return fmt::format("date '{}' is not a date (expected YYYY-MM-DD or YYYY-MM, e.g. 2024-11-26, optionally with a "
                       "time); the document's date is taken from --date or its text",
                       s);
}

}  // namespace claimcheck::io
