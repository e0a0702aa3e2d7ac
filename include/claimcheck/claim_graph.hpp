// The claim graph: articles, claims, sources, facts and reference datasets, and what links them.
//
// Shape: a bidirectional adjacency list with vecS vertices — the graph is built once per run
// and never loses a vertex, so vertex descriptors stay valid and are plain indices; bidirectional
// because the algorithms walk `part_of` / `derived_from` chains both ways.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace claimcheck::graph {

enum class NodeKind { article, claim, source, fact, dataset };
enum class EdgeKind {
    appears_in,    // claim → article
    states,        // source → claim
    about,         // claim → fact
    part_of,       // source → source it belongs to (Belooussov → Russian MoD)
    derived_from,  // source → source it republishes (AFP analysis → ISW data)
    corroborates,  // claim → claim, or dataset → claim
    contradicts,   // claim → claim
};

std::string_view to_string(NodeKind k);
std::string_view to_string(EdgeKind k);

struct Node {
    NodeKind kind = NodeKind::claim;
    std::string id;     // unique within its kind: "afp", "q3@article.txt", "article.txt"
    std::string label;  // what a reader sees: "AFP", "4.500 km2"
    std::string side;   // for sources: "russia", "ukraine", "" when none
};

struct Link {
    EdgeKind kind = EdgeKind::appears_in;
    std::string note;  // e.g. the gap of a contradiction
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Link>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Builds a graph with one vertex per (kind, id): adding a node twice returns the first.
class ClaimGraph {
public:
    Vertex node(NodeKind kind, std::string const& id, std::string const& label = {}, std::string const& side = {});
    std::optional<Vertex> find(NodeKind kind, std::string const& id) const;
    // Adds the link once: the same (from, to, kind) again is ignored.
    void link(Vertex from, Vertex to, EdgeKind kind, std::string note = {});

    Graph const& graph() const { return graph_; }

    // The sources that state a claim.
    std::vector<Vertex> sources_of(Vertex claim) const;

    // Two sources are independent when no chain of part_of / derived_from links joins them, in
    // either direction and through any number of steps (cycles included), and they are not on
    // the same side of the conflict.
    bool independent(Vertex a, Vertex b) const;

    // All sources joined to `source` by part_of / derived_from chains, itself included.
    std::vector<Vertex> family(Vertex source) const;

private:
    Graph graph_;
    std::map<std::pair<NodeKind, std::string>, Vertex> index_;
};

// What a drawing adds to the DOT export (the HTML report colours claims and links them to the
// text): statements before the nodes, and attributes appended to each node's and edge's list,
// where they win over the export's own ("label=\"\"" hides an edge's label).
struct DotStyle {
    std::string preamble;                           // "node [fontsize=10];\n"
    std::function<std::string(Vertex)> node;        // "fillcolor=\"#f6c7ad\", href=\"#c-1-q3\""; may be empty
    std::function<std::string(Edge)> edge;
};

// Exports for viewers and tools: Graphviz DOT (renders with `dot -Tsvg`), GraphML, JSON.
void write_dot(std::ostream& out, Graph const& g, DotStyle const& style = {});
void write_graphml(std::ostream& out, Graph const& g);
void write_json(std::ostream& out, Graph const& g);

}  // namespace claimcheck::graph
