// French plural and singular forms of nouns, by the regular rules.
#pragma once

#include <string>
#include <vector>

namespace claimcheck::lexicon {

// "soldat" → {"soldats"}; "général" → {"généraux"}; "drapeau" → {"drapeaux"}; "obus" → {}.
std::vector<std::string> regular_plurals(std::string const& lemma);

// Best guess at the singular of an unknown plural: "pétroliers" → "pétrolier",
// "chevaux" → "cheval", "drapeaux" → "drapeau". Words that are not plural come back unchanged.
std::string singular(std::string const& word);

}  // namespace claimcheck::lexicon
