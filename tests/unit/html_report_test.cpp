// The HTML report (report/html_writer.hpp): escaping, highlights that touch, nest or cross, byte
// offsets in multi-byte text, on highlights made by hand and on a whole page; the graph picture.
#include "report/html_graph.hpp"
#include "report/html_highlight.hpp"
#include "report/html_writer.hpp"
#include "report/svg_render.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;
using namespace claimcheck::report;

namespace {

// Pieces as "[index:start-end/part" … "]", so a test reads the nesting at a glance.
std::string marked(std::string_view text, std::vector<Highlight> const& highlights, std::size_t begin = 0,
                   std::size_t end = std::string::npos) {
    return mark_up(text, begin, std::min(end, text.size()), highlights,
                   [](HighlightPiece const& p) { return fmt::format("[{}:{}-{}/{}", p.highlight, p.start, p.end, p.part); },
                   "]");
}

Claim claim_at(std::string const& bytes, std::string const& text, std::size_t id, std::string kind = "personnel_losses") {
    Claim c;
    c.id = id;
    auto const start = bytes.find(text);
    REQUIRE(start != std::string::npos);
    c.quantity.span = {start, start + text.size()};
    c.kind = std::move(kind);
    return c;
}

FoundClaim found(Document const& doc, std::size_t claim, std::string role) {
    FoundClaim c;
    c.role = std::move(role);
    c.claim = doc.claims[claim];
    c.file = doc.file;
    auto const span = c.claim.quantity.span;
    c.text = doc.bytes.substr(span.start, span.end - span.start);
    return c;
}

std::string page(RunReport const& run) {
    std::ostringstream out;
    write_html(out, run);
    return out.str();
}

}  // namespace

TEST_CASE("text and highlights are escaped: <, &, quotes") {
    std::string const text = R"(a <b> & "c" 'd' 5 < 6)";
    auto const start = text.find("5 < 6");
    auto const out = marked(text, {{start, text.size()}});
    CHECK(out == fmt::format(R"(a &lt;b&gt; &amp; "c" 'd' [0:{}-{}/05 &lt; 6])", start, text.size()));
}

TEST_CASE("adjacent highlights close before the next opens") {
    CHECK(marked("abcdef", {{0, 3}, {3, 6}}) == "[0:0-3/0abc][1:3-6/0def]");
}

TEST_CASE("a highlight inside another nests, the longer outside whatever the order given") {
    CHECK(marked("abcdefgh", {{2, 4}, {0, 6}}) == "[1:0-6/0ab[0:2-4/0cd]ef]gh");
    CHECK(marked("abcdef", {{0, 3}, {0, 6}}) == "[1:0-6/0[0:0-3/0abc]def]");
}

TEST_CASE("a highlight crossing another's end is cut in two pieces, each wrapping its own bytes") {
    // A = [0, 6), B = [3, 9): B's first piece nests in A, its second follows it.
    CHECK(marked("abcdefghi", {{0, 6}, {3, 9}}) == "[0:0-6/0abc[1:3-6/0def]][1:6-9/1ghi]");
}

TEST_CASE("highlights are clipped to the stretch asked for, and empty ones left out") {
    std::string const text = "one\n\ntwo three";
    CHECK(marked(text, {{0, 3}, {5, 8}, {7, 7}}, 5) == "[1:5-8/0two] three");
    CHECK(marked(text, {{2, 7}}, 0, 3) == "on[0:2-3/0e]");
}

TEST_CASE("offsets are bytes: multi-byte characters before and inside a highlight") {
    std::string const text = "Été : près de 4 500 km² gagnés";
    auto const start = text.find("près");
    auto const end = text.find(" gagnés");
    auto const out = marked(text, {{start, end}});
    CHECK(out == fmt::format("Été : [0:{}-{}/0près de 4 500 km²] gagnés", start, end));
    CHECK(start == 8);  // "Été : " is 8 bytes, 6 code points
}

