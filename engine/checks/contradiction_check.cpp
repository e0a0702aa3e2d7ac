#include "checks/contradiction_check.hpp"

#include "checks/check_support.hpp"
#include "checks/same_fact.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/sources.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace claimcheck::checks {
namespace {

struct Placed {
    Claim const* claim;
    Document const* doc;
};

std::string names(Claim const& c) { return source_names(c, "source non dite"); }

class ContradictionCheck : public Check {
public:
    ContradictionCheck(Selector selector, double tolerance, double max_ratio, std::vector<std::string> whole_places,
                       RuleContext const& context)
        : selector_(std::move(selector)), tolerance_(tolerance), max_ratio_(max_ratio),
          whole_places_(std::move(whole_places)), lexicon_(context.lexicon), kinds_(context.kinds),
          registry_(context.sources), actors_(context.sources) {}

    bool corpus_wide() const override { return true; }
    void evaluate(Document const&, std::function<void(Evaluation)> const&) const override {}

    void evaluate_corpus(std::vector<Document const*> const& docs, std::function<void(Evaluation)> const& out) const override {
        for (auto const& [fact, claims] : facts(docs)) {
            auto const distinct = distinct_statements(claims);
            for (std::size_t i = 0; i < distinct.size(); ++i)
                for (std::size_t j = i + 1; j < distinct.size(); ++j) compare(distinct[i], distinct[j], out);
        }
    }

private:
    // Claims about one fact: same kind, unit, period and place. A claim with no known period
    // is about no fact: figures of different dates or scopes are never compared.
    std::map<std::string, std::vector<Placed>> facts(std::vector<Document const*> const& docs) const {
        std::map<std::string, std::vector<Placed>> out;
        for (auto const* doc : docs) {
            for (auto const& c : doc->claims) {
                if (c.kind.empty() || !selector_.matches(c, lexicon_)) continue;
                if (c.aspect != Aspect::total && c.aspect != Aspect::record) continue;
                if (auto const* kind = kinds_.find(c.kind); !kind || kind->fallback) continue;
                if (!c.period.start || !c.period.end) continue;
                // With or without Kursk: another scope is another fact.
                out[fmt::format("{}|{}|{}|{}|{}|{}", c.kind, c.quantity.unit, *c.period.start, *c.period.end,
                                place_key(c.place, whole_places_), scope_key(c))]
                    .push_back({&c, doc});
            }
        }
        return out;
    }

    // The same figure from the same sources, repeated (a headline, an agency dispatch reprinted
    // by many titles), is one statement: compared once, so a corpus costs its distinct statements.
    static std::vector<Placed> distinct_statements(std::vector<Placed> const& claims) {
        std::set<std::string> seen;
        std::vector<Placed> out;
        for (auto const& p : claims) {
            Range const r = Range::of(p.claim->quantity);
            std::string key = fmt::format("{}|{}|{}", r.low, r.high, lower_ascii(p.claim->actor));
            for (auto const& a : p.claim->sources) key += "|" + (a.id.empty() ? lower_ascii(a.name) : a.id);
            if (seen.insert(key).second) out.push_back(p);
        }
        return out;
    }

    void compare(Placed a, Placed b, std::function<void(Evaluation)> const& out) const {
        auto const& x = *a.claim;
        auto const& y = *b.claim;
        // Two figures of one sentence are a total and its part, or a figure and its equivalent,
        // not two accounts of one fact.
        if (a.doc == b.doc && x.sentence.start == y.sentence.start) return;
        // Said of different actors ("l'armée russe" and "les forces ukrainiennes"): other facts.
        if (!actors_.compatible(x, y)) return;
        Evaluation e;
        e.bound = {{"claim", &x}, {"other", &y}};
        e.documents = {a.doc, b.doc};
        Range const rx = as_stated(x.quantity);
        Range const ry = as_stated(y.quantity);
        bool const apart = widen(rx, tolerance_).high < ry.low || widen(ry, tolerance_).high < rx.low;
        e.values["claim_sources"] = names(x);
        e.values["other_sources"] = names(y);
        e.values["gap"] = format_fr(abs(Range::of(x.quantity) - Range::of(y.quantity)));
        double const ratio = std::max(rx.low, ry.low) / std::max(1e-9, std::min(rx.high, ry.high));
        if (apart && ratio > max_ratio_) {
            // A day's count beside a running total, a part beside its whole: figures that far
            // apart are two facts the text did not tell apart, not two accounts of one.
            e.verdict = Verdict::undecided;
            e.trace.push_back(fmt::format("{} et {} : ×{} d'écart, au-delà de ×{} : sans doute deux faits différents",
                                          claim_text(*a.doc, x), claim_text(*b.doc, y), format_fr(ratio),
                                          format_fr(max_ratio_)));
        } else if (apart) {
            e.verdict = Verdict::fails;
            // Each claim with its own scope: the reader sees that period, place and scope agree.
            e.trace.push_back(fmt::format("{} ({}, {}) : {} — {}", claim_text(*a.doc, x), names(x), a.doc->file,
                                          format_fr(rx), scope_words(x)));
            e.trace.push_back(fmt::format("{} ({}, {}) : {} — {}", claim_text(*b.doc, y), names(y), b.doc->file,
                                          format_fr(ry), scope_words(y)));
            e.trace.push_back(fmt::format("même fait ({} ; {}) : les deux ne peuvent être vrais, écart {}", x.kind,
                                          scope_words(x), e.values["gap"]));
        } else if (independent(x, y)) {
            e.verdict = Verdict::holds;
            e.trace.push_back(fmt::format("{} ({}) corroboré par {} ({}), source indépendante", claim_text(*a.doc, x),
                                          names(x), claim_text(*b.doc, y), names(y)));
        } else {
            e.verdict = Verdict::undecided;
            e.trace.push_back(fmt::format("{} et {} concordent, mais leurs sources ne sont pas indépendantes",
                                          claim_text(*a.doc, x), claim_text(*b.doc, y)));
        }
        out(std::move(e));
    }

