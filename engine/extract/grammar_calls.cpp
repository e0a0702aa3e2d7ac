#include "extract/grammar_calls.hpp"

#include "grammar/date.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::extract {
namespace {

// Runs `rule` at `first` with the lexicon in its context; on success records the span in `out`.
template <typename Rule, typename Ast>
bool parse_at(Rule const& rule, char32_t const*& first, char32_t const* last, Lexicon const& lexicon, Ast& out) {
    auto const context = grammar::make_context(lexicon);
    char32_t const* it = first;
    if (!rule.parse(it, last, context, grammar::x3::unused, out)) return false;
    out.begin = first;
    out.end = it;
    first = it;
    return true;
}

}  // namespace

bool parse_quantity(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Phrase& out) {
    return parse_at(grammar::quantity(), first, last, lexicon, out);
}

bool parse_date(char32_t const*& first, char32_t const* last, Lexicon const& lexicon, grammar::ast::Date& out) {
    return parse_at(grammar::date(), first, last, lexicon, out);
}

std::vector<std::string> grammar_number_words() { return grammar::number_words(); }

}  // namespace claimcheck::extract
