#include "checks/counter_check.hpp"

#include "checks/check_support.hpp"
#include "checks/same_fact.hpp"
#include "claims/calendar.hpp"
#include "extract/dates.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <map>
#include <set>

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

struct Placed {
    Claim const* claim;
    Document const* doc;
};

// Counters run over the whole corpus: yesterday's total is often in yesterday's article.
class CounterCheck : public Check {
public:
    CounterCheck(Mode mode, Selector total, Selector increment, Lexicon const& lexicon)
        : mode_(mode), total_(std::move(total)), increment_(std::move(increment)), lexicon_(lexicon) {}

    bool corpus_wide() const override { return true; }
    void evaluate(Document const&, std::function<void(Evaluation)> const&) const override {}

    void evaluate_corpus(std::vector<Document const*> const& docs, std::function<void(Evaluation)> const& out) const override {
        auto const groups = dated_totals(docs);
        if (mode_ == Mode::monotonic) {
            for (auto const& [key, group] : groups) never_down(group, out);
            return;
        }
        for (auto const* doc : docs) {
            for (auto const& link : linked_claims(*doc, Relation::Kind::increment)) {
                auto const* total = link.member("total");
                auto const* change = link.member("increment");
                if (!total || !change || !total_.matches(*total, lexicon_) || !increment_.matches(*change, lexicon_)) continue;
                auto const group = groups.find(kind_and_unit(total->kind, total->quantity.unit) + "|" + place_key(total->place));
                if (group != groups.end()) difference({total, doc}, *change, group->second, out);
            }
        }
    }

private:
    // Totals counted at a day, by kind and unit; one per day and value (an agency figure that
    // many titles reprint is one statement).
    std::map<std::string, std::vector<Placed>> dated_totals(std::vector<Document const*> const& docs) const {
        std::map<std::string, std::vector<Placed>> groups;
        std::set<std::string> seen;
        for (auto const* doc : docs) {
            for (auto const& c : doc->claims) {
                if (c.kind.empty() || c.aspect != Aspect::total || !total_.matches(c, lexicon_) || !day_of(c)) continue;
                // One tally a place: Kursk's count is not the whole front's.
                auto const key = kind_and_unit(c.kind, c.quantity.unit) + "|" + place_key(c.place);
                Range const r = Range::of(c.quantity);
                if (!seen.insert(fmt::format("{}|{}|{}|{}", key, *day_of(c), r.low, r.high)).second) continue;
                groups[key].push_back({&c, doc});
            }
        }
        return groups;
    }

    void never_down(std::vector<Placed> const& group, std::function<void(Evaluation)> const& out) const {
        for (auto const& earlier : group) {
            for (auto const& later : group) {
                auto const d1 = day_of(*earlier.claim);
                auto const d2 = day_of(*later.claim);
                if (!(*d1 < *d2) || !same_tally(*earlier.claim, *later.claim)) continue;
                Evaluation e;
                e.bound = {{"previous", earlier.claim}, {"total", later.claim}};
                e.documents = {earlier.doc, later.doc};
                e.verdict = less_equal(Range::of(earlier.claim->quantity), Range::of(later.claim->quantity));
                e.values["difference"] = format_fr(Range::of(later.claim->quantity) - Range::of(earlier.claim->quantity));
                e.trace.push_back(fmt::format("{} ({}, {}) ≤ {} ({}, {}) : {}", claim_text(*earlier.doc, *earlier.claim), *d1,
                                              earlier.doc->file, claim_text(*later.doc, *later.claim), *d2, later.doc->file,
                                              e.verdict == Verdict::fails ? "faux" : "vrai"));
                out(std::move(e));
            }
        }
    }

    void difference(Placed total, Claim const& change, std::vector<Placed> const& group,
                    std::function<void(Evaluation)> const& out) const {
        auto const day = day_of(*total.claim);
        if (!day) return;
        auto const previous_day = day_before(*day);
        for (auto const& previous : group) {
            if (previous.claim == total.claim || day_of(*previous.claim) != previous_day) continue;
            if (!same_tally(*previous.claim, *total.claim)) continue;
            Evaluation e;
            e.bound = {{"total", total.claim}, {"increment", &change}, {"previous", previous.claim}};
            e.documents = {total.doc, total.doc, previous.doc};
            Range const expected = Range::of(total.claim->quantity) - Range::of(previous.claim->quantity);
            e.verdict = equal(Range::of(change.quantity), expected);
            e.values["expected"] = format_fr(expected);
            e.trace.push_back(fmt::format("{} ({}) − {} ({}{}) = {} ; le texte dit {} : {}",
                                          claim_text(*total.doc, *total.claim), *day,
                                          claim_text(*previous.doc, *previous.claim), *previous_day,
                                          previous.doc == total.doc ? "" : ", " + previous.doc->file, format_fr(expected),
                                          claim_text(*total.doc, change),
                                          e.verdict == Verdict::fails ? "incohérent" : "cohérent"));
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
