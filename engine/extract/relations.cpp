#include "extract/relations.hpp"

#include <claimcheck/phrase_trie.hpp>

#include <algorithm>
#include <optional>

namespace claimcheck::extract {
namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\n' || c == U'\r'; }

// The words between two figures, without the spaces and commas around them: "…km, soit 750…"
// gives "soit".
std::u32string_view trimmed(std::u32string_view s) {
    while (!s.empty() && (is_space(s.front()) || s.front() == U',')) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()) || s.back() == U',')) s.remove_suffix(1);
    return s;
}

// A sentence ends between two figures: they are not linked.
bool crosses_sentence(std::u32string_view between) {
    for (std::size_t i = 0; i < between.size(); ++i) {
        char32_t const c = between[i];
        if (c == U'!' || c == U'?' || c == U';' || c == U'\n') return true;
        // "478 km2.L'Ukraine": news copy often loses the space after a full stop.
        if (c == U'.' && (i + 1 == between.size() || !(between[i + 1] >= U'0' && between[i + 1] <= U'9'))) return true;
    }
    return false;
}

// `between` ends with one of `cues` as whole words.
bool ends_with_cue(std::u32string_view between, std::vector<std::u32string> const& cues) {
    for (auto const& cue : cues) {
        if (between.size() < cue.size() || between.substr(between.size() - cue.size()) != cue) continue;
        std::size_t const at = between.size() - cue.size();
        if (at == 0 || !is_word_char(between[at - 1])) return true;
    }
    return false;
}

bool contains_cue(std::u32string_view between, std::vector<std::u32string> const& cues) {
    for (auto const& cue : cues) {
        for (std::size_t at = between.find(cue); at != std::u32string_view::npos; at = between.find(cue, at + 1)) {
            bool const left = at == 0 || !is_word_char(between[at - 1]);
            bool const right = at + cue.size() == between.size() || !is_word_char(between[at + cue.size()]);
            if (left && right) return true;
        }
    }
    return false;
}

bool is_cue(std::u32string_view between, std::vector<std::u32string> const& cues) {
    return std::find(cues.begin(), cues.end(), between) != cues.end();
}

std::string dimension_of(Lexicon const& lexicon, std::string const& unit) {
    for (auto const& u : lexicon.units)
        if (u.code == unit) return u.dimension;
    return {};
}

bool is_share_unit(std::string const& unit) { return unit == "%" || unit == "fraction"; }

class Linker {
public:
    Linker(text::NormalizedText const& text, std::vector<FoundQuantity> const& qs, std::size_t first_index,
           Lexicon const& lexicon)
        : text_(text), qs_(qs), first_(first_index), lexicon_(lexicon) {}

    std::vector<Relation> run() {
        for (std::size_t b = 1; b < qs_.size(); ++b) {
            if (increment_in_brackets(b) || conversion(b)) continue;
            if (ratio(b) || share(b) || rate(b)) continue;
            stated_increment(b);
        }
        return std::move(out_);
    }

private:
    std::u32string_view between(std::size_t a, std::size_t b) const {
        return std::u32string_view(text_.text).substr(qs_[a].end, qs_[b].begin - qs_[a].end);
    }
    Quantity const& q(std::size_t i) const { return qs_[i].quantity; }

    void link(Relation::Kind kind, std::string role_a, std::size_t a, std::string role_b, std::size_t b) {
        out_.push_back({kind, {{std::move(role_a), first_ + a, q(a).span}, {std::move(role_b), first_ + b, q(b).span}}});
    }

    // The nearest figure before `b` in the same sentence that satisfies `accept`.
    template <typename Accept>
    std::optional<std::size_t> previous(std::size_t b, Accept accept) const {
        for (std::size_t a = b; a-- > 0;) {
            if (crosses_sentence(between(a, b))) return std::nullopt;
            if (accept(a)) return a;
        }
        return std::nullopt;
    }

