// The compiled form of a rule's `expression:` condition: a typed tree the evaluator walks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::expression {

// What a sub-expression stands for. A claim is also a number (its quantity's range) and
// carries a period; a condition is the only thing that can be the whole expression.
enum class Type { number, claim, period, condition };

// "a number", "a claim": how messages name a type.
std::string_view describe(Type t);

enum class Op {
    literal,  // a number as written; percent literals hold their fraction (10% is 0.1)
    role,     // a bound claim, by its role's name
    value, low, high, period,  // members
    days, abs, min, max,       // functions
    negate, add, subtract, multiply, divide,
    less, less_equal, greater, greater_equal, equal, not_equal, approx,
    not_, and_, or_,
};

struct Node {
    Op op = Op::literal;
    Type type = Type::number;
    double number = 0;        // literal
    bool percent = false;     // literal written with "%"
    std::string name;         // role
    std::vector<Node> args;   // operands, left to right
    std::size_t column = 1;   // where the sub-expression starts: 1-based, in code points
};

struct Compiled {
    std::string source;
    Node root;  // of type condition
};

}  // namespace claimcheck::expression
