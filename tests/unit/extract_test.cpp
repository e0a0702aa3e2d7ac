// Extraction of quantities, dates and relations from French sentences written for these tests.
#include "support/french.hpp"

#include <doctest/doctest.h>

#include <optional>

using namespace claimcheck;
using claimcheck::test::extract;
using claimcheck::test::span_text;

namespace {

struct Found {
    std::string text;
    std::optional<double> value;
    std::string unit;
    Qualifier qualifier;
    std::string noun;
    Interval interval;
};

std::vector<Found> quantities(std::string const& text) {
    std::vector<Found> out;
    for (auto const& q : extract(text).quantities)
        out.push_back({span_text(text, q.span), q.value, q.unit, q.qualifier, q.noun, q.interval});
    return out;
}

Found only(std::string const& text) {
    auto qs = quantities(text);
    REQUIRE_MESSAGE(qs.size() == 1, "in: " << text);
    return qs.front();
}

}  // namespace

TEST_CASE("digits with French separators") {
    CHECK(only("La zone couvre 4.500 km2 au total.").value == 4500);
    CHECK(only("On compte 733 830 soldats.").value == 733830);
    CHECK(only("On compte 733\u00a0830 soldats.").value == 733830);
    CHECK(only("On compte 733\u202f830 soldats.").value == 733830);
    CHECK(only("Le fonds atteint 1\u2019250\u2019000 francs.").value == 1250000);
    CHECK(only("Le taux est de 27,4 pour cent.").value == doctest::Approx(27.4));
    CHECK(only("Un budget de 1,5 million d'euros.").value == 1500000);
    CHECK(only("Un budget de 3 milliards de dollars.").value == 3e9);
}

TEST_CASE("units are canonical codes") {
    CHECK(only("Ils ont avancé de 30km2 hier.").unit == "km2");
    CHECK(only("Ils ont avancé de 12 km² hier.").unit == "km2");
    CHECK(only("Ils ont avancé de 12 kilomètres carrés hier.").unit == "km2");
    CHECK(only("La ville est à 40 kilomètres.").unit == "km");
    CHECK(only("Un obus de 155 mm est tombé.").unit == "mm");
    CHECK(only("Le score est de 20%.").unit == "%");
    CHECK(only("Une aide de 50 millions d'euros.").unit == "EUR");
    CHECK(only("Une aide de 50 millions de hryvnias.").unit == "UAH");
    CHECK(only("Une amende de 10 000 roubles.").unit == "RUB");
    CHECK(only("Une aide de $300 a été versée.").unit == "USD");
    CHECK(only("La trêve a duré 30 jours.").unit == "day");
    CHECK(only("Le siège a duré six mois.").unit == "month");
}

TEST_CASE("rates merge the period into the unit") {
    auto q = only("Les troupes gagnent 25 km2 par jour dans le secteur.");
    CHECK(q.unit == "km2/day");
    CHECK(q.text == "25 km2 par jour");
    CHECK(only("Le convoi roule à 60 km/h.").unit == "km/hour");
}

TEST_CASE("hedges give a qualifier and an interval") {
    auto more = only("Ils ont repris plus de 2.300 km2.");
    CHECK(more.qualifier == Qualifier::more_than);
    CHECK(more.interval.low == 2300);
    CHECK(more.interval.low_open);
    CHECK_FALSE(more.interval.high);

    auto least = only("Au moins 40 civils ont été évacués.");
    CHECK(least.qualifier == Qualifier::at_least);
    CHECK(least.interval.low == 40);
    CHECK_FALSE(least.interval.low_open);

    auto nearly = only("La région représente près de 15% du pays.");
    CHECK(nearly.qualifier == Qualifier::approx);
    CHECK(nearly.interval.low == doctest::Approx(13.5));
    CHECK(nearly.interval.high == doctest::Approx(15));

    auto upto = only("Une portée allant jusqu'à 800 km a été annoncée.");
    CHECK(upto.qualifier == Qualifier::at_most);
    CHECK(upto.interval.low == 0);
    CHECK(upto.interval.high == 800);

    auto less = only("Moins de 300 habitants sont restés.");
    CHECK(less.qualifier == Qualifier::less_than);
    CHECK(less.interval.high_open);

    auto about = only("Environ 70 drones ont été lancés.");
    CHECK(about.qualifier == Qualifier::approx);
    CHECK(about.interval.low == doctest::Approx(63));
    CHECK(about.interval.high == doctest::Approx(77));

    CHECK(only("Il reste 500 soldats environ.").qualifier == Qualifier::approx);
}

