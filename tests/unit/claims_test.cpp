// Claims: kinds, aspects, periods, actors and places resolved from sentences written for these
// tests; malformed kinds.yaml and periods.yaml files give exact file:line:col errors.
#include "support/french.hpp"
#include "support/run.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/diagnostic.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

KindRegistry const& conflict_kinds() {
    static KindRegistry const kinds = load_kinds({fs::path(CLAIMCHECK_TEST_RULES_DIR) / "conflict" / "kinds.yaml"});
    return kinds;
}

ClaimBuilder const& builder() {
    static ClaimBuilder const b(test::french(), conflict_kinds());
    return b;
}

// `text` extracted and its claims built; `date` is the document's date (else its dateline).
Document read(std::string text, std::optional<std::string> date = std::nullopt) {
    Document doc;
    doc.bytes = std::move(text);
    doc.extraction = test::extract(doc.bytes, ExtractOptions{date});
    doc.date = doc.extraction.document_date;
    builder().build(doc);
    return doc;
}

Claim const& claim(Document const& doc, std::string_view figure) { return test::claim_of(doc, figure); }

std::string sentence(Document const& doc, std::string_view figure) {
    return test::span_text(doc.bytes, claim(doc, figure).sentence);
}

std::string kind(std::string text, std::string_view figure) { return claim(read(std::move(text)), figure).kind; }

Aspect aspect(std::string text, std::string_view figure) { return claim(read(std::move(text)), figure).aspect; }

Period period(std::string text, std::string_view figure, std::optional<std::string> date = "2024-11-26") {
    return claim(read(std::move(text), std::move(date)), figure).period;
}

// Writes `files` (name → YAML) into a fresh directory and loads them as kinds; the errors,
// each from its file name on.
std::vector<std::string> kind_errors(std::string const& test, std::vector<std::pair<std::string, std::string>> const& files) {
    auto const dir = fs::temp_directory_path() / ("claimcheck-kinds-" + test);
    fs::remove_all(dir);
    std::vector<fs::path> paths;
    for (auto const& [name, yaml] : files) {
        fs::create_directories((dir / name).parent_path());
        std::ofstream(dir / name) << yaml;
        paths.push_back(dir / name);
    }
    std::vector<std::string> out;
    try {
        load_kinds(paths);
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) {
            auto const line = format_diagnostic(d);
            out.push_back(line.substr(line.find(dir.string()) + dir.string().size() + 1));
        }
    }
    return out;
}

}  // namespace

// ---------------------------------------------------------------- sentences

TEST_CASE("a claim's sentence ends at . ! ? and newlines, not in decimals or after M.") {
    auto const doc = read("L'armée a pris 4.500 km2 en un an. M. Durand parle de 30 km2 par jour ! "
                          "Et demain ? On verra 12 villages.\nTitre sans point 3 villes\nFin.");
    CHECK(sentence(doc, "4.500 km2") == "L'armée a pris 4.500 km2 en un an.");
    CHECK(sentence(doc, "30 km2 par jour") == "M. Durand parle de 30 km2 par jour !");
    CHECK(sentence(doc, "12 villages") == "On verra 12 villages.");
    CHECK(sentence(doc, "3 villes") == "Titre sans point 3 villes");
}

TEST_CASE("news copy without a space after the full stop still splits, quotes stay with their sentence") {
    auto const doc = read("La percée atteignait 310 km2.Les chiffres de l'état-major donnent 40 villages.\"Nous avons "
                          "repris 7 localités\", a-t-il dit.");
    CHECK(sentence(doc, "310 km2") == "La percée atteignait 310 km2.");
    CHECK(sentence(doc, "40 villages") == "Les chiffres de l'état-major donnent 40 villages.");
    CHECK(sentence(doc, "7 localités") == "\"Nous avons repris 7 localités\", a-t-il dit.");
}

TEST_CASE("a full stop before a lower-case word or a comma ends no sentence") {
    auto const doc = read("Les frappes (...) ont visé 9 villages, etc. et 2 villes.");
    CHECK(sentence(doc, "2 villes") == "Les frappes (...) ont visé 9 villages, etc. et 2 villes.");
}

