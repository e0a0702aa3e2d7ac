#include "extract/grammar_calls.hpp"

#include "grammar/date.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::extract {

bool parse_quantity(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Phrase& out) {
    auto const context = grammar::make_context(lexicon);
    char32_t const* it = first;
    if (!grammar::quantity().parse(it, last, context, grammar::x3::unused, out)) return false;
    out.begin = first;
    out.end = it;
    first = it;
    return true;
}

bool parse_date(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Date& out) {
    auto const context = grammar::make_context(lexicon);
    char32_t const* it = first;
    if (!grammar::date().parse(it, last, context, grammar::x3::unused, out)) return false;
    out.begin = first;
    out.end = it;
    first = it;
    return true;
}

std::vector<std::string> grammar_number_words() { return grammar::number_words(); }

}  // namespace claimcheck::extract
