// Finding lexicon phrases in folded text: every phrase starting at a word start, and the cue
// that ends right before a position ("au cours du mois de" before "novembre").
#pragma once

#include <claimcheck/phrase_trie.hpp>
#include <claimcheck/quantity.hpp>

#include "text/normalized_text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::claims {

// A span of code points [begin, end) of the folded document.
struct Hit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint32_t payload = 0;
};

inline bool word_start(std::u32string_view text, std::size_t i) { return i == 0 || !is_word_char(text[i - 1]); }

// The longest phrase of `trie` at each word start of [begin, end); a match may not run past `end`.
std::vector<Hit> find_phrases(PhraseTrie const& trie, std::u32string_view text, std::size_t begin, std::size_t end);

// Where the longest of `cues` starts when it ends right before `pos` (spaces between allowed)
// and starts at a word start no earlier than `floor`.
std::optional<std::size_t> cue_before(std::u32string_view text, std::size_t pos, std::vector<std::u32string> const& cues,
                                      std::size_t floor);

// Whether [begin, end) holds one of `words` as a whole word.
bool holds_word(std::u32string_view text, std::size_t begin, std::size_t end, std::vector<std::u32string> const& words);

// Code points distance between two spans; 0 when they touch or overlap.
std::size_t gap(Hit const& a, std::size_t begin, std::size_t end);

// The original bytes behind code points [begin, end).
std::string original(std::string_view bytes, text::NormalizedText const& text, std::size_t begin, std::size_t end);
ByteSpan byte_span(text::NormalizedText const& text, std::size_t begin, std::size_t end);

}  // namespace claimcheck::claims