// ---------------------------------------------------------------- kinds

TEST_CASE("an area's kind comes from the cues of its sentence") {
    CHECK(kind("Les forces ont conquis 95 km2 en une semaine.", "95 km2") == "territory_gained");
    CHECK(kind("Le pays a une superficie de 41 000 km2.", "41 000 km2") == "area");
    CHECK(kind("Le lac fait 12 km2.", "12 km2") == "area");  // the fallback
}

TEST_CASE("a count's kind is one that names its noun, cues choose between them") {
    CHECK(kind("L'armée a repris 14 villages au nord.", "14 villages") == "localities_captured");
    CHECK(kind("L'artillerie a bombardé 6 villages hier.", "6 villages") == "localities_shelled");
    CHECK(kind("Le bilan fait état de 310 soldats tués ou blessés.", "310 soldats") == "personnel_losses");
    CHECK(kind("Ils ont fait prisonniers 85 soldats.", "85 soldats") == "prisoners");
    CHECK(kind("Le pays a déployé 3 000 soldats à la frontière.", "3 000 soldats") == "troops_deployed");
    CHECK(kind("La défense a intercepté 17 drones cette nuit.", "17 drones") == "drones_destroyed");
    CHECK(kind("L'ennemi a lancé 40 drones sur la ville.", "40 drones") == "drones_launched");
    CHECK(kind("Une frappe a fait 9 morts parmi les civils.", "9 morts") == "civilians_killed");
    CHECK(kind("Le camp accueille 800 réfugiés.", "800 réfugiés") == "population");
    CHECK(kind("Il a vu 12 girafes.", "12 girafes") == "");  // a noun no kind names
    CHECK(kind("Ils étaient 12.", "12") == "");               // nothing to go by
}

TEST_CASE("words after the noun pick the more specific kind") {
    auto const doc = read("Le décompte donne 410 chars d'assaut, 820 véhicules blindés, 300 camions "
                          "et 95 pièces d'artillerie détruits.");
    CHECK(claim(doc, "410 chars").kind == "tanks_destroyed");
    CHECK(claim(doc, "820 véhicules").kind == "armored_vehicles_destroyed");
    CHECK(claim(doc, "300 camions").kind == "vehicles_destroyed");
    CHECK(claim(doc, "95 pièces").kind == "artillery_destroyed");
}

TEST_CASE("an increment, a part or a share borrows the kind of the figure it belongs to") {
    auto const doc = read("L'état-major compte 2 410 chars détruits (+7).");
    CHECK(claim(doc, "+7").kind == "tanks_destroyed");
    CHECK(kind("Elle a abattu cinq des neuf drones.", "cinq") == "drones_destroyed");
    CHECK(kind("Ils ont repris 240 km2, soit près de 40%.", "près de 40%") == "territory_gained");
}

TEST_CASE("measures take the kinds of their dimension") {
    CHECK(kind("Washington a promis une aide de 400 millions de dollars.", "400 millions de dollars") == "aid_pledged");
    CHECK(kind("Le budget de la défense atteint 60 milliards d'euros.", "60 milliards d'euros") == "money");
    CHECK(kind("Le village est à 14 kilomètres du front.", "14 kilomètres") == "distance");
    CHECK(kind("La trêve a duré 3 jours.", "3 jours") == "duration");
}

// ---------------------------------------------------------------- aspects

TEST_CASE("aspects: increment, rate, share, part, record, total") {
    CHECK(aspect("On compte 2 410 chars (+7).", "+7") == Aspect::increment);
    CHECK(aspect("On compte 52 000 soldats, soit une augmentation de 900 soldats.", "900 soldats") ==
          Aspect::increment);
    CHECK(aspect("Elles avancent de 12 km2 par jour.", "12 km2 par jour") == Aspect::rate);
    CHECK(aspect("Ils contrôlent près de 18 % du pays.", "près de 18 %") == Aspect::share);
    CHECK(aspect("Elle a abattu cinq des neuf drones.", "cinq") == Aspect::part);
    CHECK(aspect("Ils ont conquis 610 km2, un record depuis l'été.", "610 km2") == Aspect::record);
    CHECK(aspect("Ils ont conquis 610 km2, le plus important depuis l'été.", "610 km2") == Aspect::record);
    CHECK(aspect("Ils ont conquis 610 km2.", "610 km2") == Aspect::total);
}

