// The claim graph of two small articles read through the real pipeline (the CLI's Engine):
// the registry's sources and links, who states what, shared facts, and the exports.
#include "cli/rule_setup.hpp"
#include "graph/graph_builder.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimcheck;
using namespace claimcheck::graph;

namespace {

// Written for this test: the same October gain, stated by Moscow in one and by the AFP
// (from the ISW's maps) in the other; a bombing count no one is said to state.
char const* const moscow = "date 2024-11-05\n"
                           "Front est : l'armée russe grignote encore du terrain\n\n"
                           "Selon le ministère russe de la Défense, les troupes russes ont pris 210 km2 de territoire "
                           "ukrainien en octobre. Environ 15 localités ont été bombardées dans la région de Kharkiv "
                           "la semaine dernière.\n";
char const* const agency = "date 2024-11-07\n"
                           "Offensive russe : un mois d'octobre très coûteux pour Kiev\n\n"
                           "Les forces russes ont conquis 210 km2 en octobre, d'après une analyse par l'AFP des cartes "
                           "de l'Institut pour l'étude de la guerre (ISW).\n";

struct Corpus {
    std::unique_ptr<cli::Engine> engine = [] {
        cli::RuleOptions o;
        o.rules_root = CLAIMCHECK_TEST_RULES_DIR;
        return cli::load_engine(o);
    }();
    Document a = engine->read("moscou.txt", moscow);
    Document b = engine->read("agence.txt", agency);
    ClaimGraph g = build_graph(engine->sources, {&a, &b}, &engine->kinds);

    Vertex at(NodeKind k, std::string const& id) const {
        auto v = g.find(k, id);
        REQUIRE_MESSAGE(v, to_string(k) << " " << id);
        return *v;
    }
    bool linked(Vertex from, Vertex to, EdgeKind kind) const {
        auto const& gr = g.graph();
        for (auto [e, end] = boost::out_edges(from, gr); e != end; ++e)
            if (boost::target(*e, gr) == to && gr[*e].kind == kind) return true;
        return false;
    }
    // The first claim of `doc` of this kind.
    Claim const& claim(Document const& doc, std::string const& kind) const {
        for (auto const& c : doc.claims)
            if (c.kind == kind) return c;
        FAIL("no claim of kind " << kind << " in " << doc.file);
        return doc.claims.front();
    }
    Vertex node_of(Document const& doc, Claim const& c) const {
        return at(NodeKind::claim, "q" + std::to_string(c.id) + "@" + doc.file);
    }
};

}  // namespace

TEST_CASE("the registry's sources and their lineage are in the graph") {
    Corpus c;
    auto const mod = c.at(NodeKind::source, "russian_mod");
    CHECK(c.g.graph()[mod].label == "le ministère russe de la Défense");
    CHECK(c.g.graph()[mod].side == "russia");
    CHECK(c.linked(mod, c.at(NodeKind::source, "russian_state"), EdgeKind::part_of));
    CHECK(c.g.graph()[c.at(NodeKind::source, "interfax")].side.empty());  // "none" in the registry
}

TEST_CASE("claims appear in their article and are stated by their source") {
    Corpus c;
    auto const article = c.at(NodeKind::article, "moscou.txt");
    CHECK(c.g.graph()[article].label == "moscou.txt (2024-11-05)");
    auto const& gain = c.claim(c.a, "territory_gained");
    auto const v = c.node_of(c.a, gain);
    CHECK(c.linked(v, article, EdgeKind::appears_in));
    CHECK(c.g.graph()[v].label == "210 km2 (territory_gained)");
    CHECK(c.linked(c.at(NodeKind::source, "russian_mod"), v, EdgeKind::states));
}

TEST_CASE("the same figure of two articles is about one fact") {
    Corpus c;
    auto const& ga = c.claim(c.a, "territory_gained");
    auto const& gb = c.claim(c.b, "territory_gained");
    REQUIRE(!fact_id(ga).empty());
    CHECK(fact_id(ga) == fact_id(gb));
    auto const fact = c.at(NodeKind::fact, fact_id(ga));
    CHECK(c.linked(c.node_of(c.a, ga), fact, EdgeKind::about));
    CHECK(c.linked(c.node_of(c.b, gb), fact, EdgeKind::about));
    CHECK(c.g.graph()[fact].label.find("octobre") == std::string::npos);  // dates, not the text's words
    CHECK(c.g.graph()[fact].label.find("du 2024-10-01 au 2024-10-31") != std::string::npos);
}

TEST_CASE("a claim no one is said to state has no states edge") {
    Corpus c;
    for (auto const& claim : c.a.claims) {
        if (claim.kind.empty() || !claim.sources.empty()) continue;
        CHECK(c.g.sources_of(c.node_of(c.a, claim)).empty());
        return;
    }
    FAIL("the Moscow article should hold a figure with no source");
}

TEST_CASE("the graph of the two articles renders with Graphviz and its JSON parses") {
    Corpus c;
    std::ostringstream json;
    write_json(json, c.g.graph());
    auto const parsed = nlohmann::json::parse(json.str(), nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    CHECK(parsed["nodes"].size() == boost::num_vertices(c.g.graph()));

    std::ostringstream dot;
    write_dot(dot, c.g.graph());
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        MESSAGE("Graphviz `dot` is not installed: the DOT export was not rendered");
        return;
    }
    auto const path = std::filesystem::temp_directory_path() / "claimcheck-graph-builder-test.dot";
    std::ofstream(path) << dot.str();
    CHECK(std::system(("dot -Tsvg " + path.string() + " -o /dev/null").c_str()) == 0);
    std::filesystem::remove(path);
}
