// The language's words, loaded from YAML (rules/lexicon/<lang>/*.yaml): units, counted nouns,
// hedges, approximate and vague amounts, fractions, months, idioms.
#pragma once

#include <claimcheck/phrase_trie.hpp>
#include <claimcheck/quantity.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct UnitEntry {
    std::string code;       // "km2", "USD", "day"
    std::string dimension;  // "area", "money", "time", ...
    bool prefix = false;    // may stand before the number ("$10")
};

struct HedgeEntry {
    Qualifier qualifier = Qualifier::exact;
    std::optional<double> low;   // factor of the stated value; unset = unbounded
    std::optional<double> high;
    bool low_open = false;
    bool high_open = false;
};

struct ApproxEntry {
    double value = 0;
    double low = 0;
    double high = 0;
};

// Words between two figures that link them (see rules/lexicon/fr/relations.yaml), folded.
struct RelationCues {
    std::vector<std::u32string> ratio;
    std::vector<std::u32string> ratio_after_words;
    std::vector<std::u32string> share_of_part;
    std::vector<std::u32string> share_of_whole;
    std::vector<std::u32string> rate;
    std::vector<std::u32string> increment;
    std::vector<std::u32string> conversion;
};

// Phrases that say when a claim holds (rules/lexicon/<lang>/periods.yaml), folded.
enum class PeriodCue : std::uint32_t { year_to_date, month_to_date, today, yesterday, one_month };
struct PeriodCues {
    PhraseTrie phrases;                           // payload: PeriodCue
    std::vector<std::u32string> since;            // before a month, date, year or anchor: "depuis"
    std::vector<std::u32string> date_prefixes;    // before a month or date: "au cours du mois de"
    std::vector<std::u32string> year_prefixes;    // before a year, which needs one: "courant"
    std::vector<std::u32string> duration_prefixes;  // before a duration ending now: "en l'espace de"
    std::vector<std::u32string> recent;           // inside such a duration: "derniers"
    PhraseTrie weekdays;                          // payload: 0 for Monday … 6 for Sunday
    std::vector<std::u32string> nights;           // before "lundi à mardi": "dans la nuit de"
    std::vector<std::u32string> night_joins;      // between the two days: "à", "au"
};

// Words that say what a claim is about (rules/lexicon/<lang>/claims.yaml), folded.
struct ClaimCues {
    PhraseTrie records;          // "record", "le plus important depuis": a superlative
    PhraseTrie actors;           // "l'armée russe", "Kiev"
    std::vector<std::u32string> sources;  // "selon": an actor after them is a source, not an actor
    PhraseTrie places;           // payload: 1 when the words belong to the place ("la région de"), 0 for "près de"
    PhraseTrie not_places;       // first words that make a capitalised name a person ("Vladimir")
    PhraseTrie abbreviations;    // "m", "mme": a full stop after them ends no sentence
    PhraseTrie scopes;           // before a place the figure covers or leaves out; payload 1 "y compris", 0 "hors"
};

// Who states a figure, and whether it could be checked (rules/lexicon/<lang>/attribution.yaml), folded.
struct AttributionCues {
    PhraseTrie before_source;      // "selon", "d'après": the source follows
    PhraseTrie verbs;              // "a déclaré", "affirme": the speaker stands before, or after when inverted
    PhraseTrie inverted_pronouns;  // "a-t-il", "selon lui": the last named speaker
    PhraseTrie pronouns;           // "il" before a verb: the last named speaker
    PhraseTrie same_source;        // "la même source"
    PhraseTrie not_sources;        // "selon le vocabulaire …": no source follows
    PhraseTrie chains;             // "à partir des données de": the origin follows
    PhraseTrie unverified;         // "n'ont pu être vérifiées"
    PhraseTrie refers_back;        // "ces données": the previous sentences are covered too
    PhraseTrie name_stops;         // end a name the registry lacks: "sur", "lors"
    PhraseTrie name_skips;         // skipped before a name: "mardi"
};

struct Lexicon {
    std::string language;  // folder name: "fr"

    std::vector<UnitEntry> units;
    PhraseTrie unit_forms;       // payload: index in units
    PhraseTrie rate_markers;     // "par", "/"

    std::vector<HedgeEntry> hedges;
    PhraseTrie hedges_before;    // payload: index in hedges
    PhraseTrie hedges_after;

    std::vector<ApproxEntry> approximate;
    PhraseTrie approximate_forms;   // payload: index in approximate
    std::vector<double> vague_scales;
    PhraseTrie vague_nouns;          // payload: index in vague_scales
    PhraseTrie vague_determiners;
    std::vector<double> fractions;
    PhraseTrie fraction_forms;       // payload: index in fractions
    PhraseTrie fraction_articles;    // "la moitié"

    std::vector<std::string> noun_lemmas;  // UTF-8
    PhraseTrie noun_forms;                 // payload: index in noun_lemmas
    PhraseTrie not_nouns;
    PhraseTrie between_number_and_noun;

    PhraseTrie months;          // payload: month 1..12
    PhraseTrie day_suffixes;    // "er"
    PhraseTrie clock_cues;      // "à" in "à 4 heures": a time of day
    int year_min = 1800;
    int year_max = 2100;

    // Everything that may stand before the figure in its phrase: hedges, determiners of amounts,
    // fraction articles, currency signs, range openers. Lets the extractor start the grammar
    // only where a phrase can start.
    PhraseTrie phrase_openers;

    std::vector<std::u32string> idioms;  // folded, sorted, none empty; U'#' matches a run of digits
    RelationCues relation_cues;
    PeriodCues period_cues;
    ClaimCues claim_cues;
    AttributionCues attribution_cues;

    // Words that start a number or an amount, as lower-case UTF-8: the fast scan's triggers.
    std::vector<std::string> trigger_words;
};

// Loads every *.yaml file of `directory` (one language). Collects all errors, each with
// file:line:col, and throws LoadError if there is any.
Lexicon load_lexicon(std::filesystem::path const& directory);

// Where the shipped rules live: $CLAIMCHECK_RULES, else the build's or install's rules/.
std::filesystem::path default_rules_directory();

}  // namespace claimcheck
