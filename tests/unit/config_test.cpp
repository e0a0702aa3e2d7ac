// The project file (.claimcheck.yaml): globs, discovery, every malformed file of
// tests/config/malformed/<case>/config.yaml with the exact errors of <case>/expected.txt, the
// command line over the file, severities and rules turned off, `show`, the starter file and
// the printed configuration.
#include "support/rule_packs.hpp"
#include "support/scratch.hpp"

#include "config/globs.hpp"
#include "config/project_config.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace claimcheck;
using namespace claimcheck::config;
using claimcheck::test::Scratch;
namespace fs = std::filesystem;

namespace {

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The packs beside the test rules, as `packs` may name them.
std::vector<std::string> const shipped{"conflict", "core", "reference"};

// Every rule of the shipped packs, loaded once.
RuleSet const& shipped_rules() {
    static RuleSet const rules = [] {
        std::vector<fs::path> packs;
        for (auto const& name : shipped) packs.push_back(fs::path(CLAIMCHECK_TEST_RULES_DIR) / name);
        return load_rules(packs, test::french(), test::shipped_kinds());
    }();
    return rules;
}

std::string lines(std::vector<Diagnostic> const& ds) {
    std::string out;
    for (auto const& d : ds) out += format_diagnostic(d) + '\n';
    return out;
}

// The errors of a file: of loading it, then (when it loads) of applying it to the shipped rules.
std::string config_errors(fs::path const& file) {
    std::vector<Diagnostic> errors;
    auto const config = load_config(file, shipped, errors);
    if (errors.empty()) {
        RuleSet rules = shipped_rules();
        errors = apply_rule_settings(rules, config);
    }
    return lines(errors);
}

ProjectConfig loaded(std::string const& text, std::string const& file = "project/.claimcheck.yaml") {
    std::vector<Diagnostic> errors;
    auto config = load_config_text(text, file, shipped, errors);
    CHECK_MESSAGE(errors.empty(), lines(errors));
    return config;
}

}  // namespace

// ------------------------------------------------------------------ globs

TEST_CASE("globs match paths relative to the project file's directory") {
    struct Case {
        char const* pattern;
        char const* path;
        bool matches;
    };
    Case const cases[] = {
        {"a.txt", "a.txt", true},
        {"a.txt", "b/a.txt", false},  // relative to the directory, not any file of that name
        {"*.txt", "a.txt", true},
        {"*.txt", "dir/a.txt", false},  // '*' stays within a name
        {"*.txt", "a.txt.bak", false},
        {"*", "a.txt", true},
        {"a*b*c.txt", "aXXbYYc.txt", true},
        {"a*b*c.txt", "aXXcYYb.txt", false},
        {"**/*.txt", "a.txt", true},  // '**' is also no directory at all
        {"**/*.txt", "x/y/z/a.txt", true},
        {"articles/**", "articles/2024/11/a.txt", true},
        {"articles/**", "other/a.txt", false},
        {"articles/**/a.txt", "articles/a.txt", true},
        {"articles/**/a.txt", "articles/x/y/a.txt", true},
        {"articles/**/a.txt", "articles/x/y/b.txt", false},
        {"**/drafts/**", "2024/drafts/a.txt", true},
        {"**/drafts/**", "2024/final/a.txt", false},
        {"?.txt", "a.txt", true},
        {"?.txt", "ab.txt", false},
        {"?.txt", "é.txt", true},  // one character, not one byte
        {"d?té.txt", "daté.txt", true},
        {"[abc].txt", "b.txt", true},
        {"[abc].txt", "d.txt", false},
        {"[a-c].txt", "c.txt", true},
        {"[!a-c].txt", "c.txt", false},
        {"[^a-c].txt", "d.txt", true},
        {"[]].txt", "].txt", true},  // ']' first in a set is one of its characters
        {"[a-].txt", "-.txt", true},
        {"\\*.txt", "*.txt", true},
        {"\\*.txt", "a.txt", false},
        {"*.txt", ".hidden.txt", false},  // wildcards do not match a leading dot
        {".*.txt", ".hidden.txt", true},
        {"**/*.txt", ".git/a.txt", false},
        {"**/*.txt", "a/.cache/b.txt", false},
        {".git/*.txt", ".git/a.txt", true},
        {"./a/*.txt", "a/b.txt", true},  // "." segments are ignored
        {"a/*.txt", "./a/b.txt", true},
        {"../shared/*.txt", "../shared/a.txt", true},
        {"A.txt", "a.txt", false},  // case matters
    };
    for (auto const& c : cases) {
        INFO(c.pattern << " against " << c.path);
        CHECK(glob_error(c.pattern) == std::nullopt);
        CHECK(glob_matches(c.pattern, c.path) == c.matches);
    }
}