TEST_CASE("the page: escaped text, paragraphs kept, each claim a mark with its offsets and state") {
    Document doc;
    doc.file = "a <b>.txt";
    doc.bytes = "date 2024-11-27\nTitre & \"guillemets\"\n\n"
                "Selon <l'état-major>, 736 120 soldats (+1 530) ; la veille, 734 810 soldats.\n\n"
                "Près de 4 500 km² « n'ont pu être vérifiés », dit l'AFP.\n";
    doc.provenance.title = "Pertes <russes> & bilan";
    doc.provenance.url = "javascript:alert(1)";
    doc.claims = {claim_at(doc.bytes, "736 120 soldats", 0), claim_at(doc.bytes, "+1 530", 1),
                  claim_at(doc.bytes, "734 810 soldats", 2), claim_at(doc.bytes, "Près de 4 500 km²", 3, "territory_gained")};
    doc.claims[3].unverified = "n'ont pu être vérifiés";
    Attribution who;
    who.name = "l'état-major \"ukrainien\"";
    who.how = "selon";
    doc.claims[0].sources.push_back(who);

    RunReport run;
    run.documents = {&doc};
    Finding fails;
    fails.rule = "conflict/counter-increment";
    fails.severity = RuleSeverity::error;
    fails.message = "1 310, pas +1 530 <incohérent>";
    fails.file = doc.file;
    fails.claims = {found(doc, 0, "total"), found(doc, 1, "increment"), found(doc, 2, "previous")};
    fails.trace = {"736 120 − 734 810 = 1 310"};
    Finding holds;
    holds.verdict = Verdict::holds;
    holds.rule = "core/increment-within-total";
    holds.file = doc.file;
    holds.claims = {found(doc, 0, "total"), found(doc, 1, "increment")};
    run.findings = {fails, holds};
    auto const html = page(run);

    SUBCASE("what the text holds is escaped, never markup") {
        CHECK(html.find("<l'état-major>") == std::string::npos);
        CHECK(html.find("Selon &lt;l'état-major&gt;") != std::string::npos);
        CHECK(html.find("Titre &amp; \"guillemets\"") != std::string::npos);
        CHECK(html.find("<h2 id=\"doc-1-title\">Pertes &lt;russes&gt; &amp; bilan</h2>") != std::string::npos);
        CHECK(html.find("<title>Vérification des chiffres : Pertes &lt;russes&gt; &amp; bilan, 1 constat</title>") !=
              std::string::npos);
        CHECK(html.find("data-file=\"a &lt;b&gt;.txt\"") != std::string::npos);
        CHECK(html.find("1 310, pas +1 530 &lt;incohérent&gt;") != std::string::npos);
        CHECK(html.find("href=\"javascript:") == std::string::npos);  // an article's URL is a link only to the web
        CHECK(html.find("l&apos;état-major &quot;ukrainien&quot;") != std::string::npos);  // in a title attribute
    }
    SUBCASE("paragraphs are kept: one row each") {
        CHECK(html.find("id=\"doc-1-p1\"") != std::string::npos);
        CHECK(html.find("id=\"doc-1-p3\"") != std::string::npos);
        CHECK(html.find("id=\"doc-1-p4\"") == std::string::npos);
    }
    SUBCASE("each mark carries its claim, byte offsets and state, and wraps exactly its text") {
        for (auto const& c : doc.claims) {
            auto const text = doc.bytes.substr(c.quantity.span.start, c.quantity.span.end - c.quantity.span.start);
            auto const open = html.find(fmt::format("<mark id=\"c-1-q{}\" data-claim=\"q{}\"", c.id, c.id));
            REQUIRE(open != std::string::npos);
            auto const tag_end = html.find('>', open);
            auto const tag = html.substr(open, tag_end - open);
            CHECK(tag.find(fmt::format("data-start=\"{}\" data-end=\"{}\"", c.quantity.span.start, c.quantity.span.end)) !=
                  std::string::npos);
            CHECK(html.compare(tag_end + 1, text.size() + 7, text + "</mark>") == 0);
        }
        // "Près de 4 500 km²" starts after multi-byte characters and holds two of its own.
        CHECK(doc.claims[3].quantity.span.end - doc.claims[3].quantity.span.start == 19);
    }
    SUBCASE("states: a failing check, only checks that hold, the text's own doubt") {
        auto state_of = [&](std::size_t id) {
            auto const open = html.find(fmt::format("<mark id=\"c-1-q{}\"", id));
            auto const at = html.find("data-state=\"", open) + 12;
            return html.substr(at, html.find('"', at) - at);
        };
        CHECK(state_of(0) == "finding");
        CHECK(state_of(2) == "finding");
        CHECK(state_of(3) == "unverified");
        run.findings = {holds};
        auto const quiet = page(run);
        CHECK(quiet.find("<mark id=\"c-1-q0\" data-claim=\"q0\" data-kind=\"personnel_losses\" data-aspect=\"total\" "
                         "data-state=\"holds\"") != std::string::npos);
    }
    SUBCASE("findings link their claims; what holds is collapsed") {
        CHECK(html.find("<article class=\"finding sev-error verdict-fails\" id=\"f-1\"") != std::string::npos);
        CHECK(html.find("<a href=\"#c-1-q2\" data-claim=\"q2\">734 810 soldats</a>") != std::string::npos);
        auto const details = html.find("<details class=\"verdicts\">");
        REQUIRE(details != std::string::npos);
        CHECK(html.find("id=\"f-2\"", details) != std::string::npos);
    }
}

