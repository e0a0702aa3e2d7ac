// Markdown, HTML and JSON Lines inputs end to end: `check` and `extract` point into the original
// file (its line and column, its bytes), whatever was taken out of it to read the text.
// The articles of tests/data/inputs/ were written for these tests; each states "douze des dix
// missiles", which core/part-within-whole reports.
#include "support/run.hpp"

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using claimcheck::test::RunOptions;
using claimcheck::test::RunResult;

namespace {

fs::path const inputs = fs::path(CLAIMCHECK_TEST_DIR) / "data" / "inputs";

// Runs the program in tests/data/inputs/, so the messages name the files as given here.
RunResult run_in_inputs(std::vector<std::string> const& args, RunOptions options = {}) {
    options.cwd = inputs;
    return claimcheck::test::run(CLAIMCHECK_BINARY, args, options);
}

std::string file_bytes(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has(std::string const& haystack, std::string const& needle) { return haystack.find(needle) != std::string::npos; }

// The integer after `"field":` in a JSON line.
std::size_t field(std::string const& line, std::string const& name) {
    auto const at = line.find("\"" + name + "\":");
    REQUIRE_MESSAGE(at != std::string::npos, name << " in " << line);
    return std::stoul(line.substr(at + name.size() + 3));
}

// The first line of `out` holding `needle`.
std::string line_with(std::string const& out, std::string const& needle) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
        if (has(line, needle)) return line;
    FAIL("no line with " << needle);
    return {};
}

constexpr char const* part_whole = ": error: douze sur dix missiles : la partie dépasse le tout [core/part-within-whole]\n";

}  // namespace

TEST_CASE("check on an HTML page reports at the page's own line and column") {
    auto const r = run_in_inputs({"check", "article.html"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.starts_with(std::string("article.html:14:65") + part_whole));
    CHECK(r.err == "1 finding\n");
}

TEST_CASE("check on a JSON Lines corpus reports each record at its line, and the bad lines at theirs") {
    auto const r = run_in_inputs({"check", "--fail-on", "none", "corpus.jsonl"});
    CHECK(r.exit_code == 2);  // two lines could not be read; the other records were checked
    CHECK(has(r.out, std::string("corpus.jsonl:2:104") + part_whole));
    CHECK(has(r.out, "corpus.jsonl:4:73: error: sept sur cinq drones : la partie dépasse le tout [core/part-within-whole]\n"));
    CHECK(has(r.err, "corpus.jsonl:3:1: error: not JSON: syntax error while parsing value - invalid literal; "));
    CHECK(has(r.err, "corpus.jsonl:5:1: error: record has no \"text\" (expected one JSON object a line: "));
    CHECK(has(r.err, "2 findings\n"));
}

TEST_CASE("check on a Markdown article: front matter, markup and code do not move the location") {
    auto const r = run_in_inputs({"check", "article.md"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.starts_with(std::string("article.md:10:49") + part_whole));
    CHECK(!has(r.out, "lignes de code"));  // the same error in a code block is not read
    CHECK(r.err == "1 finding\n");
}

TEST_CASE("extract gives byte offsets into the original file and the record of a JSON Lines line") {
    for (auto const* name : {"article.html", "article.md", "corpus.jsonl"}) {
        INFO(name);
        auto const r = run_in_inputs({"extract", name});
        auto const original = file_bytes(inputs / name);
        auto const douze = line_with(r.out, "\"text\":\"douze\"");
        auto const start = field(douze, "byte_start");
        CHECK(original.substr(start, field(douze, "byte_end") - start) == "douze");
    }
    auto const html = run_in_inputs({"extract", "article.html"});
    // "4&nbsp;500 personnes" in the file is "4 500 personnes" (U+00A0) in the text.
    auto const evacuated = line_with(html.out, "\"value\":4500");
    CHECK(has(evacuated, "\"line\":15,\"column\":48,\"text\":\"4\u00A0" "500 personnes\""));
    CHECK(file_bytes(inputs / "article.html").substr(field(evacuated, "byte_start"), 20) == "4&nbsp;500 personnes");

    auto const jsonl = run_in_inputs({"extract", "corpus.jsonl"});
    CHECK(has(line_with(jsonl.out, "\"text\":\"douze\""),
              R"({"type":"quantity","file":"corpus.jsonl","record":"a2","id":"q0",)"));
    CHECK(has(line_with(jsonl.out, "\"text\":\"sept\""),
              R"("record":"a4","id":"q0","byte_start":353,"byte_end":357,"line":4,"column":73,)"));
}

TEST_CASE("extract --format text gives the original line and column") {
    auto const r = run_in_inputs({"extract", "--format", "text", "corpus.jsonl"});
    CHECK(has(r.out, "corpus.jsonl:2:104\tq0\t\"douze\""));
    CHECK(has(r.out, "corpus.jsonl:4:73\tq0\t\"sept\""));
}

TEST_CASE("--input-format reads standard input or any file as the format named") {
    RunOptions html;
    html.stdin_data = file_bytes(inputs / "article.html");
    auto const r = run_in_inputs({"check", "--input-format", "html", "-"}, html);
    CHECK(r.out.starts_with(std::string("<stdin>:14:65") + part_whole));

    // auto: standard input is plain text, and the words in the style sheet are read too.
    auto const as_text = run_in_inputs({"check", "-"}, html);
    CHECK(as_text.out.starts_with("<stdin>:8:29: error: douze sur dix : la partie dépasse le tout [core/part-within-whole]\n"));

    auto const bad = run_in_inputs({"extract", "--input-format", "pdf", "-"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "claimcheck extract: error: --input-format: pdf not in {auto,text,markdown,html,jsonl}\n"
                     "Run 'claimcheck extract --help' for more information.\n");
}

TEST_CASE("a document's own date comes before --date, which fills in for the others") {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-inputs-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    fs::path const dir = pattern;
    std::ofstream(dir / "dated.md") << "---\ndate: 2024-11-30\n---\nLe 23 novembre, 3 morts.\n";
    std::ofstream(dir / "undated.txt") << "Le 23 novembre, 3 morts.\n";
    std::ofstream(dir / "records.jsonl") << R"({"id":"r1","date":"2024-11-30","text":"Le 23 novembre, 3 morts."})" "\n"
                                         << R"({"id":"r2","text":"Le 23 novembre, 3 morts."})" "\n";
    RunOptions in_dir;
    in_dir.cwd = dir;
    auto const r = claimcheck::test::run(CLAIMCHECK_BINARY, {"extract", "--date", "2023-01-05", "."}, in_dir);
    CHECK(r.exit_code == 0);
    CHECK(has(line_with(r.out, R"("file":"./dated.md","byte_start")"), R"("iso":"2024-11-23")"));
    CHECK(has(line_with(r.out, R"("file":"./records.jsonl","record":"r1","byte_start")"), R"("iso":"2024-11-23")"));
    CHECK(has(line_with(r.out, R"("file":"./records.jsonl","record":"r2","byte_start")"), R"("iso":"2022-11-23")"));
    CHECK(has(line_with(r.out, R"("file":"./undated.txt","byte_start")"), R"("iso":"2022-11-23")"));
    fs::remove_all(dir);
}

TEST_CASE("a directory is walked for every format, in name order") {
    auto const r = run_in_inputs({"extract", "--format", "text", "."});
    std::vector<std::string> files;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        auto const file = line.substr(0, line.find_first_of(":\t"));
        if (file != "location" && (files.empty() || files.back() != file)) files.push_back(file);
    }
    CHECK(files == std::vector<std::string>{"./article.html", "./article.md", "./corpus.jsonl"});
}
