// The one translation unit that compiles the date grammar.
#include "date_def.hpp"

namespace claimcheck::grammar {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_phrase; }

}  // namespace claimcheck::grammar