// ---------------------------------------------------------------- periods

TEST_CASE("'cette année' in a month-precise document runs to a day of that month") {
    auto const p = period("Les troupes ont pris 3 100 km2 cette année.", "3 100 km2", "2024-12");
    CHECK(p.start == "2024-01-01");
    CHECK(p.end == "2024-12");
    CHECK(p.days.low == 336);  // 1 January to 1 December, both counted
    CHECK(p.days.high == 366); // to 31 December of a leap year
    CHECK(p.text == "cette année");
}

TEST_CASE("'depuis le début de l'année' and 'ce mois-ci' run to the document's date") {
    auto const year = period("Ils ont pris 3 100 km2 depuis le début de l'année.", "3 100 km2", "2023-03-10");
    CHECK(year.start == "2023-01-01");
    CHECK(year.end == "2023-03-10");
    CHECK(year.days.low == 69);
    CHECK(year.days.high == 69);
    auto const month = period("Ils ont pris 80 km2 ce mois-ci.", "80 km2", "2024-02");
    CHECK(month.start == "2024-02-01");
    CHECK(month.end == "2024-02");
    CHECK(month.days.low == 1);
    CHECK(month.days.high == 29);
}

TEST_CASE("the night of one weekday to the next is the last such morning up to the document's date") {
    // 2024-11-27 is a Wednesday: Monday to Tuesday is the night to the 26th.
    auto const p = period("Dans la nuit de lundi à mardi, la Russie a lancé 120 drones.", "120 drones", "2024-11-27");
    CHECK(p.start == "2024-11-26");
    CHECK(p.end == "2024-11-26");
    CHECK(p.text == "Dans la nuit de lundi à mardi");
    CHECK(period("La nuit de mardi à mercredi, 40 drones ont été lancés.", "40 drones", "2024-11-27").end == "2024-11-27");
    // Not two consecutive days, or no night: no period.
    CHECK_FALSE(period("La nuit de lundi à jeudi, 40 drones ont été lancés.", "40 drones", "2024-11-27").known());
    CHECK_FALSE(period("Lundi et mardi, 40 drones ont été lancés.", "40 drones", "2024-11-27").known());
}

TEST_CASE("a running tally ends on the weekday its sentence names, as a next-morning article reports it") {
    // 2024-11-27 is a Wednesday: "mardi" is the 26th.
    auto const p = period("L'état-major a indiqué mardi que 733 830 soldats russes ont été perdus depuis le début de "
                          "l'invasion.", "733 830 soldats", "2024-11-27");
    CHECK(p.start == "2022-02-24");
    CHECK(p.end == "2024-11-26");
    // No weekday, or two different ones: the document's date.
    CHECK(period("L'armée a perdu 3 200 chars depuis le début de l'invasion.", "3 200 chars", "2024-11-27").end ==
          "2024-11-27");
    CHECK(period("Lundi ou mardi, l'armée a perdu 3 200 chars depuis le début de l'invasion.", "3 200 chars",
                 "2024-11-27").end == "2024-11-27");
}

TEST_CASE("a 'depuis' after a superlative is the comparison's window, not the figure's period") {
    auto const p = period("La Russie a lancé 188 drones dans la nuit de lundi à mardi, un record depuis le début de "
                          "l'invasion.", "188 drones", "2024-11-26");
    CHECK(p.start == "2024-11-26");
    CHECK_FALSE(period("Le mois est le plus meurtrier pour l'armée depuis le début de l'invasion, avec 1 500 hommes.",
                       "1 500 hommes").known());
    // Without a superlative, "depuis" is the period.
    CHECK(period("L'armée a perdu 3 200 chars depuis le début de l'invasion.", "3 200 chars").start == "2022-02-24");
}

