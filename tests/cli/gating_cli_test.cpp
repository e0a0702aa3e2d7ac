// Gating end to end: `claimcheck baseline write` and `check --baseline` across copy-editing,
// suppression comments and sidecars on the articles of tests/data/gating/ (written for these
// tests), and what a gated run exits with.
#include "support/files.hpp"
#include "support/run.hpp"
#include "support/scratch.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using claimcheck::test::run;
using claimcheck::test::RunOptions;
using claimcheck::test::RunResult;
using claimcheck::test::Scratch;

namespace {

fs::path const data = fs::path(CLAIMCHECK_TEST_DIR) / "data" / "gating";

RunResult run_in(fs::path const& dir, std::vector<std::string> const& args) {
    return claimcheck::test::run_in(CLAIMCHECK_BINARY, dir, args);
}

std::string read(fs::path const& p) { return claimcheck::test::read_file(p); }

using claimcheck::test::has;

// Copies the articles of tests/data/gating/<name>/ into the scratch directory.
void copy_fixture(Scratch const& s, std::string const& name) {
    for (auto const& entry : fs::directory_iterator(data / name)) fs::copy_file(entry.path(), s.dir() / entry.path().filename());
}

// Inserts `text` before the first line that starts with `before`.
void insert_before(fs::path const& file, std::string const& before, std::string const& text) {
    auto content = read(file);
    auto const at = content.find("\n" + before);
    REQUIRE(at != std::string::npos);
    content.insert(at + 1, text);
    std::ofstream(file, std::ios::binary) << content;
}

// One line of `check --format json` a finding: "file:line:col rule", with " suppressed (kind: reason)".
std::vector<std::string> findings_of(std::string const& jsonl) {
    std::vector<std::string> out;
    std::istringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        auto const f = nlohmann::json::parse(line);
        auto text = fs::path(f["file"].get<std::string>()).filename().string() + ":" + std::to_string(f["line"].get<int>()) +
                    ":" + std::to_string(f["column"].get<int>()) + " " + f["rule"].get<std::string>();
        if (!f["suppressed"].is_null())
            text += " suppressed (" + f["suppressed"]["kind"].get<std::string>() + ": " +
                    f["suppressed"]["justification"].get<std::string>() + ")";
        out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("a baseline keeps known findings quiet across copy-editing, and a new inconsistency still fails") {
    Scratch s;
    copy_fixture(s, "baseline");
    auto const written = run_in(s.dir(), {"baseline", "write", "--pack", "core", "known.json", "."});
    CHECK(written.err == "");
    CHECK(written.out == "wrote known.json: 2 findings; `claimcheck check --baseline known.json` reports only new ones\n");
    REQUIRE(written.exit_code == 0);
    CHECK(run_in(s.dir(), {"check", "--pack", "core", "."}).exit_code == 1);

    // Copy-editing above both findings: a paragraph in the text, a sentence in the Markdown.
    insert_before(s.dir() / "kharkiv-matin.txt", "Selon la mairie",
                  "La nuit a été longue pour les habitants, réveillés par les sirènes à plusieurs reprises.\n\n");
    insert_before(s.dir() / "odessa-soir.md", "Les autorités portuaires",
                  "Une épaisse fumée noire était visible depuis le centre-ville au lever du jour.\n\n");
    auto const quiet = run_in(s.dir(), {"check", "--pack", "core", "--baseline", "known.json", "."});
    CHECK(quiet.out == "");
    CHECK(quiet.err == "0 findings (2 more known to the baseline)\n");
    CHECK(quiet.exit_code == 0);

    // A genuinely new inconsistency is reported, and only it.
    insert_before(s.dir() / "kharkiv-matin.txt", "Les écoles du quartier",
                  "Le gouverneur ajoute que huit des six hôpitaux de la ville ont dû fermer.\n\n");
    auto const fresh = run_in(s.dir(), {"check", "--pack", "core", "--baseline", "known.json", "."});
    CHECK(fresh.out.starts_with("./kharkiv-matin.txt:10:26: error: huit sur six hôpitaux : la partie dépasse le tout "
                                "[core/part-within-whole]\n"));
    CHECK_FALSE(has(fresh.out, "douze"));
    CHECK_FALSE(has(fresh.out, "onze"));
    CHECK(fresh.err == "1 finding (2 more known to the baseline)\n");
    CHECK(fresh.exit_code == 1);

    // SARIF keeps the known ones, as unchanged, and says which one is new.
    auto const sarif = run_in(s.dir(), {"check", "--pack", "core", "--baseline", "known.json", "--format", "sarif", "."});
    CHECK(sarif.exit_code == 1);
    auto const log = nlohmann::json::parse(sarif.out);
    std::string states;
    for (auto const& r : log["runs"][0]["results"])
        states += r["properties"]["claims"][0]["text"].get<std::string>() + " " + r["baselineState"].get<std::string>() + "; ";
    CHECK(states == "douze unchanged; huit new; onze unchanged; ");

    // The project file's baseline: does the same.
    std::ofstream(s.dir() / ".claimcheck.yaml") << "packs: [core]\nbaseline: known.json\ninclude: [\"*.txt\", \"*.md\"]\n";
    auto const configured = run_in(s.dir(), {"check"});
    CHECK(configured.err == "1 finding (2 more known to the baseline)\n");
    CHECK(configured.exit_code == 1);
}

TEST_CASE("a baseline that cannot be read stops the run with exit 2") {
    Scratch s;
    copy_fixture(s, "baseline");
    auto const missing = run_in(s.dir(), {"check", "--baseline", "missing.json", "."});
    CHECK(missing.exit_code == 2);
    CHECK(missing.out == "");
    CHECK(missing.err == "missing.json: error: cannot open the baseline (write one with `claimcheck baseline write FILE "
                         "[INPUTS…]`) [baseline.invalid]\n"
                         "claimcheck check: error: the baseline missing.json did not load; nothing was checked\n");
    std::ofstream(s.dir() / "broken.json") << "{\"version\": \"claimcheck/v1\",\n \"findings\": [}\n";
    auto const broken = run_in(s.dir(), {"check", "--baseline", "broken.json", "."});
    CHECK(broken.exit_code == 2);
    CHECK(broken.err.starts_with("broken.json:2:15: error: not a baseline: "));
}

TEST_CASE("baseline write writes nothing when an input cannot be read, and says what it expects") {
    Scratch s;
    copy_fixture(s, "baseline");
    auto const r = run_in(s.dir(), {"baseline", "write", "known.json", "kharkiv-matin.txt", "absent.txt"});
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "claimcheck baseline write: error: an input could not be read; no baseline was written\n"));
    CHECK_FALSE(fs::exists(s.dir() / "known.json"));
    auto const usage = run_in(s.dir(), {"baseline", "write"});
    CHECK(usage.exit_code == 2);
    CHECK(usage.err == "claimcheck baseline write: error: missing file; expected the baseline file to write (JSON)\n"
                       "Run 'claimcheck baseline write --help' for more information.\n");
    auto const bare = run_in(s.dir(), {"baseline", "frob"});
    CHECK(bare.exit_code == 2);
    CHECK(bare.err == "claimcheck baseline: error: unknown subcommand 'frob' (expected one of: write)\n"
                      "Run 'claimcheck baseline --help' for more information.\n");
    CHECK(run_in(s.dir(), {"baseline", "write", "--fail-on", "error", "known.json"}).exit_code == 2);  // fails on nothing
}

