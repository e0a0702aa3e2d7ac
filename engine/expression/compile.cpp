#include "expression/compile.hpp"

#include "expression/suggest.hpp"
#include "grammar/expression.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace claimcheck::expression {

std::string_view describe(Type t) {
    switch (t) {
    case Type::number: return "a number";
    case Type::claim: return "a claim";
    case Type::period: return "a period";
    case Type::condition: return "a condition";
    }
    return "a number";
}

namespace {

namespace ast = grammar::expression_ast;
using ast::Operator;

struct Function {
    std::string_view name;
    Op op;
    std::size_t min_args;
    std::size_t max_args;
};
constexpr std::size_t any_number = std::numeric_limits<std::size_t>::max();
constexpr Function functions[] = {
    {"abs", Op::abs, 1, 1}, {"days", Op::days, 1, 1}, {"max", Op::max, 2, any_number}, {"min", Op::min, 2, any_number}};

struct Member {
    std::string_view name;
    Op op;
    Type type;
};
constexpr Member claim_members[] = {
    {"value", Op::value, Type::number}, {"low", Op::low, Type::number},
    {"high", Op::high, Type::number}, {"period", Op::period, Type::period}};
// A computed range has bounds too: `(a - b).low`.
constexpr Member number_members[] = {{"low", Op::low, Type::number}, {"high", Op::high, Type::number}};

std::vector<Member> members_of(Type t) {
    if (t == Type::claim) return {std::begin(claim_members), std::end(claim_members)};
    if (t == Type::number) return {std::begin(number_members), std::end(number_members)};
    return {};
}

bool is_numeric(Type t) { return t == Type::number || t == Type::claim; }

bool is_logic(Operator op) { return op == Operator::or_ || op == Operator::and_; }
bool is_comparison(Operator op) { return op >= Operator::less && op <= Operator::approx; }

std::string_view spelling(Operator op) {
    switch (op) {
    case Operator::or_: return "or";
    case Operator::and_: return "and";
    case Operator::less: return "<";
    case Operator::less_equal: return "<=";
    case Operator::greater: return ">";
    case Operator::greater_equal: return ">=";
    case Operator::equal: return "==";
    case Operator::not_equal: return "!=";
    case Operator::approx: return "~";
    case Operator::plus: return "+";
    case Operator::minus: return "-";
    case Operator::times: return "*";
    case Operator::divide: return "/";
    }
    return "?";
}

Op op_of(Operator op) {
    switch (op) {
    case Operator::or_: return Op::or_;
    case Operator::and_: return Op::and_;
    case Operator::less: return Op::less;
    case Operator::less_equal: return Op::less_equal;
    case Operator::greater: return Op::greater;
    case Operator::greater_equal: return Op::greater_equal;
    case Operator::equal: return Op::equal;
    case Operator::not_equal: return Op::not_equal;
    case Operator::approx: return Op::approx;
    case Operator::plus: return Op::add;
    case Operator::minus: return Op::subtract;
    case Operator::times: return Op::multiply;
    case Operator::divide: return Op::divide;
    }
    return Op::add;
}

// Walks the syntax tree, building typed nodes and collecting every error. A sub-expression
// with an error comes back empty, and its parents stay silent about it: one mistake, one message.
class Checker {
public:
    Checker(std::string_view source, std::vector<std::string> const& roles) : source_(source), roles_(roles) {}

    std::vector<Diagnostic> diagnostics;

    std::optional<Node> check(ast::Operand const& operand) { return boost::apply_visitor(*this, operand); }

    std::optional<Node> operator()(ast::Number const& n) {
        Node node = at(Op::literal, Type::number, n.offset);
        node.number = n.percent ? n.value / 100 : n.value;
        node.percent = n.percent;
        return node;
    }

    std::optional<Node> operator()(ast::Name const& n) {
        if (std::find(roles_.begin(), roles_.end(), n.text) != roles_.end()) {
            Node node = at(Op::role, Type::claim, n.offset);
            node.name = n.text;
            return node;
        }
        std::string message;
        if (find_function(n.text)) {
            message = fmt::format("unknown name '{0}'; {0} is a function: write {0}(...)", n.text);
        } else if (auto hint = closest(n.text, roles_)) {
            message = fmt::format("unknown name '{}'; did you mean '{}'?", n.text, *hint);
        } else if (roles_.empty()) {
            message = fmt::format("unknown name '{}'; the rule binds no claims", n.text);
        } else {
            message = fmt::format("unknown name '{}'; the rule binds {}", n.text, fmt::join(roles_, ", "));
        }
        error(n.offset, "expression.unknown-name", message);
        return std::nullopt;
    }

