#include "expression/evaluate.hpp"

#include "expression/render.hpp"

#include <algorithm>
#include <set>

namespace claimcheck::expression {
namespace {

constexpr std::string_view thin_space = "\u202f";

// What a sub-expression came to. A claim fills `number` and `period`; a condition, `verdict`.
struct Value {
    Range number = Range::unbounded();
    bool percent = false;  // written as a percentage in the trace
    Verdict verdict = Verdict::undecided;
    Period const* period = nullptr;  // null when not a period or not known
};

Value number(Range r, bool percent) {
    Value v;
    v.number = r;
    v.percent = percent;
    return v;
}

class Evaluator {
public:
    Evaluator(std::map<std::string, Claim const*> const& bound, double tolerance) : bound_(bound), tolerance_(tolerance) {}

    std::vector<std::string> trace;

    Value eval(Node const& node) {
        switch (node.op) {
        case Op::literal: return number(Range::exact(node.number), node.percent);
        case Op::role: return claim(node.name);
        case Op::value: {
            Value const v = eval(node.args[0]);
            return number(v.number, v.percent);
        }
        case Op::low: {
            Value const v = eval(node.args[0]);
            return number(Range::exact(v.number.low), v.percent);
        }
        case Op::high: {
            Value const v = eval(node.args[0]);
            return number(Range::exact(v.number.high), v.percent);
        }
        case Op::period: {
            Value v;
            v.period = eval(node.args[0]).period;
            return v;
        }
        case Op::days: return days(node);
        case Op::less: case Op::less_equal: case Op::greater: case Op::greater_equal:
        case Op::equal: case Op::not_equal: case Op::approx: return compare(node);
        case Op::not_: case Op::and_: case Op::or_: return logic(node);
        default: return arithmetic(node);
        }
    }

private:
    Value claim(std::string const& role) {
        auto const found = bound_.find(role);
        Claim const* c = found != bound_.end() ? found->second : nullptr;
        if (!c) {
            if (unbound_.insert(role).second) trace.push_back(role + " : aucune affirmation liée");
            return {};
        }
        Value v;
        v.number = Range::of(c->quantity);
        // A share in "%" is a fraction of one, as the literal `10%` is, and as share_check reads it.
        v.percent = c->quantity.unit == "%";
        if (v.percent) v.number = v.number * Range::exact(0.01);
        v.period = c->period.known() ? &c->period : nullptr;
        return v;
    }

    Value days(Node const& node) {
        Period const* period = eval(node.args[0]).period;
        if (!period) {
            trace.push_back(render(node) + " = inconnu (période non précisée)");
            return number(Range::unbounded(), false);
        }
        std::string line = render(node) + " = " + format_fr(period->days);
        if (!period->text.empty()) line += " («" + std::string(thin_space) + period->text + std::string(thin_space) + "»)";
        trace.push_back(std::move(line));
        return number(period->days, false);
    }

    Value arithmetic(Node const& node) {
        std::vector<Value> args;
        for (auto const& arg : node.args) args.push_back(eval(arg));
        bool const all_percent = std::all_of(args.begin(), args.end(), [](Value const& v) { return v.percent; });
        Range const a = args[0].number;
        Range result;
        bool percent = false;
        switch (node.op) {
        case Op::negate: result = {-a.high, -a.low}; percent = all_percent; break;
        case Op::abs: result = abs(a); percent = all_percent; break;
        case Op::add: result = a + args[1].number; percent = all_percent; break;
        case Op::subtract: result = a - args[1].number; percent = all_percent; break;
        case Op::multiply: result = a * args[1].number; break;
        case Op::divide: result = a / args[1].number; break;
        case Op::min:
        case Op::max: {
            result = a;
            for (auto const& v : args) {
                result = node.op == Op::min ? Range{std::min(result.low, v.number.low), std::min(result.high, v.number.high)}
                                            : Range{std::max(result.low, v.number.low), std::max(result.high, v.number.high)};
            }
            percent = all_percent;
            break;
        }
        default: break;
        }
        step(node, substituted(node, args), format_value(result, percent));
        return number(result, percent);
    }

