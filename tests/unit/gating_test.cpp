// Gating (engine/gating/): suppression comments and sidecars as they are read, what a
// suppression covers, baselines written and read back, and the findings of changed files.
#include "config/project_config.hpp"
#include "gating/baseline.hpp"
#include "gating/changed_files.hpp"
#include "gating/suppressions.hpp"
#include "io/markdown_reader.hpp"
#include "support/scratch.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;
using namespace claimcheck::gating;
using claimcheck::test::Scratch;

namespace {

std::string lines(std::vector<Diagnostic> const& ds) {
    std::string out;
    for (auto const& d : ds) out += format_diagnostic(d) + "\n";
    return out;
}

// A claim of `file` starting at byte `offset` of the original file.
FoundClaim claim(std::string const& text, std::size_t offset, std::string const& file = "a.md", std::string record = "") {
    FoundClaim c;
    c.role = "part";
    c.text = text;
    c.file = file;
    c.at.file = file;
    c.at.record_id = std::move(record);
    c.at.offset = offset;
    return c;
}

Finding finding(std::string rule, std::vector<FoundClaim> claims, std::size_t line = 1) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = RuleSeverity::error;
    f.file = claims.front().file;
    f.document_id = claims.front().file;
    f.line = line;
    f.claims = std::move(claims);
    return f;
}

// The comments' suppressions of a Markdown text, with the bytes each covers.
std::vector<SuppressionRule> read_comments(std::string const& text, std::vector<Diagnostic>& problems) {
    return comment_suppressions("a.md", text, {}, problems);
}

std::string covered(std::string const& text, SuppressionRule const& s) { return text.substr(s.begin, s.end - s.begin); }

}  // namespace

// ------------------------------------------------------------------ comments

TEST_CASE("disable-next-line covers the next line that holds text, for the rules it names") {
    std::string const text = "Titre\n"
                             "<!-- claimcheck-disable-next-line core/part-within-whole, conflict/ -- cité tel quel -->\n"
                             "\n"
                             "Douze des dix missiles.\n"
                             "Ligne suivante.\n";
    std::vector<Diagnostic> problems;
    auto const found = read_comments(text, problems);
    CHECK(lines(problems) == "");
    REQUIRE(found.size() == 1);
    CHECK(covered(text, found[0]) == "Douze des dix missiles.");
    CHECK(found[0].rules == std::vector<std::string>{"core/part-within-whole", "conflict/"});
    CHECK(found[0].reason == "cité tel quel");
    CHECK(found[0].at.line == 2);
    CHECK(found[0].at.column == 1);
    CHECK(found[0].covers("core/part-within-whole"));
    CHECK(found[0].covers("conflict/contradiction"));
    CHECK_FALSE(found[0].covers("core/unit-conversion"));
}

TEST_CASE("disable and enable cover the stretch between them, and a bare enable ends every open disable") {
    std::string const text = "<!-- claimcheck-disable core/a -- un -->\nA\n<!-- claimcheck-enable core/a -->\nB\n"
                             "<!-- claimcheck-disable core/b -- deux -->\n<!-- claimcheck-disable -- trois -->\nC\n"
                             "<!-- claimcheck-enable -->\nD\n<!-- claimcheck-disable core/c -- quatre -->\nE\n";
    std::vector<Diagnostic> problems;
    auto const found = read_comments(text, problems);
    CHECK(lines(problems) == "");
    REQUIRE(found.size() == 4);
    CHECK(covered(text, found[0]) == "\nA\n");
    CHECK(found[1].rules == std::vector<std::string>{"*"});
    CHECK(covered(text, found[1]) == "\nC\n");
    CHECK(found[2].rules == std::vector<std::string>{"core/b"});
    CHECK(covered(text, found[2]) == "\n<!-- claimcheck-disable -- trois -->\nC\n");
    CHECK(found[3].reason == "quatre");
    CHECK(covered(text, found[3]) == "\nE\n");  // never enabled: to the end of the file
}

