// Longest-match lookup of folded phrases ("kilomètres carrés", "plus d'") at a text position.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

class PhraseTrie {
public:
    struct Match {
        std::size_t length;  // code points consumed
        std::uint32_t payload;
    };

    // Adds a folded phrase; a later add of the same phrase replaces the payload.
    void add(std::u32string const& phrase, std::uint32_t payload);
    // The longest phrase starting at `first` that ends at a word boundary: a phrase ending in
    // a letter or digit must not be followed by one ("cent" does not match "centaine").
    std::optional<Match> longest_match(char32_t const* first, char32_t const* last) const;
    bool contains(std::u32string const& phrase) const { return contains(phrase.data(), phrase.data() + phrase.size()); }
    bool contains(char32_t const* first, char32_t const* last) const;
    bool empty() const { return nodes_.size() <= 1; }

private:
    struct Node {
        std::vector<std::pair<char32_t, std::uint32_t>> children;  // sorted by code point
        std::optional<std::uint32_t> payload;
    };
    std::uint32_t child(std::uint32_t node, char32_t c) const;
    std::vector<Node> nodes_{Node{}};
    // The root's children for ASCII code points, looked up directly: most positions of a text
    // start no phrase, and this answers that without a search.
    std::array<std::uint32_t, 128> root_ascii_{};
};

// Letters and digits, for word boundaries: Unicode-aware, without locale. ASCII is decided
// inline: these run on every character of every window.
bool is_word_char_slow(char32_t c);
bool is_letter_slow(char32_t c);
inline bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= U'a' && (c | 0x20) <= U'z';
    return is_letter_slow(c);
}
inline bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= U'0' && c <= U'9') || ((c | 0x20) >= U'a' && (c | 0x20) <= U'z');
    return is_word_char_slow(c);
}

}  // namespace claimcheck
