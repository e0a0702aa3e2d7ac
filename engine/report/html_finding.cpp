#include "report/escaping.hpp"
#include "report/html_words.hpp"
#include "report/html_writer.hpp"

#include <fmt/format.h>

namespace claimcheck::report {
namespace {

// "ligne 3, colonne 25", with the file when the claim is in another article than the finding.
std::string where(FoundClaim const& c, Finding const& f) {
    auto const at = fmt::format("ligne {}, colonne {}", c.at.line, c.at.column);
    if (c.file == f.file && c.at.record_id == f.claims.front().at.record_id) return at;
    auto const record = c.at.record_id.empty() ? std::string() : "#" + c.at.record_id;
    return fmt::format("{}{}, {}", c.file, record, at);
}

void write_claim(std::ostream& out, RunReport const& run, ClaimIndex const& index, Finding const& f, FoundClaim const& c) {
    out << "<li><span class=\"role\">" << xml_text(c.role) << "</span> ";
    if (auto const p = index.find(c)) {
        out << fmt::format("<a href=\"#{}\" data-claim=\"q{}\">{}</a>", claim_anchor(run, *p), c.claim.id, xml_text(c.text));
    } else {
        out << "<q>" << xml_text(c.text) << "</q>";
    }
    out << " <span class=\"where\">(" << xml_text(where(c, f)) << ")</span>";
    auto const who = sources_words(c.claim.sources);
    out << "<br><span class=\"who\">Source : " << (who.empty() ? "le texte ne dit pas qui l'affirme" : xml_text(who))
        << "</span>";
    if (c.claim.unverified) out << "<br><span class=\"who\">Non vérifié : « " << xml_text(*c.claim.unverified) << " »</span>";
    out << "</li>\n";
}

}  // namespace

void write_finding(std::ostream& out, RunReport const& run, ClaimIndex const& index, std::size_t i) {
    auto const& f = run.findings[i];
    bool const fails = f.verdict == Verdict::fails;
    auto const severity = to_string(f.severity);
    out << fmt::format("<article class=\"finding sev-{} verdict-{}\" id=\"{}\" data-rule=\"{}\" data-severity=\"{}\" "
                       "data-verdict=\"{}\">\n",
                       severity, to_string(f.verdict), finding_anchor(i), xml_attribute(f.rule), severity,
                       to_string(f.verdict));
    out << "<h3>";
    if (fails) out << fmt::format("<span class=\"badge sev-{}\">{}</span> ", severity, severity_words(f.severity));
    else out << fmt::format("<span class=\"badge verdict-{}\">{}</span> ", to_string(f.verdict), verdict_words(f.verdict));
    if (f.suppression) out << "<span class=\"badge accepted\">accepté</span> ";
    out << fmt::format("<a href=\"#{}\"><code>{}</code></a></h3>\n", rule_anchor(f.rule), xml_text(f.rule));
    // A check that holds or cannot be decided has no message of its own: its badge says it.
    if (fails) out << "<p class=\"message\">" << xml_text(f.message) << "</p>\n";
    if (f.suppression) {
        auto const& s = *f.suppression;
        out << "<p class=\"who\">Accepté par la rédaction : "
            << xml_text(s.justification.empty() ? "sans justification" : s.justification) << "</p>\n";
    }
    if (!f.claims.empty()) {
        out << "<ul class=\"bound\" aria-label=\"Chiffres en cause\">\n";
        for (auto const& c : f.claims) write_claim(out, run, index, f, c);
        out << "</ul>\n";
    }
    if (!f.trace.empty()) {
        out << "<ol class=\"trace\" aria-label=\"Calcul\">";
        for (auto const& step : f.trace) out << "<li>" << xml_text(step) << "</li>";
        out << "</ol>\n";
    }
    out << "</article>\n";
}

}  // namespace claimcheck::report
