#include <claimcheck/claim_graph.hpp>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <set>

namespace claimcheck::graph {
namespace {

bool is_lineage(EdgeKind k) { return k == EdgeKind::part_of || k == EdgeKind::derived_from; }

}  // namespace

std::string_view to_string(NodeKind k) {
    switch (k) {
    case NodeKind::article: return "article";
    case NodeKind::claim: return "claim";
    case NodeKind::source: return "source";
    case NodeKind::fact: return "fact";
    case NodeKind::dataset: return "dataset";
    }
    return "claim";
}

std::string_view to_string(EdgeKind k) {
    switch (k) {
    case EdgeKind::appears_in: return "appears_in";
    case EdgeKind::states: return "states";
    case EdgeKind::about: return "about";
    case EdgeKind::part_of: return "part_of";
    case EdgeKind::derived_from: return "derived_from";
    case EdgeKind::corroborates: return "corroborates";
    case EdgeKind::contradicts: return "contradicts";
    }
    return "appears_in";
}

Vertex ClaimGraph::node(NodeKind kind, std::string const& id, std::string const& label, std::string const& side) {
    auto const key = std::make_pair(kind, id);
    if (auto it = index_.find(key); it != index_.end()) return it->second;
    Vertex const v = boost::add_vertex(Node{kind, id, label.empty() ? id : label, side}, graph_);
    index_.emplace(key, v);
    return v;
}

std::optional<Vertex> ClaimGraph::find(NodeKind kind, std::string const& id) const {
    if (auto it = index_.find({kind, id}); it != index_.end()) return it->second;
    return std::nullopt;
}

void ClaimGraph::link(Vertex from, Vertex to, EdgeKind kind, std::string note) {
    for (auto [e, end] = boost::out_edges(from, graph_); e != end; ++e) {
        if (boost::target(*e, graph_) == to && graph_[*e].kind == kind) return;
    }
    boost::add_edge(from, to, Link{kind, std::move(note)}, graph_);
}

std::vector<Vertex> ClaimGraph::sources_of(Vertex claim) const {
    std::vector<Vertex> out;
    for (auto [e, end] = boost::in_edges(claim, graph_); e != end; ++e) {
        if (graph_[*e].kind == EdgeKind::states) out.push_back(boost::source(*e, graph_));
    }
    return out;
}

std::vector<Vertex> ClaimGraph::family(Vertex source) const {
    // Breadth-first over lineage links in both directions; the visited set makes cycles in
    // part_of (a registry mistake, or a real mutual affiliation) harmless.
    std::set<Vertex> seen{source};
    std::vector<Vertex> queue{source};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        Vertex const v = queue[i];
        auto visit = [&](Vertex next) {
            if (seen.insert(next).second) queue.push_back(next);
        };
        for (auto [e, end] = boost::out_edges(v, graph_); e != end; ++e)
            if (is_lineage(graph_[*e].kind)) visit(boost::target(*e, graph_));
        for (auto [e, end] = boost::in_edges(v, graph_); e != end; ++e)
            if (is_lineage(graph_[*e].kind)) visit(boost::source(*e, graph_));
    }
    return queue;
}

bool ClaimGraph::independent(Vertex a, Vertex b) const {
    if (a == b) return false;
    auto const& sa = graph_[a].side;
    auto const& sb = graph_[b].side;
    if (!sa.empty() && sa != "none" && sa == sb) return false;
    auto const joined = family(a);
    return std::find(joined.begin(), joined.end(), b) == joined.end();
}

}  // namespace claimcheck::graph