TEST_CASE("'au cours des dernières vingt-quatre heures' is a day ending at the document's date") {
    auto const p = period("Le total atteint 735 290 soldats depuis février 2022, dont 1 460 au cours des dernières "
                          "vingt-quatre heures.", "1 460", "2024-11-27");
    CHECK(p.start == "2024-11-27");
    CHECK(p.end == "2024-11-27");
}

TEST_CASE("a month named in the sentence is the period, with the year nearest the document's") {
    for (auto const* text : {"Ils ont avancé de 520 km2 en octobre.", "Ils ont avancé de 520 km2 au cours du mois d'octobre.",
                             "En octobre, ils ont avancé de 520 km2."}) {
        auto const p = period(text, "520 km2", "2024-12");
        CHECK(p.start == "2024-10-01");
        CHECK(p.end == "2024-10-31");
        CHECK(p.days.low == 31);
        CHECK(p.days.high == 31);
    }
    CHECK(period("Ils ont avancé de 520 km2 au cours du mois d'octobre.", "520 km2").text ==
          "au cours du mois d'octobre");
    // In January, "en décembre" is last December.
    CHECK(period("Ils ont avancé de 520 km2 en décembre.", "520 km2", "2025-01-08").start == "2024-12-01");
    // A month not over at the document's date ends there.
    CHECK(period("Ils ont avancé de 90 km2 en novembre.", "90 km2").end == "2024-11-26");
}

TEST_CASE("'en un mois' is the month the sentence names, else a month-long span") {
    auto const named = period("Le gain de 700 km2 en novembre est le plus fort en un mois.", "700 km2", "2024-12");
    CHECK(named.start == "2024-11-01");
    CHECK(named.text == "en novembre");
    auto const span = period("Ils ont pris 700 km2 en un mois.", "700 km2", "2024-12");
    CHECK_FALSE(span.known());
    CHECK(span.days.low == 28);
    CHECK(span.days.high == 31);
    CHECK(span.text == "en un mois");
}

TEST_CASE("'depuis' a month, a date or an anchor runs from it to the document's date") {
    auto const month = period("Ils ont repris 900 km2 depuis août.", "900 km2", "2024-12");
    CHECK(month.start == "2024-08-01");
    CHECK(month.end == "2024-12");
    CHECK(month.days.low == 123);
    CHECK(month.days.high == 153);
    CHECK(month.text == "depuis août");
    // "depuis août" in March is last August.
    CHECK(period("Ils ont repris 900 km2 depuis août.", "900 km2", "2025-03-02").start == "2024-08-01");
    auto const date = period("Ils ont tiré 60 missiles depuis le 19 novembre.", "60 missiles");
    CHECK(date.start == "2024-11-19");
    CHECK(date.end == "2024-11-26");
    CHECK(date.days.low == 8);
    auto const anchor = period("L'armée a perdu 3 200 chars depuis le début de l'invasion.", "3 200 chars", "2023-02-24");
    CHECK(anchor.start == "2022-02-24");
    CHECK(anchor.end == "2023-02-24");
    CHECK(anchor.days.low == 366);
    CHECK(anchor.text == "depuis le début de l'invasion");
}

TEST_CASE("the last N days end at the document's date") {
    auto const five = period("Au cours des cinq derniers jours, 31 localités ont été reprises.", "31 localités");
    CHECK(five.start == "2024-11-22");
    CHECK(five.end == "2024-11-26");
    CHECK(five.days.low == 5);
    CHECK(five.days.high == 5);
    CHECK(five.text == "Au cours des cinq derniers jours");
    CHECK(period("Ces 10 derniers jours, ils ont pris 44 km2.", "44 km2").start == "2024-11-17");
    auto const fuzzy = period("Les 7 derniers jours, ils ont pris 44 km2.", "44 km2", "2024-12");
    CHECK(fuzzy.end == "2024-12");
    CHECK(fuzzy.start == "2024");  // somewhere between 25 November and 25 December
    CHECK(fuzzy.days.low == 7);
    CHECK(fuzzy.days.high == 7);
    // Without a document date the length is still known.
    auto const undated = period("Les 7 derniers jours, ils ont pris 44 km2.", "44 km2", std::nullopt);
    CHECK_FALSE(undated.known());
    CHECK(undated.days.low == 7);
}

