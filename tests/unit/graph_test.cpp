// The claim graph on small hand-built graphs: independence through chains, cycles in part_of,
// a claim with no source, and the three exports.
#include <claimcheck/claim_graph.hpp>

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimcheck::graph;

namespace {

struct Newsroom {
    ClaimGraph g;
    Vertex state = g.node(NodeKind::source, "russian_state", "État russe", "russia");
    Vertex mod = g.node(NodeKind::source, "russian_mod", "Ministère russe de la Défense", "russia");
    Vertex minister = g.node(NodeKind::source, "belooussov", "Belooussov", "russia");
    Vertex kremlin = g.node(NodeKind::source, "kremlin", "Kremlin", "russia");
    Vertex afp = g.node(NodeKind::source, "afp", "AFP");
    Vertex isw = g.node(NodeKind::source, "isw", "ISW");
    Vertex reuters = g.node(NodeKind::source, "reuters", "Reuters");
    Vertex kyiv = g.node(NodeKind::source, "ua_general_staff", "État-major ukrainien", "ukraine");
    Newsroom() {
        g.link(minister, mod, EdgeKind::part_of);
        g.link(mod, state, EdgeKind::part_of);
        g.link(kremlin, state, EdgeKind::part_of);
        g.link(afp, isw, EdgeKind::derived_from);
    }
};

}  // namespace

TEST_CASE("a node is added once per kind and id") {
    ClaimGraph g;
    auto a = g.node(NodeKind::source, "afp", "AFP");
    CHECK(g.node(NodeKind::source, "afp") == a);
    CHECK(g.node(NodeKind::article, "afp") != a);
    CHECK(g.find(NodeKind::source, "afp") == a);
    CHECK_FALSE(g.find(NodeKind::source, "tass"));
}

TEST_CASE("sources joined by a chain of part_of are not independent, in either direction") {
    Newsroom n;
    CHECK_FALSE(n.g.independent(n.minister, n.state));
    CHECK_FALSE(n.g.independent(n.state, n.minister));
    // Minister and Kremlin meet only at the state: still one family.
    CHECK_FALSE(n.g.independent(n.minister, n.kremlin));
}

TEST_CASE("a source derived from another is not independent of it") {
    Newsroom n;
    CHECK_FALSE(n.g.independent(n.afp, n.isw));
    CHECK(n.g.independent(n.afp, n.reuters));
}

TEST_CASE("sources of the same side are not independent, even unlinked") {
    Newsroom n;
    auto tass = n.g.node(NodeKind::source, "tass", "TASS", "russia");
    CHECK_FALSE(n.g.independent(tass, n.mod));
    CHECK(n.g.independent(n.kyiv, n.afp));
    CHECK(n.g.independent(n.kyiv, n.minister));  // opposite sides, no chain
    CHECK_FALSE(n.g.independent(n.afp, n.afp));
}

TEST_CASE("a cycle in part_of ends the walk and keeps its members together") {
    ClaimGraph g;
    auto a = g.node(NodeKind::source, "a");
    auto b = g.node(NodeKind::source, "b");
    auto c = g.node(NodeKind::source, "c");
    auto d = g.node(NodeKind::source, "d");
    g.link(a, b, EdgeKind::part_of);
    g.link(b, c, EdgeKind::part_of);
    g.link(c, a, EdgeKind::part_of);
    CHECK(g.family(a).size() == 3);
    CHECK_FALSE(g.independent(a, c));
    CHECK(g.independent(a, d));
}

TEST_CASE("a claim with no source has none, and links are not doubled") {
    ClaimGraph g;
    auto article = g.node(NodeKind::article, "a.txt");
    auto claim = g.node(NodeKind::claim, "q0@a.txt", "4.500 km2");
    g.link(claim, article, EdgeKind::appears_in);
    g.link(claim, article, EdgeKind::appears_in);
    CHECK(g.sources_of(claim).empty());
    CHECK(boost::num_edges(g.graph()) == 1);
    auto afp = g.node(NodeKind::source, "afp", "AFP");
    g.link(afp, claim, EdgeKind::states);
    CHECK(g.sources_of(claim) == std::vector<Vertex>{afp});
}

TEST_CASE("exports: JSON, GraphML and DOT hold every node and link") {
    Newsroom n;
    auto claim = n.g.node(NodeKind::claim, "q0@a.txt", "4.500 \"km2\"");
    n.g.link(n.minister, claim, EdgeKind::states);

    std::ostringstream json;
    write_json(json, n.g.graph());
    auto const parsed = nlohmann::json::parse(json.str());
    CHECK(parsed["nodes"].size() == boost::num_vertices(n.g.graph()));
    CHECK(parsed["links"].size() == boost::num_edges(n.g.graph()));

    std::ostringstream graphml;
    write_graphml(graphml, n.g.graph());
    CHECK(graphml.str().find("<graphml") != std::string::npos);
    CHECK(graphml.str().find("part_of") != std::string::npos);

    std::ostringstream dot;
    write_dot(dot, n.g.graph());
    CHECK(dot.str().rfind("digraph claims {", 0) == 0);
    CHECK(dot.str().find("4.500 \\\"km2\\\"") != std::string::npos);  // quotes escaped
    // Graphviz itself is the judge where it is installed (scripts/install-deps.sh installs it).
    if (std::system("command -v dot >/dev/null 2>&1") == 0) {
        auto const path = std::filesystem::temp_directory_path() / "claimcheck-graph-test.dot";
        std::ofstream(path) << dot.str();
        CHECK(std::system(("dot -Tsvg " + path.string() + " -o /dev/null").c_str()) == 0);
    } else {
        MESSAGE("Graphviz `dot` is not installed: the DOT export was not rendered");
    }
}
