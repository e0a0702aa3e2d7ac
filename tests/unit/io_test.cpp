// Reading inputs: Markdown, HTML and JSON Lines give the text a reader sees, and every byte of
// it maps back to the original file, so a figure found in the text is found at its place there.
#include "io/input.hpp"
#include "io/input_format.hpp"
#include "io/mapped_text.hpp"

#include <claimcheck/claim.hpp>

#include <doctest/doctest.h>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using claimcheck::Diagnostic;
using claimcheck::Document;
using claimcheck::OffsetMap;
using claimcheck::Severity;
using claimcheck::io::InputFormat;
using claimcheck::io::MappedText;
using claimcheck::io::read_documents;
using claimcheck::io::SourceText;

namespace {

struct Read {
    std::vector<SourceText> documents;
    std::vector<Diagnostic> problems;
};

Read read(std::string name, std::string bytes, InputFormat format = InputFormat::automatic) {
    Read r;
    r.documents = read_documents(std::move(name), std::move(bytes), format, r.problems);
    return r;
}

SourceText one(std::string name, std::string bytes, std::vector<Diagnostic>* problems = nullptr) {
    auto r = read(std::move(name), std::move(bytes));
    REQUIRE(r.documents.size() == 1);
    if (problems) *problems = r.problems;
    else CHECK(r.problems.empty());
    return std::move(r.documents.front());
}

std::string_view original_of(SourceText const& s) { return s.provenance.original ? *s.provenance.original : s.bytes; }

// Where `words` (found in the text) start in the original file.
std::size_t original_offset(SourceText const& s, std::string_view words) {
    auto const at = s.bytes.find(words);
    REQUIRE_MESSAGE(at != std::string::npos, "not in the text: " << words);
    return s.provenance.offsets.to_original(at);
}

// The original bytes at the place `words` of the text map to start with `as_written`.
void maps_back(SourceText const& s, std::string_view words, std::string_view as_written) {
    auto const at = original_offset(s, words);
    INFO("text: " << words << " / original at " << at << ": " << std::string(original_of(s).substr(at, 40)));
    CHECK(original_of(s).substr(at).starts_with(as_written));
}
void maps_back(SourceText const& s, std::string_view words) { maps_back(s, words, words); }

// Line and column of `words` of the text in the original, as a finding names them.
std::pair<std::size_t, std::size_t> line_column(SourceText const& s, std::string_view words) {
    Document doc;
    doc.file = s.name;
    doc.bytes = s.bytes;
    doc.provenance = s.provenance;
    auto const at = claimcheck::locate(doc, doc.bytes.find(words));
    return {at.line, at.column};
}

std::string format(Diagnostic const& d) { return claimcheck::format_diagnostic(d); }

}  // namespace

// ------------------------------------------------------------------ the offset map

TEST_CASE("an offset map takes copied, replaced and removed stretches back to the original") {
    std::string const original = "ab<i>cd</i>&eacute;ef";
    MappedText m(original);
    m.copy(0, 2);                    // ab
    m.copy(5, 7);                    // cd (after <i>)
    m.replace(11, 19, "\xC3\xA9");   // é for &eacute; (after </i>)
    m.copy(19, 21);                  // ef
    auto const [text, map] = m.finish();
    CHECK(text == "abcd\xC3\xA9" "ef");
    CHECK(map.to_original(0) == 0);
    CHECK(map.to_original(2) == 5);   // c, after the removed <i>
    CHECK(map.to_original(4) == 11);  // é starts at its entity
    CHECK(map.to_original(6) == 19);  // e, after the entity
    CHECK(map.end_to_original(2) == 2);   // "ab" ends before <i>, not after it
    CHECK(map.end_to_original(4) == 7);   // "cd" ends before </i>
    CHECK(map.end_to_original(6) == 19);  // "é" ends after its whole entity
    CHECK(map.end_to_original(8) == 21);
}