TEST_CASE("a comment without a reason is kept, to be reported, and other comments are not ours") {
    std::vector<Diagnostic> problems;
    auto const found = read_comments("<!-- une note -->\n<!-- claimcheck-disable-next-line core/a -->\nA\n", problems);
    CHECK(lines(problems) == "");
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].has_reason());
}

TEST_CASE("a comment in a Markdown code block is an example, not a directive") {
    std::string const md = "Texte.\n\n```\n<!-- claimcheck-disable-next-line core/x -- exemple -->\n<!-- claimcheck-oops -->\n```\n"
                           "Ligne 7 000 km2.\n";
    std::vector<Diagnostic> problems;
    auto const source = io::read_markdown("a.md", md, problems);
    REQUIRE(source.provenance.code.size() == 1);
    CHECK(md.substr(source.provenance.code[0].first, 3) == "```");
    auto const found = comment_suppressions("a.md", md, source.provenance.code, problems);
    CHECK(found.empty());
    CHECK(problems.empty());
    CHECK(comment_suppressions("a.md", md, {}, problems).size() == 1);  // outside a block it would be read
}

TEST_CASE("malformed comments are errors at their line and column") {
    std::string const text = "Titre\n"
                             "  <!-- claimcheck-disabel core/a -- faute -->\n"
                             "<!-- claimcheck-disable-next-line core/a raison sans tirets -->\nA\n"
                             "é <!-- claimcheck-enable core/b -->\n"
                             "<!-- claimcheck-disable-next-line core/a -- rien après -->\n";
    std::vector<Diagnostic> problems;
    auto const found = read_comments(text, problems);
    CHECK(found.empty());
    CHECK(lines(problems) ==
          "a.md:2:3: error: unknown comment 'claimcheck-disabel'; did you mean 'claimcheck-disable'? (expected "
          "claimcheck-disable-next-line, claimcheck-disable or claimcheck-enable) [suppression.malformed]\n"
          "a.md:3:1: error: 'raison' is not a rule; a reason goes after ' -- ': claimcheck-disable-next-line RULE[, RULE…] "
          "-- reason (RULE: a rule id such as core/part-within-whole, a pack such as conflict/, or *) [suppression.malformed]\n"
          "a.md:5:3: error: claimcheck-enable core/b has no claimcheck-disable of the same rules open before it "
          "[suppression.malformed]\n"
          "a.md:6:1: error: claimcheck-disable-next-line has no line of text after it [suppression.malformed]\n");
}

// ------------------------------------------------------------------ sidecars

TEST_CASE("a sidecar names rules, figures and records, and its mistakes are errors at its line and column") {
    Scratch s;
    auto const article = (s.dir() / "fil.jsonl").string();
    s.write("fil.jsonl.claimcheck-suppress.yaml",
            "- rule: core/part-within-whole\n"
            "  figure: \"Onze  des\"\n"
            "  record: fil-1\n"
            "  reason: bilan provisoire\n"
            "- rule: [core/a, conflict/]\n"
            "- rule: core/a\n"
            "  raison: faute\n"
            "- figure: onze\n"
            "  reason: sans règle\n"
            "- rule: corrigé\n"
            "  reason: pas une règle\n");
    std::vector<Diagnostic> problems;
    auto const found = sidecar_suppressions(article, problems);
    REQUIRE(found.size() == 2);
    CHECK(found[0].sidecar);
    CHECK(found[0].figure == "onze des");  // as fingerprints fold it
    CHECK(found[0].record == "fil-1");
    CHECK(found[0].at.file == sidecar_path(article).string());
    CHECK(found[0].at.line == 1);
    CHECK(found[0].at.column == 3);
    CHECK(found[1].rules == std::vector<std::string>{"core/a", "conflict/"});
    CHECK_FALSE(found[1].has_reason());
    auto const side = sidecar_path(article).string();
    CHECK(lines(problems) ==
          side + ":7:3: error: unknown key 'raison' in a suppression; did you mean 'reason'? [yaml.unknown-key]\n" + side +
          ":8:3: error: a suppression needs the 'rule' it accepts (a rule id such as core/part-within-whole, a pack such "
          "as conflict/, or *) [suppression.missing-key]\n" +
          side + ":10:9: error: 'corrigé' is not a rule (expected a rule id such as core/part-within-whole, a pack such as "
          "conflict/, or *) [suppression.bad-rule]\n");
    CHECK(sidecar_suppressions((s.dir() / "none.txt").string(), problems).empty());
}

