#include "checks/counter_check.hpp"

#include "checks/check_support.hpp"
#include "claims/calendar.hpp"
#include "extract/dates.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

namespace claimcheck::checks {
namespace {

// The day a total is counted at: the end of its period, when that is a day ("depuis le début de
// l'invasion" ends at the document's date, "la veille" is the day before).
std::optional<std::string> day_of(Claim const& c) {
    if (!c.period.end || c.period.end->size() != 10) return std::nullopt;
    return c.period.end;
}

std::optional<std::string> day_before(std::string const& iso) {
    auto const d = extract::parse_iso_date(iso);
    if (!d || d->day == 0) return std::nullopt;
    return extract::to_iso(claims::civil_from_days(extract::days_from_civil(d->year, d->month, d->day) - 1));
}

enum class Mode { increment, monotonic };

class CounterCheck : public Check {
public:
    CounterCheck(Mode mode, Selector total, Selector increment, Lexicon const& lexicon)
        : mode_(mode), total_(std::move(total)), increment_(std::move(increment)), lexicon_(lexicon) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        auto const groups = by_kind_and_unit(doc);
        if (mode_ == Mode::monotonic) {
            for (auto const& [key, group] : groups) never_down(group, doc, out);
            return;
        }
        for (auto const& link : linked_claims(doc, Relation::Kind::increment)) {
            auto const* total = link.member("total");
            auto const* change = link.member("increment");
            if (!total || !change || !total_.matches(*total, lexicon_) || !increment_.matches(*change, lexicon_)) continue;
            auto const group = groups.find(kind_and_unit(total->kind, total->quantity.unit));
            if (group != groups.end()) difference(*total, *change, group->second, doc, out);
        }
    }

private:
    void never_down(std::vector<Claim const*> const& group, Document const& doc,
                    std::function<void(Evaluation)> const& out) const {
        for (auto const* earlier : group) {
            if (earlier->aspect != Aspect::total || !total_.matches(*earlier, lexicon_) || !day_of(*earlier)) continue;
            for (auto const* later : group) {
                if (later->aspect != Aspect::total || !total_.matches(*later, lexicon_)) continue;
                auto const d1 = day_of(*earlier);
                auto const d2 = day_of(*later);
                if (!d2 || !(*d1 < *d2)) continue;
                Evaluation e;
                e.bound = {{"previous", earlier}, {"total", later}};
                e.verdict = less_equal(Range::of(earlier->quantity), Range::of(later->quantity));
                e.values["difference"] = format_fr(Range::of(later->quantity) - Range::of(earlier->quantity));
                e.trace.push_back(fmt::format("{} ({}) ≤ {} ({}) : {}", claim_text(doc, *earlier), *d1,
                                              claim_text(doc, *later), *d2, e.verdict == Verdict::fails ? "faux" : "vrai"));
                out(std::move(e));
            }
        }
    }

    void difference(Claim const& total, Claim const& change, std::vector<Claim const*> const& group, Document const& doc,
                    std::function<void(Evaluation)> const& out) const {
        auto const day = day_of(total);
        if (!day) return;
        auto const previous_day = day_before(*day);
        for (auto const* previous : group) {
            if (previous == &total || previous->aspect != Aspect::total || day_of(*previous) != previous_day) continue;
            Evaluation e;
            e.bound = {{"total", &total}, {"increment", &change}, {"previous", previous}};
            Range const expected = Range::of(total.quantity) - Range::of(previous->quantity);
            e.verdict = equal(Range::of(change.quantity), expected);
            e.values["expected"] = format_fr(expected);
            e.trace.push_back(fmt::format("{} ({}) − {} ({}) = {} ; le texte dit {} : {}", claim_text(doc, total), *day,
                                          claim_text(doc, *previous), *previous_day, format_fr(expected),
                                          claim_text(doc, change), e.verdict == Verdict::fails ? "incohérent" : "cohérent"));
            out(std::move(e));
        }
    }

    Mode mode_;
    Selector total_;
    Selector increment_;
    Lexicon const& lexicon_;
};

std::unique_ptr<Check> make(YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) {
    Mode mode = Mode::increment;
    if (auto const node = rule["mode"]) {
        auto const name = reader.scalar(node, "'mode'").value_or("");
        if (name == "monotonic") mode = Mode::monotonic;
        else if (name != "increment") {
            reader.error(node, "rule.bad-value", fmt::format("unknown mode '{}'; expected increment or monotonic", name));
            return nullptr;
        }
    }
    auto bindings = read_bindings(rule, reader, context, {"total", "increment"});
    if (!bindings) return nullptr;
    return std::make_unique<CounterCheck>(mode, bindings->at("total"), bindings->at("increment"), context.lexicon);
}

}  // namespace

CheckKind counter_check_kind() {
    return {"counter",
            "mode increment: a stated increment is the difference from the previous day's total; mode monotonic: a "
            "cumulative figure never goes down from one date to a later one",
            {"bind", "mode"},
            {"total", "increment", "previous"},
            {"expected", "difference"},
            make};
}

}  // namespace claimcheck::checks