TEST_CASE("an empty map is the identity") {
    OffsetMap const identity;
    CHECK(identity.to_original(42) == 42);
    CHECK(identity.end_to_original(42) == 42);
}

// ------------------------------------------------------------------ Markdown

TEST_CASE("Markdown: the front matter gives date, source, url and title and is not text") {
    auto const s = one("a.md",
                       "---\n"
                       "title: \"Le bilan\"\n"
                       "date: 2024-11-20\n"
                       "source: Rédaction d'essai\n"
                       "url: https://example.org/a\n"
                       "tags: [défense]\n"
                       "---\n"
                       "Il y a 3 morts.\n");
    CHECK(s.bytes == "Il y a 3 morts.\n");
    REQUIRE(s.date);
    CHECK(*s.date == "2024-11-20");
    CHECK(s.provenance.format == "markdown");
    CHECK(s.provenance.title == "Le bilan");
    CHECK(s.provenance.source == "Rédaction d'essai");
    CHECK(s.provenance.url == "https://example.org/a");
    maps_back(s, "3 morts");
    CHECK(line_column(s, "3 morts") == std::pair<std::size_t, std::size_t>(8, 8));
}

TEST_CASE("Markdown: a date with a time is the day, a date that is none is a warning at its place") {
    auto const timed = one("a.md", "---\ndate: 2024-11-20T08:30:00+01:00\n---\nTexte.\n");
    REQUIRE(timed.date);
    CHECK(*timed.date == "2024-11-20");
    std::vector<Diagnostic> problems;
    auto const bad = one("b.md", "---\ntitle: Bilan\ndate: 20 novembre\n---\nTexte.\n", &problems);
    CHECK(!bad.date);
    CHECK(bad.provenance.title == "Bilan");
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]).starts_with("b.md:3:7: warning: date '20 novembre' is not a date (expected YYYY-MM-DD"));
}

TEST_CASE("Markdown: a malformed front matter is a warning at its line and column and the body is read") {
    std::vector<Diagnostic> problems;
    auto const s = one("bad.md",
                       "---\n"
                       "title: Bilan\n"
                       "date: [2024-11-20\n"
                       "---\n"
                       "Il y a 3 morts.\n",
                       &problems);
    CHECK(s.bytes == "Il y a 3 morts.\n");
    CHECK(!s.date);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::warning);
    CHECK(problems[0].code == "input.front-matter");
    CHECK(problems[0].line == 4);  // yaml-cpp notices the unclosed [ on the next line
    CHECK(format(problems[0]).find("front matter is not valid YAML") != std::string::npos);
    maps_back(s, "3 morts");
}

TEST_CASE("Markdown: an unclosed front matter is a warning and the whole file is text") {
    std::vector<Diagnostic> problems;
    auto const s = one("open.md", "---\ndate: 2024-11-20\nIl y a 3 morts.\n", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]) == "open.md:1:1: warning: front matter opened by '---' is not closed (expected a line "
                                 "'---' after its keys); the whole file is read as text [input.front-matter]");
    CHECK(s.bytes.find("3 morts") != std::string::npos);
    CHECK(!s.date);
}

TEST_CASE("Markdown: fenced and indented code blocks are not read, paragraphs stay apart") {
    auto const s = one("code.md",
                       "Avant 1 mot.\n"
                       "\n"
                       "```python\n"
                       "x = 42  # 42 soldats\n"
                       "```\n"
                       "\n"
                       "~~~~\n"
                       "7 chars\n"
                       "```\n"
                       "~~~~\n"
                       "\n"
                       "    12 obus dans un bloc indenté\n"
                       "\n"
                       "Après 2 mots.\n");
    CHECK(s.bytes.find("42") == std::string::npos);
    CHECK(s.bytes.find("7 chars") == std::string::npos);
    CHECK(s.bytes.find("12 obus") == std::string::npos);
    CHECK(s.bytes.find("Avant 1 mot.\n\n") == 0);
    CHECK(s.bytes.find("\n\nAprès 2 mots.\n") != std::string::npos);
    maps_back(s, "Après 2 mots.");
    CHECK(line_column(s, "2 mots") == std::pair<std::size_t, std::size_t>(14, 7));
}