// ------------------------------------------------------------------ applying

TEST_CASE("a suppression marks the findings of its rules with a claim it covers, and only those") {
    std::string const text = "<!-- claimcheck-disable-next-line core/part-within-whole -- cité -->\nDouze des dix.\nOnze des huit.\n";
    std::vector<Diagnostic> problems;
    Suppressions suppressions;
    Document doc;
    doc.file = "a.md";
    doc.provenance.format = "markdown";
    doc.provenance.original = std::make_shared<std::string const>(text);
    suppressions.read(doc, problems);
    suppressions.read(doc, problems);  // a file is read once, whatever its number of documents
    auto const douze = text.find("Douze");
    std::vector<Finding> findings{finding("core/part-within-whole", {claim("Douze", douze)}),
                                  finding("core/unit-conversion", {claim("Douze", douze)}),
                                  finding("core/part-within-whole", {claim("Onze", text.find("Onze"))}),
                                  finding("core/part-within-whole", {claim("Douze", douze, "b.md")})};
    suppressions.apply(findings);
    REQUIRE(findings.size() == 4);
    REQUIRE(findings[0].suppression);
    CHECK(findings[0].suppression->kind == "inSource");
    CHECK(findings[0].suppression->justification == "cité");
    CHECK(findings[0].suppression->at.line == 1);
    CHECK_FALSE(findings[1].suppression);  // another rule
    CHECK_FALSE(findings[2].suppression);  // another line
    CHECK_FALSE(findings[3].suppression);  // another file
}

TEST_CASE("a suppression without a reason suppresses nothing and is itself a finding") {
    std::string const text = "<!-- claimcheck-disable-next-line core/part-within-whole -->\nDouze des dix.\n";
    std::vector<Diagnostic> problems;
    Suppressions suppressions;
    Document doc;
    doc.file = "a.md";
    doc.bytes = text;
    doc.provenance.format = "markdown";
    suppressions.read(doc, problems);
    std::vector<Finding> findings{finding("core/part-within-whole", {claim("Douze", text.find("Douze"))})};
    suppressions.apply(findings);
    REQUIRE(findings.size() == 2);
    CHECK_FALSE(findings[0].suppression);
    CHECK(findings[1].rule == missing_reason_rule);
    CHECK(findings[1].file == "a.md");
    CHECK(findings[1].line == 1);
    CHECK(findings[1].column == 1);
    CHECK(findings[1].severity == RuleSeverity::warning);
}

TEST_CASE("a sidecar entry covers the claims of its record written as its figure") {
    SuppressionRule s;
    s.sidecar = true;
    s.rules = {"*"};
    s.article = "fil.jsonl";
    s.record = "fil-1";
    s.figure = "onze";
    CHECK(s.covers(claim("Onze", 0, "fil.jsonl", "fil-1")));
    CHECK_FALSE(s.covers(claim("onze", 0, "fil.jsonl", "fil-2")));
    CHECK_FALSE(s.covers(claim("huit drones", 0, "fil.jsonl", "fil-1")));
    CHECK_FALSE(s.covers(claim("onze", 0, "autre.jsonl", "fil-1")));
}

// ------------------------------------------------------------------ baselines

