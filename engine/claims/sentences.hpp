// Splitting a document into sentences, the unit a claim is resolved in. Works on the raw bytes
// (decoding only around punctuation), so that only sentences holding figures are ever folded.
#pragma once

#include <claimcheck/lexicon.hpp>
#include <claimcheck/quantity.hpp>

#include "text/normalized_text.hpp"

#include <string_view>
#include <vector>

namespace claimcheck::claims {

// Sentences end at a newline, or at '.', '!', '?' or '…' (with the closing quotes and brackets
// after them) when what follows may start a sentence: an upper-case letter, a digit, an opening
// quote or dash, or nothing. News copy loses the space after a full stop ("478 km2.L'Ukraine"),
// so none is needed. A full stop is no end between digits ("4.500") or after an initial or one
// of the lexicon's abbreviations ("M. Poutine"). Spans exclude the spaces around.
std::vector<ByteSpan> split_sentences(std::string_view bytes, Lexicon const& lexicon, text::Folder const& folder);

// The sentence holding `figure`; the figure itself when it lies outside them all.
ByteSpan sentence_at(std::vector<ByteSpan> const& sentences, ByteSpan figure);

}  // namespace claimcheck::claims
