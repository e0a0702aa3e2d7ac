// A claim's actor and place, as written: lexicon phrases of its sentence (claims.yaml).
//   actor: the first `actors` phrase before the figure in its sentence (the subject, most
//          often), else the first after it; one right after a `sources` word ("selon Kiev") is
//          who says it, not who acts.
//   place: a `places` phrase followed by a capitalised name ("la région de Koursk", "près de
//          Bakhmut"), nearest the figure on either side; `named` phrases are kept in the text,
//          prepositions are not; a name starting with a `not_places` word is a person.
#pragma once

#include <claimcheck/lexicon.hpp>

#include "claims/phrase_scan.hpp"
#include "text/normalized_text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::claims {

struct ActorsAndPlaces {
    std::vector<Hit> actors;
    std::vector<Hit> places;  // the place's text as it will be reported
    // "hors Koursk": begin = the marker, end = the place's end; payload 1 "with", 0 "without".
    // `scope_places` holds each scope's place, same order.
    std::vector<Hit> scopes;
    std::vector<Hit> scope_places;
};

ActorsAndPlaces find_actors_and_places(text::NormalizedText const& sentence, Lexicon const& lexicon);

// The actor hit for a figure at code points [begin, end), if any.
Hit const* actor_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end);
Hit const* place_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end);
// The scope nearest the figure, if any: its index in `scopes`.
std::optional<std::size_t> scope_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end);

}  // namespace claimcheck::claims