TEST_CASE("the page: claims that overlap are cut so each piece's offsets are its own") {
    Document doc;
    doc.file = "x.txt";
    doc.bytes = "entre 10 et 15 km² environ";
    Claim outer = claim_at(doc.bytes, "entre 10 et 15 km²", 0);
    Claim crossing = claim_at(doc.bytes, "15 km² environ", 1);
    doc.claims = {outer, crossing};
    RunReport run;
    run.documents = {&doc};
    auto const html = page(run);
    auto const cut = doc.bytes.find("15");
    auto const end = doc.bytes.find(" environ");
    CHECK(html.find(fmt::format("data-claim=\"q1\" data-kind=\"personnel_losses\" data-aspect=\"total\" "
                                "data-state=\"plain\" data-start=\"{}\" data-end=\"{}\"",
                                cut, end)) != std::string::npos);
    CHECK(html.find(fmt::format("data-start=\"{}\" data-end=\"{}\" data-part=\"2\"", end, doc.bytes.size())) !=
          std::string::npos);
    CHECK(html.find("15 km²</mark></mark><mark") != std::string::npos);
}

TEST_CASE("a graph too big for a picture: only the part around the findings, and the page says so") {
    Document doc;
    doc.file = "big.txt";
    for (std::size_t i = 0; i < 60; ++i) {
        Claim c;
        c.id = i;
        c.quantity.span = {doc.bytes.size(), doc.bytes.size() + 3};
        doc.bytes += fmt::format("{:03} ", i);
        c.kind = "personnel_losses";
        c.period.start = "2024-11-01";
        c.period.end = fmt::format("2024-12-{:02}", i % 28 + 1);  // 28 facts
        c.quantity.unit = i < 30 ? "" : "%";                      // 56 with the units
        doc.claims.push_back(c);
    }
    RunReport run;
    run.documents = {&doc};
    Finding f;
    f.rule = "core/increment-within-total";
    f.file = doc.file;
    f.claims = {found(doc, 7, "total")};
    run.findings = {f};
    ClaimIndex const index(run);

    auto const all = draw_claim_graph(run, index);
    CHECK(all.total == 1 + 60 + 56);
    CHECK(all.shown == all.total);
    CHECK(all.note.find("seuls") == std::string::npos);

    // The finding's claim, then its article and fact; the next ring (every claim of the article)
    // would not fit.
    auto const part = draw_claim_graph(run, index, 50);
    CHECK(part.shown == 3);
    CHECK(part.note.find("Le graphe complet compte 117 nœuds ; seuls les 3") != std::string::npos);
    CHECK(part.dot.find("id=\"g-c-1-q7\"") != std::string::npos);
    if (svg_renderer_available()) {
        CHECK(part.svg.starts_with("<svg"));
        CHECK(part.svg.find("<?xml") == std::string::npos);
        CHECK(part.svg.find("c-1-q7") != std::string::npos);
    }

    run.findings.clear();  // nothing to centre on
    ClaimIndex const quiet(run);
    auto const none = draw_claim_graph(run, quiet, 50);
    CHECK(none.svg.empty());
    CHECK(none.note.find("aucun constat") != std::string::npos);
}
