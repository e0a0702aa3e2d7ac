#include "checks/conversion_check.hpp"

#include "checks/check_support.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

namespace claimcheck::checks {
namespace {

struct Factor {
    std::string from;
    std::string to;
    double factor;
};

class ConversionCheck : public Check {
public:
    ConversionCheck(std::vector<Factor> factors, double tolerance) : factors_(std::move(factors)), tolerance_(tolerance) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& link : linked_claims(doc, Relation::Kind::conversion)) {
            auto const* value = link.member("value");
            auto const* equivalent = link.member("equivalent");
            if (!value || !equivalent) continue;
            Evaluation e;
            e.bound = {{"value", value}, {"equivalent", equivalent}};
            auto const factor = factor_between(value->quantity.unit, equivalent->quantity.unit);
            if (!factor) {
                e.trace.push_back(fmt::format("pas de facteur connu de {} vers {}", value->quantity.unit,
                                              equivalent->quantity.unit));
                out(std::move(e));
                continue;
            }
            Range const stated = as_stated(value->quantity);
            Range const expected = widen(stated * Range::exact(*factor), tolerance_);
            Range const written = as_stated(equivalent->quantity);
            bool const overlap = !(expected.high < written.low || written.high < expected.low);
            e.verdict = overlap ? Verdict::holds : Verdict::fails;
            e.values["expected"] = format_fr(stated * Range::exact(*factor));
            e.values["factor"] = format_fr(*factor);
            e.trace.push_back(fmt::format("{} {} × {} = {} {}", format_fr(stated), value->quantity.unit,
                                          format_fr(*factor), format_fr(stated * Range::exact(*factor)),
                                          equivalent->quantity.unit));
            e.trace.push_back(fmt::format("le texte dit « {} » (arrondi : {}) : {}", claim_text(doc, *equivalent),
                                          format_fr(written), overlap ? "cohérent" : "incohérent"));
            out(std::move(e));
        }
    }

private:
    std::optional<double> factor_between(std::string const& from, std::string const& to) const {
        for (auto const& f : factors_) {
            if (f.from == from && f.to == to) return f.factor;
            if (f.from == to && f.to == from) return 1 / f.factor;
        }
        return std::nullopt;
    }

    std::vector<Factor> factors_;
    double tolerance_;
};

std::unique_ptr<Check> make(YAML::Node const& rule, yaml::Reader& reader, RuleContext const&) {
    auto const tolerance = read_tolerance(rule, reader, 0.0);
    std::vector<Factor> factors;
    bool ok = tolerance.has_value();
    auto const node = rule["factors"];
    if (!node) {
        reader.error(rule, "rule.missing-key", "a conversion rule needs 'factors': a list of {from, to, factor}");
        return nullptr;
    }
    if (!reader.expect_sequence(node, "'factors'")) return nullptr;
    for (auto const& item : node) {
        if (!reader.check_keys(item, {"from", "to", "factor"}, "a factor")) {
            ok = false;
            continue;
        }
        if (!item["from"] || !item["to"] || !item["factor"]) {
            reader.error(item, "rule.missing-key", "a factor needs 'from', 'to' and 'factor'");
            ok = false;
            continue;
        }
        auto factor = reader.number(item["factor"], "'factor'");
        if (!factor || *factor <= 0) {
            ok = false;
            continue;
        }
        factors.push_back({reader.scalar(item["from"], "'from'").value_or(""), reader.scalar(item["to"], "'to'").value_or(""),
                           *factor});
    }
    if (!ok) return nullptr;
    return std::make_unique<ConversionCheck>(std::move(factors), *tolerance);
}

}  // namespace

CheckKind conversion_check_kind() {
    return {"conversion",
            "a figure and its equivalent in another unit, \"3 km (2 miles)\", agree within rounding",
            {"factors", "tolerance"},
            {"value", "equivalent"},
            {"expected", "factor"},
            make};
}

}  // namespace claimcheck::checks
