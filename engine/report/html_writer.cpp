#include "report/html_writer.hpp"

#include "report/escaping.hpp"
#include "report/html_graph.hpp"
#include "report/html_style.hpp"
#include "report/html_words.hpp"

#include <claimcheck/diagnostic.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace claimcheck::report {
namespace {

// What the run found, counted once for the summary, the contents and the rules table.
struct Tally {
    std::array<std::size_t, 3> by_severity{};  // open failures, by RuleSeverity
    std::size_t failures = 0, accepted = 0, holds = 0, undecided = 0;
    std::map<std::string, std::array<std::size_t, 3>> by_rule;  // failures, holds, undecided
    std::vector<std::vector<std::size_t>> by_document;          // the findings each article shows
    std::vector<std::size_t> homeless;                          // findings no document holds

    Tally(RunReport const& run, ClaimIndex const& index) : by_document(run.documents.size()) {
        for (std::size_t i = 0; i < run.findings.size(); ++i) {
            auto const& f = run.findings[i];
            auto& rule = by_rule[f.rule];
            if (ClaimIndex::open_failure(f)) ++failures, ++by_severity[static_cast<std::size_t>(f.severity)], ++rule[0];
            else if (f.verdict == Verdict::fails) ++accepted;
            else if (f.verdict == Verdict::holds) ++holds, ++rule[1];
            else ++undecided, ++rule[2];
            if (auto const home = index.home(f)) by_document[home->document].push_back(i);
            else homeless.push_back(i);
        }
    }
};

void write_legend(std::ostream& out) {
    out << "<ul class=\"legend\" aria-label=\"Légende des chiffres surlignés\">\n";
    for (auto const& [state, says] : std::array<std::pair<ClaimState, std::string_view>, 4>{{
             {ClaimState::finding, "une vérification échoue"},
             {ClaimState::unverified, "le texte dit qu'il n'a pu être vérifié, ou un seul camp l'affirme"},
             {ClaimState::holds, "les vérifications tiennent"},
             {ClaimState::plain, "aucune vérification ne porte dessus"},
         }})
        out << fmt::format("<li><mark data-state=\"{}\">{}</mark> {}</li>\n", to_string(state), state_words(state), says);
    out << "</ul>\n";
}

void write_summary(std::ostream& out, RunReport const& run, Tally const& t) {
    std::size_t const rules = run.rules ? run.rules->rules.size() : 0;
    out << "<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Résumé</h2>\n"
           "<div class=\"overview\">\n<table>\n<caption class=\"meta\">Le contrôle</caption>\n<tbody>\n";
    out << fmt::format("<tr><th>Articles</th><td class=\"n\">{}</td></tr>\n", run.documents.size());
    out << fmt::format("<tr><th><a href=\"#rules\">Règles appliquées</a></th><td class=\"n\">{}</td></tr>\n", rules);
    out << fmt::format("<tr><th>Vérifications qui tiennent</th><td class=\"n\">{}</td></tr>\n", t.holds);
    out << fmt::format("<tr><th>Indécidables (le texte n'en dit pas assez)</th><td class=\"n\">{}</td></tr>\n", t.undecided);
    auto const fail_on = rule_severity_named(run.fail_on);
    out << fmt::format("<tr><th>Échec à partir de</th><td class=\"n\">{}</td></tr>\n",
                       fail_on ? severity_words(*fail_on) : std::string_view("jamais"));
    out << "</tbody>\n</table>\n<table>\n<caption class=\"meta\">Les constats, par gravité</caption>\n<tbody>\n";
    for (auto const s : {RuleSeverity::error, RuleSeverity::warning, RuleSeverity::info})
        out << fmt::format("<tr><th><span class=\"badge sev-{}\">{}</span></th><td class=\"n\">{}</td></tr>\n", to_string(s),
                           severity_words(s), t.by_severity[static_cast<std::size_t>(s)]);
    out << fmt::format("<tr><th>Total</th><td class=\"n\">{}</td></tr>\n", t.failures);
    if (t.accepted > 0) out << fmt::format("<tr><th>Acceptés par la rédaction</th><td class=\"n\">{}</td></tr>\n", t.accepted);
    out << "</tbody>\n</table>\n</div>\n";
    write_legend(out);
    if (!run.input_problems.empty()) {
        out << "<p class=\"note\">Entrées lues avec des problèmes ou écartées :</p>\n<ul>\n";
        for (auto const& d : run.input_problems) out << "<li><code>" << xml_text(format_diagnostic(d)) << "</code></li>\n";
        out << "</ul>\n";
    }
    out << "</section>\n";
}

void write_contents(std::ostream& out, RunReport const& run, Tally const& t) {
    out << "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Sommaire</h2>\n<ol>\n"
           "<li><a href=\"#summary\">Résumé</a></li>\n";
    for (std::size_t d = 0; d < run.documents.size(); ++d) {
        auto const failures = std::count_if(t.by_document[d].begin(), t.by_document[d].end(),
                                            [&](std::size_t i) { return ClaimIndex::open_failure(run.findings[i]); });
        out << fmt::format("<li><a href=\"#{}\">{}</a> <span class=\"count\">{}</span></li>\n", document_anchor(d),
                           xml_text(document_title(*run.documents[d])),
                           count_words(static_cast<std::size_t>(failures), "constat", "constats"));
    }
    if (!t.homeless.empty()) out << "<li><a href=\"#other-findings\">Autres constats</a></li>\n";
    out << "<li><a href=\"#graph\">Graphe des affirmations</a></li>\n<li><a href=\"#rules\">Règles appliquées</a></li>\n"
           "</ol>\n</nav>\n";
}

void write_graph(std::ostream& out, RunReport const& run, ClaimIndex const& index) {
    auto const picture = draw_claim_graph(run, index);
    out << "<section id=\"graph\" aria-labelledby=\"graph-title\">\n<h2 id=\"graph-title\">Graphe des affirmations</h2>\n"
           "<p class=\"meta\">Les sources (ellipses) affirment des chiffres (rectangles), qui paraissent dans un article "
           "(page cornée) et portent sur un fait (rectangle arrondi) que d'autres chiffres peuvent partager. Un chiffre "
           "se colore comme dans le texte et mène à son passage ; les contradictions sont en rouge.</p>\n";
    if (!picture.note.empty()) out << "<p class=\"note\">" << xml_text(picture.note) << "</p>\n";
    if (!picture.svg.empty())
        out << "<button type=\"button\" data-fit=\"graph-picture\" aria-pressed=\"false\">Ajuster à la largeur</button>\n"
            << fmt::format("<figure class=\"graph\" id=\"graph-picture\" aria-label=\"Graphe de {} nœuds\">\n",
                           picture.shown)
            << picture.svg << "\n</figure>\n";
    out << "</section>\n";
}

void write_rules(std::ostream& out, RunReport const& run, Tally const& t) {
    out << "<section id=\"rules\" aria-labelledby=\"rules-title\">\n<h2 id=\"rules-title\">Règles appliquées</h2>\n"
           "<table>\n<thead><tr><th>Règle</th><th>Vérification</th><th>Gravité</th><th>Ce qu'elle vérifie</th>"
           "<th class=\"n\">Constats</th><th class=\"n\">Tiennent</th><th class=\"n\">Indécidables</th></tr></thead>\n<tbody>\n";
    if (run.rules)
        for (auto const& rule : run.rules->rules) {
            auto const found = t.by_rule.find(rule.id);
            auto const counts = found == t.by_rule.end() ? std::array<std::size_t, 3>{} : found->second;
            out << fmt::format("<tr id=\"{}\"><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td>"
                               "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                               rule_anchor(rule.id), xml_text(rule.id), xml_text(rule.check), severity_words(rule.severity),
                               xml_text(rule.description), counts[0], counts[1], counts[2]);
        }
    out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

void write_html(std::ostream& out, RunReport const& run) {
    ClaimIndex const index(run);
    Tally const t(run, index);
    out << "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << fmt::format("<meta name=\"generator\" content=\"claimcheck {}\">\n", xml_attribute(run.tool_version))
        << fmt::format("<title>Vérification des chiffres : {}, {}</title>\n",
                       run.documents.size() == 1 ? xml_text(document_title(*run.documents.front()))
                                                 : count_words(run.documents.size(), "article", "articles"),
                       count_words(t.failures, "constat", "constats"))
        << "<style>" << html_style() << "</style>\n</head>\n<body>\n"
        << "<a class=\"skip\" href=\"#main\">Aller au contenu</a>\n<header>\n<h1>Vérification des chiffres</h1>\n"
        << fmt::format("<p class=\"meta\">claimcheck {} · {} · {}</p>\n</header>\n", xml_text(run.tool_version),
                       count_words(run.documents.size(), "article", "articles"), count_words(t.failures, "constat", "constats"));
    write_contents(out, run, t);
    out << "<main id=\"main\">\n";
    write_summary(out, run, t);
    for (std::size_t d = 0; d < run.documents.size(); ++d) write_article(out, run, index, d, t.by_document[d]);
    if (!t.homeless.empty()) {
        out << "<section id=\"other-findings\" aria-labelledby=\"other-title\">\n<h2 id=\"other-title\">Autres constats</h2>\n"
               "<p class=\"meta\">Leurs chiffres ne sont dans aucun des articles montrés.</p>\n";
        for (auto const i : t.homeless) write_finding(out, run, index, i);
        out << "</section>\n";
    }
    write_graph(out, run, index);
    write_rules(out, run, t);
    out << "</main>\n<footer><p>Produit par claimcheck " << xml_text(run.tool_version)
        << ". Un chiffre surligné montre, au survol, son type, sa période et qui l'affirme ; un constat mène aux "
           "chiffres qu'il lie.</p></footer>\n<script>"
        << html_script() << "</script>\n</body>\n</html>\n";
}

}  // namespace claimcheck::report