TEST_CASE("baseline write never overwrites a file that is not a baseline, and replaces an earlier baseline") {
    Scratch s;
    copy_fixture(s, "baseline");
    auto const article = read(s.dir() / "kharkiv-matin.txt");
    auto const forgot = run_in(s.dir(), {"baseline", "write", "kharkiv-matin.txt", "."});
    CHECK(forgot.exit_code == 2);
    CHECK(has(forgot.err, "kharkiv-matin.txt exists and is not a baseline; it was not overwritten"));
    CHECK(read(s.dir() / "kharkiv-matin.txt") == article);
    CHECK(run_in(s.dir(), {"baseline", "write", "known.json", "."}).exit_code == 0);
    CHECK(run_in(s.dir(), {"baseline", "write", "known.json", "."}).exit_code == 0);
}

TEST_CASE("suppression comments in Markdown and HTML and sidecars of text and JSON Lines suppress their findings only") {
    auto const r = run_in(data / "suppressions", {"check", "--pack", "core", "--format", "json", "."});
    CHECK(r.err == "");
    CHECK(r.exit_code == 1);  // the findings nobody accepted still fail
    std::string const fil = "bilan provisoire de la marine, repris mot pour mot";
    std::string const generators = "erreur de l'exploitant, citée telle quelle et corrigée dans la dépêche suivante";
    std::string const communique = "chiffre du communiqué, rectifié par l'armée le lendemain";
    std::string const governor = "citation exacte du gouverneur, laissée telle quelle";
    CHECK(findings_of(r.out) == std::vector<std::string>{
                                    "depeche.txt:4:68 core/part-within-whole suppressed (external: " + generators + ")",
                                    "depeche.txt:6:40 core/part-within-whole",
                                    "fil.jsonl:1:81 core/part-within-whole suppressed (external: " + fil + ")",
                                    "fil.jsonl:2:82 core/part-within-whole",
                                    "kharkiv.html:12:49 core/part-within-whole suppressed (inSource: " + communique + ")",
                                    "kharkiv.html:13:24 core/part-within-whole",
                                    "kharkiv.html:15:27 core/part-within-whole suppressed (inSource: " + governor + ")",
                                    "kharkiv.html:17:25 core/part-within-whole",
                                    "kharkiv.md:10:42 core/part-within-whole suppressed (inSource: " + communique + ")",
                                    "kharkiv.md:12:17 core/part-within-whole",
                                    "kharkiv.md:15:22 core/part-within-whole suppressed (inSource: " + governor + ")",
                                    "kharkiv.md:17:15 core/part-within-whole suppressed (inSource: " + governor + ")",
                                    "kharkiv.md:21:18 core/part-within-whole",
                                });

    // Text, github and junit leave the suppressed ones out; the exit code does not count them.
    auto const text = run_in(data / "suppressions", {"check", "--pack", "core", "."});
    CHECK(text.err == "6 findings\n");
    CHECK_FALSE(has(text.out, "onze sur huit drones : la partie dépasse le tout [core/part-within-whole]\n    | Les secours"));
    CHECK(has(text.out, "./kharkiv.md:12:17: error: douze sur dix immeubles"));
    auto const github = run_in(data / "suppressions", {"check", "--pack", "core", "--format", "github", "."});
    CHECK_FALSE(has(github.out, "line=10,"));
    auto const accepted = run_in(data / "suppressions", {"check", "--pack", "core", "--fail-on", "error", "kharkiv.md"});
    CHECK(accepted.exit_code == 1);  // 12:17 and 21:18 are not accepted

    // SARIF lists them as suppressed, with who accepted them where.
    auto const sarif = nlohmann::json::parse(
        run_in(data / "suppressions", {"check", "--pack", "core", "--format", "sarif", "kharkiv.md", "depeche.txt"}).out);
    std::vector<std::string> suppressions;
    for (auto const& result : sarif["runs"][0]["results"])
        for (auto const& sup : result.value("suppressions", nlohmann::json::array()))
            suppressions.push_back(sup["kind"].get<std::string>() + " " + sup["status"].get<std::string>() + " " +
                                   sup["location"]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>());
    CHECK(suppressions == std::vector<std::string>{"inSource accepted kharkiv.md", "inSource accepted kharkiv.md",
                                                   "inSource accepted kharkiv.md",
                                                   "external accepted depeche.txt.claimcheck-suppress.yaml"});
}

