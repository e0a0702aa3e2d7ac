#include "claims/phrase_scan.hpp"

namespace claimcheck::claims {

std::vector<Hit> find_phrases(PhraseTrie const& trie, std::u32string_view text, std::size_t begin, std::size_t end) {
    std::vector<Hit> hits;
    if (trie.empty()) return hits;
    for (std::size_t i = begin; i < end; ++i) {
        if (!word_start(text, i) || text[i] == U' ') continue;
        if (auto m = trie.longest_match(text.data() + i, text.data() + end)) hits.push_back({i, i + m->length, m->payload});
    }
    return hits;
}

std::optional<std::size_t> cue_before(std::u32string_view text, std::size_t pos, std::vector<std::u32string> const& cues,
                                      std::size_t floor) {
    std::size_t p = pos;
    while (p > floor && text[p - 1] == U' ') --p;
    std::optional<std::size_t> best;
    for (auto const& cue : cues) {
        if (cue.empty() || p < floor + cue.size()) continue;
        std::size_t const start = p - cue.size();
        if (text.substr(start, cue.size()) != cue || !word_start(text, start)) continue;
        // "en" must not end inside a word: "...ien novembre" is not "en novembre".
        if (p == pos && is_word_char(cue.back()) && pos < text.size() && is_word_char(text[pos])) continue;
        if (!best || start < *best) best = start;
    }
    return best;
}

bool holds_word(std::u32string_view text, std::size_t begin, std::size_t end, std::vector<std::u32string> const& words) {
    auto const window = text.substr(0, end);
    for (auto const& w : words) {
        for (auto at = window.find(w, begin); at != std::u32string_view::npos; at = window.find(w, at + 1)) {
            bool const after = at + w.size() == text.size() || !is_word_char(text[at + w.size()]);
            if (word_start(text, at) && after) return true;
        }
    }
    return false;
}

std::size_t gap(Hit const& a, std::size_t begin, std::size_t end) {
    if (a.end <= begin) return begin - a.end;
    if (end <= a.begin) return a.begin - end;
    return 0;
}

ByteSpan byte_span(text::NormalizedText const& text, std::size_t begin, std::size_t end) {
    if (begin >= end) return {text.start_of(begin), text.start_of(begin)};
    return {text.start_of(begin), text.end_of(end)};
}

std::string original(std::string_view bytes, text::NormalizedText const& text, std::size_t begin, std::size_t end) {
    auto const span = byte_span(text, begin, end);
    return std::string(bytes.substr(span.start, span.end - span.start));
}

}  // namespace claimcheck::claims