TEST_CASE("approximate and vague amounts") {
    auto fifty = only("Une cinquantaine de missiles ont visé la ville.");
    CHECK(fifty.value == 50);
    CHECK(fifty.qualifier == Qualifier::approx);
    CHECK(fifty.interval.low == 45);
    CHECK(fifty.interval.high == 55);
    CHECK(fifty.noun == "missile");

    auto thousand = only("Un millier de réfugiés attendent.");
    CHECK(thousand.value == 1000);

    auto tens_of_thousands = only("Des dizaines de milliers de manifestants ont défilé.");
    CHECK_FALSE(tens_of_thousands.value);
    CHECK(tens_of_thousands.qualifier == Qualifier::vague);
    CHECK(tens_of_thousands.interval.low == 20000);
    CHECK(tens_of_thousands.interval.high == 100000);
    CHECK(tens_of_thousands.noun == "manifestant");

    auto hundreds = only("Plusieurs centaines de kilomètres carrés restent occupés.");
    CHECK(hundreds.qualifier == Qualifier::vague);
    CHECK(hundreds.unit == "km2");
}

TEST_CASE("fractions") {
    CHECK(only("La moitié des habitants a fui.").value == 0.5);
    CHECK(only("Un tiers du territoire est miné.").value == doctest::Approx(0.3333));
    CHECK(only("Un tiers du territoire est miné.").unit == "fraction");
}

TEST_CASE("ranges are one quantity with two bounds") {
    auto r = only("Les colonnes se trouvent entre 10 et 15 km de la ville.");
    CHECK(r.qualifier == Qualifier::range);
    CHECK_FALSE(r.value);
    CHECK(r.interval.low == 10);
    CHECK(r.interval.high == 15);
    CHECK(r.unit == "km");
    CHECK(only("Ils sont de 20 à 30 km plus au nord.").qualifier == Qualifier::range);
}

TEST_CASE("counted nouns come back as lemmas") {
    CHECK(only("Selon Kiev, 12 400 soldats moscovites ont été blessés.").noun == "soldat");
    CHECK(only("On a recensé 14 localités reprises.").noun == "localité");
    CHECK(only("Ils ont détruit 31 chars.").noun == "char");
    CHECK(only("Ils ont abattu trois hélicoptères.").noun == "hélicoptère");
    CHECK(only("Ils ont perdu deux nouveaux radars.").noun == "radar");
    // Not in the lexicon: the plural rules still give the singular.
    CHECK(only("Ils ont saisi 14 cargos.").noun == "cargo");
}

TEST_CASE("number words") {
    CHECK(only("Vingt et un blessés sont arrivés.").value == 21);
    CHECK(only("Soixante-dix-sept immeubles ont brûlé.").value == 77);
    CHECK(only("Quatre-vingts maisons ont brûlé.").value == 80);
    CHECK(only("Quatre-vingt-dix-neuf maisons ont brûlé.").value == 99);
    CHECK(only("Ils ont mobilisé deux cent mille hommes.").value == 200000);
    CHECK(only("Le pays compte trois millions deux cent mille habitants.").value == 3200000);
    CHECK(only("Il a promis deux milliards d'euros.").value == 2e9);
}

TEST_CASE("increments, ratios, conversions and shares are relations") {
    std::string const text =
        "Selon l'état-major, 8 120 chars (+14) ont été détruits. Quatre des six drones ont été abattus. "
        "La ligne a reculé de 5 km (3 miles). Ils contrôlent 900 km2, soit près de 40% de la zone.";
    auto const x = extract(text);
    REQUIRE(x.quantities.size() == 8);
    std::vector<std::string> kinds;
    for (auto const& r : x.relations) kinds.emplace_back(to_string(r.kind));
    CHECK(kinds == std::vector<std::string>{"increment", "ratio", "conversion", "share"});
    auto const& increment = x.relations[0];
    CHECK(increment.members[0].role == "total");
    CHECK(span_text(text, increment.members[0].span) == "8 120 chars");
    CHECK(span_text(text, increment.members[1].span) == "+14");
    CHECK(x.quantities[1].increment);
}

