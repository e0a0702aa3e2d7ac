// Claims: what each figure of a document is about. Claim kinds come from the rule packs
// (rules/<pack>/kinds.yaml); the ClaimBuilder resolves each quantity's kind, aspect, period,
// actor and place from its sentence and the document's date.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/diagnostic.hpp>
#include <claimcheck/lexicon.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// One kind of claim ("territory_gained"), as a pack's kinds.yaml declares it.
struct ClaimKind {
    std::string id;
    std::string description;
    std::string dimension;           // a unit dimension ("area", "money"); "" for counts
    std::vector<std::string> nouns;  // counted-noun lemmas, optionally with the words after: "pièce d'artillerie"
    std::vector<std::string> cues;   // words of the sentence that point to this kind
    bool fallback = false;           // scores on its dimension alone, below any cue
    std::string file;                // where it is declared, for messages
    std::size_t line = 0;
};

// A date that words name without saying it: "depuis le début de l'invasion" is 2022-02-24.
struct PeriodAnchor {
    std::string id;
    std::string description;
    std::string date;                // ISO: "2022-02-24", "2022-02" or "2022"
    std::vector<std::string> cues;   // whole phrases, "depuis" included
};

struct KindRegistry {
    std::vector<ClaimKind> kinds;    // in the order the packs declare them: ties go to the first
    std::vector<PeriodAnchor> anchors;
    ClaimKind const* find(std::string_view id) const;
};

// The dimensions of the shipped units.yaml: area, length, money, ratio, time.
std::vector<std::string> default_dimensions();

// Every rules/<pack>/kinds.yaml under `rules_directory`, sorted by pack name.
std::vector<std::filesystem::path> find_kind_files(std::filesystem::path const& rules_directory);

// Loads the kinds and anchors of every file. Collects all errors (unknown keys with a "did you
// mean", wrong types, unknown dimensions, kind ids declared twice across packs), each with
// file:line:col, and throws LoadError if there is any. `dimensions` are the known unit dimensions.
KindRegistry load_kinds(std::vector<std::filesystem::path> const& files,
                        std::vector<std::string> const& dimensions = default_dimensions());

// Fills Document::claims. Immutable once built: one builder serves any number of documents.
class ClaimBuilder {
public:
    ClaimBuilder(Lexicon const& lexicon, KindRegistry const& kinds);
    ~ClaimBuilder();
    ClaimBuilder(ClaimBuilder const&) = delete;
    ClaimBuilder& operator=(ClaimBuilder const&) = delete;

    // One claim per quantity of doc.extraction, in the same order, from doc.bytes and doc.date
    // (set it from doc.extraction.document_date: --date or the dateline).
    void build(Document& doc) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
