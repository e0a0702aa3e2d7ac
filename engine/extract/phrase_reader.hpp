// Turns one parsed phrase into a Quantity: its value, interval, qualifier, unit and noun.
#pragma once

#include "grammar/ast.hpp"
#include "text/normalized_text.hpp"

#include <claimcheck/lexicon.hpp>
#include <claimcheck/quantity.hpp>

#include <optional>

namespace claimcheck::extract {

struct PhraseReading {
    Quantity quantity;
    std::size_t begin = 0;  // code points in the window's folded text
    std::size_t end = 0;
    bool has_known_noun = false;  // from the lexicon, not guessed
};

// Reads `phrase`, parsed from `text`. An unknown noun that is capitalised in the original or
// looks like a verb form is dropped, and the span ends at the figure.
PhraseReading read_phrase(grammar::ast::Phrase const& phrase, text::NormalizedText const& text, Lexicon const& lexicon);

}  // namespace claimcheck::extract
