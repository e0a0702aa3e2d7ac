// Who states a figure: the registry of sources (rules/sources/registry.yaml) — agencies,
// ministries, armies, institutes, people — with their names in French and English, their side,
// and how they hang together (`part_of`: a minister of his ministry; `derived_from`: a source
// republishing another).
#pragma once

#include <claimcheck/diagnostic.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class SourceType { news_agency, research_institute, ministry, armed_forces, official, media, government,
                        international_org, person };
std::string_view to_string(SourceType t);

struct Source {
    std::string id;                         // "russian_mod"
    std::vector<std::string> names;         // as written in the text: "le ministère russe de la Défense", "Russian MoD"
    SourceType type = SourceType::official;
    std::string side = "none";              // "russia", "ukraine", "west", "none", ...
    std::vector<std::string> part_of;       // ids of the wholes it speaks for
    std::vector<std::string> derived_from;  // ids of the sources it republishes
    std::size_t line = 0;                   // where declared, for messages
};

struct SourceRegistry {
    std::vector<Source> sources;
    Source const* find(std::string_view id) const;
    // Whether `part` is `whole` or lies inside it through part_of links (cycles are safe).
    bool within(std::string_view part, std::string_view whole) const;
};

// Loads a registry file; collects every error (unknown keys with a "did you mean", duplicate ids,
// links to unknown ids, unknown types and sides, part_of cycles) with file:line:col and throws
// LoadError if there is any.
SourceRegistry load_sources(std::filesystem::path const& file);
// The same from text; `file` names it in messages.
SourceRegistry load_sources_text(std::string const& text, std::string const& file);

// <rules>/sources/registry.yaml
std::filesystem::path sources_file(std::filesystem::path const& rules_directory);

}  // namespace claimcheck
