#include "claims/kind_scorer.hpp"

#include "lexicon/plural.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace claimcheck::claims {
namespace {

// A cue this close to the figure (in code points) counts double: in a list of figures, the
// words next to each one are about it.
constexpr std::size_t near_distance = 30;
constexpr int noun_points = 10;

bool is_joiner(char32_t c) { return c == U' ' || c == U'\'' || c == U'-'; }

// Words of a folded phrase, split at spaces, apostrophes and hyphens.
std::vector<std::string> words_of(std::u32string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !is_word_char(s[i])) ++i;
        std::size_t const b = i;
        while (i < s.size() && is_word_char(s[i])) ++i;
        if (b < i) out.push_back(text::to_utf8(s.substr(b, i - b)));
    }
    return out;
}

// Up to `count` words right after `pos`, joined only by spaces, apostrophes and hyphens.
std::vector<std::string> words_after(std::u32string_view text, std::size_t pos, std::size_t count) {
    std::vector<std::string> out;
    while (out.size() < count && pos < text.size()) {
        std::size_t b = pos;
        while (b < text.size() && is_joiner(text[b])) ++b;
        if (b == text.size() || !is_word_char(text[b])) break;
        std::size_t e = b;
        while (e < text.size() && is_word_char(text[e])) ++e;
        out.push_back(text::to_utf8(text.substr(b, e - b)));
        pos = e;
    }
    return out;
}

}  // namespace

KindScorer::KindScorer(KindRegistry const& registry, text::Folder const& folder) {
    std::map<std::u32string, std::size_t> cue_ids;
    auto add_cue = [&](std::u32string const& phrase, std::size_t kind) {
        auto [it, added] = cue_ids.try_emplace(phrase, cue_kinds_.size());
        if (added) {
            cue_kinds_.emplace_back();
            cues_.add(phrase, static_cast<std::uint32_t>(it->second));
        }
        auto& kinds = cue_kinds_[it->second];
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    };
    for (auto const& k : registry.kinds) {
        Kind kind{k.id, k.dimension, {}, k.fallback};
        for (auto const& n : k.nouns) {
            // The lemma is the noun as the extractor names it ("lance-roquettes"); the words
            // after the first space must follow the figure.
            auto const space = n.find(' ');
            Noun noun{text::to_utf8(folder.fold_phrase(n.substr(0, space))), {}};
            if (space != std::string::npos) noun.tail = words_of(folder.fold_phrase(n.substr(space + 1)));
            kind.nouns.push_back(std::move(noun));
        }
        auto const index = kinds_.size();
        for (auto const& c : k.cues) {
            auto const phrase = folder.fold_phrase(c);
            add_cue(phrase, index);
            // A one-word cue also matches its plural: "libéré" finds "libérés".
            if (phrase.find(U' ') == std::u32string::npos)
                for (auto const& plural : lexicon::regular_plurals(text::to_utf8(phrase)))
                    add_cue(folder.fold_phrase(plural), index);
        }
        kinds_.push_back(std::move(kind));
    }
}

std::vector<Hit> KindScorer::cues_in(std::u32string_view sentence) const {
    return find_phrases(cues_, sentence, 0, sentence.size());
}

int KindScorer::noun_score(Kind const& kind, Subject const& subject, std::u32string_view text) const {
    int best = -1;
    for (auto const& noun : kind.nouns) {
        if (noun.lemma != subject.noun) continue;
        auto const after = words_after(text, subject.after, noun.tail.size());
        bool fits = after.size() == noun.tail.size();
        for (std::size_t i = 0; fits && i < after.size(); ++i)
            fits = after[i] == noun.tail[i] || lexicon::singular(after[i]) == noun.tail[i];
        if (fits) best = std::max(best, noun_points + static_cast<int>(noun.tail.size()));
    }
    return best;
}

std::string const& KindScorer::choose(Subject const& subject, std::u32string_view text, std::size_t begin,
                                      std::size_t end, std::vector<Hit> const& cues) const {
    static std::string const none;
    struct Score {
        double points = 0;
        std::size_t nearest = std::numeric_limits<std::size_t>::max();
        std::vector<std::pair<std::size_t, int>> cues;  // cue id, best weight
    };
    std::vector<Score> scores(kinds_.size());
    for (auto const& hit : cues) {
        if (hit.begin < end && begin < hit.end) continue;  // the figure's own words
        std::size_t const distance = gap(hit, begin, end);
        int const weight = distance <= near_distance ? 2 : 1;
        for (auto k : cue_kinds_[hit.payload]) {
            auto& s = scores[k];
            s.nearest = std::min(s.nearest, distance);
            auto it = std::find_if(s.cues.begin(), s.cues.end(), [&](auto const& c) { return c.first == hit.payload; });
            if (it == s.cues.end()) s.cues.emplace_back(hit.payload, weight);
            else it->second = std::max(it->second, weight);
        }
    }
    std::optional<std::size_t> best;
    for (std::size_t k = 0; k < kinds_.size(); ++k) {
        auto const& kind = kinds_[k];
        if (kind.dimension != subject.dimension) continue;
        auto& s = scores[k];
        if (kind.dimension.empty() && !subject.noun.empty()) {
            // A count with a noun is of a kind that names that noun, whatever the cues say.
            int const noun = noun_score(kind, subject, text);
            if (noun < 0) continue;
            s.points += noun;
        }
        for (auto const& c : s.cues) s.points += c.second;
        if (kind.fallback) s.points += 0.5;
        if (s.points <= 0) continue;
        if (!best || s.points > scores[*best].points ||
            (s.points == scores[*best].points && s.nearest < scores[*best].nearest))
            best = k;
    }
    return best ? kinds_[*best].id : none;
}

}  // namespace claimcheck::claims