    Value compare(Node const& node) {
        Value const l = eval(node.args[0]);
        Value const r = eval(node.args[1]);
        Verdict v = Verdict::undecided;
        switch (node.op) {
        case Op::less: v = less(l.number, r.number); break;
        case Op::less_equal: v = less_equal(l.number, r.number); break;
        case Op::greater: v = less(r.number, l.number); break;
        case Op::greater_equal: v = less_equal(r.number, l.number); break;
        case Op::equal: v = equal(l.number, r.number); break;
        case Op::not_equal: v = !equal(l.number, r.number); break;
        case Op::approx: v = approx_equal(l.number, r.number, tolerance_); break;
        default: break;
        }
        // Compared with a percentage, a ratio reads best as one too: "3,4 % < 10 %".
        bool const percent = l.percent || r.percent;
        std::string text = format_value(l.number, percent) + " " + std::string(symbol(node.op)) + " " +
                           format_value(r.number, percent);
        if (node.op == Op::approx) text += " (±" + format_fr(tolerance_ * 100) + std::string(thin_space) + "%)";
        conclude(node, text, v);
        Value out;
        out.verdict = v;
        return out;
    }

    Value logic(Node const& node) {
        Value out;
        if (node.op == Op::not_) {
            Verdict const a = eval(node.args[0]).verdict;
            out.verdict = !a;
            conclude(node, "non " + std::string(format_verdict(a)), out.verdict);
            return out;
        }
        Verdict const a = eval(node.args[0]).verdict;
        Verdict const b = eval(node.args[1]).verdict;
        out.verdict = node.op == Op::and_ ? (a && b) : (a || b);
        conclude(node, std::string(format_verdict(a)) + " " + std::string(symbol(node.op)) + " " +
                           std::string(format_verdict(b)), out.verdict);
        return out;
    }

    // The operation with its operands' values in place of the operands: "30 × [335 ; 366]".
    static std::string substituted(Node const& node, std::vector<Value> const& args) {
        auto value = [&](std::size_t i) { return format_value(args[i].number, args[i].percent); };
        switch (node.op) {
        case Op::negate: return "−" + value(0);
        case Op::abs: case Op::min: case Op::max: {
            std::string text = std::string(symbol(node.op)) + "(";
            for (std::size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + value(i);
            return text + ")";
        }
        default: {
            // "5 − (−3)", not "5 − −3".
            std::string right = value(1);
            if (right.rfind("−", 0) == 0) right = "(" + right + ")";
            return value(0) + " " + std::string(symbol(node.op)) + " " + right;
        }
        }
    }

    // "a × b = 30 × 2 = 60", leaving out the middle when it says nothing new.
    void step(Node const& node, std::string const& middle, std::string const& result) {
        std::string const text = render(node);
        std::string line = text;
        if (middle != text && middle != result) line += " = " + middle;
        trace.push_back(line + " = " + result);
    }

    // "a ≤ b, soit 1 100 ≤ 1 000 : faux".
    void conclude(Node const& node, std::string const& middle, Verdict v) {
        std::string const text = render(node);
        std::string line = text;
        if (middle != text) line += ", soit " + middle;
        trace.push_back(line + " : " + std::string(format_verdict(v)));
    }

    std::map<std::string, Claim const*> const& bound_;
    double tolerance_;
    std::set<std::string> unbound_;
};

}  // namespace

Evaluation evaluate(Compiled const& expression, std::map<std::string, Claim const*> const& bound, double tolerance) {
    Evaluator evaluator(bound, tolerance);
    Evaluation result;
    result.verdict = evaluator.eval(expression.root).verdict;
    result.trace = std::move(evaluator.trace);
    return result;
}

}  // namespace claimcheck::expression