    std::optional<Node> operator()(ast::Call const& call) {
        std::vector<std::optional<Node>> args;
        for (auto const& argument : call.arguments) args.push_back((*this)(argument));
        Function const* function = find_function(call.function);
        if (!function) {
            std::vector<std::string> names;
            for (auto const& f : functions) names.emplace_back(f.name);
            auto hint = closest(call.function, names);
            error(call.offset, "expression.unknown-function",
                  hint ? fmt::format("unknown function '{}'; did you mean '{}'?", call.function, *hint)
                       : fmt::format("unknown function '{}'; the functions are {}", call.function, fmt::join(names, ", ")));
            return std::nullopt;
        }
        if (args.size() < function->min_args || args.size() > function->max_args) {
            std::string_view const plural = function->min_args == 1 ? "" : "s";
            error(call.offset, "expression.arity",
                  function->min_args == function->max_args
                      ? fmt::format("{}() takes {} argument{}, found {}", function->name, function->min_args, plural, args.size())
                      : fmt::format("{}() takes at least {} arguments, found {}", function->name, function->min_args, args.size()));
            return std::nullopt;
        }
        bool ok = true;
        for (auto const& arg : args) {
            if (!arg) {
                ok = false;
            } else if (function->op == Op::days) {
                if (arg->type != Type::period && arg->type != Type::claim) {
                    type_error(*arg, fmt::format("days() takes a period or a claim, found {}", describe(arg->type)));
                    ok = false;
                }
            } else if (!is_numeric(arg->type)) {
                std::string_view const what = function->op == Op::abs ? "a number" : "numbers";
                type_error(*arg, fmt::format("{}() takes {}, found {}", function->name, what, describe(arg->type)));
                ok = false;
            }
        }
        if (!ok) return std::nullopt;
        Node node = at(function->op, Type::number, call.offset);
        for (auto& arg : args) node.args.push_back(std::move(*arg));
        return node;
    }

    std::optional<Node> operator()(ast::Prefixed const& p) {
        auto operand = check(p.operand);
        if (!operand) return std::nullopt;
        bool const negation = p.op == ast::Prefix::not_;
        if (negation && operand->type != Type::condition) {
            type_error(*operand, fmt::format("'not' takes a condition, found {}", describe(operand->type)));
            return std::nullopt;
        }
        if (!negation && !is_numeric(operand->type)) {
            type_error(*operand, fmt::format("'-' takes a number, found {}", describe(operand->type)));
            return std::nullopt;
        }
        Node node = at(negation ? Op::not_ : Op::negate, negation ? Type::condition : Type::number, p.offset);
        node.args.push_back(std::move(*operand));
        return node;
    }

    std::optional<Node> operator()(ast::Access const& access) {
        auto object = check(access.object);
        for (auto const& m : access.members) {
            if (!object) return std::nullopt;
            object = member(std::move(*object), m, access.offset);
        }
        return object;
    }

    std::optional<Node> operator()(ast::Chain const& chain) {
        auto node = check(chain.first);
        // `a < b < c` reads as maths but would compare a condition with c: say so, once.
        if (chain.rest.size() > 1 && is_comparison(chain.rest.front().op)) {
            for (auto const& step : chain.rest) check(step.operand);
            error(chain.rest[1].offset, "expression.chained-comparison",
                  "comparisons do not chain; join two comparisons with 'and'");
            return std::nullopt;
        }
        for (auto const& step : chain.rest) node = binary(step, std::move(node), check(step.operand));
        // A parenthesized chain starts at its "(" (the grammar tags it so).
        if (node) node->column = column(chain.offset);
        return node;
    }

    std::size_t column(std::size_t offset) const {
        offset = std::min(offset, source_.size());
        return 1 + static_cast<std::size_t>(std::count_if(source_.begin(), source_.begin() + static_cast<std::ptrdiff_t>(offset),
                                                          [](char c) { return !text::is_continuation(static_cast<unsigned char>(c)); }));
    }