    // Every source a registered source speaks for or republishes, itself included.
    std::set<std::string> lineage(std::string const& id) const {
        std::set<std::string> seen;
        std::vector<std::string> todo{id};
        while (!todo.empty()) {
            auto const next = todo.back();
            todo.pop_back();
            if (next.empty() || !seen.insert(next).second) continue;
            if (auto const* s = registry_ ? registry_->find(next) : nullptr) {
                todo.insert(todo.end(), s->part_of.begin(), s->part_of.end());
                todo.insert(todo.end(), s->derived_from.begin(), s->derived_from.end());
            }
        }
        return seen;
    }

    std::string side_of(std::string const& id) const {
        for (auto const& s : lineage(id))
            if (auto const* src = registry_->find(s); src && !src->side.empty() && src->side != "none") return src->side;
        return {};
    }

    // Independent when no source of one shares a lineage with a source of the other, and no
    // two are on the same side.
    bool independent(Claim const& x, Claim const& y) const {
        if (!registry_ || x.sources.empty() || y.sources.empty()) return false;
        for (auto const& a : x.sources) {
            for (auto const& b : y.sources) {
                if (a.id.empty() || b.id.empty()) return false;
                auto la = lineage(a.id);
                auto const lb = lineage(b.id);
                if (!a.origin_id.empty()) la.insert(a.origin_id);
                for (auto const& s : lb)
                    if (la.count(s)) return false;
                auto const side = side_of(a.id);
                if (!side.empty() && side == side_of(b.id)) return false;
            }
        }
        return true;
    }

    Selector selector_;
    double tolerance_;
    double max_ratio_;
    std::vector<std::string> whole_places_;
    Lexicon const& lexicon_;
    KindRegistry const& kinds_;
    SourceRegistry const* registry_;
    ActorKeys actors_;
};

std::unique_ptr<Check> make(YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) {
    auto bindings = read_bindings(rule, reader, context, {"claim"});
    auto const tolerance = read_tolerance(rule, reader, 0.05);
    double max_ratio = 3.0;
    bool max_ratio_ok = true;
    if (auto const node = rule["max_ratio"]) {
        auto const given = reader.number(node, "'max_ratio'");
        max_ratio_ok = given && *given > 1;
        if (given && !max_ratio_ok)
            reader.error(node, "rule.bad-value", "'max_ratio' must be above 1 (how many times apart two figures may be)");
        if (max_ratio_ok) max_ratio = *given;
    }
    std::vector<std::string> whole_places;
    if (auto const node = rule["whole_places"]) whole_places = reader.strings(node, "'whole_places'");
    if (!bindings || !tolerance || !max_ratio_ok) return nullptr;
    return std::make_unique<ContradictionCheck>(bindings->at("claim"), *tolerance, max_ratio, std::move(whole_places),
                                                context);
}

}  // namespace

CheckKind contradiction_check_kind() {
    return {"contradiction",
            "two claims about the same fact, across articles or within one, cannot both hold; agreeing claims of "
            "independent sources corroborate each other",
            {"bind", "tolerance", "max_ratio", "whole_places"},
            {"claim", "other"},
            {"claim_sources", "other_sources", "gap"},
            make};
}

}  // namespace claimcheck::checks