TEST_CASE("a malformed glob says what is wrong and matches nothing") {
    struct Case {
        char const* pattern;
        char const* error;
    };
    Case const cases[] = {
        {"", "an empty glob matches no file"},
        {"/etc/*.txt", "'/etc/*.txt' is an absolute path; globs are relative to the project file's directory"},
        {"a**", "'**' at character 2 of 'a**' must be a whole path segment, as in 'articles/**/*.txt' (use '*' within a name)"},
        {"**.txt", "'**' at character 1 of '**.txt' must be a whole path segment, as in 'articles/**/*.txt' (use '*' within a name)"},
        {"a/***/b", "'**' at character 3 of 'a/***/b' must be a whole path segment, as in 'articles/**/*.txt' (use '*' within a name)"},
        {"[abc", "the '[' at character 1 of '[abc' is never closed by ']'"},
        {"x[]", "the '[' at character 2 of 'x[]' is never closed by ']'"},
        {"[z-a].txt", "the range 'z-a' in '[z-a].txt' is reversed"},
        {"[a/b]", "the set at character 1 of '[a/b]' holds a '/'; a set is one character of a name"},
        {"a\\", "'a\\' ends with a lone '\\'"},
        {"drafts/", "'drafts/' ends with '/' but globs match files; write 'drafts/**' for every file below that directory"},
        {"a//b", "'a//b' has an empty path segment ('//')"},
    };
    for (auto const& c : cases) {
        INFO(c.pattern);
        CHECK(glob_error(c.pattern) == std::optional<std::string>(c.error));
        CHECK_FALSE(glob_matches(c.pattern, "a"));
    }
}

TEST_CASE("a glob's base is the directory a walk for it starts from") {
    CHECK(glob_base("articles/2024/**/*.txt") == "articles/2024");
    CHECK(glob_base("articles/*.txt") == "articles");
    CHECK(glob_base("*.txt") == "");
    CHECK(glob_base("**/a.txt") == "");
    CHECK(glob_base("a/b.txt") == "a/b.txt");  // no wildcard: the path itself
    CHECK(has_wildcard("a/[b].txt"));
    CHECK_FALSE(has_wildcard("a/b.txt"));
    CHECK_FALSE(has_wildcard("a/\\*.txt"));  // an escaped star is a star
}

// ------------------------------------------------------------------ discovery

TEST_CASE("the project file is the first .claimcheck.yaml from the start directory up") {
    Scratch s;
    s.write("project/.claimcheck.yaml", "show: warning\n");
    s.write("project/articles/2024/a.txt", "x\n");
    CHECK(find_config_file(s.dir() / "project" / "articles" / "2024") == s.dir() / "project" / ".claimcheck.yaml");
    CHECK(find_config_file(s.dir() / "project") == s.dir() / "project" / ".claimcheck.yaml");
    // A nearer file wins over one further up.
    s.write("project/articles/.claimcheck.yaml", "show: error\n");
    CHECK(find_config_file(s.dir() / "project" / "articles" / "2024") ==
          s.dir() / "project" / "articles" / ".claimcheck.yaml");
    // A directory of that name is not a project file.
    fs::create_directories(s.dir() / "other" / ".claimcheck.yaml");
    auto const found = find_config_file(s.dir() / "other");
    CHECK(found != s.dir() / "other" / ".claimcheck.yaml");
}