TEST_CASE("Markdown: an unclosed fence is a warning at its line and the rest is code") {
    std::vector<Diagnostic> problems;
    auto const s = one("fence.md", "Texte.\n\n```\n3 morts\n", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]).starts_with("fence.md:3:1: warning: code block opened by ``` is not closed"));
    CHECK(s.bytes.find("3 morts") == std::string::npos);
}

TEST_CASE("Markdown: HTML comments are removed, on one line or several") {
    auto const s = one("c.md",
                       "Il y a <!-- claimcheck-disable core/x --> 3 morts.\n"
                       "<!-- une note\n"
                       "sur 2 lignes -->\n"
                       "Et 4 blessés.\n");
    CHECK(s.bytes.find("claimcheck") == std::string::npos);
    CHECK(s.bytes.find("note") == std::string::npos);
    CHECK(s.bytes.find("2 lignes") == std::string::npos);
    maps_back(s, "3 morts.");
    maps_back(s, "4 blessés.");
    CHECK(line_column(s, "4 blessés") == std::pair<std::size_t, std::size_t>(4, 4));
}

TEST_CASE("Markdown: an unclosed HTML comment is a warning and the text after it is read") {
    std::vector<Diagnostic> problems;
    auto const s = one("c.md", "Titre\n\nIl y a <!-- 3 morts.\n", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]) == "c.md:3:8: warning: HTML comment is not closed (expected '-->'); the text after "
                                 "'<!--' is read [input.markdown]");
    maps_back(s, "3 morts.");
}

TEST_CASE("Markdown: headings, bullets, emphasis, links and quotes keep their words, not their marks") {
    auto const s = one("m.md",
                       "## Le *bilan* de la nuit ##\n"
                       "\n"
                       "Selon l'**état-major**, la défense a abattu [sept des huit](https://example.org/x) drones\n"
                       "tirés depuis la mer, une valeur_brute et 5*3 restent.\n"
                       "\n"
                       "- premier point : 3 chars\n"
                       "- second point ![carte](carte.png) : 4 blindés\n"
                       "1. numéroté : 5 obus\n"
                       "> cité : 6 morts\n");
    CHECK(s.bytes.starts_with("Le bilan de la nuit\n\n"));
    // One paragraph's lines join with a space, so its sentence is one.
    CHECK(s.bytes.find("Selon l'état-major, la défense a abattu sept des huit drones tirés depuis la mer, une "
                       "valeur_brute et 5*3 restent.\n") != std::string::npos);
    CHECK(s.bytes.find("premier point : 3 chars\nsecond point  : 4 blindés\nnuméroté : 5 obus\ncité : 6 morts\n") !=
          std::string::npos);
    maps_back(s, "sept des huit");
    maps_back(s, "drones tirés", "drones\ntirés");
    maps_back(s, "3 chars");
    maps_back(s, "5 obus");
    maps_back(s, "6 morts");
    CHECK(line_column(s, "tirés depuis") == std::pair<std::size_t, std::size_t>(4, 1));
    CHECK(line_column(s, "4 blindés") == std::pair<std::size_t, std::size_t>(7, 38));
}

TEST_CASE("Markdown: a file without markup is read as it is") {
    std::string const text = "Il y a 3 morts.\n\nEt 4 blessés.\n";
    auto const s = one("plain.md", text);
    CHECK(s.bytes == text);
    for (std::size_t i = 0; i < text.size(); ++i) CHECK(s.provenance.offsets.to_original(i) == i);
}

// ------------------------------------------------------------------ HTML

