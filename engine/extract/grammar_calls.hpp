// Entry points into the compiled grammars (grammar/*.cpp), for the engine.
#pragma once

#include "grammar/ast.hpp"

#include <claimcheck/lexicon.hpp>

namespace claimcheck::extract {

// Parse one phrase or date starting exactly at `first`; on success `first` moves past it.
bool parse_quantity(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Phrase& out);
bool parse_date(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Date& out);

std::vector<std::string> grammar_number_words();

}  // namespace claimcheck::extract
