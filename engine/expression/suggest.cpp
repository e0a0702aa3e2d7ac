#include "expression/suggest.hpp"

#include <algorithm>

namespace claimcheck::expression {
namespace {

// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest(std::string_view word, std::vector<std::string> const& candidates) {
    // One edit in three letters, at least one; and never a rewrite of the whole word.
    std::size_t const allowed = std::max<std::size_t>(1, (word.size() + 1) / 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (auto const& candidate : candidates) {
        std::size_t const d = distance(word, candidate);
        if (d < best_distance && d < word.size()) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

}  // namespace claimcheck::expression
