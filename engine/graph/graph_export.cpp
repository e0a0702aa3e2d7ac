// Graph exports: DOT for Graphviz, GraphML for graph tools, JSON for everything else.
#include <claimcheck/claim_graph.hpp>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <nlohmann/json.hpp>

namespace claimcheck::graph {
namespace {

// DOT string literal: quotes and backslashes escaped, newlines as \n.
std::string dot_quoted(std::string const& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

char const* shape_of(NodeKind k) {
    switch (k) {
    case NodeKind::article: return "note";
    case NodeKind::claim: return "box";
    case NodeKind::source: return "ellipse";
    case NodeKind::fact: return "diamond";
    case NodeKind::dataset: return "cylinder";
    }
    return "box";
}

}  // namespace

void write_dot(std::ostream& out, Graph const& g, DotStyle const& style) {
    out << "digraph claims {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n" << style.preamble;
    auto extra = [](auto const& add, auto x) {
        if (!add) return std::string();
        auto attributes = add(x);
        return attributes.empty() ? attributes : ", " + attributes;
    };
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        auto const& n = g[*v];
        out << "  n" << *v << " [label=" << dot_quoted(n.label) << ", shape=" << shape_of(n.kind)
            << ", tooltip=" << dot_quoted(std::string(to_string(n.kind)) + " " + n.id) << extra(style.node, *v) << "];\n";
    }
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        auto const& l = g[*e];
        std::string label(to_string(l.kind));
        if (!l.note.empty()) label += ": " + l.note;
        out << "  n" << boost::source(*e, g) << " -> n" << boost::target(*e, g) << " [label=" << dot_quoted(label)
            << (l.kind == EdgeKind::contradicts ? ", color=red" : "") << extra(style.edge, *e) << "];\n";
    }
    out << "}\n";
}

void write_graphml(std::ostream& out, Graph const& g) {
    boost::dynamic_properties props(boost::ignore_other_properties);
    auto node_field = [&g](auto field) {
        return boost::make_function_property_map<Vertex, std::string>([&g, field](Vertex v) { return field(g[v]); });
    };
    auto edge_field = [&g](auto field) {
        return boost::make_function_property_map<Edge, std::string>([&g, field](Edge e) { return field(g[e]); });
    };
    props.property("kind", node_field([](Node const& n) { return std::string(to_string(n.kind)); }));
    props.property("name", node_field([](Node const& n) { return n.id; }));
    props.property("label", node_field([](Node const& n) { return n.label; }));
    props.property("side", node_field([](Node const& n) { return n.side; }));
    props.property("link", edge_field([](Link const& l) { return std::string(to_string(l.kind)); }));
    props.property("note", edge_field([](Link const& l) { return l.note; }));
    boost::write_graphml(out, g, props, true);
}

void write_json(std::ostream& out, Graph const& g) {
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        auto const& n = g[*v];
        nodes.push_back({{"index", *v}, {"kind", to_string(n.kind)}, {"id", n.id}, {"label", n.label}, {"side", n.side}});
    }
    nlohmann::ordered_json links = nlohmann::ordered_json::array();
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        auto const& l = g[*e];
        links.push_back({{"from", boost::source(*e, g)}, {"to", boost::target(*e, g)}, {"kind", to_string(l.kind)},
                         {"note", l.note}});
    }
    nlohmann::ordered_json j{{"nodes", nodes}, {"links", links}};
    out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::graph