TEST_CASE("HTML: entities are decoded, named, decimal and hexadecimal") {
    auto const s = one("e.html",
                       "<p>L&rsquo;arm&eacute;e &laquo;&nbsp;a abattu&nbsp;&raquo; 4&nbsp;500 drones&hellip; "
                       "&mdash; &#233;t&#xE9; &#x27;&amp;&lt;&gt;&quot; &#146; &unknown; & seul &copy 2024</p>");
    CHECK(s.bytes == "L\u2019arm\u00E9e \u00AB\u00A0a abattu\u00A0\u00BB 4\u00A0" "500 drones\u2026 \u2014 \u00E9t\u00E9 "
                     "'&<>\" \u2019 &unknown; & seul \u00A9 2024");
    maps_back(s, "4\u00A0" "500 drones", "4&nbsp;500 drones");
    maps_back(s, "drones");
    maps_back(s, "\u00E9t\u00E9", "&#233;t&#xE9;");
    maps_back(s, " seul");
}

TEST_CASE("HTML: scripts, styles, noscript, templates, comments and the head are not text") {
    auto const s = one("s.html",
                       "<html><head><title>Le  bilan &amp; les pertes</title>\n"
                       "<meta name=\"date\" content=\"2024-11-20\">\n"
                       "<meta property=\"og:site_name\" content=\"R&eacute;daction\">\n"
                       "<link rel=\"canonical\" href=\"https://example.org/a?x=1&amp;y=2\">\n"
                       "<style>p { width: 42px }</style><script>var n = 42;</script></head>\n"
                       "<body><noscript>Activez 42 scripts</noscript><template><p>42</p></template>"
                       "<!-- 42 commentaires --><p>Il y a 3 morts.</p>"
                       "<SCRIPT type=\"text/javascript\">if (a < b) { x = \"</p>\"; }</SCRIPT ></body></html>");
    CHECK(s.bytes == "Il y a 3 morts.");
    REQUIRE(s.date);
    CHECK(*s.date == "2024-11-20");
    CHECK(s.provenance.format == "html");
    CHECK(s.provenance.title == "Le bilan & les pertes");
    CHECK(s.provenance.source == "Rédaction");
    CHECK(s.provenance.url == "https://example.org/a?x=1&y=2");
    maps_back(s, "3 morts.");
    CHECK(line_column(s, "3 morts") == std::pair<std::size_t, std::size_t>(6, 110));
}

TEST_CASE("HTML: blocks are paragraphs, inline tags and runs of spaces are not breaks") {
    auto const s = one("b.html",
                       "<div>\n  <h2>Titre</h2>\n  <p>La défense a <b>abattu</b>\n     sept des\thuit drones.<br>Ensuite"
                       "</p><ul><li>3 chars</li><li>4 blindés</li></ul>\n"
                       "<table><tr><td>Chars</td><td>5</td></tr><tr><td>Obus</td><td>6</td></tr></table></div>");
    CHECK(s.bytes == "Titre\n\nLa défense a abattu sept des huit drones.\n\nEnsuite\n\n3 chars\n\n4 blindés\n\n"
                     "Chars\n5\n\nObus\n6");
    maps_back(s, "sept des huit drones", "sept des\thuit drones");  // one space for one, as it stands
    maps_back(s, "abattu sept", "abattu</b>\n     sept");
    maps_back(s, "4 blindés");
    maps_back(s, "6");
}

TEST_CASE("HTML: the date of article:published_time keeps its day, an unreadable one is a warning") {
    auto const s = one("d.html", "<meta property=\"article:published_time\" content=\"2024-11-20T08:30:00+01:00\"><p>Texte.</p>");
    REQUIRE(s.date);
    CHECK(*s.date == "2024-11-20");
    std::vector<Diagnostic> problems;
    auto const bad = one("d.html", "<p>Texte.</p>\n  <meta name=\"date\" content=\"hier\">", &problems);
    CHECK(!bad.date);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]).starts_with("d.html:2:3: warning: date 'hier' is not a date"));
}