TEST_CASE("a part far from its whole is still linked by 'sur les'") {
    std::string const text = "Deux missiles, d'une portée de 300 km, sur les quatre tirés ont été abattus.";
    auto const x = extract(text);
    REQUIRE(x.relations.size() == 1);
    CHECK(span_text(text, x.relations[0].members[0].span) == "Deux missiles");
    CHECK(x.relations[0].members[1].quantity == 2);
}

TEST_CASE("dates are dates, not quantities") {
    std::string const text =
        "Le 14 mars 2023, l'armée a annoncé une offensive. Le 2 avril, elle a reculé. En 2019, rien. "
        "La période 2014-2022 est close. Publié le 2024-05-06.";
    auto const x = extract(text);
    CHECK(x.quantities.empty());
    std::vector<std::string> isos;
    for (auto const& d : x.dates) isos.push_back(d.iso);
    CHECK(isos == std::vector<std::string>{"2023-03-14", "2023-04-02", "2019", "2014", "2024-05-06"});
    CHECK(x.dates[1].year_inferred);
    CHECK(x.dates[3].until_iso == "2022");
}

TEST_CASE("a day without a year takes the year nearest the document's date") {
    ExtractOptions options;
    options.document_date = "2024-12-20";
    auto const x = extract("Le sommet s'ouvrira le 10 janvier.", options);
    REQUIRE(x.dates.size() == 1);
    CHECK(x.dates[0].iso == "2025-01-10");
}

TEST_CASE("names with digits and idioms are left alone") {
    CHECK(quantities("Le G7 et le G20 se réunissent.").empty());
    CHECK(quantities("Des Su-34 et des F-16 ont décollé, ainsi qu'un Mi-8 et un S-400.").empty());
    CHECK(quantities("Le pavillon de l'Expo 2025 est ouvert.").empty());
    CHECK(quantities("Les secours travaillent 24 heures sur 24 et 7 jours sur 7.").empty());
    CHECK(quantities("Il a appelé les deux parties au calme.").empty());
    CHECK(quantities("C'est sa 11e visite et le 1er sommet.").empty());
    CHECK(quantities("Un radar et une batterie ont été touchés.").empty());
}

TEST_CASE("spans point into the original bytes, also after accents and no-break spaces") {
    std::string const text = "Évacués : près de 1\u00a0200 réfugiés.";
    auto const x = extract(text);
    REQUIRE(x.quantities.size() == 1);
    CHECK(span_text(text, x.quantities[0].span) == "près de 1\u00a0200 réfugiés");
}

TEST_CASE("invalid UTF-8 is read on with replacement characters") {
    std::string text = "Bilan : 40 morts \xff\xfe et 12 blessés.";
    auto const x = extract(text);
    REQUIRE(x.quantities.size() == 2);
    CHECK(span_text(text, x.quantities[1].span) == "12 blessés");
}

TEST_CASE("times of day are not durations") {
    CHECK(quantities("L'alerte a sonné à 4 heures du matin, puis vers 18 heures.").empty());
    CHECK(quantities("Les tirs ont repris à 14h30 et à 9 h 15.").empty());
    CHECK(only("Le siège a duré 36 heures.").unit == "hour");
    CHECK(only("Ils ont tenu à peine 3 heures.").unit == "hour");
}

TEST_CASE("an equivalent after a comma and 'soit' is a conversion") {
    std::string const text = "La ligne s'étend sur environ 1 200 km, soit 750 miles.";
    auto const x = extract(text);
    REQUIRE(x.relations.size() == 1);
    CHECK(x.relations[0].kind == Relation::Kind::conversion);
}

TEST_CASE("a closing quotation mark may stand between an amount and its noun") {
    auto q = only("Kiev évoque « des dizaines de milliers » de morts.");
    CHECK(q.noun == "mort");
    CHECK(q.qualifier == Qualifier::vague);
}

TEST_CASE("a document date must be a real ISO date") {
    ExtractOptions bad;
    bad.document_date = "2024-02-30";
    auto const x = extract("Le sommet s'ouvrira le 10 janvier.", bad);
    REQUIRE(x.dates.size() == 1);
    CHECK(x.dates[0].iso == "--01-10");  // no year to be had: the bad date was ignored
    ExtractOptions junk;
    junk.document_date = "2024-11-26xyz";
    CHECK(extract("Le sommet s'ouvrira le 10 janvier.", junk).dates[0].iso == "--01-10");
}
