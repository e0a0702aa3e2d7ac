// The iterator and context every grammar unit is instantiated with.
#pragma once

#ifndef BOOST_SPIRIT_X3_UNICODE
#error "BOOST_SPIRIT_X3_UNICODE must be defined for the whole target (see CMakeLists.txt)"
#endif

#include <boost/spirit/home/x3.hpp>

#include <claimcheck/lexicon.hpp>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

// Grammars run over folded code points (text::NormalizedText), never over UTF-8 bytes.
using iterator_type = char32_t const*;

// The lexicon reaches the lexicon-driven parsers through the context, so the grammar holds
// no mutable state and one compiled grammar serves every language and thread.
struct lexicon_tag;
using context_type = x3::context<lexicon_tag, Lexicon const, x3::unused_type>;

inline context_type make_context(Lexicon const& lexicon) { return x3::make_context<lexicon_tag>(lexicon); }

}  // namespace claimcheck::grammar