TEST_CASE("HTML: a tag without '>' is a warning at its line and column and its text is still read") {
    std::vector<Diagnostic> problems;
    auto const s = one("broken.html",
                       "<p>Il y a 3 morts.</p>\n"
                       "<p class=\"x\" Et 4 blessés.\n"
                       "<p>Puis 5 disparus.</p>\n"
                       "<a href=\"x>6 otages</a>\n"
                       "<p>Enfin 7 évacués",
                       &problems);
    REQUIRE(problems.size() == 2);
    CHECK(format(problems[0]) == "broken.html:2:1: warning: '<p' is not closed by '>' (another '<' comes first); "
                                 "the '<' is read as text [input.html]");
    CHECK(format(problems[1]) == "broken.html:4:9: warning: '<a' is not closed by '>' (the value of href opened by \" "
                                 "is not closed); the '<' is read as text [input.html]");
    for (auto const* words : {"3 morts.", "4 blessés.", "5 disparus.", "6 otages", "7 évacués"}) {
        CHECK_MESSAGE(s.bytes.find(words) != std::string::npos, words);
        maps_back(s, words);
    }
    CHECK(line_column(s, "4 blessés") == std::pair<std::size_t, std::size_t>(2, 17));
}

TEST_CASE("HTML: a tag cut by the end of the file is a warning and its words are read") {
    std::vector<Diagnostic> problems;
    auto const s = one("cut.html", "<p>Il y a 3 morts.</p>\n<p Et 4 blessés", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]) == "cut.html:2:1: warning: '<p' is not closed by '>' (the file ends first); the '<' is "
                                 "read as text [input.html]");
    maps_back(s, "4 blessés");
}

TEST_CASE("HTML: an unclosed comment or script is a warning and what follows is still read") {
    std::vector<Diagnostic> problems;
    auto const comment = one("c.html", "<p>Il y a 3 morts.</p>\n<!-- note\n<p>Et 4 blessés.</p>", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]) == "c.html:2:1: warning: comment is not closed (expected '-->' before the end of the "
                                 "file); the text after '<!--' is read [input.html]");
    maps_back(comment, "4 blessés.");

    problems.clear();
    auto const script = one("s.html", "<p>Il y a 3 morts.</p>\n  <script>var a = 1;\n<p>Et 4 blessés.</p>", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(format(problems[0]) == "s.html:2:3: warning: <script> is not closed (expected </script> before the end of "
                                 "the file); what follows is read as text [input.html]");
    maps_back(script, "4 blessés.");
}

TEST_CASE("HTML: a '<' that starts no tag is text") {
    auto const s = one("lt.html", "<p>3 < 5 et 2 <= 4, mais 1 <3</p>");
    CHECK(s.bytes == "3 < 5 et 2 <= 4, mais 1 <3");
}

// ------------------------------------------------------------------ JSON Lines

TEST_CASE("JSON Lines: each record is a document with its id, date and fields") {
    auto const r = read("c.jsonl",
                        "{\"id\":\"a1\",\"date\":\"2024-11-20\",\"source\":\"AFP\",\"url\":\"https://example.org/1\","
                        "\"title\":\"Bilan\",\"text\":\"Il y a 3 morts.\"}\n"
                        "\n"
                        "{\"text\":\"Et 4 blessés.\",\"id\":17}\n"
                        "{\"text\":\"Puis 5 disparus.\"}\n");
    CHECK(r.problems.empty());
    REQUIRE(r.documents.size() == 3);
    auto const& a = r.documents[0];
    CHECK(a.name == "c.jsonl");
    CHECK(a.bytes == "Il y a 3 morts.");
    CHECK(a.provenance.format == "jsonl");
    CHECK(a.provenance.record_id == "a1");
    CHECK(a.provenance.source == "AFP");
    CHECK(a.provenance.url == "https://example.org/1");
    CHECK(a.provenance.title == "Bilan");
    REQUIRE(a.date);
    CHECK(*a.date == "2024-11-20");
    CHECK(r.documents[1].provenance.record_id == "17");
    CHECK(!r.documents[1].date);
    CHECK(r.documents[2].provenance.record_id == "line 4");
    maps_back(r.documents[1], "4 blessés.");
    CHECK(line_column(r.documents[1], "4 blessés") == std::pair<std::size_t, std::size_t>(3, 13));
    CHECK(line_column(r.documents[2], "5 disparus") == std::pair<std::size_t, std::size_t>(4, 15));
}

