// Who states each claim, and whether the text says it could not be checked. A pass run after
// the ClaimBuilder: it reads the whole document, since a pronoun ("a-t-il ajouté", "selon lui")
// or a quotation carries the last named speaker across sentences.
//   selon X / d'après X        the source is the phrase after the cue (a registry name in it
//                              gives the id); "à partir des données de Y" after it makes Y the origin
//   X a déclaré / …, a déclaré X   a speech verb: the speaker is the clause before it, or after
//                              it when it follows a comma or a quotation
//   a-t-il ajouté, selon lui   the last named speaker
//   "…", a déclaré X           the quoted text, even over several sentences, is X's
// A claim takes the sources of its sentence only; none are invented. A verification phrase
// ("n'ont pu être vérifiées") marks its sentence, the paragraph's previous sentences when it
// refers back ("ces données"), and the later claims of the sources its sentence names.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/lexicon.hpp>
#include <claimcheck/sources.hpp>

#include "text/normalized_text.hpp"

namespace claimcheck::sources {

class Attributor {
public:
    Attributor(Lexicon const& lexicon, SourceRegistry const& registry);
    // Fills Claim::sources and Claim::unverified of doc.claims (built by the ClaimBuilder).
    void attribute(Document& doc) const;

private:
    Lexicon const& lexicon_;
    SourceRegistry const& registry_;
    text::Folder folder_;
    PhraseTrie names_;  // every registry name, folded; payload: index in registry_.sources
};

}  // namespace claimcheck::sources
