// What the expression grammar produces: the syntax tree of a rule's `expression:` condition,
// with each node's byte offset in the source (for the type checker's columns).
#pragma once

#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck::grammar::expression_ast {

namespace x3 = boost::spirit::x3;

// Set by the grammar's on_success handler where the node's text starts.
struct Located {
    std::size_t offset = 0;
};

enum class Operator {
    or_, and_,
    less, less_equal, greater, greater_equal, equal, not_equal, approx,
    plus, minus, times, divide,
};
enum class Prefix { minus, not_ };

struct Number : Located {
    double value = 0;
    bool percent = false;  // written "10%": the value is still 10, the checker divides
};

struct Name : Located {
    std::string text;
};

struct Call;
struct Prefixed;
struct Access;
struct Chain;

struct Operand : x3::variant<Number, Name, x3::forward_ast<Call>, x3::forward_ast<Prefixed>,
                             x3::forward_ast<Access>, x3::forward_ast<Chain>> {
    using base_type::base_type;
    using base_type::operator=;
};

// One "op operand" step of a chain: its offset is the operator's.
struct Operation : Located {
    Operator op = Operator::plus;
    Operand operand;
};

// Operands of one precedence level, left to right: a + b - c is {a, [+ b, - c]}.
struct Chain : Located {
    Operand first;
    std::vector<Operation> rest;
};

struct Prefixed : Located {
    Prefix op = Prefix::minus;
    Operand operand;
};

struct Call : Located {
    std::string function;
    std::vector<Chain> arguments;
};

struct Member : Located {
    std::string text;
};

// object.member.member…; most operands have no members at all.
struct Access : Located {
    Operand object;
    std::vector<Member> members;
};

}  // namespace claimcheck::grammar::expression_ast
