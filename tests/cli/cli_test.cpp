// The `claimcheck` program end to end: usage errors, every kind of bad input, and a large file.
// Each case runs the real binary and checks its exit code and the exact words it prints.
#include "support/run.hpp"

#include <claimcheck/version.hpp>

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using claimcheck::test::run;
using claimcheck::test::RunOptions;
using claimcheck::test::RunResult;

namespace {

// A fresh directory under $TMPDIR for one test case; the program runs inside it, so the
// messages name files as the user typed them.
class Scratch {
public:
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "claimcheck-cli-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        dir_ = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    Scratch(Scratch const&) = delete;
    Scratch& operator=(Scratch const&) = delete;

    fs::path const& dir() const { return dir_; }

    // Writes `bytes` exactly (no newline added) to `name`, creating its directories.
    void write(fs::path const& name, std::string_view bytes) const {
        fs::create_directories((dir_ / name).parent_path());
        std::ofstream(dir_ / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }

    RunResult run_claimcheck(std::vector<std::string> const& args, RunOptions options = {}) const {
        options.cwd = dir_;
        return run(CLAIMCHECK_BINARY, args, options);
    }

private:
    fs::path dir_;
};

RunResult run_claimcheck(std::vector<std::string> const& args, RunOptions options = {}) {
    return run(CLAIMCHECK_BINARY, args, options);
}

// The JSON Lines record of "3 morts" at the given offset and column of `file`.
std::string three_dead(std::string const& file, int byte_start, int column) {
    return R"({"type":"quantity","file":")" + file + R"(","id":"q0","byte_start":)" + std::to_string(byte_start) +
           R"(,"byte_end":)" + std::to_string(byte_start + 7) + R"(,"line":1,"column":)" + std::to_string(column) +
           R"(,"text":"3 morts","value":3,"low":3,"high":3,"low_open":false,"high_open":false,"unit":"",)"
           R"("qualifier":"exact","noun":"mort","increment":false})"
           "\n";
}

constexpr char const* three_dead_text = "Il y a 3 morts.\n";  // its record: three_dead(file, 7, 8)

std::size_t count(std::string_view haystack, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

// ------------------------------------------------------------------ usage

TEST_CASE("--version prints the version") {
    auto const r = run_claimcheck({"--version"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == std::string("claimcheck ") + claimcheck::version + "\n");
    CHECK(r.err == "");
}

TEST_CASE("--help describes the program and its subcommands") {
    auto const r = run_claimcheck({"--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("claimcheck: reads the figures of news articles and checks that they add up.\n"
                            "Usage: claimcheck [OPTIONS] SUBCOMMAND\n"));
    CHECK(r.out.find("--version") != std::string::npos);
    CHECK(r.out.find("  extract ") != std::string::npos);
    CHECK(r.err == "");
}

TEST_CASE("extract --help describes its inputs and options") {
    auto const r = run_claimcheck({"extract", "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("Print every figure of the inputs: quantities, dates, relations.\n"
                            "Usage: claimcheck extract [OPTIONS] inputs...\n"));
    for (char const* word : {"Files to read, directories (their *.txt, *.md, *.html, *.jsonl… files) or - for standard input",
                             "--format", "jsonl", "--date", "YYYY-MM-DD", "--rules", "--language", "--input-format"})
        CHECK_MESSAGE(r.out.find(word) != std::string::npos, word);
    CHECK(r.err == "");
}

TEST_CASE("usage errors exit 2 and say what was expected") {
    struct Case {
        std::vector<std::string> args;
        std::string err;
    };
    std::vector<Case> const cases{
        {{}, "claimcheck: error: a subcommand is required (expected one of: extract, check, baseline, graph, rules, test, init, config)\n"
             "Run 'claimcheck --help' for more information.\n"},
        {{"frobnicate", "a.txt"}, "claimcheck: error: unknown subcommand 'frobnicate' (expected one of: extract, check, baseline, graph, rules, test, init, config)\n"
                                  "Run 'claimcheck --help' for more information.\n"},
        {{"--frobnicate"}, "claimcheck: error: unknown option '--frobnicate' (expected --help, --version or a "
                           "subcommand: extract, check, baseline, graph, rules, test, init, config)\n"
                           "Run 'claimcheck --help' for more information.\n"},
        {{"extract", "--frobnicate", "a.txt"}, "claimcheck extract: error: unknown option '--frobnicate'\n"
                                               "Run 'claimcheck extract --help' for more information.\n"},
        {{"extract"}, "claimcheck extract: error: missing inputs; expected files to read, directories (their *.txt, "
                      "*.md, *.html, *.jsonl… files) or - for standard input\n"
                      "Run 'claimcheck extract --help' for more information.\n"},
        {{"extract", "a.txt", "--date"}, "claimcheck extract: error: --date needs a value; expected the documents' "
                                         "date, YYYY-MM-DD or YYYY-MM, for dates without a year\n"
                                         "Run 'claimcheck extract --help' for more information.\n"},
        {{"extract", "--format", "xml", "a.txt"}, "claimcheck extract: error: --format: xml not in {jsonl,text}\n"
                                                  "Run 'claimcheck extract --help' for more information.\n"},
    };
    for (auto const& c : cases) {
        auto const r = run_claimcheck(c.args);
        INFO("args: " << doctest::toString(c.args.empty() ? std::string("(none)") : c.args.front()));
        CHECK(r.exit_code == 2);
        CHECK(r.out == "");
        CHECK(r.err == c.err);
    }
}

// ------------------------------------------------------------------ inputs

TEST_CASE("- reads standard input and names it <stdin>") {
    RunOptions options;
    options.stdin_data = "Il y a 3 morts.";
    auto const r = run_claimcheck({"extract", "-"}, options);
    CHECK(r.exit_code == 0);
    CHECK(r.out == three_dead("<stdin>", 7, 8));
    CHECK(r.err == "");
}

TEST_CASE("a missing file is named and the files around it are still read") {
    Scratch s;
    s.write("avant.txt", three_dead_text);
    s.write("apres.txt", three_dead_text);
    auto const r = s.run_claimcheck({"extract", "avant.txt", "absent.txt", "apres.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == three_dead("avant.txt", 7, 8) + three_dead("apres.txt", 7, 8));
    CHECK(r.err == "absent.txt: error: no such file or directory (expected a file, a directory of *.txt, *.md, "
                   "*.markdown, *.html, *.htm, *.jsonl files, or - for standard input) [input.missing]\n");
}

TEST_CASE("a directory is walked for its input files in sorted order") {
    Scratch s;
    s.write("articles/b.txt", three_dead_text);
    s.write("articles/a/deep.txt", three_dead_text);
    s.write("articles/notes.md", three_dead_text);
    s.write("articles/notes.rtf", three_dead_text);
    s.write("articles/image.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    auto const r = s.run_claimcheck({"extract", "articles"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == three_dead("articles/a/deep.txt", 7, 8) + three_dead("articles/b.txt", 7, 8) +
                       three_dead("articles/notes.md", 7, 8));
    CHECK(r.err == "");
}

TEST_CASE("a directory walk leaves out the repository's README and LICENSE and hidden folders, not named files") {
    Scratch s;
    s.write("articles/a.txt", three_dead_text);
    s.write("articles/README.md", three_dead_text);
    s.write("articles/LICENSE.txt", three_dead_text);
    s.write("articles/.git/notes.txt", three_dead_text);
    s.write("articles/.hidden.txt", three_dead_text);
    auto const walked = s.run_claimcheck({"extract", "articles"});
    CHECK(walked.exit_code == 0);
    CHECK(walked.out == three_dead("articles/a.txt", 7, 8));
    auto const named = s.run_claimcheck({"extract", "articles/README.md"});
    CHECK(named.out == three_dead("articles/README.md", 7, 8));
}

TEST_CASE("a directory with no input files is an error and the other inputs are still read") {
    Scratch s;
    s.write("vide/notes.rtf", three_dead_text);
    s.write("a.txt", three_dead_text);
    auto const r = s.run_claimcheck({"extract", "vide", "a.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == three_dead("a.txt", 7, 8));
    CHECK(r.err == "vide: error: directory has no input files (expected at least one *.txt, *.md, *.markdown, *.html, "
                   "*.htm, *.jsonl file in it or its subdirectories) [input.empty-directory]\n");
}

// Decision (README "Exit codes"): invalid UTF-8 is a warning, not an error. The run reads on with
// U+FFFD in place of each bad sequence, prints the records of the valid text, and exits 0; the
// warning names file:line:col and the byte offset of the first bad sequence.
TEST_CASE("invalid UTF-8 is a warning at its line and column and byte and the rest is read") {
    Scratch s;
    // Line 2 holds a Latin-1 "é" (0xE9 then a space: a cut-short 3-byte sequence) and a lone 0xFF.
    s.write("latin1.txt", "Il y a 3 morts.\nLe bilan d\xE9 passe \xFF 7 bless\xC3\xA9s.\n");
    auto const r = s.run_claimcheck({"extract", "latin1.txt"});
    CHECK(r.exit_code == 0);
    CHECK(count(r.out, R"("file":"latin1.txt")") == 2);
    CHECK(r.out.starts_with(three_dead("latin1.txt", 7, 8)));
    CHECK(r.out.find(R"("line":2,"column":21,"text":"7 blessés","value":7)") != std::string::npos);
    CHECK(r.err == "latin1.txt:2:11: warning: invalid UTF-8 at byte 26: 0xE9 starts a 3-byte sequence but 0x20 "
                   "follows (expected UTF-8 text; a Latin-1 or Windows-1252 file must be converted first); 2 bad "
                   "sequences in the file, read on with U+FFFD in their place [input.invalid-utf8]\n");
}

TEST_CASE("an empty file has no records and is not an error") {
    Scratch s;
    s.write("vide.txt", "");
    auto const r = s.run_claimcheck({"extract", "vide.txt"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "");
    CHECK(r.err == "");
}

TEST_CASE("a binary file is named and skipped and the other inputs are still read") {
    Scratch s;
    char const photo[] = "JFIF\n\x01\x02\0\0 3 morts";
    s.write("photo.txt", std::string_view(photo, sizeof photo - 1));
    s.write("a.txt", three_dead_text);
    auto const r = s.run_claimcheck({"extract", "photo.txt", "a.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == three_dead("a.txt", 7, 8));
    CHECK(r.err == "photo.txt:2:3: error: binary file: NUL byte at byte 7 (expected UTF-8 text); skipped "
                   "[input.binary]\n");
}

// A memory bound, not a timing: the whole file is held once, and records stream out.
TEST_CASE("a 50 MB file on one line gives every record in a small multiple of its size in memory") {
    Scratch s;
    std::string const sentence = "Selon le ministère, 12 morts et 40 blessés ont été comptés à l'aube. ";
    std::size_t const repeats = 50 * 1000 * 1000 / sentence.size() + 1;
    {
        std::ofstream out(s.dir() / "grand.txt", std::ios::binary);
        for (std::size_t i = 0; i < repeats; ++i) out << sentence;
    }
    auto const file_size = fs::file_size(s.dir() / "grand.txt");
    REQUIRE(file_size >= 50'000'000);

    RunOptions options;
    options.keep_stdout = 4096;
    auto const r = s.run_claimcheck({"extract", "grand.txt"}, options);
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out_lines == 2 * repeats);
    CHECK(r.out.starts_with(R"({"type":"quantity","file":"grand.txt","id":"q0","byte_start":21,"byte_end":29,)"
                            R"("line":1,"column":21,"text":"12 morts","value":12,)"));
    MESSAGE("50 MB file: " << file_size << " bytes, peak RSS " << r.peak_rss_bytes / (1024 * 1024) << " MiB");
    CHECK(r.peak_rss_bytes < 4 * file_size + 64 * 1024 * 1024);
}

TEST_CASE("a file over 2 GiB is refused by name before it is read") {
    Scratch s;
    s.write("enorme.txt", "");
    fs::resize_file(s.dir() / "enorme.txt", std::uintmax_t{3} << 30);  // sparse: costs no disk
    s.write("a.txt", three_dead_text);
    auto const r = s.run_claimcheck({"extract", "enorme.txt", "a.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == three_dead("a.txt", 7, 8));
    CHECK(r.err == "enorme.txt: error: too large: 3221225472 bytes (expected at most 2147483647 bytes, 2 GiB; split "
                   "the file) [input.too-large]\n");
    CHECK(r.peak_rss_bytes < 64 * 1024 * 1024);
}

// ------------------------------------------------------------------ options

TEST_CASE("--format text prints a header and a row per quantity") {
    Scratch s;
    s.write("a.txt", "Il y a 3 morts.\nOn compte 12 blessés.\n");
    auto const r = s.run_claimcheck({"extract", "--format", "text", "a.txt"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "location\tid\tspan\tvalue\tinterval\tunit\tqualifier\tnoun\n"
          "a.txt:1:8\tq0\t\"3 morts\"                           \t             3\t[3, 3]                  \t-        "
          "\texact     \tmort\n"
          "a.txt:2:11\tq1\t\"12 blessés\"                        \t            12\t[12, 12]                \t-        "
          "\texact     \tblessé\n");
}

TEST_CASE("--date takes a real date and says what it expected otherwise") {
    Scratch s;
    s.write("a.txt", three_dead_text);
    struct Case {
        std::string date;
        std::string why;
    };
    std::vector<Case> const cases{
        {"hier", "'hier' is not a date"},
        {"2024-1x", "'2024-1x' is not a date"},
        {"2024-11-26T10:00", "'2024-11-26T10:00' is not a date"},
        {"2024-13", "'2024-13' has no month 13"},
        {"2023-02-29", "'2023-02-29' has no day 29 in 2023-02"},
        {"0000-01-01", "'0000-01-01' has no year 0000"},
    };
    for (auto const& c : cases) {
        auto const r = s.run_claimcheck({"extract", "--date", c.date, "a.txt"});
        INFO("--date " << c.date);
        CHECK(r.exit_code == 2);
        CHECK(r.out == "");
        CHECK(r.err == "claimcheck extract: error: --date: " + c.why +
                           " (expected YYYY-MM-DD or YYYY-MM, e.g. 2024-11-26)\n"
                           "Run 'claimcheck extract --help' for more information.\n");
    }
    for (char const* good : {"2024-02-29", "2024-11"}) {
        auto const r = s.run_claimcheck({"extract", "--date", good, "a.txt"});
        INFO("--date " << good);
        CHECK(r.exit_code == 0);
        CHECK(r.out == three_dead("a.txt", 7, 8));
    }
}