// ------------------------------------------------------------------ loading

TEST_CASE("each malformed project file gives its exact errors") {
    fs::path const root = fs::path(CLAIMCHECK_TEST_DIR) / "config" / "malformed";
    std::vector<fs::path> cases;
    for (auto const& entry : fs::directory_iterator(root)) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    for (auto const& dir : cases) {
        INFO("case: " << dir.filename().string());
        auto errors = config_errors(dir / "config.yaml");
        // Named from the case's directory, as the expected files are written.
        std::string const prefix = (dir / "").string();
        for (std::size_t at; (at = errors.find(prefix)) != std::string::npos;) errors.erase(at, prefix.size());
        CHECK(errors == read(dir / "expected.txt"));
    }
}

TEST_CASE("an empty project file is every default") {
    auto const c = loaded("");
    CHECK(c.packs.value.empty());
    CHECK(c.packs.origin == Origin::default_value);
    CHECK(c.show.value == RuleSeverity::info);
    CHECK(c.fail_on.value == "error");
    CHECK(c.date_field.value == "date");
    CHECK(c.data.value == "");
    CHECK(c.include.empty());
    CHECK(c.dir == "project");
}

TEST_CASE("values of the file keep where they are written, and paths are relative to the file") {
    auto const c = loaded("packs: [core]\n"
                          "rules: [house-rules, ../shared/rules]\n"
                          "data: ../reference\n"
                          "show: warning\n"
                          "fail-on: none\n"
                          "date-field: published\n"
                          "include:\n"
                          "  - \"articles/**/*.txt\"\n"
                          "off: [core/share-of-whole]\n"
                          "severity:\n"
                          "  core/unit-conversion: info\n");
    CHECK(c.packs.value == std::vector<std::string>{"core"});
    CHECK(c.packs.origin == Origin::file);
    CHECK(c.packs.at.line == 1);
    CHECK(c.packs.at.column == 8);
    CHECK(c.rules.value == std::vector<std::string>{"project/house-rules", "shared/rules"});
    CHECK(c.data.value == "reference");
    CHECK(c.show.value == RuleSeverity::warning);
    CHECK(c.fail_on.value == "none");
    CHECK(c.date_field.value == "published");
    REQUIRE(c.include.size() == 1);
    CHECK(c.include[0].text == "articles/**/*.txt");
    CHECK(c.include[0].at.line == 8);
    CHECK(c.include[0].at.column == 5);
    REQUIRE(c.off.size() == 1);
    CHECK(c.off[0].at.column == 7);
    REQUIRE(c.severity.size() == 1);
    CHECK(c.severity[0].rule.text == "core/unit-conversion");
    CHECK(c.severity[0].severity == RuleSeverity::info);
    CHECK(c.severity[0].rule.at.line == 11);
    CHECK(c.severity[0].rule.at.column == 3);
}

TEST_CASE("a key with no value is as if it were not written") {
    auto const c = loaded("data:\nshow:\npacks:\n");
    CHECK(c.data.origin == Origin::default_value);
    CHECK(c.show.value == RuleSeverity::info);
    CHECK(c.packs.origin == Origin::default_value);
}

TEST_CASE("the command line wins over the file, and the file over $CLAIMCHECK_DATA") {
    auto c = loaded("packs: [core]\nrules: [house]\ndata: ref\nshow: warning\nfail-on: warning\n");
    merge_command_line(c, {{"conflict"}, {}, {}, "error", {}}, "/env/data");
    CHECK(c.packs.value == std::vector<std::string>{"conflict"});
    CHECK(c.packs.origin == Origin::command_line);
    CHECK(c.rules.value == std::vector<std::string>{"project/house"});
    CHECK(c.rules.origin == Origin::file);
    CHECK(c.data.value == "project/ref");  // the file's, not the environment's
    CHECK(c.show.value == RuleSeverity::error);
    CHECK(c.show.origin == Origin::command_line);
    CHECK(c.fail_on.value == "warning");

    auto d = loaded("");
    merge_command_line(d, {}, "/env/data");
    CHECK(d.data.value == "/env/data");
    CHECK(d.data.origin == Origin::environment);
    merge_command_line(d, {{}, {}, "cli-data", {}, "none"}, "/env/data");
    CHECK(d.data.value == "cli-data");
    CHECK(d.fail_on.value == "none");
    CHECK(d.fail_on.origin == Origin::command_line);
}

