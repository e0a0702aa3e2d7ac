// When two claims can be about one fact (checks/same_fact.hpp): places, actors, tallies.
#include "checks/same_fact.hpp"

#include <claimcheck/claim.hpp>
#include <claimcheck/sources.hpp>

#include <doctest/doctest.h>

using namespace claimcheck;
using namespace claimcheck::checks;

namespace {

SourceRegistry const& registry() {
    static SourceRegistry const r = load_sources(sources_file(CLAIMCHECK_TEST_RULES_DIR));
    return r;
}

Claim figure(double value, std::string start, std::string end) {
    Claim c;
    c.quantity.value = value;
    c.quantity.interval = {value, value};
    c.period.start = std::move(start);
    c.period.end = std::move(end);
    return c;
}

Claim acted_by(std::string actor, std::string speaker = "") {
    Claim c;
    c.actor = std::move(actor);
    if (!speaker.empty()) c.sources.push_back({.id = "", .name = std::move(speaker)});
    return c;
}

}  // namespace

TEST_CASE("a place is the name after its last 'de', the whole front counts as no place") {
    CHECK(place_key("la région de Koursk") == "koursk");
    CHECK(place_key("Koursk") == "koursk");
    CHECK(place_key("la seule région de Donetsk") == "donetsk");
    CHECK(place_key("Ukraine", {"Ukraine"}).empty());
    CHECK(place_key("Ukraine") == "ukraine");
}

TEST_CASE("actors are compared by their side when the registry knows them") {
    ActorKeys const keys(&registry());
    CHECK(keys.key(acted_by("les troupes russes")) == keys.key(acted_by("L'armée russe")));
    CHECK(keys.key(acted_by("les forces ukrainiennes")) != keys.key(acted_by("les forces russes")));
    CHECK(keys.key(acted_by("la brigade Azov")) == "la brigade azov");
    CHECK(keys.key(acted_by("")).empty());
}

TEST_CASE("an actor who is the claim's own speaker is not who acted") {
    ActorKeys const keys(&registry());
    CHECK(keys.key(acted_by("L'état-major ukrainien", "l'état-major ukrainien")).empty());
    CHECK_FALSE(keys.key(acted_by("L'armée russe", "l'état-major ukrainien")).empty());
}

TEST_CASE("two running tallies from one start are one tally, a day's count is not") {
    auto const monday = figure(733'830, "2022-02-24", "2024-11-26");
    auto const tuesday = figure(735'290, "2022-02-01", "2024-11-27");  // "depuis février 2022"
    CHECK(same_tally(monday, tuesday));
    // "1 460 au cours des dernières vingt-quatre heures", even mis-dated from the start of the war.
    CHECK_FALSE(same_tally(monday, figure(1'460, "2022-02-24", "2024-11-27")));
    CHECK_FALSE(same_tally(monday, figure(1'460, "2024-11-27", "2024-11-27")));
    // A tally from August (Kursk) is another tally.
    CHECK_FALSE(same_tally(monday, figure(700'000, "2024-08-06", "2024-11-27")));
    // "La veille, 732 350 soldats": the tally at one day.
    CHECK(same_tally(figure(732'350, "2024-11-25", "2024-11-25"), monday));
}
