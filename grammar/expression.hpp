// The grammar of a rule's `expression:` condition: `rate * days(rate.period) ~ total`.
//
// Unlike the text grammars (config.hpp), this one reads the rule file's own bytes, not folded
// code points: the language is ASCII (names, digits, operators), so X3's ascii encoding is
// enough, and a stray non-ASCII byte simply fails to parse. Positions are byte offsets; the
// type checker turns them into code-point columns, so no X3 error printer ever counts bytes.
#pragma once

#include "expression_ast.hpp"

#include <boost/spirit/home/x3.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace expression_parser {

using iterator_type = char const*;
using skipper_type = x3::ascii::space_type;

// What the grammar's handlers write to: where the source starts, so nodes get offsets, and
// the first syntax error (only one: after a syntax error nothing further can be trusted).
struct ErrorHandler {
    iterator_type begin = nullptr;
    std::optional<std::size_t> error_offset;
    std::string expected;  // in words: "')'", "a number, a name or '('"
};
struct error_handler_tag;

using context_type =
    x3::context<error_handler_tag, ErrorHandler, x3::context<x3::skipper_tag, skipper_type const, x3::unused_type>>;

struct expression_class;
using expression_type = x3::rule<expression_class, expression_ast::Chain>;
BOOST_SPIRIT_DECLARE(expression_type)

}  // namespace expression_parser

expression_parser::expression_type const& expression();

// Parses a whole condition. On failure `tree` is empty and the error says where and what.
struct ExpressionParse {
    std::optional<expression_ast::Chain> tree;
    std::size_t error_offset = 0;  // bytes into the source
    std::string expected;
};
ExpressionParse parse_expression(std::string_view source);

}  // namespace claimcheck::grammar
