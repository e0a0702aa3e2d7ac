// The French words and the anchors of the HTML report, shared by its pieces (html_writer.cpp,
// html_article.cpp, html_finding.cpp, html_graph.cpp), so a claim links the same way everywhere.
#pragma once

#include "report/html_claim_index.hpp"

#include <claimcheck/claim.hpp>
#include <claimcheck/rules.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {
struct KindRegistry;
struct SourceRegistry;
}

namespace claimcheck::report {

// Anchors: "doc-2", "c-2-q7" (the 7th figure of the 2nd document), "f-12", "rule-core-unit-conversion".
std::string document_anchor(std::size_t document);
std::string claim_anchor(RunReport const& run, ClaimPlace p);
std::string finding_anchor(std::size_t finding);
std::string rule_anchor(std::string_view rule_id);

std::string_view severity_words(RuleSeverity s);  // "erreur", "avertissement", "info"
std::string_view verdict_words(Verdict v);        // "échoue", "tient", "indécidable"
std::string_view state_words(ClaimState s);       // "constat", "tient", "non vérifié", "sans vérification"
std::string_view how_words(std::string_view how); // "selon", "verb" → "déclare"…

// "0 constat", "1 constat", "2 constats": French counts zero and one in the singular.
std::string count_words(std::size_t n, std::string_view one, std::string_view many);

// Who said it: "l'état-major ukrainien (déclare)", "l'AFP, d'après l'ISW (selon)".
std::string source_words(Attribution const& a);
// Every source of a claim, "; " between them; "" when the text names none.
std::string sources_words(std::vector<Attribution> const& sources);
// "Pertes en personnel (personnel_losses)", or the id alone without a description.
std::string kind_words(KindRegistry const* kinds, std::string const& kind);
// "du 2024-01-01 au 2024-11-27 (cette année)"; "" when the text says nothing of time.
std::string period_words(Period const& p);

// The document's heading: its title when its provenance has one, else its file.
std::string document_title(Document const& doc);

}  // namespace claimcheck::report
