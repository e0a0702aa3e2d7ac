// Links between the figures of one window: ratio ("sept des huit"), increment ("(+92)"),
// conversion ("3 km (2 miles)"), share ("soit plus de 86%"), rate ("en vingt-quatre heures").
#pragma once

#include "extract/window_reader.hpp"

#include <claimcheck/lexicon.hpp>
#include <claimcheck/quantity.hpp>

#include <vector>

namespace claimcheck::extract {

// `first_index` is the document-wide index of quantities[0].
std::vector<Relation> find_relations(text::NormalizedText const& text, std::vector<FoundQuantity> const& quantities,
                                     std::size_t first_index, Lexicon const& lexicon);

}  // namespace claimcheck::extract