TEST_CASE("'en vingt-quatre heures' is one day, and belongs to the figure it measures") {
    auto const doc = read("On compte 52 000 soldats, soit une hausse de 900 soldats en l'espace de vingt-quatre heures.",
                          "2024-11-26");
    auto const& p = claim(doc, "900 soldats").period;
    CHECK(p.start == "2024-11-26");
    CHECK(p.end == "2024-11-26");
    CHECK(p.days.low == 1);
    CHECK(p.text == "en l'espace de vingt-quatre heures");
    CHECK_FALSE(claim(doc, "52 000 soldats").period.known());
    CHECK(period("Ils ont abattu 35 drones en 24 heures.", "35 drones").days.high == 1);
}

TEST_CASE("'hier', 'aujourd'hui' and full dates are single days") {
    auto const yesterday = period("Hier, 12 drones ont été abattus.", "12 drones");
    CHECK(yesterday.start == "2024-11-25");
    CHECK(yesterday.end == "2024-11-25");
    CHECK(yesterday.days.low == 1);
    CHECK(period("Aujourd'hui, 12 drones ont été abattus.", "12 drones").start == "2024-11-26");
    auto const at = period("Au 30 novembre, l'armée comptait 1 900 soldats tués.", "1 900 soldats", "2024-12");
    CHECK(at.start == "2024-11-30");
    CHECK(at.end == "2024-11-30");
    CHECK(at.text == "Au 30 novembre");
    CHECK(period("Le 23 novembre, 4 missiles ont été abattus.", "4 missiles").start == "2024-11-23");
}

TEST_CASE("a year needs a word before it, the nearest cue wins, rates share their sentence's period") {
    auto const year = period("Ils ont libéré 140 localités courant 2024.", "140 localités", "2024-12");
    CHECK(year.start == "2024-01-01");
    CHECK(year.end == "2024-12");
    CHECK_FALSE(period("Le plan 2024 prévoit 140 localités.", "140 localités").known());
    auto const doc = read("Ils ont pris 2 900 km2 cette année et avancent de 18 km2 par jour, "
                          "contre 400 km2 en mars.", "2024-12");
    CHECK(claim(doc, "2 900 km2").period.text == "cette année");
    CHECK(claim(doc, "18 km2 par jour").period.text == "cette année");
    CHECK(claim(doc, "400 km2").period.text == "en mars");
    CHECK_FALSE(period("Ils ont pris 2 900 km2.", "2 900 km2").known());
    CHECK_FALSE(period("Elle a abattu sept des huit obus.", "sept").known());  // "sept" is no September
    CHECK(period("Ils ont pris 2 900 km2.", "2 900 km2").text.empty());
}

TEST_CASE("without a document date, a month takes the last year the text named") {
    // A year alone is no dateline: the document has no date.
    auto const p = period("L'offensive a commencé en 2024.\nDepuis août, 600 km2 ont été repris.", "600 km2",
                          std::nullopt);
    CHECK(p.start == "2024-08-01");
    CHECK_FALSE(p.end);
}

TEST_CASE("the dateline is the document's date") {
    auto const doc = read("date 2024-12 Bilan.\nLes troupes ont pris 3 100 km2 cette année.");
    CHECK(doc.date == "2024-12");
    CHECK(claim(doc, "3 100 km2").period.days.low == 336);
}

// ---------------------------------------------------------------- actors and places

TEST_CASE("actor: the first one before the figure, not a source, place: a capitalised name after a cue") {
    auto const doc = read("Selon Kiev, l'armée russe a perdu 1 200 soldats près de Bakhmut.");
    CHECK(claim(doc, "1 200 soldats").actor == "l'armée russe");
    CHECK(claim(doc, "1 200 soldats").place == "Bakhmut");
    auto const region = read("Les forces ukrainiennes ont repris 12 villages dans la région de Kharkiv.");
    CHECK(region.claims[0].actor == "Les forces ukrainiennes");
    CHECK(region.claims[0].place == "la région de Kharkiv");
    auto const compound = read("La Russie a frappé 3 dépôts à Koursk-Vostochny.");
    CHECK(compound.claims[0].place == "Koursk-Vostochny");
}

