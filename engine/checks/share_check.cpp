#include "checks/share_check.hpp"

#include "checks/check_support.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace claimcheck::checks {
namespace {

// A share as a fraction of one: "86 %" is 0.86.
Range as_fraction(Quantity const& q) {
    Range r = Range::of(q);
    if (q.unit == "%") r = r * Range::exact(0.01);
    return r;
}

class ShareCheck : public Check {
public:
    explicit ShareCheck(double tolerance) : tolerance_(tolerance) {}

    void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const override {
        for (auto const& link : linked_claims(doc, Relation::Kind::share)) {
            auto const* share = link.member("share");
            auto const* part = link.member("part");
            auto const* whole = link.member("whole");
            if (!share || (!part && !whole)) continue;
            Evaluation e;
            Range const stated = as_fraction(share->quantity);
            // A share above the whole is impossible whatever the rest says; "plus de 86 %" can
            // still only mean up to 100 %, so the range is cut to [0, 1] for what follows.
            Verdict const possible = stated.low > 1 || stated.high < 0 ? Verdict::fails : Verdict::holds;
            Range const s = possible == Verdict::fails ? stated
                                                       : Range{std::max(stated.low, 0.0), std::min(stated.high, 1.0)};
            e.verdict = possible;
            e.trace.push_back(fmt::format("part {} entre 0 et 100 % : {}", claim_text(doc, *share),
                                          possible == Verdict::fails ? "faux" : "vrai"));
            if (part) {
                e.bound = {{"part", part}, {"share", share}};
                // The whole the text implies, offered to the reader: part / share.
                Range const implied = Range::of(part->quantity) / s;
                e.values["implied"] = format_fr(implied);
                e.trace.push_back(fmt::format("tout impliqué = {} / {} = {} {}", format_fr(Range::of(part->quantity)),
                                              format_fr(s), format_fr(implied), part->quantity.unit));
                if (auto const* stated = stated_whole(doc, *part, *share)) {
                    e.bound.emplace_back("whole", stated);
                    Range const ratio = Range::of(part->quantity) / as_stated(stated->quantity);
                    Verdict const agrees = approx_equal(ratio, s, tolerance_) || equal(ratio, s);
                    e.verdict = e.verdict && agrees;
                    e.trace.push_back(fmt::format("{} / {} = {} ; le texte dit {} : {}", claim_text(doc, *part),
                                                  claim_text(doc, *stated), format_fr(ratio), claim_text(doc, *share),
                                                  agrees == Verdict::fails ? "incohérent" : "cohérent"));
                }
            } else {
                e.bound = {{"whole", whole}, {"share", share}};
                Range const implied = Range::of(whole->quantity) * s;
                e.values["implied"] = format_fr(implied);
                e.trace.push_back(fmt::format("part impliquée = {} × {} = {} {}", format_fr(Range::of(whole->quantity)),
                                              format_fr(s), format_fr(implied), whole->quantity.unit));
            }
            out(std::move(e));
        }
    }

private:
    // A whole stated in the same sentence as the part and its share, in the same unit.
    static Claim const* stated_whole(Document const& doc, Claim const& part, Claim const& share) {
        for (auto const& c : doc.claims) {
            if (&c == &part || &c == &share || c.quantity.unit != part.quantity.unit) continue;
            if (c.sentence.start != part.sentence.start || c.aspect != Aspect::total) continue;
            if (c.quantity.span.start > share.quantity.span.start) return &c;
        }
        return nullptr;
    }

    double tolerance_;
};

}  // namespace

CheckKind share_check_kind() {
    return {"share",
            "a percentage or fraction of a whole lies between 0 and 100 % and agrees with the part and whole stated",
            {"tolerance"},
            {"part", "whole", "share"},
            {"implied"},
            [](YAML::Node const& rule, yaml::Reader& reader, RuleContext const&) -> std::unique_ptr<Check> {
                auto const tolerance = read_tolerance(rule, reader, 0.05);
                if (!tolerance) return nullptr;
                return std::make_unique<ShareCheck>(*tolerance);
            }};
}

}  // namespace claimcheck::checks