    // "30 042 pétroliers (+92)"
    bool increment_in_brackets(std::size_t b) {
        auto const gap = trimmed(between(b - 1, b));
        if (!q(b).increment || gap.empty() || gap.back() != U'(' || crosses_sentence(gap)) return false;
        link(Relation::Kind::increment, "total", b - 1, "increment", b);
        return true;
    }

    // "3 km (2 miles)", "725 km2, soit 280 miles carrés"
    bool conversion(std::size_t b) {
        auto const& x = q(b - 1);
        auto const& y = q(b);
        if (x.unit.empty() || y.unit.empty() || x.unit == y.unit) return false;
        auto const dimension = dimension_of(lexicon_, x.unit);
        if (dimension.empty() || dimension == "time" || dimension != dimension_of(lexicon_, y.unit)) return false;
        auto const gap = trimmed(between(b - 1, b));
        if (gap != U"(" && !is_cue(gap, lexicon_.relation_cues.conversion)) return false;
        link(Relation::Kind::conversion, "value", b - 1, "equivalent", b);
        return true;
    }

    // "sept des huit obus", "trois missiles ... sur les cinq lancés"
    bool ratio(std::size_t b) {
        auto const& whole = q(b);
        if (is_share_unit(whole.unit) || whole.increment) return false;
        auto const gap = trimmed(between(b - 1, b));
        bool const adjacent = is_cue(gap, lexicon_.relation_cues.ratio);
        if (!adjacent && !ends_with_cue(gap, lexicon_.relation_cues.ratio_after_words)) return false;
        auto part = previous(b, [&](std::size_t a) { return q(a).unit == whole.unit && !q(a).increment; });
        if (!part) return false;
        link(Relation::Kind::ratio, "part", *part, "whole", b);
        return true;
    }

    // "1.100 km2 ... soit plus de 86%" (part), "600.000 km2 dont ... près de 20%" (whole)
    bool share(std::size_t b) {
        if (!is_share_unit(q(b).unit)) return false;
        auto a = previous(b, [&](std::size_t i) { return !is_share_unit(q(i).unit) && !q(i).increment; });
        if (!a) return false;
        auto const gap = between(*a, b);
        if (contains_cue(gap, lexicon_.relation_cues.share_of_whole)) {
            link(Relation::Kind::share, "whole", *a, "share", b);
            return true;
        }
        if (contains_cue(gap, lexicon_.relation_cues.share_of_part)) {
            link(Relation::Kind::share, "part", *a, "share", b);
            return true;
        }
        return false;
    }

    // "1 480 soldats en l'espace de vingt-quatre heures"
    bool rate(std::size_t b) {
        if (dimension_of(lexicon_, q(b).unit) != "time" || q(b).unit.find('/') != std::string::npos) return false;
        auto const& a = q(b - 1);
        if (dimension_of(lexicon_, a.unit) == "time") return false;
        if (!is_cue(trimmed(between(b - 1, b)), lexicon_.relation_cues.rate)) return false;
        link(Relation::Kind::rate, "amount", b - 1, "period", b);
        return true;
    }

    // "733 830 soldats ..., soit une augmentation de 1 480 soldats"
    bool stated_increment(std::size_t b) {
        auto const& change = q(b);
        auto const gap = trimmed(between(b - 1, b));
        if (!ends_with_cue(gap, lexicon_.relation_cues.increment)) return false;
        auto total = previous(b, [&](std::size_t a) {
            return q(a).unit == change.unit && q(a).noun == change.noun && !q(a).increment;
        });
        if (!total) return false;
        link(Relation::Kind::increment, "total", *total, "increment", b);
        return true;
    }

    text::NormalizedText const& text_;
    std::vector<FoundQuantity> const& qs_;
    std::size_t first_;
    Lexicon const& lexicon_;
    std::vector<Relation> out_;
};

}  // namespace

std::vector<Relation> find_relations(text::NormalizedText const& text, std::vector<FoundQuantity> const& quantities,
                                     std::size_t first_index, Lexicon const& lexicon) {
    return Linker(text, quantities, first_index, lexicon).run();
}

}  // namespace claimcheck::extract
