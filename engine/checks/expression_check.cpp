#include "checks/expression_check.hpp"

#include "checks/check_support.hpp"
#include "expression/compile.hpp"
#include "expression/evaluate.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <span>

namespace claimcheck::checks {
namespace {

// `same: [kind, unit, sentence]`: what all bound claims must share.
struct Sameness {
    bool kind = false;
    bool unit = false;
    bool sentence = false;
};

class ExpressionCheck : public Check {
public:
    ExpressionCheck(expression::Compiled compiled, std::vector<std::pair<std::string, Selector>> roles, Sameness same,
                    double tolerance, Lexicon const& lexicon)
        : compiled_(std::move(compiled)), roles_(std::move(roles)), same_(same), tolerance_(tolerance), lexicon_(lexicon) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        std::vector<Claim const*> chosen;
        bind(doc, chosen, out);
    }

private:
    // Every way to give each role a distinct matching claim, role by role.
    void bind(Document const& doc, std::vector<Claim const*>& chosen, std::function<void(Evaluation)> const& out) const {
        if (chosen.size() == roles_.size()) {
            run(chosen, out);
            return;
        }
        auto const& selector = roles_[chosen.size()].second;
        for (auto const& claim : candidates(doc, chosen)) {
            if (!selector.matches(claim, lexicon_)) continue;
            if (std::find(chosen.begin(), chosen.end(), &claim) != chosen.end()) continue;
            if (!chosen.empty() && !alike(*chosen.front(), claim)) continue;
            chosen.push_back(&claim);
            bind(doc, chosen, out);
            chosen.pop_back();
        }
    }

    // The claims the next role may take: with `same: [sentence]`, only the first bound claim's
    // sentence-mates (claims are in text order, so they sit next to it), which keeps binding
    // linear in long documents.
    std::span<Claim const> candidates(Document const& doc, std::vector<Claim const*> const& chosen) const {
        std::span<Claim const> all(doc.claims);
        if (!same_.sentence || chosen.empty()) return all;
        auto const first = chosen.front()->id;
        auto const sentence = chosen.front()->sentence.start;
        std::size_t lo = first, hi = first + 1;
        while (lo > 0 && doc.claims[lo - 1].sentence.start == sentence) --lo;
        while (hi < doc.claims.size() && doc.claims[hi].sentence.start == sentence) ++hi;
        return all.subspan(lo, hi - lo);
    }

    bool alike(Claim const& a, Claim const& b) const {
        if (same_.kind && (a.kind.empty() || a.kind != b.kind)) return false;
        if (same_.unit && a.quantity.unit != b.quantity.unit) return false;
        if (same_.sentence && a.sentence.start != b.sentence.start) return false;
        return true;
    }

    void run(std::vector<Claim const*> const& chosen, std::function<void(Evaluation)> const& out) const {
        std::map<std::string, Claim const*> bound;
        Evaluation e;
        for (std::size_t i = 0; i < roles_.size(); ++i) {
            bound.emplace(roles_[i].first, chosen[i]);
            e.bound.emplace_back(roles_[i].first, chosen[i]);
        }
        auto result = expression::evaluate(compiled_, bound, tolerance_);
        e.verdict = result.verdict;
        e.trace = std::move(result.trace);
        out(std::move(e));
    }

    expression::Compiled compiled_;
    std::vector<std::pair<std::string, Selector>> roles_;
    Sameness same_;
    double tolerance_;
    Lexicon const& lexicon_;
};

std::vector<std::string> bind_keys(YAML::Node const& rule) {
    std::vector<std::string> keys;
    if (rule["bind"] && rule["bind"].IsMap())
        for (auto const& kv : rule["bind"]) keys.push_back(kv.first.Scalar());
    return keys;
}

std::optional<Sameness> read_same(YAML::Node const& rule, yaml::Reader& reader) {
    Sameness same;
    if (!rule["same"]) return same;
    for (auto const& what : reader.strings(rule["same"], "'same'")) {
        if (what == "kind") same.kind = true;
        else if (what == "unit") same.unit = true;
        else if (what == "sentence") same.sentence = true;
        else {
            reader.error(rule["same"], "rule.bad-value", fmt::format("'same' takes kind, unit or sentence, not '{}'", what));
            return std::nullopt;
        }
    }
    return same;
}

std::unique_ptr<Check> make(YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) {
    auto const roles = bind_keys(rule);
    auto bindings = read_bindings(rule, reader, context, roles);
    auto const tolerance = read_tolerance(rule, reader, 0.05);
    auto const same = read_same(rule, reader);
    auto const node = rule["condition"];
    if (!node) {
        reader.error(rule, "rule.missing-key", "an expression rule needs a 'condition', e.g. \"part <= whole\"");
        return nullptr;
    }
    auto const source = reader.scalar(node, "'condition'");
    if (!source || !bindings || !tolerance || !same) return nullptr;
    auto compiled = expression::compile(*source, roles);
    // The compiler counts columns within the condition; place them in the file. A quoted
    // scalar starts one column after its quote.
    auto const mark = node.Mark();
    int const quote = node.Tag() == "!" ? 1 : 0;
    for (auto const& d : compiled.diagnostics) {
        YAML::Mark at = mark;
        at.column += quote + static_cast<int>(d.column > 0 ? d.column - 1 : 0);
        reader.error(at, d.code, d.message);
    }
    if (!compiled.compiled) return nullptr;
    std::vector<std::pair<std::string, Selector>> ordered;
    for (auto const& role : roles) ordered.emplace_back(role, bindings->at(role));
    return std::make_unique<ExpressionCheck>(std::move(*compiled.compiled), std::move(ordered), *same, *tolerance,
                                             context.lexicon);
}

}  // namespace

CheckKind expression_check_kind() {
    CheckKind kind{"expression",
                   "a condition over the claims the rule binds, such as \"part <= whole\", holds",
                   {"bind", "condition", "tolerance", "same"},
                   {},
                   {},
                   make};
    kind.roles_from_bind = true;
    return kind;
}

}  // namespace claimcheck::checks
