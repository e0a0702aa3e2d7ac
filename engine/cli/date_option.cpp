#include "cli/date_option.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

namespace claimcheck::cli {

// Empty when `s` is a real date written YYYY-MM-DD or YYYY-MM; otherwise what is wrong with it.
std::string check_date(std::string const& s) {
    auto const expected = "expected YYYY-MM-DD or YYYY-MM, e.g. 2024-11-26";
    auto const digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(s.begin() + from, s.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
    };
    bool const shaped = (s.size() == 7 || s.size() == 10) && s[4] == '-' && digits(0, 4) && digits(5, 2) &&
                        (s.size() == 7 || (s[7] == '-' && digits(8, 2)));
    if (!shaped) return fmt::format("'{}' is not a date ({})", s, expected);
    int const year = std::stoi(s.substr(0, 4));
    unsigned const month = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
    if (year < 1) return fmt::format("'{}' has no year 0000 ({})", s, expected);
    if (month < 1 || month > 12) return fmt::format("'{}' has no month {:02} ({})", s, month, expected);
    if (s.size() == 10) {
        unsigned const day = static_cast<unsigned>(std::stoi(s.substr(8, 2)));
        if (!std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok())
            return fmt::format("'{}' has no day {:02} in {:04}-{:02} ({})", s, day, year, month, expected);
    }
    return {};
}

}  // namespace claimcheck::cli
