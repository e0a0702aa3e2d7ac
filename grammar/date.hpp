// The date grammar: "26 novembre 2024", "le 23 novembre", "août 2024", "2020-2024", "2024-11-26".
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace claimcheck::grammar {

struct date_class;
using date_type = x3::rule<date_class, ast::Date>;
BOOST_SPIRIT_DECLARE(date_type)

date_type const& date();

}  // namespace claimcheck::grammar
