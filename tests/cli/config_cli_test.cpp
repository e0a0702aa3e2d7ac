// The project file end to end: `claimcheck check` in a directory holding a .claimcheck.yaml
// (include and exclude globs, fail-on, show, rules turned off, errors), `init` and `config`.
#include "support/files.hpp"
#include "support/run.hpp"
#include "support/scratch.hpp"

#include "config/project_config.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using claimcheck::test::run;
using claimcheck::test::RunOptions;
using claimcheck::test::RunResult;
using claimcheck::test::Scratch;

namespace {

RunResult run_in(fs::path const& dir, std::vector<std::string> const& args) {
    return claimcheck::test::run_in(CLAIMCHECK_BINARY, dir, args);
}

std::string read(fs::path const& p) { return claimcheck::test::read_file(p); }

using claimcheck::test::has;

// A part larger than its whole: an error of core/part-within-whole, on line 1, column 34.
constexpr char const* twelve_of_ten = "L'armée affirme avoir intercepté douze des dix missiles tirés.\n";
// A figure the text says could not be verified: an info of conflict/unverified-figure.
constexpr char const* unverified =
    "Le ministère russe de la Défense a affirmé avoir abattu 42 drones ukrainiens, des chiffres qui n'ont pu être "
    "vérifiés de source indépendante.\n";

}  // namespace

TEST_CASE("check with no inputs reads the include globs, less the excluded files") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [core]\ninclude: [\"articles/**/*.txt\"]\nexclude: [\"articles/drafts/**\"]\n");
    s.write("articles/2024/a.txt", twelve_of_ten);
    s.write("articles/drafts/b.txt", twelve_of_ten);
    s.write("other/c.txt", twelve_of_ten);
    auto const r = run_in(s.dir(), {"check"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.starts_with("articles/2024/a.txt:1:34: error: "));
    CHECK_FALSE(has(r.out, "drafts"));
    CHECK_FALSE(has(r.out, "other"));
    CHECK(r.err == "1 finding\n");

    // From a directory below, the file is found above and its globs stay relative to it.
    auto const below = run_in(s.dir() / "other", {"check"});
    CHECK(below.exit_code == 1);
    CHECK(below.out.starts_with("../articles/2024/a.txt:1:34: error: "));
    CHECK(below.err == "1 finding\n");

    // A directory named on the command line is walked less the excluded files.
    auto const walked = run_in(s.dir(), {"check", "articles"});
    CHECK(walked.exit_code == 1);
    CHECK(walked.out.starts_with("articles/2024/a.txt:1:34: error: "));
    CHECK_FALSE(has(walked.out, "drafts"));
    CHECK(walked.err == "1 finding\n");

    // Inputs named on the command line replace the include globs.
    auto const named = run_in(s.dir(), {"check", "other/c.txt"});
    CHECK(named.out.starts_with("other/c.txt:1:34: error: "));
    CHECK(named.err == "1 finding\n");
}

TEST_CASE("fail-on and severities come from the file, and the command line wins") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [core]\nfail-on: none\n");
    s.write("a.txt", twelve_of_ten);
    auto const from_file = run_in(s.dir(), {"check", "a.txt"});
    CHECK(from_file.exit_code == 0);
    CHECK(from_file.err == "1 finding\n");
    CHECK(run_in(s.dir(), {"check", "--fail-on", "error", "a.txt"}).exit_code == 1);

    s.write(".claimcheck.yaml", "packs: [core]\nseverity:\n  core/part-within-whole: warning\nfail-on: warning\n");
    auto const lowered = run_in(s.dir(), {"check", "a.txt"});
    CHECK(lowered.exit_code == 1);
    CHECK(lowered.out.starts_with("a.txt:1:34: warning: "));
    CHECK(run_in(s.dir(), {"check", "--fail-on", "error", "a.txt"}).exit_code == 0);
}

