// Runs rules on a document and turns failed evaluations into findings with their message filled in.
#include <claimcheck/rules.hpp>

#include "checks/check.hpp"
#include "report/line_index.hpp"
#include "rules/message_template.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace claimcheck {
namespace {

std::string claim_field(Document const& doc, Claim const& c, std::string const& field) {
    if (field.empty() || field == "text") return doc.bytes.substr(c.quantity.span.start, c.quantity.span.end - c.quantity.span.start);
    if (field == "value") return format_fr(Range::of(c.quantity));
    if (field == "unit") return c.quantity.unit;
    if (field == "kind") return c.kind;
    if (field == "period") return c.period.text;
    if (field == "actor") return c.actor;
    if (field == "place") return c.place;
    return {};
}

std::string render(std::string const& message, checks::Evaluation const& e, Document const& doc) {
    auto const parsed = rules::parse_message(message);
    std::string out;
    std::size_t at = 0;
    for (auto const& p : parsed.placeholders) {
        out += message.substr(at, p.offset - at);
        at = message.find('}', p.offset) + 1;
        auto const bound = std::find_if(e.bound.begin(), e.bound.end(), [&](auto const& b) { return b.first == p.name; });
        if (bound != e.bound.end()) out += claim_field(doc, *bound->second, p.field);
        else if (auto v = e.values.find(p.name); v != e.values.end()) out += v->second;
        else out += "?";  // a role this evaluation did not bind (e.g. an optional whole)
    }
    out += message.substr(at);
    return out;
}

// Two findings of a rule on claims that say the same thing (a headline repeating a figure of
// the body: same value, unit, kind and period) are one finding.
std::string sameness_key(checks::Evaluation const& e) {
    std::string key;
    for (auto const& [role, c] : e.bound) {
        Range const r = Range::of(c->quantity);
        key += role + "=" + std::to_string(r.low) + ".." + std::to_string(r.high) + c->quantity.unit + "/" + c->kind + "/" +
               c->period.text + "/" + std::string(to_string(c->aspect)) + ";";
    }
    return key;
}

}  // namespace

std::vector<Finding> run_rules(RuleSet const& rules, Document const& doc, bool all_verdicts) {
    std::vector<Finding> findings;
    report::LineIndex lines(doc.bytes);
    for (auto const& rule : rules.rules) {
        std::vector<Finding> of_rule;
        std::set<std::string> seen;
        rule.impl->evaluate(doc, [&](checks::Evaluation e) {
            if ((e.verdict != Verdict::fails && !all_verdicts) || e.bound.empty()) return;
            if (!seen.insert(std::string(to_string(e.verdict)) + sameness_key(e)).second) return;
            Finding f;
            f.verdict = e.verdict;
            f.rule = rule.id;
            f.severity = rule.severity;
            f.message = e.verdict == Verdict::fails ? render(rule.message, e, doc)
                                                    : std::string(e.verdict == Verdict::holds ? "holds" : "cannot be decided from the text");
            f.file = doc.file;
            auto const first = std::min_element(e.bound.begin(), e.bound.end(), [](auto const& a, auto const& b) {
                return a.second->quantity.span.start < b.second->quantity.span.start;
            });
            auto const at = lines.at(first->second->quantity.span.start);
            f.line = at.line;
            f.column = at.column;
            for (auto const& [role, claim] : e.bound) f.claims.emplace_back(role, *claim);
            f.trace = std::move(e.trace);
            of_rule.push_back(std::move(f));
        });
        std::stable_sort(of_rule.begin(), of_rule.end(), [](auto const& a, auto const& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        findings.insert(findings.end(), of_rule.begin(), of_rule.end());
    }
    return findings;
}

}  // namespace claimcheck
