// Reference data: the test dataset of tests/data/reference (JSON with corrections, CSV with a
// missing day) against totals and increments that hold, fail or cannot be decided, and
// malformed declarations with their exact file:line:col.
#include "support/french.hpp"
#include "support/rule_packs.hpp"

#include "reference/dataset.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/rules.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

fs::path const data_dir = fs::path(CLAIMCHECK_TEST_DIR) / "data" / "reference";

// Every evaluation of the test pack on `text`: "verdict | trace".
std::vector<std::string> verdicts(std::string const& text, fs::path const& data_root = {}) {
    auto const rules = load_rules({data_dir / "pack"}, test::french(), test::shipped_kinds(), data_root);
    Document doc;
    doc.file = "<test>";
    doc.bytes = text;
    doc.extraction = test::extract(doc.bytes);
    doc.date = doc.extraction.document_date;
    ClaimBuilder(test::french(), test::shipped_kinds()).build(doc);
    std::vector<std::string> out;
    for (auto const& f : run_rules(rules, doc, true)) {
        auto line = std::string(to_string(f.verdict)) + " | " + (f.trace.empty() ? "" : f.trace.back());
        for (std::size_t at; (at = line.find("\u202f")) != std::string::npos;) line.replace(at, 3, " ");  // thousands
        out.push_back(std::move(line));
    }
    return out;
}

// The errors of loading a pack made of one reference rule and `declaration`, paths relative to the pack.
std::string declaration_errors(std::string const& declaration) {
    auto const dir = fs::temp_directory_path() / "claimcheck-reference-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "rule.yaml") << "check: reference\ndataset: d.dataset.yaml\nmessage: \"{claim}\"\n";
    std::ofstream(dir / "d.dataset.yaml") << declaration;
    auto errors = test::rule_errors(dir);
    fs::remove_all(dir);
    return errors;
}

}  // namespace

TEST_CASE("a total and an increment that match the series hold") {
    auto const v = verdicts("date 2024-03-02\nSelon l'état-major, 1 100 soldats ont été tués depuis le début de la guerre, "
                            "soit une hausse de 100 soldats en vingt-quatre heures.\n");
    REQUIRE(v.size() == 2);
    CHECK(v[0] == "holds | l'état-major de test, « personnel » au 2024-03-02 : 1 100 ; le texte dit 1 100 : cohérent");
    CHECK(v[1] == "holds | l'état-major de test, « personnel » au 2024-03-02 : 1 100 − 1 000 (2024-03-01) = 100 ; "
                  "le texte dit +100 : cohérent");
}

TEST_CASE("a total and an increment that differ from the series fail") {
    auto const v = verdicts("date 2024-03-02\nSelon l'état-major, 1 150 soldats ont été tués depuis le début de la guerre, "
                            "soit une hausse de 90 soldats en vingt-quatre heures.\n");
    REQUIRE(v.size() == 2);
    CHECK(v[0].starts_with("fails | "));
    CHECK(v[0].ends_with(": 1 100 ; le texte dit 1 150 : incohérent"));
    CHECK(v[1].ends_with(": 1 100 − 1 000 (2024-03-01) = 100 ; le texte dit +90 : incohérent"));
}

TEST_CASE("a day the source did not publish cannot be decided") {
    auto const v = verdicts("date 2024-03-03\nSelon l'état-major, 1 200 soldats ont été tués depuis le début de la guerre.\n");
    REQUIRE(v.size() == 1);
    CHECK(v[0] == "undecided | l'état-major de test : pas de valeur « personnel » le 2024-03-03");
}

TEST_CASE("an increment after a gap spans to the previous available day, less the corrections (JSON)") {
    auto const v = verdicts("date 2024-03-04\nL'armée aurait perdu 60 chars (+5).\n");
    REQUIRE(v.size() == 2);
    CHECK(v[1] == "holds | l'état-major de test, « tanks » au 2024-03-04 : 60 − 52 (2024-03-02) − 3 (correction) = 5 ; "
                  "le texte dit +5 : cohérent");
}

