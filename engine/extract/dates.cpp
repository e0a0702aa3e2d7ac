#include "extract/dates.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace claimcheck::extract {
namespace {

long days_from_civil(int y, int m, int d) {
    // Howard Hinnant's algorithm: days since 1970-01-01.
    y -= m <= 2;
    long const era = (y >= 0 ? y : y - 399) / 400;
    long const yoe = y - era * 400;
    long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int nearest_year(int month, int day, CalendarDate const& reference) {
    long const ref = days_from_civil(reference.year, reference.month ? reference.month : 6,
                                     reference.day ? reference.day : 15);
    int best = reference.year;
    long best_gap = -1;
    for (int y = reference.year - 1; y <= reference.year + 1; ++y) {
        long const gap = std::labs(days_from_civil(y, month, day ? day : 15) - ref);
        if (best_gap < 0 || gap < best_gap) {
            best_gap = gap;
            best = y;
        }
    }
    return best;
}

}  // namespace

std::optional<CalendarDate> parse_iso_date(std::string const& iso) {
    CalendarDate d;
    char dash1 = 0, dash2 = 0;
    int const n = std::sscanf(iso.c_str(), "%4d%c%2d%c%2d", &d.year, &dash1, &d.month, &dash2, &d.day);
    if (n < 1 || d.year < 1) return std::nullopt;
    if (n >= 3 && (dash1 != '-' || d.month < 1 || d.month > 12)) return std::nullopt;
    if (n == 5 && (dash2 != '-' || d.day < 1 || d.day > 31)) return std::nullopt;
    if (n == 2 || n == 4) return std::nullopt;
    if (n < 3) d.month = 0;
    if (n < 5) d.day = 0;
    return d;
}

std::string to_iso(CalendarDate const& d) {
    if (d.year == 0) return d.day ? fmt::format("--{:02}-{:02}", d.month, d.day) : fmt::format("--{:02}", d.month);
    if (d.month == 0) return fmt::format("{:04}", d.year);
    if (d.day == 0) return fmt::format("{:04}-{:02}", d.year, d.month);
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

ResolvedDate resolve(grammar::ast::Date const& parsed, std::size_t byte_offset, DocumentClock& clock) {
    ResolvedDate out;
    CalendarDate d{parsed.year, parsed.month, parsed.day};
    if (d.year == 0 && d.month != 0) {
        if (clock.document_date) {
            d.year = nearest_year(d.month, d.day, *clock.document_date);
            out.year_inferred = true;
        } else if (clock.last_year) {
            d.year = clock.last_year;
            out.year_inferred = true;
        }
    } else if (d.year != 0) {
        clock.last_year = parsed.until_year ? parsed.until_year : d.year;
        if (!clock.document_date && d.month != 0 && !parsed.until_year && byte_offset < DocumentClock::dateline_bytes)
            clock.document_date = d;
    }
    out.iso = to_iso(d);
    if (parsed.until_year) out.until_iso = to_iso({parsed.until_year, 0, 0});
    return out;
}

}  // namespace claimcheck::extract
