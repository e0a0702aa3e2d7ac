#include "checks/record_check.hpp"

#include "checks/check_support.hpp"
#include "checks/same_fact.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

namespace claimcheck::checks {
namespace {

// Periods of comparable length are one series: months with months, days with days.
bool same_series(Period const& a, Period const& b) {
    if (!a.known() || !b.known() || std::isinf(a.days.high) || std::isinf(b.days.high)) return false;
    if (a.start == b.start && a.end == b.end) return false;
    return a.days.high >= b.days.low / 2 && b.days.high >= a.days.low / 2;
}

// A record is the highest up to its own period: only earlier figures can contradict it
// (a later, higher one is simply the next record).
bool earlier(Period const& other, Period const& record) {
    return other.end && record.start && *other.end < *record.start;
}

class RecordCheck : public Check {
public:
    RecordCheck(Selector record, Selector other, RuleContext const& context)
        : record_(std::move(record)), other_(std::move(other)), lexicon_(context.lexicon), actors_(context.sources) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        auto const groups = by_kind_and_unit(doc);
        for (auto const& record : doc.claims) {
            if (record.aspect != Aspect::record || !record_.matches(record, lexicon_)) continue;
            auto const group = groups.find(kind_and_unit(record.kind, record.quantity.unit));
            if (group == groups.end()) continue;
            for (auto const* other_claim : group->second) {
                auto const& other = *other_claim;
                if (&other == &record || !is_level(other) || !other_.matches(other, lexicon_)) continue;
                if (other.kind != record.kind || other.kind.empty() || other.quantity.unit != record.quantity.unit) continue;
                if (!same_series(record.period, other.period) || !earlier(other.period, record.period)) continue;
                // Russia's record month is not beaten by Ukraine's gains in Kursk.
                if (place_key(other.place) != place_key(record.place)) continue;
                if (!actors_.compatible(record, other)) continue;
                Evaluation e;
                e.bound = {{"record", &record}, {"other", &other}};
                e.verdict = less_equal(Range::of(other.quantity), Range::of(record.quantity));
                e.trace.push_back(fmt::format("{} ({}) ≤ record {} ({}) : {}", claim_text(doc, other), other.period.text,
                                              claim_text(doc, record), record.period.text,
                                              e.verdict == Verdict::fails ? "faux" : "vrai"));
                out(std::move(e));
            }
        }
    }

private:
    Selector record_;
    Selector other_;
    Lexicon const& lexicon_;
    ActorKeys actors_;
};

}  // namespace

CheckKind record_check_kind() {
    return {"record",
            "a figure called a record or the highest since a date is not beaten by an earlier figure of its series",
            {"bind"},
            {"record", "other"},
            {},
            [](YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) -> std::unique_ptr<Check> {
                auto bindings = read_bindings(rule, reader, context, {"record", "other"});
                if (!bindings) return nullptr;
                return std::make_unique<RecordCheck>(bindings->at("record"), bindings->at("other"), context);
            }};
}

}  // namespace claimcheck::checks
