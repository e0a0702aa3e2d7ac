// Defines the expression grammar. Included by expression.cpp only.
//
//   expression     = disjunction end
//   disjunction    = conjunction { "or" conjunction }
//   conjunction    = negation { "and" negation }
//   negation       = "not" negation | comparison
//   comparison     = additive { ("<" | "<=" | ">" | ">=" | "==" | "!=" | "~") additive }
//   additive       = multiplicative { ("+" | "-") multiplicative }
//   multiplicative = unary { ("*" | "/") unary }
//   unary          = "-" unary | access
//   access         = primary { "." identifier }
//   primary        = number | call | name | "(" disjunction ")"
//   call           = identifier "(" [ disjunction { "," disjunction } ] ")"
//   number         = digits [ "." digits ] [ "%" ]
//   identifier     = (letter | "_") { letter | digit | "_" }, but not "and", "or", "not"
//
// Spaces may separate any two tokens ("10 %" too), but not the characters of a name or number.
// Comparisons are read as a chain so that `a < b < c` gets a type error that explains itself
// rather than a bare syntax error.
#pragma once

#include "expression.hpp"
#include "expression_ast.hpp"
#include "expression_ast_adapted.hpp"

#include <map>
#include <string_view>

namespace claimcheck::grammar::expression_parser {

namespace ast = expression_ast;
using ast::Operator;
using ast::Prefix;

// ---------------------------------------------------------------- rule IDs

struct disjunction_class;
struct or_operation_class;
struct conjunction_class;
struct and_operation_class;
struct negation_class;
struct not_expression_class;
struct comparison_class;
struct comparison_operation_class;
struct additive_class;
struct additive_operation_class;
struct multiplicative_class;
struct multiplicative_operation_class;
struct unary_class;
struct negative_class;
struct access_class;
struct member_class;
struct primary_class;
struct number_class;
struct dangling_point_class;
struct fraction_class;
struct call_class;
struct argument_list_class;
struct argument_class;
struct close_call_class;
struct name_class;
struct group_class;
struct identifier_class;

// ---------------------------------------------------------------- rules

// Rule names are the keys of `expected_words` below, which turns them into a user's words.
x3::rule<disjunction_class, ast::Chain> const disjunction = "disjunction";
x3::rule<or_operation_class, ast::Operation> const or_operation = "or_operation";
x3::rule<conjunction_class, ast::Chain> const conjunction = "conjunction";
x3::rule<and_operation_class, ast::Operation> const and_operation = "and_operation";
x3::rule<negation_class, ast::Operand> const negation = "negation";
x3::rule<not_expression_class, ast::Prefixed> const not_expression = "not_expression";
x3::rule<comparison_class, ast::Chain> const comparison = "comparison";
x3::rule<comparison_operation_class, ast::Operation> const comparison_operation = "comparison_operation";
x3::rule<additive_class, ast::Chain> const additive = "additive";
x3::rule<additive_operation_class, ast::Operation> const additive_operation = "additive_operation";
x3::rule<multiplicative_class, ast::Chain> const multiplicative = "multiplicative";
x3::rule<multiplicative_operation_class, ast::Operation> const multiplicative_operation = "multiplicative_operation";
x3::rule<unary_class, ast::Operand> const unary = "unary";
x3::rule<negative_class, ast::Prefixed> const negative = "negative";
x3::rule<access_class, ast::Access> const access = "access";
x3::rule<member_class, ast::Member> const member = "member";
x3::rule<primary_class, ast::Operand> const primary = "primary";
x3::rule<number_class, ast::Number> const number = "number";
x3::rule<dangling_point_class> const dangling_point = "dangling_point";
x3::rule<fraction_class> const fraction = "fraction";
x3::rule<call_class, ast::Call> const call = "call";
x3::rule<argument_list_class, std::vector<ast::Chain>> const argument_list = "argument_list";
x3::rule<argument_class, ast::Chain> const argument = "argument";
x3::rule<close_call_class> const close_call = "close_call";
x3::rule<name_class, ast::Name> const name = "name";
x3::rule<group_class, ast::Chain> const group = "group";
x3::rule<identifier_class, std::string> const identifier = "identifier";

// ---------------------------------------------------------------- words and symbols

using x3::ascii::alnum;
using x3::ascii::alpha;
using x3::lit;

// A whole word: "not" does not match the start of "nothing".
inline auto keyword(char const* word) { return x3::lexeme[lit(word) >> !(alnum | '_')]; }

auto const reserved = keyword("and") | keyword("or") | keyword("not");

// Digits with an optional fraction, nothing else: no sign (unary minus does that), no
// exponent, and no "inf" or "nan", which would otherwise shadow names.
struct plain_decimal_policies : x3::ureal_policies<double> {
    static bool const allow_leading_dot = false;
    static bool const allow_trailing_dot = false;
    template <typename Iterator>
    static bool parse_exp(Iterator&, Iterator const&) { return false; }
    template <typename Iterator, typename Attribute>
    static bool parse_nan(Iterator&, Iterator const&, Attribute&) { return false; }
    template <typename Iterator, typename Attribute>
    static bool parse_inf(Iterator&, Iterator const&, Attribute&) { return false; }
};
x3::real_parser<double, plain_decimal_policies> const decimal;

x3::ascii::symbols<Operator> const comparison_op({{"<", Operator::less},
                                                  {"<=", Operator::less_equal},
                                                  {">", Operator::greater},
                                                  {">=", Operator::greater_equal},
                                                  {"==", Operator::equal},
                                                  {"!=", Operator::not_equal},
                                                  {"~", Operator::approx}});
x3::ascii::symbols<Operator> const additive_op({{"+", Operator::plus}, {"-", Operator::minus}});
x3::ascii::symbols<Operator> const multiplicative_op({{"*", Operator::times}, {"/", Operator::divide}});

auto const or_op = keyword("or") >> x3::attr(Operator::or_);
auto const and_op = keyword("and") >> x3::attr(Operator::and_);
auto const not_op = keyword("not") >> x3::attr(Prefix::not_);
auto const minus_op = lit('-') >> x3::attr(Prefix::minus);

// ---------------------------------------------------------------- grammar

auto const disjunction_def = conjunction >> *or_operation;
auto const or_operation_def = or_op > conjunction;
auto const conjunction_def = negation >> *and_operation;
auto const and_operation_def = and_op > negation;
auto const negation_def = not_expression | comparison;
auto const not_expression_def = not_op > negation;
auto const comparison_def = additive >> *comparison_operation;
auto const comparison_operation_def = comparison_op > additive;
auto const additive_def = multiplicative >> *additive_operation;
auto const additive_operation_def = additive_op > multiplicative;
auto const multiplicative_def = unary >> *multiplicative_operation;
auto const multiplicative_operation_def = multiplicative_op > unary;
auto const unary_def = negative | access;
auto const negative_def = minus_op > unary;
auto const access_def = primary >> *(lit('.') > member);
auto const member_def = identifier;
auto const primary_def = number | call | name | group;
auto const number_def = (decimal | dangling_point) >> x3::matches[lit('%')];
// "4." is not a number; say what is missing rather than failing at the "4".
auto const dangling_point_def = x3::lexeme[+x3::ascii::digit >> '.'] > fraction;
auto const fraction_def = x3::ascii::digit;
// `min` then "(": a call; `min` alone is a name (and the checker says it is not bound).
auto const call_def = identifier >> lit('(') > argument_list > close_call;
auto const argument_list_def = -(argument >> *(lit(',') > argument));
auto const argument_def = disjunction;
auto const close_call_def = lit(')');
auto const name_def = identifier;
auto const group_def = lit('(') > disjunction > lit(')');
auto const identifier_def = x3::raw[x3::lexeme[(alpha | '_') >> *(alnum | '_')]] - reserved;

BOOST_SPIRIT_DEFINE(disjunction, or_operation, conjunction, and_operation, negation, not_expression, comparison,
                    comparison_operation, additive, additive_operation, multiplicative, multiplicative_operation,
                    unary, negative, access, member, primary, number, dangling_point, fraction, call, argument_list,
                    argument, close_call, name, group, identifier)

// ---------------------------------------------------------------- annotation and errors

// Records where a node starts, as a byte offset from the start of the source.
struct annotate_offset {
    template <typename Iterator, typename Node, typename Context>
    void on_success(Iterator const& first, Iterator const&, Node& node, Context const& context) {
        node.offset = static_cast<std::size_t>(first - x3::get<error_handler_tag>(context).begin);
    }
};

// Rule names, and what X3 calls the literals and eoi, in words a rule's author understands.
inline std::string_view expected_words(std::string const& which) {
    static std::map<std::string, std::string_view, std::less<>> const id_map = {
        {"disjunction", "an expression"},
        {"conjunction", "an expression"},
        {"negation", "an expression"},
        {"argument", "an argument"},
        {"additive", "a number, a name or '('"},
        {"multiplicative", "a number, a name or '('"},
        {"unary", "a number, a name or '('"},
        {"member", "a member name (value, low, high or period)"},
        {"close_call", "',' or ')'"},
        {"fraction", "digits after the decimal point"},
        {"eoi", "an operator or the end of the expression"},
    };
    auto const found = id_map.find(which);
    return found != id_map.end() ? found->second : std::string_view(which);
}

// Handles expectation failures for the whole expression: the first one is the error.
struct report_expected {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const& last, Exception const& x, Context const& context) {
        ErrorHandler& handler = x3::get<error_handler_tag>(context);
        // X3 fails before skipping spaces; the user's eye goes to the next thing written.
        // Not inside a number, though: "4. " lacks its digits right after the point.
        Iterator where = x.where();
        bool const inside_a_word = x.which() == "fraction";
        auto const blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        while (!inside_a_word && where != last && blank(*where)) ++where;
        handler.error_offset = static_cast<std::size_t>(where - handler.begin);
        handler.expected = std::string(expected_words(x.which()));
        return x3::error_handler_result::fail;
    }
};