TEST_CASE("a scope says which place a figure leaves out or includes, and that place is not its place") {
    auto const without = claim(read("L'armée russe a pris 2 700 km2 en août, hors Koursk."), "2 700 km2");
    CHECK(without.scope == "hors Koursk");
    CHECK(without.scope_place == "Koursk");
    CHECK_FALSE(without.scope_includes);
    CHECK(without.place == "");
    auto const with = claim(read("Elle a pris 3 900 km2 en août, y compris la région de Koursk."), "3 900 km2");
    CHECK(with.scope == "y compris la région de Koursk");
    CHECK(with.scope_includes);
    CHECK(claim(read("Elle a pris 3 900 km2 en août dans la région de Donetsk."), "3 900 km2").scope == "");
}

TEST_CASE("a person after 'à' is not a place, nothing said is empty") {
    auto const doc = read("Le général a assuré à Vladimir Poutine que 20 villages avaient été pris.");
    CHECK(doc.claims[0].place.empty());
    CHECK(doc.claims[0].actor.empty());
}

// ---------------------------------------------------------------- kinds.yaml

TEST_CASE("the shipped kinds load") {
    CHECK(conflict_kinds().find("territory_gained") != nullptr);
    CHECK(conflict_kinds().find("territory_gained")->dimension == "area");
    CHECK(conflict_kinds().anchors.size() == 1);
    CHECK(find_kind_files(CLAIMCHECK_TEST_RULES_DIR).size() >= 1);
}

TEST_CASE("unknown keys and dimensions get a suggestion and a position") {
    auto const errors = kind_errors("unknown", {{"pack/kinds.yaml", "kinds:\n"
                                                                    "  tanks:\n"
                                                                    "    nons: [char]\n"
                                                                    "    cues: [détruit]\n"
                                                                    "  land:\n"
                                                                    "    dimension: aera\n"
                                                                    "    cues: [pris]\n"
                                                                    "  sea:\n"
                                                                    "    dimension: volume\n"
                                                                    "    cues: [mer]\n"}});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "pack/kinds.yaml:3:5: error: unknown key 'nons' in kind 'tanks'; did you mean 'nouns'? "
                       "[yaml.unknown-key]");
    CHECK(errors[1] == "pack/kinds.yaml:6:16: error: unknown dimension 'aera' in kind 'land'; did you mean 'area'? "
                       "[kinds.unknown-dimension]");
    CHECK(errors[2] == "pack/kinds.yaml:9:16: error: unknown dimension 'volume' in kind 'sea'; expected one of: "
                       "area, length, money, ratio, time (or none for counts) [kinds.unknown-dimension]");
}