// ------------------------------------------------------------------ applying

TEST_CASE("severity overrides and rules turned off apply to the loaded rules") {
    auto const c = loaded("severity:\n  core/unit-conversion: info\n  conflict/unverified-figure: error\n"
                          "off: [core/share-of-whole, conflict/record-not-beaten]\n");
    RuleSet rules = shipped_rules();
    auto const before = rules.rules.size();
    CHECK(apply_rule_settings(rules, c).empty());
    CHECK(rules.rules.size() == before - 2);
    auto const find = [&](std::string_view id) {
        return std::find_if(rules.rules.begin(), rules.rules.end(), [&](Rule const& r) { return r.id == id; });
    };
    CHECK(find("core/share-of-whole") == rules.rules.end());
    CHECK(find("conflict/record-not-beaten") == rules.rules.end());
    REQUIRE(find("core/unit-conversion") != rules.rules.end());
    CHECK(find("core/unit-conversion")->severity == RuleSeverity::info);
    CHECK(find("conflict/unverified-figure")->severity == RuleSeverity::error);
    CHECK(find("core/part-within-whole")->severity == RuleSeverity::error);  // untouched
}

TEST_CASE("a rule id of a pack that is not loaded is an error, and nothing is changed") {
    auto const c = loaded("packs: [core]\noff: [conflict/record-not-beaten]\n");
    RuleSet rules;
    for (auto const& r : shipped_rules().rules)
        if (r.id.starts_with("core/")) rules.rules.push_back(r);
    auto const before = rules.rules.size();
    CHECK(lines(apply_rule_settings(rules, c)) ==
          "project/.claimcheck.yaml:2:7: error: 'conflict/record-not-beaten' in 'off' names no loaded rule "
          "(`claimcheck rules list` shows them; is its pack in 'packs'?) [config.unknown-rule]\n");
    CHECK(rules.rules.size() == before);
}

TEST_CASE("show drops the findings below it") {
    std::vector<Finding> findings(3);
    findings[0].severity = RuleSeverity::info;
    findings[1].severity = RuleSeverity::warning;
    findings[2].severity = RuleSeverity::error;
    auto all = findings;
    drop_below(all, RuleSeverity::info);
    CHECK(all.size() == 3);
    auto some = findings;
    drop_below(some, RuleSeverity::warning);
    REQUIRE(some.size() == 2);
    CHECK(some[0].severity == RuleSeverity::warning);
    drop_below(some, RuleSeverity::error);
    REQUIRE(some.size() == 1);
    CHECK(some[0].severity == RuleSeverity::error);
}

// ------------------------------------------------------------------ inputs

TEST_CASE("include globs name the inputs in name order less the excluded, and a glob matching nothing is a warning") {
    Scratch s;
    s.write("articles/2024/b.txt", "x\n");
    s.write("articles/2024/a.txt", "x\n");
    s.write("articles/2024/notes.md", "x\n");
    s.write("articles/drafts/c.txt", "x\n");
    s.write("articles/.git/d.txt", "x\n");
    s.write("top.txt", "x\n");
    auto const file = (s.dir() / ".claimcheck.yaml").string();
    auto const c = loaded("include:\n  - \"articles/**/*.txt\"\n  - top.txt\n  - \"missing/*.txt\"\n"
                          "exclude: [\"**/drafts/**\"]\n",
                          file);
    std::vector<Diagnostic> warnings;
    auto const files = included_files(c, warnings);
    auto const d = s.dir().string();
    CHECK(files == std::vector<std::string>{d + "/articles/2024/a.txt", d + "/articles/2024/b.txt", d + "/top.txt"});
    CHECK(lines(warnings) == file + ":4:5: warning: include glob 'missing/*.txt' matches no file (globs are relative to " +
                                 d + ") [config.include-matches-nothing]\n");
    CHECK(selected(c, s.dir() / "articles" / "2024" / "a.txt"));
    CHECK_FALSE(selected(c, s.dir() / "articles" / "drafts" / "c.txt"));
    CHECK(selected(c, s.dir() / ".." / "elsewhere" / "drafts" / "c.txt"));  // outside the directory: no glob applies
}