    void error(std::size_t offset, std::string code, std::string message) { error_at(column(offset), std::move(code), std::move(message)); }

    void error_at(std::size_t column, std::string code, std::string message) {
        diagnostics.push_back({Severity::error, std::move(code), "", 0, column, std::move(message)});
    }

private:
    Node at(Op op, Type type, std::size_t offset) const {
        Node node;
        node.op = op;
        node.type = type;
        node.column = column(offset);
        return node;
    }

    void type_error(Node const& where, std::string message) { error_at(where.column, "expression.type", std::move(message)); }

    static Function const* find_function(std::string_view name) {
        for (auto const& f : functions)
            if (f.name == name) return &f;
        return nullptr;
    }

    std::optional<Node> member(Node object, ast::Member const& m, std::size_t object_offset) {
        auto const known = members_of(object.type);
        for (auto const& k : known) {
            if (k.name != m.text) continue;
            Node node;
            node.op = k.op;
            node.type = k.type;
            node.column = object.column;
            node.args.push_back(std::move(object));
            return node;
        }
        std::vector<std::string> names;
        for (auto const& k : known) names.emplace_back(k.name);
        std::string message;
        if (m.text == "days" && (object.type == Type::claim || object.type == Type::period)) {
            // The likeliest slip: `rate.period.days`. Show the call to write instead.
            message = fmt::format("unknown member 'days'; write days({}) for the length of a period",
                                  written(object_offset, m.offset));
        } else if (names.empty()) {
            message = fmt::format("unknown member '{}'; {} has no members", m.text, describe(object.type));
        } else if (auto hint = closest(m.text, names)) {
            message = fmt::format("unknown member '{}'; did you mean '{}'?", m.text, *hint);
        } else {
            message = fmt::format("unknown member '{}'; {} has {}", m.text, describe(object.type), fmt::join(names, ", "));
        }
        error(m.offset, "expression.unknown-member", message);
        return std::nullopt;
    }

    std::optional<Node> binary(ast::Operation const& step, std::optional<Node> left, std::optional<Node> right) {
        bool ok = left && right;
        for (auto const* side : {&left, &right}) {
            if (!*side) continue;
            Type const t = (*side)->type;
            if (is_logic(step.op) && t != Type::condition) {
                type_error(**side, fmt::format("'{}' joins conditions, found {}", spelling(step.op), describe(t)));
                ok = false;
            } else if (!is_logic(step.op) && !is_numeric(t)) {
                std::string_view const verb = is_comparison(step.op) ? "compares" : "takes";
                type_error(**side, fmt::format("'{}' {} numbers, found {}", spelling(step.op), verb, describe(t)));
                ok = false;
            }
        }
        if (!ok) return std::nullopt;
        Node node;
        node.op = op_of(step.op);
        node.type = is_logic(step.op) || is_comparison(step.op) ? Type::condition : Type::number;
        node.column = left->column;
        node.args.push_back(std::move(*left));
        node.args.push_back(std::move(*right));
        return node;
    }

    // The object of a member access as the user wrote it, for a message: "rate.period".
    std::string written(std::size_t from, std::size_t member_offset) const {
        std::string_view text = source_.substr(from, member_offset - from);
        while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
        return std::string(text);
    }

    std::string_view source_;
    std::vector<std::string> const& roles_;
};

}  // namespace

CompileResult compile(std::string_view source, std::vector<std::string> const& roles) {
    CompileResult result;
    Checker checker(source, roles);
    auto const parsed = grammar::parse_expression(source);
    if (!parsed.tree) {
        std::size_t const column = checker.column(parsed.error_offset);
        checker.error_at(column, "expression.syntax", fmt::format("expected {} at column {}", parsed.expected, column));
        result.diagnostics = std::move(checker.diagnostics);
        return result;
    }
    auto root = checker(*parsed.tree);
    if (root && root->type != Type::condition) {
        checker.error_at(root->column, "expression.not-a-condition",
                         fmt::format("the condition must compare something, found {}", describe(root->type)));
    }
    result.diagnostics = std::move(checker.diagnostics);
    if (result.diagnostics.empty() && root) result.compiled = Compiled{std::string(source), std::move(*root)};
    return result;
}

}  // namespace claimcheck::expression
