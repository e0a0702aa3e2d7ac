// The quantity phrase grammar: [hedge] figure [unit | counted noun] [rate] [hedge after].
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

struct quantity_class;
using quantity_type = x3::rule<quantity_class, ast::Phrase>;
BOOST_SPIRIT_DECLARE(quantity_type)

quantity_type const& quantity();

// The number words the grammar knows, folded, for the fast scan's triggers.
std::vector<std::string> number_words();

}  // namespace claimcheck::grammar
