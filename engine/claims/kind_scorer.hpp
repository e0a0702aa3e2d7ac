// Choosing a claim's kind: the kinds of the packs scored on the figure's dimension, its counted
// noun and the cue words of its sentence (README "Claim kinds").
#pragma once

#include <claimcheck/claims.hpp>

#include "claims/phrase_scan.hpp"
#include "text/normalized_text.hpp"

#include <string>
#include <vector>

namespace claimcheck::claims {

// What a figure counts or measures. A bare count or a percentage borrows it from the figure it
// is linked to: "(+92)" counts what "30 042 pétroliers" counts.
struct Subject {
    std::string dimension;  // of the unit; "" for counts
    std::string noun;       // folded lemma; "" when none
    std::size_t after = 0;  // code point right after the figure that has the noun
};

class KindScorer {
public:
    KindScorer(KindRegistry const& registry, text::Folder const& folder);

    // The cues of one folded sentence, found once for all its figures.
    std::vector<Hit> cues_in(std::u32string_view sentence) const;

    // The id of the best kind for the figure at code points [begin, end); "" when none scores.
    std::string const& choose(Subject const& subject, std::u32string_view text, std::size_t begin, std::size_t end,
                              std::vector<Hit> const& cues) const;

private:
    struct Noun {
        std::string lemma;              // folded
        std::vector<std::string> tail;  // folded words that must follow the figure: "d", "artillerie"
    };
    struct Kind {
        std::string id;
        std::string dimension;
        std::vector<Noun> nouns;
        bool fallback = false;
    };
    // 10 for the noun plus 1 per word of its tail; -1 when no noun of the kind fits.
    int noun_score(Kind const& kind, Subject const& subject, std::u32string_view text) const;

    std::vector<Kind> kinds_;
    PhraseTrie cues_;                                   // payload: index in cue_kinds_
    std::vector<std::vector<std::size_t>> cue_kinds_;   // per cue phrase, the kinds it points to
};

}  // namespace claimcheck::claims
