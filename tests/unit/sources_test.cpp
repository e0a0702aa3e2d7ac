// Attribution: who states each claim, and whether it could be checked; the source registry.
#include "support/french.hpp"
#include "support/run.hpp"

#include "sources/attributor.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/diagnostic.hpp>
#include <claimcheck/sources.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

SourceRegistry const& registry() {
    static SourceRegistry const r = load_sources(sources_file(CLAIMCHECK_TEST_RULES_DIR));
    return r;
}

Document read(std::string text) {
    static KindRegistry const kinds = load_kinds({fs::path(CLAIMCHECK_TEST_RULES_DIR) / "conflict" / "kinds.yaml"});
    static ClaimBuilder const builder(test::french(), kinds);
    static sources::Attributor const attributor(test::french(), registry());
    Document doc;
    doc.bytes = std::move(text);
    doc.extraction = test::extract(doc.bytes, ExtractOptions{std::string("2024-12-01")});
    builder.build(doc);
    attributor.attribute(doc);
    return doc;
}

Claim const& claim(Document const& doc, std::string_view figure) { return test::claim_of(doc, figure); }

Attribution only_source(Document const& doc, std::string_view figure) {
    auto const& c = claim(doc, figure);
    REQUIRE(c.sources.size() == 1);
    return c.sources.front();
}

std::string load_error(std::string const& yaml) {
    try {
        load_sources_text(yaml, "registry.yaml");
    } catch (LoadError const& e) {
        auto const& d = e.diagnostics().front();
        return d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
    }
    return "";
}

}  // namespace

TEST_CASE("selon names the source, with its registry id") {
    auto doc = read("Selon l'état-major ukrainien, 1 200 soldats russes ont été tués en une journée.");
    auto a = only_source(doc, "1 200 soldats");
    CHECK(a.id == "ukrainian_general_staff");
    CHECK(a.name == "l'état-major ukrainien");
    CHECK(a.how == "selon");
}

TEST_CASE("a speech verb takes the subject before it") {
    auto doc = read("Le ministère russe de la Défense a affirmé mardi avoir abattu 40 drones au-dessus de la mer Noire.");
    auto a = only_source(doc, "40 drones");
    CHECK(a.id == "russian_mod");
    CHECK(a.how == "verb");
}

TEST_CASE("a speech verb in the simple past or the present takes its speaker") {
    auto past = read("Le ministère russe de la Défense reconnut que 2 soldats avaient été blessés.");
    CHECK(only_source(past, "2 soldats").id == "russian_mod");
    auto inverted = read("« Nous avons abattu 31 drones », déclara l'armée de l'air ukrainienne.");
    CHECK(only_source(inverted, "31 drones").name == "l'armée de l'air ukrainienne");
    auto present = read("L'ISW estime que les forces russes ont pris 235 km2 cette semaine.");
    CHECK(only_source(present, "235 km2").id == "isw");
}

TEST_CASE("an inverted verb takes the subject after it") {
    auto doc = read("« Nous avons repoussé 12 assauts », a déclaré le commandant en chef de l'armée ukrainienne sur Telegram.");
    auto a = only_source(doc, "12 assauts");
    CHECK(a.id == "syrsky");
    CHECK(a.name == "le commandant en chef de l'armée ukrainienne");
}

TEST_CASE("a pronoun carries the last named speaker") {
    auto doc = read("Dmitri Peskov a déclaré que les discussions continuaient. Selon lui, 300 observateurs seront envoyés.");
    auto a = only_source(doc, "300 observateurs");
    CHECK(a.id == "peskov");
    CHECK(a.how == "pronoun");
}

TEST_CASE("a-t-il ajouté carries the last named speaker") {
    auto doc = read("Lloyd Austin a annoncé une nouvelle aide. Elle comprend 50 blindés, a-t-il ajouté.");
    CHECK(only_source(doc, "50 blindés").id == "austin");
}

TEST_CASE("a quotation over several sentences is its speaker's") {
    auto doc = read("\"Nos défenses tiennent. Nous avons détruit 25 chars cette semaine\", a déclaré Oleksandr Syrsky.");
    auto a = only_source(doc, "25 chars");
    CHECK(a.id == "syrsky");
}

