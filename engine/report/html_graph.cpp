#include "report/html_graph.hpp"

#include "graph/graph_builder.hpp"
#include "report/html_words.hpp"
#include "report/svg_render.hpp"

#include <claimcheck/claim_graph.hpp>
#include <claimcheck/sources.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <sstream>

namespace claimcheck::report {
namespace {

using graph::EdgeKind;
using graph::Graph;
using graph::NodeKind;
using graph::Vertex;

// The same palette as the page's CSS (html_style.cpp): Okabe–Ito, safe for colour-blind readers.
std::string_view fill_of(ClaimState s) {
    switch (s) {
    case ClaimState::finding: return "#f6c7ad";
    case ClaimState::unverified: return "#f7eb9c";
    case ClaimState::holds: return "#c6def1";
    case ClaimState::plain: return "#ffffff";
    }
    return "#ffffff";
}

graph::ClaimGraph build(RunReport const& run, ClaimIndex const& index) {
    static SourceRegistry const no_sources;
    auto g = graph::build_graph(run.sources ? *run.sources : no_sources, run.documents, run.kinds);
    // Contradictions and corroborations link claims, as `claimcheck graph` draws them.
    std::vector<Finding> compared;
    for (auto const& f : run.findings)
        if (index.check_of(f) == "contradiction") compared.push_back(f);
    graph::add_verdicts(g, compared);
    return g;
}

// The articles' part of the graph: every article, claim and fact, the sources that state a
// claim and their lineage (which says whether two sources are independent).
std::vector<bool> articles_part(graph::ClaimGraph const& cg) {
    auto const& g = cg.graph();
    std::vector<bool> keep(boost::num_vertices(g), false);
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        if (g[*v].kind != NodeKind::source) {
            keep[*v] = g[*v].kind != NodeKind::dataset;
            continue;
        }
        for (auto [e, e_end] = boost::out_edges(*v, g); e != e_end; ++e)
            if (g[*e].kind == EdgeKind::states) {
                for (auto const w : cg.family(*v)) keep[w] = true;
                break;
            }
    }
    return keep;
}

// Claim vertices back to the run's claims: a claim's id is "q<N>@…" and it appears in the
// article whose id is its document's.
std::map<Vertex, ClaimPlace> claim_places(Graph const& g, RunReport const& run, ClaimIndex const& index) {
    std::map<std::string, std::size_t> documents;
    for (std::size_t d = 0; d < run.documents.size(); ++d) documents.emplace(document_id(*run.documents[d]), d);
    std::map<Vertex, ClaimPlace> out;
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        auto const& id = g[*v].id;
        if (g[*v].kind != NodeKind::claim || id.size() < 2 || id[0] != 'q') continue;
        std::size_t number = 0;
        if (std::from_chars(id.data() + 1, id.data() + id.size(), number).ec != std::errc()) continue;
        for (auto [e, e_end] = boost::out_edges(*v, g); e != e_end; ++e) {
            if (g[*e].kind != EdgeKind::appears_in) continue;
            auto const doc = documents.find(g[boost::target(*e, g)].id);
            if (doc == documents.end()) continue;
            if (auto const p = index.place(doc->second, number)) out.emplace(*v, *p);
        }
    }
    return out;
}

// Rings of neighbours around the claims of findings, as many whole rings as fit in `max_nodes`
// (the first ring is cut when even it does not fit).
std::vector<bool> around_findings(Graph const& g, std::vector<bool> const& part, std::vector<Vertex> const& seeds,
                                  std::size_t max_nodes) {
    std::vector<bool> keep(part.size(), false);
    std::size_t count = 0;
    std::vector<Vertex> ring;
    for (auto const v : seeds)
        if (count < max_nodes && !keep[v]) keep[v] = true, ++count, ring.push_back(v);
    while (!ring.empty() && count < max_nodes) {
        std::vector<Vertex> next;
        std::vector<bool> queued(part.size(), false);
        auto visit = [&](Vertex w) {
            if (part[w] && !keep[w] && !queued[w]) queued[w] = true, next.push_back(w);
        };
        for (auto const v : ring) {
            for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) visit(boost::target(*e, g));
            for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) visit(boost::source(*e, g));
        }
        if (count + next.size() > max_nodes && count > seeds.size()) break;
        for (auto const w : next)
            if (count < max_nodes) keep[w] = true, ++count;
        ring = std::move(next);
    }
    return keep;
}

// Long labels on lines of about `width` bytes, cut at spaces, so facts and sources stay narrow.
std::string wrapped(std::string const& label, std::size_t width = 28) {
    std::string out;
    std::size_t line = 0;
    for (std::size_t at = 0; at < label.size();) {
        auto const space = std::min(label.find(' ', at), label.size());
        auto const word = std::string_view(label).substr(at, space - at);
        if (line > 0 && line + 1 + word.size() > width) out += '\n', line = 0;
        else if (line > 0) out += ' ', ++line;
        out += word;
        line += word.size();
        at = space + 1;
    }
    return out;
}

