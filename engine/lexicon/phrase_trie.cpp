#include <claimcheck/phrase_trie.hpp>

#include <unicode/uchar.h>

#include <algorithm>

namespace claimcheck {

bool is_letter_slow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool is_word_char_slow(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }

std::uint32_t PhraseTrie::child(std::uint32_t node, char32_t c) const {
    if (node == 0 && c < 128) return root_ascii_[c];
    auto const& kids = nodes_[node].children;
    auto it = std::lower_bound(kids.begin(), kids.end(), c, [](auto const& kv, char32_t k) { return kv.first < k; });
    if (it == kids.end() || it->first != c) return 0;
    return it->second;
}

void PhraseTrie::add(std::u32string const& phrase, std::uint32_t payload) {
    std::uint32_t node = 0;
    for (char32_t c : phrase) {
        std::uint32_t next = child(node, c);
        if (next == 0) {
            next = static_cast<std::uint32_t>(nodes_.size());
            nodes_.push_back(Node{});
            auto& kids = nodes_[node].children;
            auto it = std::lower_bound(kids.begin(), kids.end(), c, [](auto const& kv, char32_t k) { return kv.first < k; });
            kids.insert(it, {c, next});
            if (node == 0 && c < 128) root_ascii_[c] = next;
        }
        node = next;
    }
    nodes_[node].payload = payload;
}

std::optional<PhraseTrie::Match> PhraseTrie::longest_match(char32_t const* first, char32_t const* last) const {
    std::optional<Match> best;
    std::uint32_t node = 0;
    for (char32_t const* it = first; it != last; ) {
        node = child(node, *it);
        if (node == 0) break;
        ++it;
        if (auto const& p = nodes_[node].payload) {
            bool const ends_in_word = is_word_char(*(it - 1));
            bool const boundary = !ends_in_word || it == last || !is_word_char(*it);
            if (boundary) best = Match{static_cast<std::size_t>(it - first), *p};
        }
    }
    return best;
}

bool PhraseTrie::contains(char32_t const* first, char32_t const* last) const {
    auto m = longest_match(first, last);
    return m && m->length == static_cast<std::size_t>(last - first);
}

}  // namespace claimcheck
