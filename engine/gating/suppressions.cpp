#include "gating/suppressions.hpp"

#include "report/fingerprint.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace claimcheck::gating {
namespace {

Finding missing_reason(SuppressionRule const& s) {
    Finding f;
    f.rule = std::string(missing_reason_rule);
    f.severity = RuleSeverity::warning;
    f.message = fmt::format("suppression de {} sans raison : elle ne supprime rien tant que la raison n'est pas écrite{}",
                            fmt::join(s.rules, ", "), s.sidecar ? " dans « reason: »" : " après « -- »");
    f.file = s.at.file;
    f.line = s.at.line;
    f.column = s.at.column;
    f.document_id = s.at.file;
    f.trace.push_back("le prochain éditeur doit savoir pourquoi ce constat a été accepté");
    return f;
}

bool names_a_rule(std::string_view pattern, RuleSet const& rules) {
    return pattern == "*" || std::any_of(rules.rules.begin(), rules.rules.end(), [&](Rule const& r) {
        return r.id == pattern || (pattern.ends_with('/') && r.id.starts_with(pattern));
    });
}

}  // namespace

Rule missing_reason_descriptor() {
    Rule r;
    r.id = std::string(missing_reason_rule);
    r.check = "suppression";
    r.severity = RuleSeverity::warning;
    r.description = "A suppression comment or sidecar entry says why the finding is accepted.";
    r.rationale = "A suppression without a reason suppresses nothing: the next editor must be able to tell an "
                  "accepted figure from a forgotten one. Write the reason after \" -- \" in a comment, or under "
                  "'reason:' in a sidecar file.";
    return r;
}

bool is_rule_pattern(std::string_view word) {
    if (word == "*") return true;
    bool const id_chars = std::all_of(word.begin(), word.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.';
    });
    return id_chars && word.find('/') != std::string_view::npos && !word.starts_with('/');
}

bool SuppressionRule::covers(std::string_view rule) const {
    return std::any_of(rules.begin(), rules.end(), [&](std::string const& r) {
        return r == "*" || r == rule || (r.ends_with('/') && rule.starts_with(r));
    });
}

bool SuppressionRule::covers(FoundClaim const& c) const {
    if (c.file != article) return false;
    if (sidecar)
        return (record.empty() || c.at.record_id == record) && (figure.empty() || report::fingerprint_text(c.text) == figure);
    return c.at.offset >= begin && c.at.offset < end;
}

bool SuppressionRule::has_reason() const { return reason.find_first_not_of(" \t\r\n") != std::string::npos; }

void Suppressions::read(Document const& doc, std::vector<Diagnostic>& problems) {
    // A JSON Lines file's records share its sidecar: read once.
    if (doc.file == "<stdin>" || !files_read_.insert(doc.file).second) return;
    auto const& p = doc.provenance;
    auto add = [&](std::vector<SuppressionRule> found) { rules_.insert(rules_.end(), found.begin(), found.end()); };
    if (p.format == "markdown" || p.format == "html")
        add(comment_suppressions(doc.file, p.original ? std::string_view(*p.original) : std::string_view(doc.bytes), p.code,
                                 problems));
    add(sidecar_suppressions(doc.file, problems));
}

void Suppressions::check_rule_names(RuleSet const& rules, std::vector<Diagnostic>& problems) const {
    std::vector<std::string_view> ids;
    for (auto const& r : rules.rules) ids.push_back(r.id);
    for (auto const& s : rules_) {
        for (auto const& pattern : s.rules) {
            if (names_a_rule(pattern, rules)) continue;
            auto const hint = yaml::did_you_mean(pattern, ids);
            problems.push_back({Severity::warning, "suppression.unknown-rule", s.at.file, s.at.line, s.at.column,
                                fmt::format("'{}' names no rule of this run, so it suppresses nothing{}", pattern,
                                            hint ? fmt::format("; did you mean '{}'?", *hint) : "")});
        }
    }
}

void Suppressions::apply(std::vector<Finding>& findings) const {
    for (auto& f : findings) {
        if (f.verdict != Verdict::fails || f.suppression) continue;
        auto const s = std::find_if(rules_.begin(), rules_.end(), [&](SuppressionRule const& s) {
            return s.has_reason() && s.covers(f.rule) &&
                   std::any_of(f.claims.begin(), f.claims.end(), [&](FoundClaim const& c) { return s.covers(c); });
        });
        if (s != rules_.end()) f.suppression = Suppression{s->sidecar ? "external" : "inSource", s->reason, s->at};
    }
    for (auto const& s : rules_)
        if (!s.has_reason()) findings.push_back(missing_reason(s));
}

std::vector<Diagnostic> Suppressions::unused(std::vector<Finding> const& findings) const {
    auto const same_place = [](Location const& a, Location const& b) {
        return a.file == b.file && a.line == b.line && a.column == b.column && a.record_id == b.record_id;
    };
    std::vector<Diagnostic> out;
    for (auto const& s : rules_) {
        if (!s.has_reason()) continue;  // already a finding of its own
        bool const used = std::any_of(findings.begin(), findings.end(), [&](Finding const& f) {
            return f.suppression && same_place(f.suppression->at, s.at);
        });
        if (!used)
            out.push_back({Severity::warning, "suppression.unused", s.at.file, s.at.line, s.at.column,
                           "this suppression covers no finding of this run; remove it if the figure was corrected"});
    }
    return out;
}

}  // namespace claimcheck::gating
