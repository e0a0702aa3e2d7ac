// Highlights over a stretch of text as properly nested HTML elements. Highlights may touch, nest
// or cross: where one crosses the end of another it is cut in two pieces, so the markup stays a
// tree and each piece wraps exactly the bytes it says it covers.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace claimcheck::report {

struct Highlight {
    std::size_t start = 0;  // byte offsets in the text, end exclusive
    std::size_t end = 0;
};

// One element the markup opens: a piece of a highlight.
struct HighlightPiece {
    std::size_t highlight = 0;  // its index in the list given
    std::size_t start = 0;      // the bytes it wraps, in the whole text
    std::size_t end = 0;
    std::size_t part = 0;       // 0 for a highlight's first piece, then 1, 2…
};

// The HTML of text[begin, end), escaped, with every highlight that overlaps it wrapped in
// open(piece) … close; highlights are clipped to [begin, end) and empty ones left out. Where
// two start together the longer one is outside.
std::string mark_up(std::string_view text, std::size_t begin, std::size_t end, std::span<Highlight const> highlights,
                    std::function<std::string(HighlightPiece const&)> const& open, std::string_view close = "</mark>");

}  // namespace claimcheck::report
