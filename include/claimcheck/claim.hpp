// A claim: a quantity plus what it is about — its kind, actor, place, period and aspect —
// resolved from its sentence and its document.
#pragma once

#include <claimcheck/extractor.hpp>
#include <claimcheck/provenance.hpp>
#include <claimcheck/quantity.hpp>
#include <claimcheck/range.hpp>

#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

// What the figure is, as opposed to what it counts.
enum class Aspect {
    total,      // a level or a cumulative figure: "4 500 km² cette année"
    increment,  // a change: "(+92)", "soit une augmentation de 1 480"
    rate,       // per unit of time: "30 km² par jour"
    part,       // a part of another figure: "sept des huit"
    share,      // a percentage or fraction of a whole: "près de 90 %"
    record,     // a superlative: "le plus important depuis mars 2022"
};
std::string_view to_string(Aspect a);

// When a claim holds: an instant or an interval of days, resolved against the document's date.
// Bounds are ISO dates (inclusive); both unset when the text does not say. Where the
// document's date is only known to the month, a bound can itself be uncertain: `days` is then
// a range ("cette année" in a December article is 335 to 366 days).
struct Period {
    std::optional<std::string> start;  // "2024-01-01"
    std::optional<std::string> end;    // "2024-12-31"
    Range days = Range::unbounded();   // length in days, both ends counted
    std::string text;                  // the words that set it: "cette année", "en novembre"
    bool known() const { return start.has_value() || end.has_value(); }
};

// Who states a claim, as the text says it (filled by the Attributor, engine/sources/).
struct Attribution {
    std::string id;            // a registry id ("russian_mod"); "" for a source the registry lacks
    std::string name;          // as written: "le ministère russe de la Défense", "un responsable américain"
    ByteSpan span;             // where those words stand
    std::string origin_id;     // for a chain ("l'AFP à partir des données de l'ISW"): whom it republishes
    std::string origin_name;   // as written; "" when no chain
    std::string how;           // "selon", "verb", "pronoun", "quotation" or "chain"
};

struct Claim {
    std::size_t id = 0;       // the quantity's index in its document
    Quantity quantity;
    std::string kind;         // a kind id from the packs ("territory_gained"); "" when none fits
    std::string actor;        // as written: "l'armée russe"; "" when not said
    std::string place;        // as written: "la région de Koursk"; "" when not said
    std::string scope;        // as written: "hors Koursk", "y compris la région de Koursk"; "" when not said
    std::string scope_place;  // the place of `scope`: "Koursk", "la région de Koursk"
    bool scope_includes = false;  // "y compris" (true) or "hors" (false)
    Period period;
    Aspect aspect = Aspect::total;
    ByteSpan sentence;        // the sentence the claim stands in
    std::vector<Attribution> sources;      // who states it; empty when the text does not say
    std::optional<std::string> unverified;  // the text's words saying it could not be checked
};

// One document read for checking: its bytes, what was extracted, and the claims.
struct Document {
    std::string file;
    std::string bytes;                // the text read (for Markdown, HTML, JSON Lines: taken out of the file)
    std::optional<std::string> date;  // ISO, as precise as known
    Provenance provenance;            // where the text comes from; positions map back through it
    Extraction extraction;
    std::vector<Claim> claims;        // one per quantity, same order
};

// Where a byte of the document's text stands in its original file.
Location locate(Document const& doc, std::size_t text_byte);
// The document as fingerprints and baselines name it: its record id, else its file.
std::string document_id(Document const& doc);

}  // namespace claimcheck
