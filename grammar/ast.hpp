// What the grammars produce: one parsed quantity phrase or date, positions as iterators.
#pragma once

#include <cstdint>

namespace claimcheck::grammar::ast {

using Position = char32_t const*;

enum class Core { number, increment, approximate, vague, fraction, range };

// One quantity phrase: [hedge] core [unit | noun] [rate] [hedge after].
// Lexicon references are indices into the Lexicon's tables, -1 when absent.
struct Phrase {
    Position begin = nullptr;
    Position end = nullptr;
    Position number_begin = nullptr;  // the figure itself, for the fast scan's trigger check
    Position number_end = nullptr;

    Core core = Core::number;
    double value = 0;
    double low = 0;   // approximate, vague and range bounds
    double high = 0;
    bool in_words = false;   // "trois", not "3"
    bool plain_digits = false;  // digits with no separator, decimals or scale word ("2024")

    int hedge_before = -1;
    int hedge_after = -1;
    int unit = -1;
    int rate_period = -1;  // a time unit: "par jour"
    int noun = -1;
    Position unknown_noun_begin = nullptr;  // a noun-like word not in the lexicon
    Position unknown_noun_end = nullptr;
};

// A date: [day] month [year], month year, a year span, or ISO "2024-11-26".
struct Date {
    Position begin = nullptr;
    Position end = nullptr;
    int year = 0;   // 0 when the text does not say
    int month = 0;  // 0 for a bare year or year span
    int day = 0;
    int until_year = 0;  // for "2020-2024"
    bool clock = false;  // a time of day ("14h30"), not a date
};

}  // namespace claimcheck::grammar::ast
