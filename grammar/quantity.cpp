// The one translation unit that compiles the quantity grammar.
#include "quantity_def.hpp"

namespace claimcheck::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

quantity_type const& quantity() { return quantity_phrase; }

std::vector<std::string> number_words() {
    // "un" and "une" are left out: alone they are articles; the grammar still reads them
    // when a trigger word follows ("une cinquantaine", "un million", "vingt et un").
    return {"zéro", "zero", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante",
            "soixante", "septante", "huitante", "octante", "nonante", "cent", "cents", "mille", "million",
            "millions", "milliard", "milliards", "billion", "billions"};
}

}  // namespace claimcheck::grammar
