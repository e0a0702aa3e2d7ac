// What several check kinds share: the precision a figure was stated with, units of rates,
// claims linked by the extractor's relations, and reading `bind:` selectors and tolerances.
#pragma once

#include "checks/check.hpp"

#include <claimcheck/claim.hpp>
#include <claimcheck/range.hpp>

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::checks {

// The values a figure may stand for once its rounding is counted: "4 500" is [4 450, 4 550],
// "3" is [2.5, 3.5], "27,4" is [27.35, 27.45]; hedged figures keep their interval.
Range as_stated(Quantity const& q);

// "km2/day" → {"km2", "day"}; a unit without "/" has no period.
struct RateUnit {
    std::string base;
    std::string period;
};
RateUnit split_rate(std::string const& unit);

// Days in one unit of a period: day 1, week 7, month [28, 31], year [365, 366], hour 1/24.
std::optional<Range> days_per(std::string const& period_unit);

// The claims a relation of the extractor links, by role; none when a member has no claim.
struct Linked {
    Relation::Kind kind;
    std::vector<std::pair<std::string, Claim const*>> members;
    Claim const* member(std::string_view role) const;
};
std::vector<Linked> linked_claims(Document const& doc, Relation::Kind kind);

// `bind:` — which claims a role takes: by kind, aspect, dimension of the unit, noun.
struct Selector {
    std::vector<std::string> kinds;  // any of; empty = any
    std::optional<Aspect> aspect;
    std::string dimension;           // of the unit ("area"); empty = any
    bool period_known = false;
    bool matches(Claim const& c, Lexicon const& lexicon) const;
};

// Reads `bind: {role: {kind: …, aspect: …, dimension: …, period: known}}` for the given roles.
// Every role must be present; unknown kinds and aspects are errors at their positions.
std::optional<std::map<std::string, Selector>> read_bindings(YAML::Node const& rule, yaml::Reader& reader,
                                                             RuleContext const& context,
                                                             std::vector<std::string> const& roles);

// A tolerance: "10%", "0.1"; `fallback` when the key is absent.
std::optional<double> read_tolerance(YAML::Node const& rule, yaml::Reader& reader, double fallback);

// Claims grouped by kind and unit (only those with a kind): pairing checks compare claims
// within a group, so a long document costs pairs of alike claims, not all pairs.
std::map<std::string, std::vector<Claim const*>> by_kind_and_unit(Document const& doc);
std::string kind_and_unit(std::string const& kind, std::string const& unit);

std::string dimension_of(Lexicon const& lexicon, std::string const& unit);

// A total, or a record (the largest figure of its series is still a level for its period).
inline bool is_level(Claim const& c) { return c.aspect == Aspect::total || c.aspect == Aspect::record; }

// "l'AFP, l'ISW": the sources of a claim as the text names them; `when_none` when it names none.
std::string source_names(Claim const& c, std::string_view when_none);
std::string_view claim_text(Document const& doc, Claim const& c);

}  // namespace claimcheck::checks
