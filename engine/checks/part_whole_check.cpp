#include "checks/part_whole_check.hpp"

#include "checks/check_support.hpp"
#include "checks/same_fact.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace claimcheck::checks {
namespace {

bool within(Period const& inner, Period const& outer) {
    if (!inner.start || !inner.end || !outer.start || !outer.end) return false;
    bool const inside = *inner.start >= *outer.start && *inner.end <= *outer.end;
    bool const same = *inner.start == *outer.start && *inner.end == *outer.end;
    return inside && !same;
}

bool same_measure(Claim const& a, Claim const& b) {
    return !a.kind.empty() && a.kind == b.kind && a.quantity.unit == b.quantity.unit;
}

// A part lies inside a whole of its own place, or of no place (the whole front); never inside
// another place's whole.
bool place_within(Claim const& part, Claim const& whole) {
    auto const w = place_key(whole.place);
    return w.empty() || w == place_key(part.place);
}

class PartWholeCheck : public Check {
public:
    PartWholeCheck(Selector part, Selector whole, RuleContext const& context)
        : part_(std::move(part)), whole_(std::move(whole)), lexicon_(context.lexicon), actors_(context.sources) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& [key, group] : by_kind_and_unit(doc)) {
            for (auto const* whole : group) {
                if (!whole_.matches(*whole, lexicon_) || !is_level(*whole)) continue;
                std::vector<Claim const*> parts;
                for (auto const* part : group) {
                    if (part == whole || !part_.matches(*part, lexicon_) || !is_level(*part)) continue;
                    if (!same_measure(*part, *whole) || !within(part->period, whole->period)) continue;
                    // Russia's losses are no part of Ukraine's.
                    if (!place_within(*part, *whole) || !actors_.compatible(*part, *whole)) continue;
                    parts.push_back(part);
                    out(compare({part}, *whole, doc));
                }
                if (auto disjoint = disjoint_parts(parts); disjoint.size() > 1) out(compare(disjoint, *whole, doc));
            }
        }
    }

private:
    // Parts whose periods do not overlap, earliest first: their sum is bounded by the whole.
    static std::vector<Claim const*> disjoint_parts(std::vector<Claim const*> parts) {
        std::sort(parts.begin(), parts.end(), [](auto* a, auto* b) { return *a->period.start < *b->period.start; });
        std::vector<Claim const*> out;
        for (auto* p : parts) {
            if (out.empty() || *out.back()->period.end < *p->period.start) out.push_back(p);
        }
        return out;
    }

    static Evaluation compare(std::vector<Claim const*> const& parts, Claim const& whole, Document const& doc) {
        Evaluation e;
        Range sum = Range::exact(0);
        std::string terms;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            e.bound.emplace_back(parts.size() == 1 ? "part" : fmt::format("part{}", i + 1), parts[i]);
            sum = sum + Range::of(parts[i]->quantity);
            terms += fmt::format("{}{} ({})", i ? " + " : "", claim_text(doc, *parts[i]), parts[i]->period.text);
        }
        e.bound.emplace_back("whole", &whole);
        Range const w = Range::of(whole.quantity);
        e.verdict = less_equal(sum, w);
        e.values["sum"] = format_fr(sum);
        e.trace.push_back(fmt::format("{} = {} ≤ {} ({}) : {}", terms, format_fr(sum), claim_text(doc, whole),
                                      whole.period.text, e.verdict == Verdict::fails ? "faux" : "vrai"));
        return e;
    }

    Selector part_;
    Selector whole_;
    Lexicon const& lexicon_;
    ActorKeys actors_;
};

}  // namespace

CheckKind part_whole_check_kind() {
    return {"part-whole",
            "a figure for a sub-period, or a sum of disjoint ones, does not exceed the figure for the whole period",
            {"bind"},
            {"part", "whole"},
            {"sum"},
            [](YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) -> std::unique_ptr<Check> {
                auto bindings = read_bindings(rule, reader, context, {"part", "whole"});
                if (!bindings) return nullptr;
                return std::make_unique<PartWholeCheck>(bindings->at("part"), bindings->at("whole"), context);
            }};
}

}  // namespace claimcheck::checks