TEST_CASE("a CSV series skips its empty day") {
    auto const v = verdicts("date 2024-03-04\nL'armée aurait perdu 260 drones (+31).\n");
    REQUIRE(v.size() == 2);
    CHECK(v[0].starts_with("holds | "));
    CHECK(v[1] == "fails | l'état-major de test, « drones » au 2024-03-04 : 260 − 230 (2024-03-02) = 30 ; "
                  "le texte dit +31 : incohérent");
}

TEST_CASE("a small count of the same kind is not taken for the running total") {
    auto const v = verdicts("date 2024-03-02\nDeux soldats ont été tués dans l'attaque.\n");
    REQUIRE(v.size() == 1);
    CHECK(v[0].starts_with("undecided | "));
}

TEST_CASE("a document without a date to the day cannot be decided") {
    auto const v = verdicts("Selon l'état-major, 1 100 soldats ont été tués depuis le début de la guerre.\n");
    REQUIRE(v.size() == 1);
    CHECK(v[0] == "undecided | pas de date au jour près pour ce chiffre : rien à comparer");
}

TEST_CASE("the data root given at run time replaces the declaration's directory") {
    // --data pointing at the dataset's own copy, and at a directory holding it under its `path`.
    auto const text = "date 2024-03-02\nL'armée aurait perdu 230 drones.\n";
    CHECK(verdicts(text, data_dir / "series") == verdicts(text));
    auto const missing = verdicts(text, data_dir / "nowhere");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].starts_with("undecided | no reference data at "));
}

TEST_CASE("dataset declarations are not loaded as rules") {
    auto const rules = load_rules({data_dir / "pack"}, test::french(), test::shipped_kinds());
    REQUIRE(rules.rules.size() == 1);
    CHECK(rules.rules[0].id == "pack/counts");
}

TEST_CASE("malformed declarations give their exact errors") {
    CHECK(declaration_errors("dataset: x\nsource: {id: s}\npath: p\nfiles: []\ncumulativ: true\n") ==
          "d.dataset.yaml:5:1: error: unknown key 'cumulativ' in a dataset declaration; did you mean 'cumulative'? "
          "[yaml.unknown-key]\n");
    CHECK(declaration_errors("dataset: x\npath: p\nfiles: []\n") ==
          "d.dataset.yaml:1:1: error: a dataset declaration needs 'source' (id and name of who publishes it) "
          "[dataset.missing-key]\n");
    CHECK(declaration_errors("dataset: x\nsource: {id: s}\npath: p\nfiles:\n  - file: a.xlsx\n    date: date\n"
                             "    fields:\n      tank_destroyed: tank\n") ==
          "d.dataset.yaml:8:7: error: unknown claim kind 'tank_destroyed' (kinds are declared in the packs' kinds.yaml) "
          "[dataset.unknown-kind]\n"
          "d.dataset.yaml:5:11: error: 'a.xlsx' must be a .json or .csv file [dataset.bad-value]\n");
    CHECK(declaration_errors("dataset: x\nsource: {id: s}\npath: p\ntolerance: lots\nfiles:\n  - date: date\n"
                             "    fields: {tanks_destroyed: tank}\n") ==
          "d.dataset.yaml:4:12: error: 'tolerance' must be a share like 10% or 0.1, found 'lots' [rule.bad-value]\n"
          "d.dataset.yaml:6:5: error: an entry of 'files' needs 'file' [dataset.missing-key]\n");
}

TEST_CASE("a data file that is not what the declaration says is an error of the declaration") {
    auto const dir = fs::temp_directory_path() / "claimcheck-reference-bad-data";
    fs::remove_all(dir);
    fs::create_directories(dir / "p");
    std::ofstream(dir / "p" / "a.csv") << "when,tank\n2024-03-01,12\n";
    std::ofstream(dir / "d.dataset.yaml")
        << "dataset: x\nsource: {id: s}\npath: p\nfiles:\n  - file: a.csv\n    date: date\n    fields: {tanks_destroyed: tank}\n";
    std::vector<Diagnostic> errors;
    CHECK_FALSE(reference::load_dataset(dir / "d.dataset.yaml", {}, errors, &test::shipped_kinds()));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == (dir / "p" / "a.csv").string() + ": row 1 has no 'date' field with a YYYY-MM-DD date");
    fs::remove_all(dir);
}
