// When two claims can be about one fact: what the contradiction and counter checks share.
// Precision first: a pair is compared only when nothing says the two are about different
// things (another place, another actor, another starting point of a tally).
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/sources.hpp>

#include <map>
#include <string>
#include <vector>

namespace claimcheck::checks {

// "la région de Koursk", "l'oblast de Koursk" and "Koursk" name one place: the name after the
// last "de" / "d'", lower-cased. Places in `whole` ("Ukraine") are the default scope of war
// figures and count as no place.
std::string place_key(std::string const& place, std::vector<std::string> const& whole = {});

// "hors Koursk" and "sans compter la région de Koursk" are one scope: "-koursk"; "y compris
// Koursk" is "+koursk"; no scope said is "".
std::string scope_key(Claim const& c);

// How a finding names a claim's scope: "en novembre, la région de Donetsk, hors Koursk".
std::string scope_words(Claim const& c);

// Who acts, as a key two claims can be compared on: the registry's side for a known actor
// ("les troupes russes" and "l'armée russe" are one), the words as written otherwise, and
// nothing when the "actor" is the claim's own speaker ("L'état-major ukrainien a estimé à…").
class ActorKeys {
public:
    explicit ActorKeys(SourceRegistry const* registry);
    std::string key(Claim const& c) const;
    // Whether the two can be about one actor: the same key, or one not said.
    bool compatible(Claim const& a, Claim const& b) const;

private:
    std::map<std::string, std::string> side_by_name_;
    std::map<std::string, std::string> id_by_name_;
};

// Whether two cumulative tallies count from one starting point ("depuis le début de
// l'invasion" and "depuis février 2022"): both start within a month of each other and run for
// more than a month, so a day's or a month's figure is never taken for a running total.
bool same_tally(Claim const& a, Claim const& b);

std::string lower_ascii(std::string s);

}  // namespace claimcheck::checks
