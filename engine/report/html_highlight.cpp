#include "report/html_highlight.hpp"

#include "report/escaping.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

namespace claimcheck::report {
namespace {

// What the markup is made of, before the pieces' ends are known.
struct Token {
    enum Kind { open, text, close } kind;
    std::size_t a = 0;  // open: the piece's index; text: the first byte
    std::size_t b = 0;  // text: the end
};

}  // namespace

std::string mark_up(std::string_view text, std::size_t begin, std::size_t end, std::span<Highlight const> highlights,
                    std::function<std::string(HighlightPiece const&)> const& open, std::string_view close) {
    end = std::min(end, text.size());
    if (begin >= end) return {};
    // The highlights inside the stretch, clipped, outer before inner.
    std::vector<Highlight> clipped(highlights.size());
    std::vector<std::size_t> order;
    std::vector<std::size_t> cuts{begin, end};
    for (std::size_t i = 0; i < highlights.size(); ++i) {
        clipped[i] = {std::max(highlights[i].start, begin), std::min(highlights[i].end, end)};
        if (clipped[i].start >= clipped[i].end) continue;
        order.push_back(i);
        cuts.push_back(clipped[i].start);
        cuts.push_back(clipped[i].end);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::tuple(clipped[x].start, -static_cast<long long>(clipped[x].end), x) <
               std::tuple(clipped[y].start, -static_cast<long long>(clipped[y].end), y);
    });
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Between two cuts the same highlights cover every byte. The open elements stay open while
    // they cover the next stretch in the same nesting order; the rest close, and those that go
    // on open again as a next piece.
    std::vector<HighlightPiece> pieces;
    std::vector<std::size_t> parts(highlights.size(), 0);
    std::vector<std::size_t> stack;  // open pieces, outermost first
    std::vector<Token> tokens;
    std::vector<std::size_t> covering;
    auto close_to = [&](std::size_t depth, std::size_t at) {
        while (stack.size() > depth) {
            pieces[stack.back()].end = at;
            stack.pop_back();
            tokens.push_back({Token::close});
        }
    };
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
        std::size_t const a = cuts[c], b = cuts[c + 1];
        covering.clear();
        for (auto i : order)
            if (clipped[i].start <= a && clipped[i].end >= b) covering.push_back(i);
        std::size_t kept = 0;
        while (kept < stack.size() && kept < covering.size() && pieces[stack[kept]].highlight == covering[kept]) ++kept;
        close_to(kept, a);
        for (std::size_t k = kept; k < covering.size(); ++k) {
            pieces.push_back({covering[k], a, b, parts[covering[k]]++});
            stack.push_back(pieces.size() - 1);
            tokens.push_back({Token::open, pieces.size() - 1});
        }
        tokens.push_back({Token::text, a, b});
    }
    close_to(0, end);

    std::string out;
    for (auto const& t : tokens) {
        switch (t.kind) {
        case Token::open: out += open(pieces[t.a]); break;
        case Token::text: out += xml_text(text.substr(t.a, t.b - t.a)); break;
        case Token::close: out += close; break;
        }
    }
    return out;
}

}  // namespace claimcheck::report