TEST_CASE("JSON Lines: escapes are decoded and offsets count their bytes in the file") {
    std::string const line =
        R"({"id":"e","text":"Le \"bilan\"\n\u00e9tat : \ud83d\ude80 l\u2019arm\u00e9e a abattu 7 drones\\ \/"})";
    auto const r = read("e.jsonl", "{\"id\":\"z\",\"text\":\"\"}\n" + line + "\n");
    CHECK(r.problems.empty());
    REQUIRE(r.documents.size() == 2);
    auto const& s = r.documents[1];
    CHECK(s.bytes == "Le \"bilan\"\n\u00E9tat : \U0001F680 l\u2019arm\u00E9e a abattu 7 drones\\ /");
    maps_back(s, "bilan", "bilan");
    maps_back(s, "\u00E9tat", "\\u00e9tat");
    maps_back(s, "\U0001F680 l", "\\ud83d\\ude80 l");
    maps_back(s, "7 drones");
    auto const figure = s.bytes.find("7 drones");
    CHECK(s.provenance.offsets.end_to_original(figure + 8) == s.provenance.offsets.to_original(figure) + 8);
    auto const emoji = s.bytes.find("\U0001F680");
    CHECK(s.provenance.offsets.end_to_original(emoji + 4) - s.provenance.offsets.to_original(emoji) == 12);
    // Line 2, and the column of "7" in the file (each escape counts its characters there).
    CHECK(line_column(s, "7 drones") == std::pair<std::size_t, std::size_t>(2, line.find("7 drones") + 1));
}

TEST_CASE("JSON Lines: a line that is not JSON is an error at its line and column, the next records are read") {
    auto const r = read("bad.jsonl",
                        "{\"id\":\"a\",\"text\":\"Il y a 3 morts.\"}\n"
                        "{\"id\":\"b\",\"text\":\"Et 4 blessés.\",}\n"
                        "pas du JSON\n"
                        "{\"id\":\"d\",\"text\":\"Puis 5 disparus.\"}\n");
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].provenance.record_id == "a");
    CHECK(r.documents[1].provenance.record_id == "d");
    CHECK(line_column(r.documents[1], "5 disparus") == std::pair<std::size_t, std::size_t>(4, 24));
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].severity == Severity::error);
    CHECK(format(r.problems[0]).starts_with("bad.jsonl:2:34: error: not JSON: syntax error while parsing object key"));
    CHECK(format(r.problems[0]).find(R"(expected one JSON object a line: {"id": …)") != std::string::npos);
    CHECK(format(r.problems[0]).ends_with("; the line is skipped [input.jsonl]"));
    CHECK(format(r.problems[1]).starts_with("bad.jsonl:3:1: error: not JSON: syntax error while parsing value"));
}

TEST_CASE("JSON Lines: a record without \"text\", or with a text that is no string, is an error") {
    auto const r = read("t.jsonl",
                        "  {\"id\":\"a\",\"title\":\"Bilan\"}\n"
                        "{\"id\":\"b\",\"text\":42}\n"
                        "[\"text\"]\n"
                        "{\"id\":\"d\",\"text\":\"Il y a 3 morts.\"}\n");
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].provenance.record_id == "d");
    REQUIRE(r.problems.size() == 3);
    CHECK(format(r.problems[0]) == "t.jsonl:1:3: error: record has no \"text\" (expected one JSON object a line: "
                                   "{\"id\": …, \"date\": \"YYYY-MM-DD\", \"source\": …, \"url\": …, \"text\": \"…\"}); "
                                   "the line is skipped [input.jsonl]");
    CHECK(format(r.problems[1]).starts_with("t.jsonl:2:18: error: \"text\" is a number, not a string"));
    CHECK(format(r.problems[2]).starts_with("t.jsonl:3:1: error: a JSON array, not an object"));
}