struct disjunction_class : annotate_offset {};
struct or_operation_class : annotate_offset {};
struct conjunction_class : annotate_offset {};
struct and_operation_class : annotate_offset {};
struct not_expression_class : annotate_offset {};
struct comparison_class : annotate_offset {};
struct comparison_operation_class : annotate_offset {};
struct additive_class : annotate_offset {};
struct additive_operation_class : annotate_offset {};
struct multiplicative_class : annotate_offset {};
struct multiplicative_operation_class : annotate_offset {};
struct negative_class : annotate_offset {};
struct access_class : annotate_offset {};
struct member_class : annotate_offset {};
struct number_class : annotate_offset {};
struct call_class : annotate_offset {};
struct argument_class : annotate_offset {};
struct name_class : annotate_offset {};
struct group_class : annotate_offset {};
// Operands and plain words carry no position of their own.
struct negation_class {};
struct unary_class {};
struct primary_class {};
struct argument_list_class {};
struct close_call_class {};
struct identifier_class {};
struct dangling_point_class {};
struct fraction_class {};

}  // namespace claimcheck::grammar::expression_parser

namespace claimcheck::grammar {
namespace expression_parser {

struct expression_class : report_expected {};

// The top rule lives beside its BOOST_SPIRIT_DECLARE, where BOOST_SPIRIT_INSTANTIATE finds it.
expression_type const whole_expression = "expression";
// `eps >` makes even a failure at the first character an expectation failure, with its words.
auto const whole_expression_def = x3::eps > disjunction > x3::eoi;
BOOST_SPIRIT_DEFINE(whole_expression)

}  // namespace expression_parser
}  // namespace claimcheck::grammar
