// Resolving parsed dates to ISO strings against the document's date.
#pragma once

#include "grammar/ast.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace claimcheck::extract {

struct CalendarDate {
    int year = 0;
    int month = 0;  // 0 when unknown
    int day = 0;    // 0 when unknown
};

// "2024-11-26", "2024-11" or "2024"; nullopt for anything else.
std::optional<CalendarDate> parse_iso_date(std::string const& iso);
std::string to_iso(CalendarDate const& d);
// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int year, int month, int day);

// What the document knows of time as it is read: its own date, and the last year the text named.
struct DocumentClock {
    std::optional<CalendarDate> document_date;
    int last_year = 0;
    // A full date this close to the top is the dateline: it becomes the document's date
    // when none was given.
    static constexpr std::size_t dateline_bytes = 400;
};

struct ResolvedDate {
    std::string iso;
    bool year_inferred = false;
    std::optional<std::string> until_iso;
};

// A day and month without a year take the year that puts them nearest the document's date
// ("le 13 avril" in a November article is next April); without a document date, the last
// year the text named; without either, an ISO "--MM-DD".
ResolvedDate resolve(grammar::ast::Date const& parsed, std::size_t byte_offset, DocumentClock& clock);

}  // namespace claimcheck::extract