TEST_CASE("a kind declared in two packs is reported where it is declared again") {
    auto const errors = kind_errors("duplicate", {{"a/kinds.yaml", "kinds:\n  tanks:\n    nouns: [char]\n"},
                                                  {"b/kinds.yaml", "# b\nkinds:\n  ships:\n    nouns: [navire]\n"
                                                                   "  tanks:\n    nouns: [tank]\n"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].starts_with("b/kinds.yaml:5:3: error: kind 'tanks' is already declared at "));
    CHECK(errors[0].ends_with("a/kinds.yaml:2:3 [kinds.duplicate-kind]"));
}

TEST_CASE("wrong types and impossible kinds are reported, all at once") {
    auto const errors = kind_errors("types", {{"p/kinds.yaml", "kinds:\n"
                                                               "  tanks:\n"
                                                               "    nouns: {char: 1}\n"
                                                               "    fallback: maybe\n"
                                                               "  Money:\n"
                                                               "    dimension: money\n"
                                                               "  aid:\n"
                                                               "    dimension: money\n"
                                                               "    nouns: [euro]\n"
                                                               "  empty:\n"
                                                               "    description: rien\n"
                                                               "anchors:\n"
                                                               "  war:\n"
                                                               "    date: 2022-13-01\n"
                                                               "    cues: [depuis la guerre]\n"
                                                               "  peace:\n"
                                                               "    cues: [depuis la paix]\n"}});
    REQUIRE(errors.size() == 8);
    CHECK(errors[0] == "p/kinds.yaml:3:12: error: 'nouns' must be a list, found a map [yaml.type]");
    CHECK(errors[1] == "p/kinds.yaml:4:15: error: 'fallback' must be true or false [yaml.type]");
    CHECK(errors[2] == "p/kinds.yaml:2:3: error: kind 'tanks' can never be chosen: give it 'nouns', 'cues' or "
                       "'fallback: true' [kinds.unreachable]");
    CHECK(errors[3] == "p/kinds.yaml:5:3: error: kind id 'Money' must be lower-case letters, digits and '_' "
                       "(e.g. territory_gained) [kinds.bad-id]");
    CHECK(errors[4] == "p/kinds.yaml:9:12: error: kind 'aid' measures money, so its figures have no counted noun: "
                       "'nouns' are for counts (remove 'dimension' or 'nouns') [kinds.nouns-with-dimension]");
    CHECK(errors[5] == "p/kinds.yaml:10:3: error: kind 'empty' can never be chosen: give it 'nouns', 'cues' or "
                       "'fallback: true' [kinds.unreachable]");
    CHECK(errors[6] == "p/kinds.yaml:14:11: error: '2022-13-01' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY "
                       "[kinds.bad-date]");
    CHECK(errors[7] == "p/kinds.yaml:16:3: error: anchor 'peace' needs a 'date' and its 'cues' [kinds.missing-key]");
}

TEST_CASE("a YAML syntax error in kinds.yaml names its position") {
    auto const syntax = kind_errors("syntax", {{"p/kinds.yaml", "kinds:\n  tanks: [char\n"}});
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].starts_with("p/kinds.yaml:"));
    CHECK(syntax[0].ends_with("[yaml.syntax]"));
}

TEST_CASE("a mistake in periods.yaml is reported like any lexicon mistake") {
    auto const dir = fs::temp_directory_path() / "claimcheck-periods";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "periods.yaml") << "periods:\n  yesterdy: [hier]\n  since: {a: b}\n";
    std::vector<std::string> errors;
    try {
        load_lexicon(dir);
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) errors.push_back(format_diagnostic(d).substr(dir.string().size() + 1));
    }
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "periods.yaml:2:3: error: unknown key 'yesterdy' in 'periods'; did you mean 'yesterday'? "
                       "[yaml.unknown-key]");
    CHECK(errors[1] == "periods.yaml:3:10: error: since must be a list, found a map [yaml.type]");
}

// ---------------------------------------------------------------- the command

TEST_CASE("extract --claims writes each claim right after its quantity") {
    auto const r = test::run(CLAIMCHECK_BINARY, {"extract", "--claims", "--date", "2024-12", "-"},
                             {"Ils ont pris 3 100 km2 cette année, soit plus de 9 km2 par jour."});
    REQUIRE(r.exit_code == 0);
    auto const first_claim = r.out.find("{\"type\":\"claim\"");
    REQUIRE(first_claim != std::string::npos);
    CHECK(r.out.rfind("{\"type\":\"quantity\"", first_claim) == 0);  // the first quantity, then its claim
    CHECK(r.out.find(R"("id":"q0","kind":"territory_gained","aspect":"total","actor":null,"place":null,"scope":null,)"
                     R"("period":{"start":"2024-01-01","end":"2024-12","days":[336,366],"text":"cette année"},)"
                     R"("sentence":{"byte_start":0,"byte_end":65},"sources":[],"unverified":null})") != std::string::npos);
    CHECK(r.out.find("inf") == std::string::npos);
    CHECK(r.out.find("\"aspect\":\"rate\"") != std::string::npos);
}