TEST_CASE("a suppression without a reason is a finding, and suppresses nothing") {
    auto const r = run_in(data / "malformed", {"check", "--pack", "core", "--fail-on", "warning", "sans-raison.md"});
    CHECK(r.exit_code == 1);
    CHECK(has(r.out, "sans-raison.md:4:42: error: onze sur huit drones : la partie dépasse le tout [core/part-within-whole]\n"));
    CHECK(has(r.out, "sans-raison.md:3:1: warning: suppression de core/part-within-whole sans raison : elle ne supprime "
                     "rien tant que la raison n'est pas écrite après « -- » [claimcheck/suppression-without-reason]\n"));
    CHECK(r.err == "2 findings\n");
}

TEST_CASE("malformed suppression comments and sidecars are errors at file:line:col, and the run exits 2") {
    auto const r = run_in(data / "malformed", {"check", "--pack", "core", "mal-ecrit.html", "mal-ecrit.txt"});
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "mal-ecrit.html:3:3: error: unknown comment 'claimcheck-disabel'; did you mean 'claimcheck-disable'? (expected "
          "claimcheck-disable-next-line, claimcheck-disable or claimcheck-enable) [suppression.malformed]\n"
          "mal-ecrit.html:5:3: error: 'chiffre' is not a rule; a reason goes after ' -- ': claimcheck-disable-next-line "
          "RULE[, RULE…] -- reason (RULE: a rule id such as core/part-within-whole, a pack such as conflict/, or *) "
          "[suppression.malformed]\n"
          "mal-ecrit.html:7:3: error: claimcheck-enable core/unit-conversion has no claimcheck-disable of the same rules "
          "open before it [suppression.malformed]\n"
          "mal-ecrit.txt.claimcheck-suppress.yaml:2:3: error: unknown key 'raison' in a suppression; did you mean "
          "'reason'? [yaml.unknown-key]\n"
          "mal-ecrit.txt.claimcheck-suppress.yaml:3:3: error: a suppression needs the 'rule' it accepts (a rule id such as "
          "core/part-within-whole, a pack such as conflict/, or *) [suppression.missing-key]\n"
          "3 findings\n");
    // Nothing was suppressed by them: the three findings are printed.
    CHECK(has(r.out, "mal-ecrit.html:4:22: error: douze sur dix"));
    CHECK(has(r.out, "mal-ecrit.html:6:23: error: quatre sur trois"));
    CHECK(has(r.out, "mal-ecrit.txt:2:40: error: treize sur dix"));
}

