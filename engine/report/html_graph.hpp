// The claim graph as the HTML report draws it: the run's articles, their typed claims, the facts
// they share and who states them (sources the articles never cite are left out), each claim
// coloured by its state and linked to its highlight; laid out by Graphviz as inline SVG.
#pragma once

#include "report/html_claim_index.hpp"

#include <string>

namespace claimcheck::report {

struct GraphPicture {
    std::string dot;        // what was laid out; "" when nothing was
    std::string svg;        // the <svg> element; "" when none was drawn
    std::string note;       // for the reader: only a part is drawn, or why there is no picture
    std::size_t shown = 0;  // nodes drawn
    std::size_t total = 0;  // nodes of the articles' graph
};

// Past `max_nodes`, only the claims of findings and what lies around them are drawn (as many
// rings of neighbours as fit), and the note says so.
GraphPicture draw_claim_graph(RunReport const& run, ClaimIndex const& index, std::size_t max_nodes = 300);

}  // namespace claimcheck::report
