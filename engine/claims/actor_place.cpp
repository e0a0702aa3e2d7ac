#include "claims/actor_place.hpp"

namespace claimcheck::claims {
namespace {

constexpr std::size_t max_name_words = 4;
// "sans compter les combats dans la région de Koursk": how far the place may follow the marker.
constexpr std::size_t max_scope_gap = 30;

bool starts_name(text::NormalizedText const& t, std::size_t i, std::size_t end) {
    return i < end && is_letter(t.text[i]) && t.was_upper[i];
}

// The end of a capitalised name starting at `begin`: words joined by hyphens ("Koursk-Vostochny")
// or by spaces before another capitalised word ("Tchassiv Yar").
std::size_t name_end(text::NormalizedText const& t, std::size_t begin, std::size_t end) {
    std::size_t e = begin;
    for (std::size_t words = 1;; ++words) {
        while (e < end && is_word_char(t.text[e])) ++e;
        if (words == max_name_words || e + 1 >= end) break;
        if (t.text[e] == U'-' && is_word_char(t.text[e + 1])) ++e;
        else if (t.text[e] == U' ' && starts_name(t, e + 1, end)) ++e;
        else break;
    }
    return e;
}

}  // namespace

ActorsAndPlaces find_actors_and_places(text::NormalizedText const& text, Lexicon const& lexicon) {
    auto const& cues = lexicon.claim_cues;
    std::u32string_view const t = text.text;
    std::size_t const end_of_sentence = t.size();
    ActorsAndPlaces found;
    for (auto const& hit : find_phrases(cues.actors, t, 0, end_of_sentence))
        if (!cue_before(t, hit.begin, cues.sources, 0)) found.actors.push_back(hit);
    for (auto const& hit : find_phrases(cues.places, t, 0, end_of_sentence)) {
        std::size_t name = hit.end;
        if (name < end_of_sentence && t[name] == U' ') ++name;
        if (!starts_name(text, name, end_of_sentence)) continue;
        std::size_t const end = name_end(text, name, end_of_sentence);
        // "M." and other initials are people; so are names after a listed first name.
        if (end - name < 2 || cues.not_places.longest_match(t.data() + name, t.data() + end)) continue;
        found.places.push_back({hit.payload == 1 ? hit.begin : name, end, 0});
    }
    // A scope marker followed by a place, or by a capitalised name ("hors Koursk").
    for (auto const& hit : find_phrases(cues.scopes, t, 0, end_of_sentence)) {
        std::optional<Hit> place;
        for (auto const& p : found.places)
            if (p.begin >= hit.end && p.begin - hit.end <= max_scope_gap) {
                place = p;
                break;
            }
        std::size_t name = hit.end;
        if (name < end_of_sentence && t[name] == U' ') ++name;
        if (!place && starts_name(text, name, end_of_sentence)) {
            std::size_t const end = name_end(text, name, end_of_sentence);
            if (!cues.not_places.longest_match(t.data() + name, t.data() + end)) place = Hit{name, end, 0};
        }
        if (!place) continue;
        found.scopes.push_back({hit.begin, place->end, hit.payload});
        found.scope_places.push_back(*place);
    }
    return found;
}

Hit const* actor_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end) {
    // The first one before the figure is the sentence's subject more often than the nearest,
    // which tends to be a complement ("L'Ukraine, plus vaste que la France, a 600 000 km2").
    for (auto const& a : found.actors)
        if (a.end <= begin) return &a;
    for (auto const& a : found.actors)
        if (a.begin >= end) return &a;
    return nullptr;
}

std::optional<std::size_t> scope_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < found.scopes.size(); ++i)
        if (!best || gap(found.scopes[i], begin, end) < gap(found.scopes[*best], begin, end)) best = i;
    return best;
}

Hit const* place_for(ActorsAndPlaces const& found, std::size_t begin, std::size_t end) {
    Hit const* best = nullptr;
    for (auto const& p : found.places)
        if (!best || gap(p, begin, end) < gap(*best, begin, end)) best = &p;
    return best;
}

}  // namespace claimcheck::claims
