#include "graph/graph_builder.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace claimcheck::graph {
namespace {

// The registry says "none" for no side; the graph's nodes say "".
std::string side_of(Source const& s) { return s.side == "none" ? std::string() : s.side; }

void add_registry(ClaimGraph& g, SourceRegistry const& registry) {
    for (auto const& s : registry.sources)
        g.node(NodeKind::source, s.id, s.names.empty() ? s.id : s.names.front(), side_of(s));
    // Links after every node exists, so a link to a source declared later finds it with its label.
    for (auto const& s : registry.sources) {
        auto const from = *g.find(NodeKind::source, s.id);
        for (auto const& whole : s.part_of) g.link(from, g.node(NodeKind::source, whole), EdgeKind::part_of);
        for (auto const& origin : s.derived_from)
            g.link(from, g.node(NodeKind::source, origin), EdgeKind::derived_from);
    }
}

// A registered source by its id; one the registry lacks by the words that name it, so two
// articles naming "un responsable américain" share the node.
Vertex source_node(ClaimGraph& g, std::string const& id, std::string const& name) {
    if (!id.empty()) {
        if (auto v = g.find(NodeKind::source, id)) return *v;
        return g.node(NodeKind::source, id);
    }
    return g.node(NodeKind::source, name, name);
}

std::string period_words(Period const& p) {
    auto const start = p.start.value_or("");
    auto const end = p.end.value_or("");
    if (!start.empty() && start == end) return "le " + start;
    if (!start.empty() && !end.empty()) return fmt::format("du {} au {}", start, end);
    if (!start.empty()) return "depuis le " + start;
    return "jusqu'au " + end;
}

// "Territoire pris ou gagné, la région de Koursk, du 2024-11-01 au 2024-11-30, en km2".
std::string fact_label(Claim const& c, KindRegistry const* kinds) {
    std::string what = c.kind;
    if (kinds != nullptr)
        if (auto const* k = kinds->find(c.kind); k != nullptr && !k->description.empty()) what = k->description;
    std::string label = what + ", " + (c.place.empty() ? "sans lieu" : c.place) + ", " + period_words(c.period);
    if (!c.quantity.unit.empty()) label += ", en " + c.quantity.unit;
    return label;
}

std::string claim_text(Document const& doc, Claim const& c) {
    auto const span = c.quantity.span;
    if (span.end <= span.start || span.end > doc.bytes.size()) return {};
    return doc.bytes.substr(span.start, span.end - span.start);
}

// "a.txt", or "corpus.jsonl#r12" for a record of a JSON Lines file: each record is an article.
std::string short_name(std::string const& file, std::string const& record_id) {
    auto const name = std::filesystem::path(file).filename().string();
    return record_id.empty() ? name : name + "#" + record_id;
}

void add_document(ClaimGraph& g, Document const& doc, KindRegistry const* kinds) {
    auto const name = short_name(doc.file, doc.provenance.record_id);
    auto const article = g.node(NodeKind::article, document_id(doc), doc.date ? name + " (" + *doc.date + ")" : name);
    for (auto const& c : doc.claims) {
        if (c.kind.empty()) continue;  // a figure the packs cannot name is about nothing we can match
        auto const claim = g.node(NodeKind::claim, fmt::format("q{}@{}", c.id, name),
                                  fmt::format("{} ({})", claim_text(doc, c), c.kind));
        g.link(claim, article, EdgeKind::appears_in);
        for (auto const& a : c.sources) {
            auto const who = source_node(g, a.id, a.name);
            g.link(who, claim, EdgeKind::states);
            // "l'AFP à partir des données de l'ISW": this article makes the AFP republish the ISW.
            if (!a.origin_id.empty() || !a.origin_name.empty())
                g.link(who, source_node(g, a.origin_id, a.origin_name), EdgeKind::derived_from);
        }
        if (auto const fact = fact_id(c); !fact.empty())
            g.link(claim, g.node(NodeKind::fact, fact, fact_label(c, kinds)), EdgeKind::about);
    }
}

}  // namespace

std::string fact_id(Claim const& c) {
    if (c.kind.empty() || !c.period.known()) return {};
    return fmt::format("{}|{}|{}|{}|{}", c.kind, c.place, c.period.start.value_or(""), c.period.end.value_or(""),
                       c.quantity.unit);
}

ClaimGraph build_graph(SourceRegistry const& sources, std::vector<Document const*> const& documents,
                       KindRegistry const* kinds, std::vector<DatasetRef> const& datasets) {
    ClaimGraph g;
    add_registry(g, sources);
    for (auto const& d : datasets) {
        auto const set = g.node(NodeKind::dataset, d.id, d.label);
        // A dataset republishes its publisher's figures, as an agency's analysis does.
        if (!d.source_id.empty()) g.link(set, g.node(NodeKind::source, d.source_id), EdgeKind::derived_from);
    }
    for (auto const* doc : documents) add_document(g, *doc, kinds);
    return g;
}

void add_verdicts(ClaimGraph& g, std::vector<Finding> const& findings) {
    for (auto const& f : findings) {
        if (f.claims.size() < 2 || f.verdict == Verdict::undecided) continue;
        auto id_of = [](FoundClaim const& c) {
            return fmt::format("q{}@{}", c.claim.id, short_name(c.file, c.at.record_id));
        };
        auto const a = g.find(NodeKind::claim, id_of(f.claims[0]));
        auto const b = g.find(NodeKind::claim, id_of(f.claims[1]));
        if (!a || !b) continue;
        if (f.verdict == Verdict::fails) g.link(*a, *b, EdgeKind::contradicts, f.message);
        else g.link(*b, *a, EdgeKind::corroborates);
    }
}

}  // namespace claimcheck::graph
