// Reads the figures of one window of folded text: at each trigger, a date, an idiom, a name,
// or a quantity phrase (with its hedge, found by starting a few words earlier).
#pragma once

#include "extract/dates.hpp"
#include "text/normalized_text.hpp"

#include <claimcheck/lexicon.hpp>
#include <claimcheck/quantity.hpp>

#include <variant>
#include <vector>

namespace claimcheck::extract {

struct FoundQuantity {
    Quantity quantity;
    std::size_t begin = 0;  // code points in the window
    std::size_t end = 0;
};

struct FoundDate {
    DateMention date;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool clock = false;  // a time of day: read, not reported
};

struct WindowFindings {
    std::vector<FoundQuantity> quantities;  // in text order
    std::vector<FoundDate> dates;           // in text order
};

// `triggers` are code point offsets into `text`, ascending.
WindowFindings read_window(text::NormalizedText const& text, std::vector<std::size_t> const& triggers,
                           Lexicon const& lexicon, DocumentClock& clock);

}  // namespace claimcheck::extract
