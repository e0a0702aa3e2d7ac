// Fusion adaptation of the expression syntax tree, for X3's automatic attributes.
#pragma once

#include "expression_ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Number, value, percent)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Name, text)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Member, text)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Operation, op, operand)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Chain, first, rest)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Prefixed, op, operand)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Call, function, arguments)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::expression_ast::Access, object, members)
