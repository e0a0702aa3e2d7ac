#include "checks/ratio_check.hpp"

#include "checks/check_support.hpp"

#include <fmt/format.h>

namespace claimcheck::checks {
namespace {

class RatioCheck : public Check {
public:
    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& link : linked_claims(doc, Relation::Kind::ratio)) {
            auto const* part = link.member("part");
            auto const* whole = link.member("whole");
            if (!part || !whole) continue;
            Evaluation e;
            e.bound = {{"part", part}, {"whole", whole}};
            Range const p = Range::of(part->quantity);
            Range const w = Range::of(whole->quantity);
            e.verdict = less_equal(p, w);
            e.trace.push_back(fmt::format("partie {} ≤ tout {} : {}", format_fr(p), format_fr(w),
                                          e.verdict == Verdict::fails ? "faux" : "vrai"));
            out(std::move(e));
        }
    }
};

}  // namespace

CheckKind ratio_check_kind() {
    return {"ratio",
            "in \"x sur les y\" and \"x des y\", the part x does not exceed the whole y",
            {},
            {"part", "whole"},
            {},
            [](YAML::Node const&, yaml::Reader&, RuleContext const&) { return std::make_unique<RatioCheck>(); }};
}

}  // namespace claimcheck::checks