TEST_CASE("a baseline records failing, unsuppressed findings and knows them after copy-editing") {
    auto const twelve = finding("core/part-within-whole", {claim("douze", 120, "a.txt")}, 6);
    auto eleven = finding("core/part-within-whole", {claim("onze", 300, "a.txt")}, 9);
    eleven.suppression = Suppression{"inSource", "cité", {}};
    auto holds = finding("core/part-within-whole", {claim("trois", 400, "a.txt")}, 12);
    holds.verdict = Verdict::holds;
    std::ostringstream out;
    write_baseline(out, {twelve, eleven, holds});
    CHECK(out.str().find("\"douze") == std::string::npos);  // claims' texts are hashed, not written
    CHECK(out.str().find("\"rule\": \"core/part-within-whole\"") != std::string::npos);

    Scratch s;
    s.write("base.json", out.str());
    std::vector<Diagnostic> problems;
    auto const baseline = read_baseline(s.dir() / "base.json", problems);
    CHECK(lines(problems) == "");
    REQUIRE(baseline);
    CHECK(baseline->fingerprints.size() == 1);

    // A paragraph inserted above: other lines and bytes, the same finding.
    auto moved = twelve;
    moved.line = 8;
    moved.claims[0].at.offset = 180;
    auto const fresh = finding("core/part-within-whole", {claim("sept", 500, "a.txt")}, 14);
    eleven.suppression.reset();
    std::vector<Finding> today{moved, eleven, fresh};
    CHECK(known_findings(today, *baseline) == std::vector<bool>{true, false, false});
    CHECK(drop_known(today, *baseline) == 1);
    REQUIRE(today.size() == 2);
    CHECK(today[0].claims[0].text == "onze");
    CHECK(today[1].claims[0].text == "sept");
}

TEST_CASE("a baseline that cannot be read is an error naming the file") {
    Scratch s;
    s.write("bad.json", "{\n  \"version\": \"claimcheck/v1\",\n  \"findings\": [,]\n}\n");
    s.write("old.json", "{\"version\": \"claimcheck/v0\", \"findings\": []}\n");
    s.write("other.json", "[1, 2]\n");
    std::vector<Diagnostic> problems;
    CHECK_FALSE(read_baseline(s.dir() / "bad.json", problems));
    CHECK_FALSE(read_baseline(s.dir() / "old.json", problems));
    CHECK_FALSE(read_baseline(s.dir() / "other.json", problems));
    CHECK_FALSE(read_baseline(s.dir() / "missing.json", problems));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == 16);
    CHECK(problems[0].message.starts_with("not a baseline: "));
    CHECK(problems[1].message == "a baseline of fingerprint version 'claimcheck/v0', where this claimcheck writes "
                                 "'claimcheck/v1': write it again");
    CHECK(problems[2].message.starts_with("not a baseline: expected {\"version\""));
    CHECK(problems[3].message.starts_with("cannot open the baseline"));
    CHECK(problems[3].file == (s.dir() / "missing.json").string());
}

TEST_CASE("the project file's baseline is relative to the file, and --baseline wins") {
    std::vector<Diagnostic> errors;
    auto c = config::load_config_text("baseline: known.json\n", "project/.claimcheck.yaml", {}, errors);
    CHECK(lines(errors) == "");
    CHECK(c.baseline.value == "project/known.json");
    config::merge_command_line(c, {{}, {}, {}, {}, {}, "other.json"});
    CHECK(c.baseline.value == "other.json");
    CHECK(c.baseline.origin == config::Origin::command_line);
}

// ------------------------------------------------------------------ changed files

TEST_CASE("keep_changed keeps the findings with a claim in a changed file") {
    Scratch s;
    auto const a = (s.dir() / "a.txt").string(), b = (s.dir() / "b.txt").string();
    std::vector<Finding> findings{finding("core/x", {claim("1", 0, a)}), finding("core/x", {claim("2", 0, b)}),
                                  finding("conflict/y", {claim("3", 0, b), claim("4", 0, a)})};
    keep_changed(findings, {std::filesystem::weakly_canonical(a)});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].claims[0].text == "1");
    CHECK(findings[1].claims[0].text == "3");
}