// Graphviz sizes the picture in points (4/3 of a pixel); the same numbers as pixels draw it at
// three quarters, where its 10-point labels still read well, and the viewBox keeps it whole.
std::string in_pixels(std::string_view svg) {
    std::string out(svg);
    auto const tag_end = out.find('>');
    for (std::string_view const attribute : {" width=\"", " height=\""}) {
        auto const at = out.find(attribute);
        if (at == std::string::npos || at > tag_end) continue;
        auto const unit = out.find('"', at + attribute.size());
        if (unit >= 2 && out.compare(unit - 2, 2, "pt") == 0) out.erase(unit - 2, 2);
    }
    return out;
}

// Which links a reader needs named: the structural ones (states, appears_in, about) are plain
// from the shapes, and their labels would double the picture's width.
bool named(EdgeKind k) { return k != EdgeKind::states && k != EdgeKind::appears_in && k != EdgeKind::about; }

// The kept vertices and the links between them, with each node's look: claims coloured by their
// state and linked to their highlight, long labels wrapped.
struct Drawing {
    Graph graph;
    std::vector<std::string> node_styles;  // by vertex of `graph`
};

Drawing drawing_of(Graph const& g, std::vector<bool> const& keep, std::map<Vertex, ClaimPlace> const& places,
                   RunReport const& run, ClaimIndex const& index) {
    Drawing d;
    std::vector<Vertex> in_sub(boost::num_vertices(g), boost::graph_traits<Graph>::null_vertex());
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        if (!keep[*v]) continue;
        auto node = g[*v];
        node.label = wrapped(node.label);
        in_sub[*v] = boost::add_vertex(node, d.graph);
        std::string style;
        if (auto const p = places.find(*v); p != places.end()) {
            auto const anchor = claim_anchor(run, p->second);
            auto const state = index.state(p->second);
            style = fmt::format("fillcolor=\"{}\", href=\"#{}\", id=\"g-{}\"", fill_of(state), anchor, anchor);
            if (state == ClaimState::finding) style += ", penwidth=2, color=\"#a63d00\"";
        } else if (g[*v].kind == NodeKind::article) {
            style = "fillcolor=\"#eeeeee\"";
        } else if (g[*v].kind == NodeKind::fact) {
            style = "shape=box, style=\"rounded,filled\", fillcolor=\"#f3f3f3\"";  // a diamond grows with its label
        }
        d.node_styles.push_back(std::move(style));
    }
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        auto const s = boost::source(*e, g), t = boost::target(*e, g);
        if (keep[s] && keep[t]) boost::add_edge(in_sub[s], in_sub[t], g[*e], d.graph);
    }
    return d;
}

}  // namespace

GraphPicture draw_claim_graph(RunReport const& run, ClaimIndex const& index, std::size_t max_nodes) {
    GraphPicture picture;
    auto const cg = build(run, index);
    auto const& g = cg.graph();
    auto const part = articles_part(cg);
    auto const places = claim_places(g, run, index);
    picture.total = static_cast<std::size_t>(std::count(part.begin(), part.end(), true));
    if (places.empty()) {
        picture.note = "Aucun chiffre des articles n'a de type : il n'y a pas de graphe à dessiner.";
        return picture;
    }
    auto keep = part;
    if (picture.total > max_nodes) {
        std::vector<Vertex> seeds;
        for (auto const& [v, p] : places)
            if (index.state(p) == ClaimState::finding) seeds.push_back(v);
        if (seeds.empty()) {
            picture.note = fmt::format("Le graphe compte {} nœuds, trop pour un dessin lisible, et aucun constat "
                                       "n'indique quelle partie montrer.", picture.total);
            return picture;
        }
        keep = around_findings(g, part, seeds, max_nodes);
    }

    auto const [sub, node_styles] = drawing_of(g, keep, places, run, index);
    picture.shown = boost::num_vertices(sub);
    if (picture.shown < picture.total)
        picture.note = fmt::format("Le graphe complet compte {} nœuds ; seuls les {} qui entourent les chiffres des "
                                   "constats sont dessinés.", picture.total, picture.shown);
    graph::DotStyle style;
    style.preamble = "  graph [bgcolor=\"transparent\", nodesep=0.15, ranksep=0.6];\n"
                     "  node [fontsize=10, style=\"filled\", fillcolor=\"#ffffff\", color=\"#555555\", margin=\"0.08,0.03\"];\n"
                     "  edge [fontsize=8, color=\"#888888\", fontcolor=\"#444444\", arrowsize=0.6];\n";
    style.node = [&](Vertex v) { return node_styles[v]; };
    style.edge = [&](graph::Edge e) { return named(sub[e].kind) ? std::string() : std::string("label=\"\""); };
    std::ostringstream dot;
    graph::write_dot(dot, sub, style);
    picture.dot = dot.str();
    if (auto const svg = render_svg(picture.dot)) {
        picture.svg = in_pixels(inline_svg(*svg));
    } else {
        auto const why = svg_renderer_available() ? "Graphviz n'a pas pu mettre le graphe en page"
                                                  : "claimcheck a été construit sans Graphviz";
        if (!picture.note.empty()) picture.note += ' ';
        picture.note += fmt::format("Pas de dessin : {} ; `claimcheck graph` exporte le graphe en DOT.", why);
    }
    return picture;
}

}  // namespace claimcheck::report
