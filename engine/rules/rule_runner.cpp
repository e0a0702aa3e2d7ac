// Runs rules on a document and turns failed evaluations into findings with their message filled in.
#include <claimcheck/rules.hpp>

#include "checks/check.hpp"
#include "rules/message_template.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

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

// The document of bound claim `i`: the evaluation's own list for checks across documents.
Document const& document_of(checks::Evaluation const& e, std::size_t i, Document const* single) {
    return i < e.documents.size() && e.documents[i] ? *e.documents[i] : *single;
}

std::string render(std::string const& message, checks::Evaluation const& e, Document const* single) {
    auto const parsed = rules::parse_message(message);
    std::string out;
    std::size_t at = 0;
    for (auto const& p : parsed.placeholders) {
        out += message.substr(at, p.offset - at);
        at = message.find('}', p.offset) + 1;
        auto const bound = std::find_if(e.bound.begin(), e.bound.end(), [&](auto const& b) { return b.first == p.name; });
        if (bound != e.bound.end()) {
            auto const i = static_cast<std::size_t>(bound - e.bound.begin());
            out += claim_field(document_of(e, i, single), *bound->second, p.field);
        } else if (auto v = e.values.find(p.name); v != e.values.end()) {
            out += v->second;
        } else {
            out += "?";  // a role this evaluation did not bind (e.g. an optional whole)
        }
    }
    out += message.substr(at);
    return out;
}

// Two findings of a rule on claims that say the same thing (a headline repeating a figure of
// the body: same value, unit, kind and period) are one finding.
std::string sameness_key(checks::Evaluation const& e) {
    std::string key(to_string(e.verdict));
    for (auto const& [role, c] : e.bound) {
        Range const r = Range::of(c->quantity);
        key += role + "=" + std::to_string(r.low) + ".." + std::to_string(r.high) + c->quantity.unit + "/" + c->kind + "/" +
               c->period.text + "/" + std::string(to_string(c->aspect)) + ";";
    }
    return key;
}

FoundClaim found(std::string const& role, Claim const& c, Document const& doc) {
    auto const& s = c.sentence.end > c.sentence.start ? c.sentence : c.quantity.span;
    return {role, c, doc.file, doc.bytes.substr(c.quantity.span.start, c.quantity.span.end - c.quantity.span.start),
            doc.bytes.substr(s.start, s.end - s.start), s.start, locate(doc, c.quantity.span.start)};
}

Finding make_finding(Rule const& rule, checks::Evaluation& e, Document const* single) {
    Finding f;
    f.verdict = e.verdict;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.message = e.verdict == Verdict::fails ? render(rule.message, e, single)
                                            : std::string(e.verdict == Verdict::holds ? "holds" : "cannot be decided from the text");
    for (std::size_t i = 0; i < e.bound.size(); ++i) f.claims.push_back(found(e.bound[i].first, *e.bound[i].second, document_of(e, i, single)));
    // The finding stands where its earliest claim of the first bound document does.
    auto const& doc = document_of(e, 0, single);
    std::size_t start = e.bound.front().second->quantity.span.start;
    for (std::size_t i = 0; i < e.bound.size(); ++i)
        if (&document_of(e, i, single) == &doc) start = std::min(start, e.bound[i].second->quantity.span.start);
    auto const at = locate(doc, start);
    f.file = doc.file;
    f.document_id = document_id(doc);
    f.line = at.line;
    f.column = at.column;
    f.trace = std::move(e.trace);
    return f;
}

// Findings of one rule: fails (or all verdicts), each said once, in text order.
class Collector {
public:
    Collector(Rule const& rule, bool all_verdicts, Document const* single)
        : rule_(rule), all_(all_verdicts), single_(single) {}
    void operator()(checks::Evaluation e) {
        if ((e.verdict != Verdict::fails && !all_) || e.bound.empty()) return;
        if (!seen_.insert(sameness_key(e)).second) return;
        findings_.push_back(make_finding(rule_, e, single_));
    }
    std::vector<Finding> take() {
        std::stable_sort(findings_.begin(), findings_.end(), [](auto const& a, auto const& b) {
            return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
        return std::move(findings_);
    }

private:
    Rule const& rule_;
    bool all_;
    Document const* single_;
    std::set<std::string> seen_;
    std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> run_rules(RuleSet const& rules, Document const& doc, bool all_verdicts) {
    std::vector<Finding> findings;
    for (auto const& rule : rules.rules) {
        if (rule.impl->corpus_wide()) continue;
        Collector collect(rule, all_verdicts, &doc);
        rule.impl->evaluate(doc, [&](checks::Evaluation e) { collect(std::move(e)); });
        auto of_rule = collect.take();
        findings.insert(findings.end(), of_rule.begin(), of_rule.end());
    }
    return findings;
}

bool has_corpus_rules(RuleSet const& rules) {
    return std::any_of(rules.rules.begin(), rules.rules.end(), [](Rule const& r) { return r.impl->corpus_wide(); });
}

std::vector<Finding> run_corpus_rules(RuleSet const& rules, std::vector<Document const*> const& docs, bool all_verdicts) {
    std::vector<Finding> findings;
    for (auto const& rule : rules.rules) {
        if (!rule.impl->corpus_wide()) continue;
        Collector collect(rule, all_verdicts, nullptr);
        rule.impl->evaluate_corpus(docs, [&](checks::Evaluation e) { collect(std::move(e)); });
        auto of_rule = collect.take();
        findings.insert(findings.end(), of_rule.begin(), of_rule.end());
    }
    return findings;
}

}  // namespace claimcheck
