#include "checks/check_support.hpp"

#include "yaml/yaml_reader.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <cmath>

namespace claimcheck::checks {
namespace {

// 10^k, the place of the last significant digit of a whole number: 4500 → 100, 725 → 1, 30 → 10.
double rounding_place(double v) {
    double place = 1;
    v = std::fabs(v);
    while (v >= place * 10 && std::fmod(v, place * 10) == 0) place *= 10;
    return place;
}

std::optional<Aspect> aspect_named(std::string_view name) {
    for (auto a : {Aspect::total, Aspect::increment, Aspect::rate, Aspect::part, Aspect::share, Aspect::record})
        if (to_string(a) == name) return a;
    return std::nullopt;
}

}  // namespace

Range as_stated(Quantity const& q) {
    if (q.qualifier != Qualifier::exact || !q.value) return Range::of(q);
    double const v = *q.value;
    double half;
    if (std::floor(v) == v) {
        half = rounding_place(v) / 2;
        if (half < 0.5) half = 0.5;
    } else {
        // Decimals: half a unit of the last decimal written (up to four).
        double place = 1;
        for (int i = 0; i < 4 && std::fabs(std::round(v / place) * place - v) > 1e-9 * std::fabs(v); ++i) place /= 10;
        half = place / 2;
    }
    return {v - half, v + half};
}

RateUnit split_rate(std::string const& unit) {
    auto const slash = unit.find('/');
    if (slash == std::string::npos) return {unit, ""};
    return {unit.substr(0, slash), unit.substr(slash + 1)};
}

std::optional<Range> days_per(std::string const& period) {
    if (period == "day") return Range::exact(1);
    if (period == "week") return Range::exact(7);
    if (period == "month") return Range{28, 31};
    if (period == "year") return Range{365, 366};
    if (period == "hour") return Range::exact(1.0 / 24);
    if (period == "minute") return Range::exact(1.0 / 1440);
    return std::nullopt;
}

Claim const* Linked::member(std::string_view role) const {
    for (auto const& [r, c] : members)
        if (r == role) return c;
    return nullptr;
}

std::vector<Linked> linked_claims(Document const& doc, Relation::Kind kind) {
    std::vector<Linked> out;
    for (auto const& relation : doc.extraction.relations) {
        if (relation.kind != kind) continue;
        Linked linked{kind, {}};
        for (auto const& m : relation.members) {
            if (m.quantity >= doc.claims.size()) break;
            linked.members.emplace_back(m.role, &doc.claims[m.quantity]);
        }
        if (linked.members.size() == relation.members.size()) out.push_back(std::move(linked));
    }
    return out;
}

std::string kind_and_unit(std::string const& kind, std::string const& unit) { return kind + "\n" + unit; }

std::map<std::string, std::vector<Claim const*>> by_kind_and_unit(Document const& doc) {
    std::map<std::string, std::vector<Claim const*>> groups;
    for (auto const& c : doc.claims)
        if (!c.kind.empty()) groups[kind_and_unit(c.kind, c.quantity.unit)].push_back(&c);
    return groups;
}

std::string source_names(Claim const& c, std::string_view when_none) {
    std::string out;
    for (auto const& a : c.sources) out += (out.empty() ? "" : ", ") + a.name;
    return out.empty() ? std::string(when_none) : out;
}

std::string dimension_of(Lexicon const& lexicon, std::string const& unit) {
    auto const base = split_rate(unit).base;
    for (auto const& u : lexicon.units)
        if (u.code == base) return u.dimension;
    return base.empty() ? "count" : "";
}

bool Selector::matches(Claim const& c, Lexicon const& lexicon) const {
    if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), c.kind) == kinds.end()) return false;
    if (aspect && c.aspect != *aspect) return false;
    if (!dimension.empty() && dimension_of(lexicon, c.quantity.unit) != dimension) return false;
    if (period_known && !c.period.known()) return false;
    return true;
}

std::optional<std::map<std::string, Selector>> read_bindings(YAML::Node const& rule, yaml::Reader& reader,
                                                             RuleContext const& context,
                                                             std::vector<std::string> const& roles) {
    auto const bind = rule["bind"];
    if (!bind) {
        reader.error(rule, "rule.missing-key", fmt::format("this check binds claims as {}: add a 'bind' map",
                                                           fmt::join(roles, ", ")));
        return std::nullopt;
    }
    if (!reader.expect_map(bind, "'bind'")) return std::nullopt;
    std::map<std::string, Selector> out;
    bool ok = true;
    for (auto const& kv : bind) {
        auto const role = kv.first.Scalar();
        if (std::find(roles.begin(), roles.end(), role) == roles.end()) {
            reader.error(kv.first, "rule.unknown-role",
                         fmt::format("this check has no role '{}'; its roles are {}", role, fmt::join(roles, ", ")));
            ok = false;
            continue;
        }
        auto const& spec = kv.second;
        if (!reader.check_keys(spec, {"kind", "aspect", "dimension", "period"}, fmt::format("the role '{}'", role))) {
            ok = false;
            continue;
        }
        Selector selector;
        if (spec["kind"]) {
            for (auto const& kind : reader.strings(spec["kind"], "'kind'")) {
                if (!context.kinds.find(kind)) {
                    reader.error(spec["kind"], "rule.unknown-kind", fmt::format("unknown claim kind '{}'", kind));
                    ok = false;
                }
                selector.kinds.push_back(kind);
            }
        }
        if (spec["aspect"]) {
            auto const name = reader.scalar(spec["aspect"], "'aspect'").value_or("");
            selector.aspect = aspect_named(name);
            if (!selector.aspect) {
                reader.error(spec["aspect"], "rule.bad-value",
                             fmt::format("unknown aspect '{}'; expected total, increment, rate, part, share or record", name));
                ok = false;
            }
        }
        if (spec["dimension"]) selector.dimension = reader.scalar(spec["dimension"], "'dimension'").value_or("");
        if (spec["period"]) {
            auto const period = reader.scalar(spec["period"], "'period'").value_or("");
            if (period != "known") {
                reader.error(spec["period"], "rule.bad-value", "'period' can only be 'known'");
                ok = false;
            }
            selector.period_known = true;
        }
        out.emplace(role, selector);
    }
    for (auto const& role : roles) {
        if (!out.count(role) && ok) {
            reader.error(bind, "rule.missing-role", fmt::format("'bind' has no role '{}'", role));
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<double> read_tolerance(YAML::Node const& rule, yaml::Reader& reader, double fallback) {
    auto const node = rule["tolerance"];
    if (!node) return fallback;
    auto const text = reader.scalar(node, "'tolerance'");
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        double v = std::stod(*text, &used);
        if (used < text->size() && (*text)[used] == '%') {
            v /= 100;
            ++used;
        }
        if (used == text->size() && v >= 0) return v;
    } catch (std::exception const&) {
    }
    reader.error(node, "rule.bad-value", fmt::format("'tolerance' must be a share like 10% or 0.1, found '{}'", *text));
    return std::nullopt;
}

std::string_view claim_text(Document const& doc, Claim const& c) {
    return std::string_view(doc.bytes).substr(c.quantity.span.start, c.quantity.span.end - c.quantity.span.start);
}

}  // namespace claimcheck::checks
