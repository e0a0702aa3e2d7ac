#include "checks/rate_total_check.hpp"

#include "checks/check_support.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

namespace claimcheck::checks {
namespace {

class RateTotalCheck : public Check {
public:
    RateTotalCheck(Selector rate, Selector total, double tolerance, Lexicon const& lexicon)
        : rate_(std::move(rate)), total_(std::move(total)), tolerance_(tolerance), lexicon_(lexicon) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        auto const groups = by_kind_and_unit(doc);
        for (auto const& rate : doc.claims) {
            if (rate.aspect != Aspect::rate || !rate_.matches(rate, lexicon_)) continue;
            auto const unit = split_rate(rate.quantity.unit);
            auto const per = days_per(unit.period);
            if (!per) continue;
            auto const group = groups.find(kind_and_unit(rate.kind, unit.base));
            if (group == groups.end()) continue;
            for (auto const* total_claim : group->second) {
                auto const& total = *total_claim;
                if (total.aspect != Aspect::total || !total_.matches(total, lexicon_)) continue;
                if (total.kind != rate.kind || total.kind.empty() || total.quantity.unit != unit.base) continue;
                if (!total.period.known() || std::isinf(total.period.days.high)) continue;
                // A rate said of its own period ("en novembre, soit 23 km2 par jour") is checked
                // against that period's total only.
                if (rate.period.known() && (rate.period.start != total.period.start || rate.period.end != total.period.end))
                    continue;
                out(compare(rate, total, *per, doc));
            }
        }
    }

private:
    Evaluation compare(Claim const& rate, Claim const& total, Range per, Document const& doc) const {
        Evaluation e;
        e.bound = {{"rate", &rate}, {"total", &total}};
        Range const periods = total.period.days / per;
        Range const expected = Range::of(rate.quantity) * periods;
        Range const stated = as_stated(total.quantity);
        e.verdict = approx_equal(expected, stated, tolerance_) || approx_equal(stated, expected, tolerance_);
        Range const gap = expected / stated;
        e.values["expected"] = format_fr(expected);
        e.values["days"] = format_fr(total.period.days);
        e.values["gap"] = "×" + format_fr(Range{std::max(gap.low, 0.0), gap.high});
        auto const base = split_rate(rate.quantity.unit).base;
        e.trace.push_back(fmt::format("{} {} × {} jours ({}) = {} {}", format_fr(Range::of(rate.quantity)),
                                      rate.quantity.unit, format_fr(total.period.days), total.period.text,
                                      format_fr(expected), base));
        e.trace.push_back(fmt::format("le texte dit {} {} (écart {}, tolérance ±{} %) : {}", claim_text(doc, total),
                                      total.period.text, e.values["gap"], format_fr(tolerance_ * 100),
                                      e.verdict == Verdict::fails ? "incohérent" : "cohérent"));
        return e;
    }

    Selector rate_;
    Selector total_;
    double tolerance_;
    Lexicon const& lexicon_;
};

}  // namespace

CheckKind rate_total_check_kind() {
    return {"rate-total",
            "a rate times the days of a period agrees with the total stated for that period, within the tolerance",
            {"bind", "tolerance"},
            {"rate", "total"},
            {"expected", "days", "gap"},
            [](YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) -> std::unique_ptr<Check> {
                auto bindings = read_bindings(rule, reader, context, {"rate", "total"});
                auto const tolerance = read_tolerance(rule, reader, 0.25);
                if (!bindings || !tolerance) return nullptr;
                return std::make_unique<RateTotalCheck>(bindings->at("rate"), bindings->at("total"), *tolerance,
                                                        context.lexicon);
            }};
}

}  // namespace claimcheck::checks
