#include "expression/render.hpp"

#include <fmt/format.h>

#include <cmath>

namespace claimcheck::expression {
namespace {

// The narrow no-break space format_fr puts between thousands, also before "%".
constexpr std::string_view thin_space = "\u202f";

// Binding strength, loosest first; a child looser than its place needs parentheses.
int precedence(Op op) {
    switch (op) {
    case Op::or_: return 1;
    case Op::and_: return 2;
    case Op::not_: return 3;
    case Op::less: case Op::less_equal: case Op::greater: case Op::greater_equal:
    case Op::equal: case Op::not_equal: case Op::approx: return 4;
    case Op::add: case Op::subtract: return 5;
    case Op::multiply: case Op::divide: return 6;
    case Op::negate: return 7;
    default: return 8;
    }
}

constexpr int atom = 8;

std::string render_at(Node const& node, int needed);

std::string render_bare(Node const& node) {
    switch (node.op) {
    case Op::literal:
        return node.percent ? format_literal(node.number * 100) + std::string(thin_space) + "%" : format_literal(node.number);
    case Op::role: return node.name;
    case Op::value: return render_at(node.args[0], atom) + ".value";
    case Op::low: return render_at(node.args[0], atom) + ".low";
    case Op::high: return render_at(node.args[0], atom) + ".high";
    case Op::period: return render_at(node.args[0], atom) + ".period";
    case Op::days: case Op::abs: case Op::min: case Op::max: {
        std::string text = std::string(symbol(node.op)) + "(";
        for (std::size_t i = 0; i < node.args.size(); ++i) text += (i ? ", " : "") + render_at(node.args[i], 0);
        return text + ")";
    }
    // "non (x > 3)" and "−(a + b)": parentheses unless the operand is a single term.
    case Op::not_: return "non " + render_at(node.args[0], atom);
    case Op::negate: return "−" + render_at(node.args[0], atom);
    default: {
        // Left-associative: the right operand of "a − (b − c)" keeps its parentheses, and so
        // does a negative one: "a − (−b)".
        int const p = precedence(node.op);
        int const left = p == 4 ? p + 1 : p;
        int const right = node.args[1].op == Op::negate ? atom : p + 1;
        return render_at(node.args[0], left) + " " + std::string(symbol(node.op)) + " " + render_at(node.args[1], right);
    }
    }
}

std::string render_at(Node const& node, int needed) {
    std::string text = render_bare(node);
    return precedence(node.op) < needed ? "(" + text + ")" : text;
}

}  // namespace

std::string render(Node const& node) { return render_bare(node); }

std::string_view symbol(Op op) {
    switch (op) {
    case Op::days: return "days";
    case Op::abs: return "abs";
    case Op::min: return "min";
    case Op::max: return "max";
    case Op::negate: return "−";
    case Op::add: return "+";
    case Op::subtract: return "−";
    case Op::multiply: return "×";
    case Op::divide: return "/";
    case Op::less: return "<";
    case Op::less_equal: return "≤";
    case Op::greater: return ">";
    case Op::greater_equal: return "≥";
    case Op::equal: return "=";
    case Op::not_equal: return "≠";
    case Op::approx: return "~";
    case Op::not_: return "non";
    case Op::and_: return "et";
    case Op::or_: return "ou";
    default: return "";
    }
}

std::string format_value(Range r, bool percent) {
    if (!percent) return format_fr(r);
    return format_fr(r * Range::exact(100)) + std::string(thin_space) + "%";
}

std::string format_literal(double v) {
    std::string const rounded = format_fr(v);
    // format_fr keeps two decimals below 100 and none above: enough unless the literal has more.
    double const kept = std::fabs(v) >= 100 ? std::round(v) : std::round(v * 100) / 100;
    if (kept == v) return rounded;
    std::string text = fmt::format("{}", v);
    for (auto& c : text)
        if (c == '.') c = ',';
    return text;
}

std::string_view format_verdict(Verdict v) {
    switch (v) {
    case Verdict::holds: return "vrai";
    case Verdict::fails: return "faux";
    case Verdict::undecided: return "indéterminé";
    }
    return "indéterminé";
}

}  // namespace claimcheck::expression
