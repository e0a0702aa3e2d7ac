#include "checks/reference_check.hpp"

#include "checks/check_support.hpp"
#include "reference/dataset.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <regex>

namespace claimcheck::checks {
namespace {

using reference::Dataset;
using reference::Series;

bool is_iso_day(std::optional<std::string> const& s) {
    static std::regex const day(R"(\d{4}-\d{2}-\d{2})");
    return s && std::regex_match(*s, day);
}

// The day a claim speaks of: the end of its period, else the document's date (a total "depuis
// le début de l'invasion" or a bare "(+92)" is the count published on the day of the article).
std::optional<std::string> claim_day(Claim const& c, Document const& doc) {
    if (c.period.known()) return is_iso_day(c.period.end) ? c.period.end : std::nullopt;
    return is_iso_day(doc.date) ? doc.date : std::nullopt;
}

// The first day an increment covers: its period's start, else the claim's own day (one day).
std::string first_day(Claim const& c, std::string const& day) {
    return is_iso_day(c.period.start) ? *c.period.start : day;
}

std::string_view verdict_word(Verdict v) {
    switch (v) {
    case Verdict::holds: return "cohérent";
    case Verdict::fails: return "incohérent";
    case Verdict::undecided: break;
    }
    return "indécidable";
}

// Corrections the source folded into the change over (after, day]: the published "(+N)" leaves them out.
double corrections_between(Series const& s, std::string const& after, std::string const& day) {
    double sum = 0;
    for (auto it = s.corrections.upper_bound(after); it != s.corrections.end() && it->first <= day; ++it) sum += it->second;
    return sum;
}

class ReferenceCheck : public Check {
public:
    explicit ReferenceCheck(Dataset dataset) : data_(std::move(dataset)) {}

    std::string unavailable() const override { return data_.unavailable; }

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& c : doc.claims) {
            if (c.aspect != Aspect::total && c.aspect != Aspect::increment) continue;
            auto const* series = data_.find(c.kind);
            if (!series || series->unit != c.quantity.unit) continue;
            out(evaluate_claim(doc, c, *series));
        }
    }

private:
    Evaluation evaluate_claim(Document const& doc, Claim const& c, Series const& s) const {
        Evaluation e;
        e.bound = {{"claim", &c}};
        e.values = {{"source", data_.source_name}, {"source_id", data_.source_id}, {"dataset", data_.id},
                    {"field", s.field}, {"reference", ""}, {"date", ""}, {"previous", ""}};
        auto const stated = Range::of(c.quantity);
        auto const said = fmt::format("le texte dit {}{}", c.aspect == Aspect::increment ? "+" : "",
                                      format_fr(stated));
        if (!data_.unavailable.empty()) {
            e.trace.push_back(data_.unavailable);
            return e;
        }
        auto const day = claim_day(c, doc);
        if (!day) {
            e.trace.push_back("pas de date au jour près pour ce chiffre : rien à comparer");
            return e;
        }
        e.values["date"] = *day;
        auto const current = reference::value_on(s, *day);
        if (!current) {
            e.trace.push_back(fmt::format("{} : pas de valeur « {} » le {}", data_.source_name, s.field, *day));
            return e;
        }
        Range expected = Range::exact(current->value);
        std::string arithmetic = format_fr(current->value);
        // A total far from the running total (under half, over double) counts something else —
        // "deux soldats blessés" in one strike — rather than misquoting the series.
        if (data_.cumulative && c.aspect == Aspect::total &&
            (stated.high < current->value / 2 || stated.low > current->value * 2)) {
            e.trace.push_back(fmt::format("{}, « {} » au {} : {} ; {} : trop loin du cumul pour en être la citation",
                                          data_.source_name, s.field, *day, arithmetic, said));
            return e;
        }
        if (c.aspect == Aspect::increment) {
            auto const from = first_day(c, *day);
            if (data_.cumulative) {
                auto const previous = reference::value_before(s, from);
                if (!previous) {
                    e.trace.push_back(fmt::format("{} : pas de valeur « {} » avant le {}", data_.source_name, s.field, from));
                    return e;
                }
                double const correction = corrections_between(s, previous->date, *day);
                expected = Range::exact(current->value - previous->value - correction);
                e.values["previous"] = format_fr(previous->value);
                arithmetic = fmt::format("{} − {} ({})", format_fr(current->value), format_fr(previous->value), previous->date);
                if (correction != 0) arithmetic += fmt::format(" − {} (correction)", format_fr(correction));
                arithmetic += fmt::format(" = {}", format_fr(expected));
            } else {
                // Daily figures: the change over a period is their sum.
                double sum = 0;
                for (auto it = s.values.lower_bound(from); it != s.values.end() && it->first <= *day; ++it) sum += it->second;
                expected = Range::exact(sum);
                arithmetic = fmt::format("somme du {} au {} = {}", from, *day, format_fr(sum));
            }
        }
        e.values["reference"] = format_fr(expected);
        e.verdict = approx_equal(stated, expected, data_.tolerance);
        e.trace.push_back(fmt::format("{}, « {} » au {} : {} ; {}{} : {}", data_.source_name, s.field, *day, arithmetic, said,
                                      data_.tolerance > 0 ? fmt::format(" (à {} % près)", format_fr(data_.tolerance * 100)) : "",
                                      verdict_word(e.verdict)));
        return e;
    }

    Dataset data_;
};

}  // namespace

CheckKind reference_check_kind() {
    return {"reference",
            "a figure agrees with a source's published daily series (a *.dataset.yaml declaration) on its date",
            {"dataset"},
            {"claim"},
            {"reference", "date", "previous", "source", "source_id", "dataset", "field"},
            [](YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context) -> std::unique_ptr<Check> {
                if (!rule["dataset"]) {
                    reader.error(rule, "rule.missing-key",
                                 "a reference rule needs 'dataset', the path of a *.dataset.yaml declaration beside it");
                    return nullptr;
                }
                auto const name = reader.scalar(rule["dataset"], "'dataset'");
                if (!name) return nullptr;
                auto const declaration = std::filesystem::path(reader.file()).parent_path() / *name;
                if (!std::filesystem::exists(declaration)) {
                    reader.error(rule["dataset"], "rule.bad-value",
                                 fmt::format("no dataset declaration at {}", declaration.string()));
                    return nullptr;
                }
                auto const root = context.data_root.empty() ? reference::data_root_from_environment() : context.data_root;
                auto dataset = reference::load_dataset(declaration, root, reader.sink(), &context.kinds);
                if (!dataset) return nullptr;
                return std::make_unique<ReferenceCheck>(std::move(*dataset));
            }};
}

}  // namespace claimcheck::checks
