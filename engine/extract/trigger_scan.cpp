#include "extract/trigger_scan.hpp"

#include <algorithm>

namespace claimcheck::extract {
namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
// Bytes of a word: ASCII letters and any byte of a multi-byte UTF-8 character.
bool is_word_byte(unsigned char c) { return is_ascii_letter(c) || c >= 0x80; }
bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

}  // namespace

TriggerScanner::TriggerScanner(std::vector<std::string> words) : words_(table_size) {
    for (auto const& w : words) {
        if (w.size() < 2 || is_trigger_word(w)) continue;
        std::size_t slot = slot_of(w);
        while (!words_[slot].empty()) slot = (slot + 1) & (table_size - 1);
        words_[slot] = w;
        auto const first = static_cast<unsigned char>(w[0]);
        initial_[first] = true;
        if (is_ascii_letter(first)) initial_[first & ~0x20] = true;  // upper case too
        longest_ = std::max(longest_, w.size());
    }
}

bool TriggerScanner::is_trigger_word(std::string_view lower_word) const {
    if (lower_word.size() < 2) return false;
    for (std::size_t slot = slot_of(lower_word); !words_[slot].empty(); slot = (slot + 1) & (table_size - 1)) {
        if (words_[slot] == lower_word) return true;
    }
    return false;
}

std::size_t next_trigger(TriggerScanner const& scanner, std::string_view text, std::size_t from) {
    auto const* s = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    char lower[32];
    for (std::size_t i = from; i < n; ++i) {
        unsigned char const c = s[i];
        if (is_digit(c)) {
            // Digits glued after letters belong to a word or a name ("G7", "km2").
            if (i > 0 && is_ascii_letter(s[i - 1])) {
                while (i + 1 < n && is_digit(s[i + 1])) ++i;
                continue;
            }
            return i;
        }
        if (!is_word_byte(c)) continue;
        // A word: read it whole, test it only if its first byte can start a trigger.
        std::size_t j = i;
        while (j < n && is_word_byte(s[j])) ++j;
        bool const word_start = i == 0 || !is_word_byte(s[i - 1]);
        if (word_start && j - i >= 3 && j - i <= sizeof lower && scanner.may_start_trigger(c)) {
            {
                for (std::size_t k = i; k < j; ++k) lower[k - i] = static_cast<char>(s[k] < 0x80 ? (s[k] | 0x20) : s[k]);
                if (scanner.is_trigger_word(std::string_view(lower, j - i))) return i;
            }
        }
        i = j - 1;
    }
    return n;
}

std::size_t snap_back(std::string_view text, std::size_t at) {
    while (at > 0 && !is_space(static_cast<unsigned char>(text[at - 1]))) --at;
    return at;
}

std::size_t snap_forward(std::string_view text, std::size_t at) {
    auto const* s = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    // Stop at a space with no digit on both sides: "733 830" is one figure.
    while (at < n) {
        if (is_space(s[at]) && !(at > 0 && is_digit(s[at - 1]) && at + 1 < n && is_digit(s[at + 1]))) break;
        ++at;
    }
    return at;
}

}  // namespace claimcheck::extract