TEST_CASE("a chain gives the source and its origin") {
    auto doc = read("Les troupes russes ont conquis 610 km2 en octobre, d'après un calcul de l'AFP à partir des données de l'ISW.");
    auto a = only_source(doc, "610 km2");
    CHECK(a.id == "afp");
    CHECK(a.origin_id == "isw");
    CHECK(a.how == "chain");
}

TEST_CASE("an unknown speaker becomes a source named as written") {
    auto doc = read("Le maire adjoint de la ville, Ivan Petrenko, a indiqué que 14 immeubles avaient été touchés.");
    auto a = only_source(doc, "14 immeubles");
    CHECK(a.id == "");
    CHECK(a.name == "Le maire adjoint de la ville, Ivan Petrenko");
}

TEST_CASE("a sentence without attribution takes none") {
    auto doc = read("L'armée de l'air ukrainienne a déclaré que la nuit était calme. Puis 9 missiles ont frappé Odessa.");
    CHECK(claim(doc, "9 missiles").sources.empty());
}

TEST_CASE("a verification phrase marks its sentence with the text's words") {
    auto doc = read("Selon Moscou, 80 soldats ukrainiens ont été capturés, un chiffre qui ne peut être vérifié de source indépendante.");
    CHECK(claim(doc, "80 soldats").unverified == std::optional<std::string>("ne peut être vérifié"));
}

TEST_CASE("a verification phrase that refers back marks the paragraph's previous sentences") {
    auto doc = read("Titre\nSelon Kiev, 900 soldats russes ont été tués. Et 7 chars détruits.\n"
                    "Ces chiffres, qui n'ont pu être vérifiés, sont publiés chaque jour.\n\nEnsuite 3 ponts ont cédé.");
    CHECK(claim(doc, "900 soldats").unverified == std::optional<std::string>("n'ont pu être vérifiés"));
    CHECK(claim(doc, "7 chars").unverified.has_value());
    CHECK_FALSE(claim(doc, "3 ponts").unverified.has_value());
}

TEST_CASE("the shipped registry loads and links parts to wholes") {
    auto const& r = registry();
    REQUIRE(r.find("belousov"));
    CHECK(r.find("belousov")->side == "russia");
    CHECK(r.within("gerasimov", "russian_state"));
    CHECK_FALSE(r.within("isw", "russian_state"));
}

TEST_CASE("registry errors carry file:line:col") {
    CHECK(load_error("sources:\n  - {id: a, type: media, nams: [A]}\n") ==
          "registry.yaml:2:26: unknown key 'nams' in a source; did you mean 'names'?");
    CHECK(load_error("sources:\n  - {id: a, type: media, names: [A]}\n  - {id: a, type: media, names: [B]}\n") ==
          "registry.yaml:3:10: source 'a' is already declared at line 2");
    CHECK(load_error("sources:\n  - {id: a, type: media, names: [A], part_of: b}\n") ==
          "registry.yaml:2:47: 'a' links to unknown source 'b'; did you mean 'a'?");
    CHECK(load_error("sources:\n  - {id: a, type: medai, names: [A]}\n") ==
          "registry.yaml:2:19: unknown source type 'medai'; did you mean 'media'?");
    CHECK(load_error("sources:\n  - {id: a, type: media, side: rusia, names: [A]}\n") ==
          "registry.yaml:2:32: unknown side 'rusia'; did you mean 'russia'?");
}

TEST_CASE("a part_of cycle is reported") {
    auto const msg = load_error("sources:\n  - {id: a, type: media, names: [A], part_of: b}\n"
                                "  - {id: b, type: media, names: [B], part_of: a}\n");
    CHECK(msg == "registry.yaml:2:47: part_of cycle: 'a' is part of 'b', which is part of 'a'");
}

TEST_CASE("selon followed by what is not a source attributes nothing") {
    auto doc = read("Selon le vocabulaire employé par Moscou, 30 localités ont été libérées en novembre.");
    CHECK(claim(doc, "30 localités").sources.empty());
    auto doc2 = read("Selon toute vraisemblance, 40 drones ont été abattus dans la nuit.");
    CHECK(claim(doc2, "40 drones").sources.empty());
}
