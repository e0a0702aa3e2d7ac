#include "extract/dates.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace claimcheck::extract {
namespace {

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

long days_from_civil(int y, int m, int d) {
    // Howard Hinnant's algorithm: days since 1970-01-01.
    y -= m <= 2;
    long const era = (y >= 0 ? y : y - 399) / 400;
    long const yoe = y - era * 400;
    long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<CalendarDate> parse_iso_date(std::string const& iso) {
    // Exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD", with a day that exists in its month.
    auto digits = [&](std::size_t from, std::size_t count) {
        int v = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10) return std::nullopt;
    CalendarDate d;
    d.year = digits(0, 4);
    if (d.year < 1) return std::nullopt;
    if (iso.size() >= 7) {
        d.month = iso[4] == '-' ? digits(5, 2) : -1;
        if (d.month < 1 || d.month > 12) return std::nullopt;
    }
    if (iso.size() == 10) {
        d.day = iso[7] == '-' ? digits(8, 2) : -1;
        int const next_month_year = d.month == 12 ? d.year + 1 : d.year;
        int const next_month = d.month == 12 ? 1 : d.month + 1;
        long const days_in_month = days_from_civil(next_month_year, next_month, 1) - days_from_civil(d.year, d.month, 1);
        if (d.day < 1 || d.day > days_in_month) return std::nullopt;
    }
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
