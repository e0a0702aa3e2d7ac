#include "lexicon/plural.hpp"

#include <string_view>

namespace claimcheck::lexicon {
namespace {

bool ends_with(std::string const& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::vector<std::string> regular_plurals(std::string const& lemma) {
    if (ends_with(lemma, "s") || ends_with(lemma, "x") || ends_with(lemma, "z")) return {};
    if (ends_with(lemma, "al")) return {lemma.substr(0, lemma.size() - 2) + "aux", lemma + "s"};
    if (ends_with(lemma, "eau") || ends_with(lemma, "au") || ends_with(lemma, "eu")) return {lemma + "x"};
    // Compounds like "lance-roquettes" keep their form; "sous-marin" → "sous-marins".
    return {lemma + "s"};
}

std::string singular(std::string const& word) {
    if (ends_with(word, "eaux") || ends_with(word, "eux")) return word.substr(0, word.size() - 1);
    if (ends_with(word, "aux") && word.size() > 4) return word.substr(0, word.size() - 3) + "al";
    if (ends_with(word, "s") && !ends_with(word, "ss") && word.size() > 3) return word.substr(0, word.size() - 1);
    return word;
}

}  // namespace claimcheck::lexicon