TEST_CASE("JSON Lines: a bad date is a warning at its column and the record is read") {
    auto const r = read("d.jsonl", "{\"id\":\"a\",\"date\":\"20/11/2024\",\"text\":\"Il y a 3 morts.\"}\n");
    REQUIRE(r.documents.size() == 1);
    CHECK(!r.documents[0].date);
    REQUIRE(r.problems.size() == 1);
    CHECK(format(r.problems[0]).starts_with("d.jsonl:1:18: warning: date '20/11/2024' is not a date"));
}

// ------------------------------------------------------------------ formats and directories

TEST_CASE("the format comes from the extension unless it is given, standard input is text") {
    CHECK(claimcheck::io::format_of("a/b.md") == InputFormat::markdown);
    CHECK(claimcheck::io::format_of("b.MARKDOWN") == InputFormat::markdown);
    CHECK(claimcheck::io::format_of("b.htm") == InputFormat::html);
    CHECK(claimcheck::io::format_of("b.jsonl") == InputFormat::jsonl);
    CHECK(claimcheck::io::format_of("b.txt") == InputFormat::text);
    CHECK(claimcheck::io::format_of("b") == InputFormat::text);
    CHECK(read("<stdin>", "<p>3 morts</p>").documents.at(0).bytes == "<p>3 morts</p>");
    CHECK(read("<stdin>", "<p>3 morts</p>", InputFormat::html).documents.at(0).bytes == "3 morts");
    CHECK(read("notes.txt", "# 3 morts", InputFormat::markdown).documents.at(0).bytes == "3 morts");
    CHECK(claimcheck::io::input_format_named("auto") == InputFormat::automatic);
    CHECK(!claimcheck::io::input_format_named("pdf"));
}

TEST_CASE("plain text is the file itself, with no map") {
    auto const s = one("a.txt", "<p>3 morts</p>");
    CHECK(s.bytes == "<p>3 morts</p>");
    CHECK(s.provenance.format == "text");
    CHECK(!s.provenance.original);
    CHECK(s.provenance.offsets.anchors.empty());
}

TEST_CASE("a walked directory gives the files of every format that `selected` accepts, named files always") {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-io-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    fs::path const dir = pattern;
    for (auto const* name :
         {"a.txt", "b.md", "c.html", "d.htm", "e.jsonl", "f.markdown", "g.pdf", "sub/h.txt", "sub/brouillon.md"}) {
        fs::create_directories((dir / name).parent_path());
        std::ofstream(dir / name) << "3 morts\n";
    }
    std::vector<Diagnostic> problems;
    auto const all = claimcheck::io::expand_inputs({dir.string()}, problems);
    CHECK(problems.empty());
    std::vector<std::string> names;
    for (auto const& f : all) names.push_back(fs::relative(f, dir).string());
    CHECK(names == std::vector<std::string>{"a.txt", "b.md", "c.html", "d.htm", "e.jsonl", "f.markdown",
                                            "sub/brouillon.md", "sub/h.txt"});

    auto const no_drafts = [](fs::path const& p) { return p.filename() != "brouillon.md"; };
    auto const some = claimcheck::io::expand_inputs({dir.string(), (dir / "sub/brouillon.md").string()}, problems, no_drafts);
    CHECK(problems.empty());
    CHECK(some.size() == 8);  // brouillon.md once: named, not walked
    CHECK(std::count(some.begin(), some.end(), (dir / "sub/brouillon.md").string()) == 1);
    CHECK(some.back() == (dir / "sub/brouillon.md").string());

    auto const none = claimcheck::io::expand_inputs({(dir / "sub").string()}, problems, [](fs::path const&) { return false; });
    CHECK(none.empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "directory has no input files left once 2 excluded are set aside (expected at least "
                                 "one *.txt, *.md, *.markdown, *.html, *.htm, *.jsonl file in it or its subdirectories)");
    fs::remove_all(dir);
}
