// X3 parsers whose words come from the YAML lexicon, reached through the parse context.
#pragma once

#include "config.hpp"

namespace claimcheck::grammar {

// Matches the longest phrase of one of the lexicon's tables; its attribute is the phrase's
// payload (an index into the lexicon's entries).
template <PhraseTrie Lexicon::*Table>
struct lexicon_parser : x3::parser<lexicon_parser<Table>> {
    using attribute_type = std::uint32_t;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        Lexicon const& lexicon = x3::get<lexicon_tag>(context);
        auto const match = (lexicon.*Table).longest_match(first, last);
        if (!match) return false;
        x3::traits::move_to(match->payload, attr);
        first += static_cast<std::ptrdiff_t>(match->length);
        return true;
    }
};

// A lower-case word (letters, inner hyphens) that is not a function word: a candidate for
// the counted noun when the lexicon does not know it. The extractor decides whether to keep it.
struct unknown_noun_parser : x3::parser<unknown_noun_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        Lexicon const& lexicon = x3::get<lexicon_tag>(context);
        Iterator it = first;
        while (it != last && (is_letter(*it) || (*it == U'-' && it + 1 != last && is_letter(it[1])))) ++it;
        if (it - first < 3) return false;
        if (it != last && (is_word_char(*it) || *it == U'\'')) return false;
        if (lexicon.not_nouns.contains(&*first, &*first + (it - first))) return false;
        if (lexicon.unit_forms.contains(&*first, &*first + (it - first))) return false;
        first = it;
        return true;
    }
};

template <PhraseTrie Lexicon::*Table>
inline constexpr lexicon_parser<Table> from_lexicon{};
inline constexpr unknown_noun_parser unknown_noun{};

}  // namespace claimcheck::grammar
