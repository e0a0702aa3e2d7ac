// The fast byte scan: finds where figures may start (digits, number words) and groups them
// into windows of text, so the grammar runs only on the small part of the news that has figures.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::extract {

struct Window {
    std::size_t begin = 0;  // byte offsets, on code point and word boundaries
    std::size_t end = 0;
    std::vector<std::size_t> triggers;  // byte offsets of the figures' first bytes, ascending
};

class TriggerScanner {
public:
    // `words`: lower-case UTF-8 words that start a figure ("trois", "dizaine", "moitié").
    explicit TriggerScanner(std::vector<std::string> words);

    // Calls `on_window` for each window, in order. Windows reach `context_before` bytes before
    // their first trigger and `context_after` bytes past their last, and never overlap.
    template <typename OnWindow>
    void scan(std::string_view text, OnWindow&& on_window) const;

    bool is_trigger_word(std::string_view lower_word) const;
    bool may_start_trigger(unsigned char first_byte) const { return initial_[first_byte]; }

    static constexpr std::size_t context_before = 64;
    static constexpr std::size_t context_after = 112;
    static constexpr std::size_t max_window = 1 << 16;

private:
    static std::size_t slot_of(std::string_view w) {
        // Length and three bytes tell the trigger words apart well enough for a 1024-slot table.
        auto const b = [&](std::size_t i) { return static_cast<unsigned char>(w[i]); };
        return (w.size() * 131 + b(0) * 31 + b(1) * 7 + b(w.size() - 1)) & (table_size - 1);
    }
    static constexpr std::size_t table_size = 1024;

    std::vector<std::string> words_;  // open addressing, table_size slots, "" = empty
    bool initial_[256] = {};          // first bytes of trigger words
    std::size_t longest_ = 0;
};

// Offset of the first byte of the next trigger at or after `from`, or text.size().
std::size_t next_trigger(TriggerScanner const& scanner, std::string_view text, std::size_t from);

// Window edges: move `at` back (or forward) to a space that is not inside a grouped number.
std::size_t snap_back(std::string_view text, std::size_t at);
std::size_t snap_forward(std::string_view text, std::size_t at);

template <typename OnWindow>
void TriggerScanner::scan(std::string_view text, OnWindow&& on_window) const {
    Window window;
    bool open = false;
    for (std::size_t at = next_trigger(*this, text, 0); at < text.size(); at = next_trigger(*this, text, at + 1)) {
        std::size_t const begin = snap_back(text, at > context_before ? at - context_before : 0);
        if (open && (begin > window.end || window.end - window.begin > max_window)) {
            on_window(window);
            open = false;
        }
        if (!open) {
            window = Window{begin, begin, {}};
            open = true;
        }
        window.triggers.push_back(at);
        window.end = std::max(window.end, snap_forward(text, std::min(text.size(), at + context_after)));
        // Skip the rest of a digit run: one trigger per figure.
        while (at + 1 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '9') ++at;
    }
    if (open) on_window(window);
}

}  // namespace claimcheck::extract