TEST_CASE("rules turned off by the file do not run") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [core]\noff: [core/part-within-whole]\n");
    s.write("a.txt", twelve_of_ten);
    auto const r = run_in(s.dir(), {"check", "a.txt"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "");
    CHECK(r.err == "0 findings\n");
}

TEST_CASE("show hides the findings below it, and they do not fail the run") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [conflict]\nshow: warning\nfail-on: info\n");
    s.write("a.txt", unverified);
    auto const hidden = run_in(s.dir(), {"check", "a.txt"});
    CHECK(hidden.exit_code == 0);
    CHECK(hidden.out == "");
    CHECK(hidden.err == "0 findings\n");
    auto const shown = run_in(s.dir(), {"check", "--show", "info", "a.txt"});
    CHECK(shown.exit_code == 1);
    CHECK(shown.out.starts_with("a.txt:1:"));
    CHECK(has(shown.out, ": info: "));
    CHECK(has(shown.out, "[conflict/unverified-figure]"));
}

TEST_CASE("a malformed project file stops the run with exit 2, naming the file") {
    Scratch s;
    s.write("a.txt", twelve_of_ten);
    s.write(".claimcheck.yaml", "packs: [core]\nfail_on: warning\n");
    auto const r = run_in(s.dir(), {"check", "a.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == "");
    CHECK(r.err == ".claimcheck.yaml:2:1: error: unknown key 'fail_on' in the project configuration; did you mean "
                   "'fail-on'? [yaml.unknown-key]\n"
                   "claimcheck check: error: the configuration .claimcheck.yaml did not load; nothing was checked\n");

    // A rule id is checked once the rules are loaded, at its own line and column.
    s.write(".claimcheck.yaml", "packs: [core]\noff:\n  - core/part-within-hole\n");
    auto const unknown = run_in(s.dir(), {"check", "a.txt"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.out == "");
    CHECK(unknown.err == ".claimcheck.yaml:3:5: error: 'core/part-within-hole' in 'off' names no loaded rule; did you "
                         "mean 'core/part-within-whole'? [config.unknown-rule]\n"
                         "claimcheck check: error: the rules did not load; nothing was checked\n");

    // Found above the working directory, it is named from there.
    fs::create_directories(s.dir() / "sub");
    auto const below = run_in(s.dir() / "sub", {"check", "../a.txt"});
    CHECK(below.exit_code == 2);
    CHECK(below.err.starts_with("../.claimcheck.yaml:3:5: error: "));
}

TEST_CASE("an include glob that matches no file is a warning, and no input at all is a usage error") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [core]\ninclude:\n  - \"missing/*.txt\"\n  - \"*.txt\"\n");
    s.write("a.txt", twelve_of_ten);
    auto const r = run_in(s.dir(), {"check"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.starts_with("a.txt:1:34: error: "));
    CHECK(r.err == ".claimcheck.yaml:3:5: warning: include glob 'missing/*.txt' matches no file (globs are relative "
                   "to .) [config.include-matches-nothing]\n"
                   "1 finding\n");

    s.write(".claimcheck.yaml", "packs: [core]\ninclude: [\"missing/*.txt\"]\n");
    auto const none = run_in(s.dir(), {"check"});
    CHECK(none.exit_code == 2);
    CHECK(none.out == "");
    CHECK(none.err == ".claimcheck.yaml:2:11: warning: include glob 'missing/*.txt' matches no file (globs are "
                      "relative to .) [config.include-matches-nothing]\n"
                      "claimcheck check: error: no inputs: name files or directories to check, or list them under "
                      "'include' in the project file; the include globs of .claimcheck.yaml match no file\n"
                      "Run 'claimcheck check --help' for more information.\n");

    auto const no_file = run_in(s.dir(), {"check", "--no-config"});
    CHECK(no_file.exit_code == 2);
    CHECK(no_file.err == "claimcheck check: error: no inputs: name files or directories to check, or list them under "
                         "'include' in the project file; no project file names any (claimcheck init writes one)\n"
                         "Run 'claimcheck check --help' for more information.\n");
}

TEST_CASE("--config names the project file and --no-config ignores any") {
    Scratch s;
    s.write("a.txt", twelve_of_ten);
    s.write(".claimcheck.yaml", "this is: [not valid\n");
    s.write("conf/quiet.yaml", "packs: [core]\noff: [core/part-within-whole]\n");
    auto const named = run_in(s.dir(), {"check", "--config", "conf/quiet.yaml", "a.txt"});
    CHECK(named.exit_code == 0);
    CHECK(named.err == "0 findings\n");

    auto const ignored = run_in(s.dir(), {"check", "--no-config", "--pack", "core", "a.txt"});
    CHECK(ignored.exit_code == 1);
    CHECK(ignored.err == "1 finding\n");

    auto const missing = run_in(s.dir(), {"check", "--config", "nowhere.yaml", "a.txt"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "nowhere.yaml: error: cannot open file [yaml.unreadable]\n"
                         "claimcheck check: error: the configuration nowhere.yaml did not load; nothing was checked\n");
}

TEST_CASE("init writes the starter file once, and config prints what is in effect and where it came from") {
    Scratch s;
    auto const first = run_in(s.dir(), {"init"});
    CHECK(first.exit_code == 0);
    CHECK(first.out == "wrote .claimcheck.yaml; `claimcheck config` shows what it sets\n");
    CHECK(read(s.dir() / ".claimcheck.yaml") == claimcheck::config::starter_file());

    s.write(".claimcheck.yaml", "show: error\n");
    auto const again = run_in(s.dir(), {"init"});
    CHECK(again.exit_code == 2);
    CHECK(again.err == "claimcheck init: error: .claimcheck.yaml already exists; --force overwrites it\n");
    CHECK(read(s.dir() / ".claimcheck.yaml") == "show: error\n");
    CHECK(run_in(s.dir(), {"init", "--force"}).exit_code == 0);
    CHECK(read(s.dir() / ".claimcheck.yaml") == claimcheck::config::starter_file());

    // The starter file reads every *.txt below it.
    s.write("articles/a.txt", twelve_of_ten);
    auto const checked = run_in(s.dir(), {"check", "--pack", "core"});
    CHECK(checked.exit_code == 1);
    CHECK(checked.out.starts_with("articles/a.txt:1:34: error: "));

    auto const config = run_in(s.dir(), {"config", "--pack", "core"});
    CHECK(config.exit_code == 0);
    CHECK(config.err == "");
    CHECK(config.out.starts_with("# claimcheck: the configuration in effect (defaults < project file < command line)\n"
                                 "# project file: .claimcheck.yaml (its globs are relative to .)\n"));
    CHECK(has(config.out, "\npacks: [core]                            # command line (--pack)\n"));
    CHECK(has(config.out, "\ninclude:\n  - \"**/*.txt\"                           # .claimcheck.yaml:27:5\n"));
    CHECK(has(config.out, "\nfail-on: error                           # .claimcheck.yaml:39:10\n"));
    CHECK(has(config.out, "\ndate-field: date                         # .claimcheck.yaml:51:13\n"));

    auto const without = run_in(s.dir(), {"config", "--no-config"});
    CHECK(without.exit_code == 0);
    CHECK(has(without.out, "\n# project file: none (--no-config)\n"));
    CHECK(has(without.out, "\npacks: []                                # default: every shipped pack\n"));
    CHECK(has(without.out, "\ninclude: []                              # default: none: `check` needs inputs\n"));
}

TEST_CASE("config reports a malformed project file as check does") {
    Scratch s;
    s.write(".claimcheck.yaml", "packs: [core, conflit]\n");
    auto const r = run_in(s.dir(), {"config"});
    CHECK(r.exit_code == 2);
    CHECK(r.out == "");
    CHECK(r.err == ".claimcheck.yaml:1:15: error: unknown pack 'conflit'; did you mean 'conflict'? [config.unknown-pack]\n"
                   "claimcheck config: error: the configuration .claimcheck.yaml did not load; nothing to show\n");
}
