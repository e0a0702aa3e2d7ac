// `check --format html`: the whole run as one self-contained page a journalist opens in a
// browser — a summary, each article with its figures highlighted and the findings beside the
// text, and a picture of the claim graph. Inline CSS, script and SVG: the page requests nothing.
#pragma once

#include "report/html_claim_index.hpp"

#include <ostream>
#include <vector>

namespace claimcheck::report {

void write_html(std::ostream& out, RunReport const& run);

// The page's pieces, each in its own file.

// One article (html_article.cpp): its paragraphs with every claim highlighted, each beside the
// findings that stand in it; `findings` are those whose home is this document, in report order.
void write_article(std::ostream& out, RunReport const& run, ClaimIndex const& index, std::size_t document,
                   std::vector<std::size_t> const& findings);

// One finding as a card (html_finding.cpp): rule, severity or verdict, message, the claims it
// binds linked to their highlights with who said them, and the arithmetic.
void write_finding(std::ostream& out, RunReport const& run, ClaimIndex const& index, std::size_t finding);

}  // namespace claimcheck::report
