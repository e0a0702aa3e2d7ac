// A claim's period: the words of its sentence that say when ("cette année", "au cours du mois
// de novembre", "les cinq derniers jours", "depuis août", "le 23 novembre"), resolved against
// the document's date. The cue nearest the figure wins.
#pragma once

#include <claimcheck/claims.hpp>

#include "claims/links.hpp"
#include "claims/phrase_scan.hpp"
#include "extract/dates.hpp"
#include "text/normalized_text.hpp"

#include <optional>
#include <vector>

namespace claimcheck::claims {

// The document as the period finder reads it.
struct DocumentText {
    std::string_view bytes;
    Extraction const& extraction;
    std::vector<std::vector<Link>> const& links;  // per quantity
    std::optional<extract::CalendarDate> date;    // the document's, as precise as known
};

// Words of a sentence that set a period, and the period they set.
struct PeriodCandidate {
    Hit words;
    Period period;
    bool names_month = false;              // "en novembre": a month named outright
    bool one_month = false;                // "en un mois": which month, the sentence may say
    std::optional<std::size_t> own_quantity;  // a duration's own figure is never its period
    std::optional<std::size_t> only_for;   // "1 480 soldats en 24 heures": the rate's amount alone
};

class PeriodFinder {
public:
    PeriodFinder(Lexicon const& lexicon, KindRegistry const& kinds, text::Folder const& folder);

    // Every period cue of one folded sentence, found once for all its figures.
    std::vector<PeriodCandidate> candidates(DocumentText const& doc, text::NormalizedText const& sentence) const;

    // The period of quantity `index` at code points [begin, end): the nearest candidate that
    // applies to it; unset when there is none.
    Period choose(std::vector<PeriodCandidate> const& candidates, std::size_t index, std::size_t begin,
                  std::size_t end) const;

private:
    Lexicon const& lexicon_;
    std::vector<extract::CalendarDate> anchors_;
    PhraseTrie anchor_cues_;  // payload: index in anchors_
};

}  // namespace claimcheck::claims
