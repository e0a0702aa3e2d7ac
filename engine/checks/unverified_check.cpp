#include "checks/unverified_check.hpp"

#include "checks/check_support.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/sources.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace claimcheck::checks {
namespace {

class UnverifiedCheck : public Check {
public:
    UnverifiedCheck(Selector figure, std::vector<std::string> sides, RuleContext const& context)
        : figure_(std::move(figure)), sides_(std::move(sides)), lexicon_(context.lexicon), kinds_(context.kinds),
          registry_(context.sources) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& claim : doc.claims) {
            // An increment "(+92)" stands or falls with its total: flag the total only.
            if (claim.kind.empty() || claim.aspect == Aspect::increment || !figure_.matches(claim, lexicon_)) continue;
            if (dimension_of(lexicon_, claim.quantity.unit) == "time") continue;  // "en vingt-quatre heures" states nothing
            Evaluation e;
            e.bound = {{"figure", &claim}};
            e.values["sources"] = names(claim);
            if (claim.unverified) {
                e.verdict = Verdict::fails;
                e.values["why"] = fmt::format("le texte dit « {} »", *claim.unverified);
                e.trace.push_back(fmt::format("{}, selon {} : {}", claim_text(doc, claim), e.values["sources"], e.values["why"]));
                out(std::move(e));
                continue;
            }
            // One side's word matters for the figures of the war itself, not for the generic kinds
            // (a missile's range, a duration) that a belligerent's statement also carries.
            auto const* kind = kinds_.find(claim.kind);
            auto const side = kind && !kind->fallback ? one_side(claim) : std::nullopt;
            if (!side) {
                e.verdict = claim.sources.empty() ? Verdict::undecided : Verdict::holds;
                out(std::move(e));
                continue;
            }
            auto const* other = independent_support(doc, claim, *side);
            e.verdict = other ? Verdict::holds : Verdict::fails;
            e.values["why"] = fmt::format("seule la partie {} l'affirme", side_name(*side));
            e.trace.push_back(fmt::format("{} : affirmé par {} ({}){}", claim_text(doc, claim), e.values["sources"],
                                          side_name(*side),
                                          other ? fmt::format(", confirmé par {}", names(*other))
                                                : ", aucune source indépendante dans le texte"));
            if (other) e.bound.emplace_back("support", other);
            out(std::move(e));
        }
    }

private:
    // The side of a registered source, or of what it belongs to.
    std::string side_of(std::string const& id) const {
        if (!registry_) return {};
        auto const* s = registry_->find(id);
        if (!s) return {};
        if (s->side != "none" && !s->side.empty()) return s->side;
        for (auto const& whole : s->part_of)
            if (auto side = side_of(whole); !side.empty()) return side;
        return {};
    }

    // The conflict side every source of the claim is on, when they all are on one.
    std::optional<std::string> one_side(Claim const& claim) const {
        if (claim.sources.empty()) return std::nullopt;
        std::set<std::string> seen;
        for (auto const& a : claim.sources) seen.insert(side_of(a.id));
        if (seen.size() != 1) return std::nullopt;
        auto const side = *seen.begin();
        if (std::find(sides_.begin(), sides_.end(), side) == sides_.end()) return std::nullopt;
        return side;
    }

    // Another claim of the same fact (kind, unit, value range overlapping) stated by a source
    // that is not on that side.
    Claim const* independent_support(Document const& doc, Claim const& claim, std::string const& side) const {
        for (auto const& other : doc.claims) {
            if (&other == &claim || other.kind != claim.kind || other.quantity.unit != claim.quantity.unit) continue;
            if (equal(Range::of(other.quantity), Range::of(claim.quantity)) == Verdict::fails) continue;
            for (auto const& a : other.sources) {
                auto const s = side_of(a.id);
                if (!a.id.empty() && s != side) return &other;
            }
        }
        return nullptr;
    }

    static std::string names(Claim const& claim) { return source_names(claim, "une source non nommée"); }

    static std::string side_name(std::string const& side) {
        if (side == "russia") return "russe";
        if (side == "ukraine") return "ukrainienne";
        return side;
    }

    Selector figure_;
    std::vector<std::string> sides_;
    Lexicon const& lexicon_;
    KindRegistry const& kinds_;
    SourceRegistry const* registry_;
};

std::unique_ptr<Check> make(YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) {
    auto bindings = read_bindings(rule, reader, context, {"figure"});
    std::vector<std::string> sides;
    if (rule["sides"]) sides = reader.strings(rule["sides"], "'sides'");
    else reader.error(rule, "rule.missing-key", "an unverified rule needs 'sides': the sides of the conflict, e.g. [russia, ukraine]");
    if (!bindings || sides.empty()) return nullptr;
    return std::make_unique<UnverifiedCheck>(bindings->at("figure"), std::move(sides), context);
}

}  // namespace

CheckKind unverified_check_kind() {
    return {"unverified",
            "a figure said to be unverifiable, or stated only by one side of the conflict, is reported with who said it",
            {"bind", "sides"},
            {"figure", "support"},
            {"sources", "why"},
            make};
}

}  // namespace claimcheck::checks