TEST_CASE("a suppression of a rule no loaded rule matches is a warning") {
    Scratch s;
    s.write("a.md", "<!-- claimcheck-disable-next-line core/part-within-hole -- faute de frappe -->\n"
                    "Selon la mairie, douze des dix immeubles touchés sont inhabitables.\n");
    auto const r = run_in(s.dir(), {"check", "--pack", "core", "a.md"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "a.md:1:1: warning: 'core/part-within-hole' names no rule of this run, so it suppresses nothing; did "
                   "you mean 'core/part-within-whole'? [suppression.unknown-rule]\n"
                   "1 finding\n");
}

TEST_CASE("--report-unused-suppressions warns at a suppression that covers no finding") {
    Scratch s;
    s.write("article.md",
            "<!-- claimcheck-disable-next-line core/part-within-whole -- communiqué cité tel quel -->\n"
            "L'armée affirme avoir intercepté douze des dix missiles tirés.\n\n"
            "<!-- claimcheck-disable-next-line core/part-within-whole -- chiffre corrigé depuis -->\n"
            "L'armée affirme avoir intercepté deux des dix missiles tirés.\n");
    auto const quiet = run_in(s.dir(), {"check", "--no-config", "--pack", "core", "article.md"});
    CHECK(quiet.exit_code == 0);
    CHECK_FALSE(has(quiet.err, "suppression.unused"));
    auto const r = run_in(s.dir(), {"check", "--no-config", "--pack", "core", "--report-unused-suppressions", "article.md"});
    CHECK(r.exit_code == 0);
    CHECK(has(r.err, "article.md:4:1: warning: this suppression covers no finding of this run; remove it if the figure "
                     "was corrected [suppression.unused]\n"));
    CHECK_FALSE(has(r.err, "article.md:1:1"));
}