// ------------------------------------------------------------------ writing

TEST_CASE("the starter file loads as it is and holds every key") {
    auto const text = std::string(starter_file());
    std::vector<Diagnostic> errors;
    auto const c = load_config_text(text, ".claimcheck.yaml", shipped, errors);
    CHECK(lines(errors) == "");
    for (auto key : keys) {
        INFO(key);
        CHECK(text.find("\n" + std::string(key) + ":") != std::string::npos);
    }
    CHECK(c.include.size() == 1);
    CHECK(c.fail_on.value == "error");
    RuleSet rules = shipped_rules();
    CHECK(apply_rule_settings(rules, c).empty());
}

TEST_CASE("the README shows the starter file as init writes it") {
    auto const readme = read(fs::path(CLAIMCHECK_TEST_DIR).parent_path() / "README.md");
    CHECK(readme.find("```yaml\n" + std::string(starter_file()) + "```\n") != std::string::npos);
}

TEST_CASE("the configuration in effect says where each value came from") {
    auto c = loaded("packs: [core]\n"
                    "severity:\n"
                    "  core/unit-conversion: warning\n"
                    "include:\n"
                    "  - \"articles/**/*.txt\"\n"
                    "fail-on: warning\n");
    merge_command_line(c, {{}, {"my rules"}, {}, "error", {}});
    std::ostringstream out;
    write_effective_config(out, c);
    CHECK(out.str() ==
          "# claimcheck: the configuration in effect (defaults < project file < command line)\n"
          "# project file: project/.claimcheck.yaml (its globs are relative to project)\n"
          "# paths are as the run uses them, from the working directory\n"
          "packs: [core]                            # project/.claimcheck.yaml:1:8\n"
          "rules: [\"my rules\"]                      # command line (--rules)\n"
          "severity:\n"
          "  core/unit-conversion: warning          # project/.claimcheck.yaml:3:3\n"
          "off: []                                  # default: none\n"
          "include:\n"
          "  - \"articles/**/*.txt\"                  # project/.claimcheck.yaml:5:5\n"
          "exclude: []                              # default: none\n"
          "show: error                              # command line (--show)\n"
          "fail-on: warning                         # project/.claimcheck.yaml:6:10\n"
          "baseline: null                           # default: none: every finding is reported\n"
          "data: null                               # default: $CLAIMCHECK_DATA is not set; data is looked for beside "
          "each dataset declaration\n"
          "date-field: date                         # default\n");
}

TEST_CASE("the printed configuration loads back as the same configuration") {
    auto c = loaded("packs: [core, conflict]\noff: [core/share-of-whole]\nexclude: [\"a b/*.txt\", \"[!x]*\"]\n"
                    "show: warning\ndate-field: published\n",
                    ".claimcheck.yaml");
    std::ostringstream out;
    write_effective_config(out, c);
    auto const again = loaded(out.str(), ".claimcheck.yaml");
    CHECK(again.packs.value == c.packs.value);
    REQUIRE(again.off.size() == 1);
    CHECK(again.off[0].text == "core/share-of-whole");
    REQUIRE(again.exclude.size() == 2);
    CHECK(again.exclude[0].text == "a b/*.txt");
    CHECK(again.exclude[1].text == "[!x]*");
    CHECK(again.show.value == RuleSeverity::warning);
    CHECK(again.date_field.value == "published");
}
