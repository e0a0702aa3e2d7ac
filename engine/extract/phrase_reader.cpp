#include "extract/phrase_reader.hpp"

#include "lexicon/plural.hpp"

#include <array>
#include <string_view>

namespace claimcheck::extract {
namespace {

using grammar::ast::Core;

// Endings of verbs and participles, which follow figures but are not what they count
// ("cinq lancés", "trois ont été tués").
bool looks_like_verb(std::u32string_view word) {
    static constexpr std::array<std::u32string_view, 13> endings{U"é", U"és", U"ée", U"ées", U"ent", U"ont", U"ait",
                                                                 U"aient", U"er", U"ir", U"ant", U"ez", U"ra"};
    for (auto e : endings) {
        if (word.size() > e.size() && word.substr(word.size() - e.size()) == e) return true;
    }
    return false;
}

void apply_hedge(Quantity& q, HedgeEntry const& hedge, double value) {
    q.qualifier = hedge.qualifier;
    q.interval = {};
    if (hedge.low) q.interval.low = *hedge.low * value;
    if (hedge.high) q.interval.high = *hedge.high * value;
    q.interval.low_open = hedge.low_open;
    q.interval.high_open = hedge.high_open;
    // "moins de 10" and "jusqu'à 10" start at zero: counts and measures are not negative.
    if (!hedge.low && hedge.high) q.interval.low = 0;
}

}  // namespace

PhraseReading read_phrase(grammar::ast::Phrase const& p, text::NormalizedText const& text, Lexicon const& lexicon) {
    auto const* base = text.text.data();
    PhraseReading r;
    r.begin = static_cast<std::size_t>(p.begin - base);
    r.end = static_cast<std::size_t>(p.end - base);
    Quantity& q = r.quantity;

    switch (p.core) {
    case Core::number:
    case Core::fraction:
        q.value = p.value;
        q.interval = {p.value, p.value};
        break;
    case Core::increment:
        q.value = p.value;
        q.interval = {p.value, p.value};
        q.increment = true;
        break;
    case Core::approximate:
        q.value = p.value;
        q.interval = {p.low, p.high};
        q.qualifier = Qualifier::approx;
        break;
    case Core::vague:
        q.interval = {p.low, p.high};
        q.qualifier = Qualifier::vague;
        break;
    case Core::range:
        q.interval = {p.low, p.high};
        q.qualifier = Qualifier::range;
        break;
    }
    int const hedge = p.hedge_before >= 0 ? p.hedge_before : p.hedge_after;
    if (hedge >= 0 && p.core != Core::vague && p.core != Core::range) {
        apply_hedge(q, lexicon.hedges[static_cast<std::size_t>(hedge)], p.value);
    }

    if (p.unit >= 0) q.unit = lexicon.units[static_cast<std::size_t>(p.unit)].code;
    if (p.core == Core::fraction && q.unit.empty()) q.unit = "fraction";
    if (p.rate_period >= 0) q.unit += "/" + lexicon.units[static_cast<std::size_t>(p.rate_period)].code;

    if (p.noun >= 0) {
        q.noun = lexicon.noun_lemmas[static_cast<std::size_t>(p.noun)];
        r.has_known_noun = true;
    } else if (p.unknown_noun_begin) {
        auto const at = static_cast<std::size_t>(p.unknown_noun_begin - base);
        std::u32string_view word(p.unknown_noun_begin, static_cast<std::size_t>(p.unknown_noun_end - p.unknown_noun_begin));
        if (text.was_upper[at] || looks_like_verb(word)) {
            // Not a noun of ours: the phrase ends with its figure.
            r.end = static_cast<std::size_t>(p.number_end - base);
        } else {
            q.noun = lexicon::singular(text::to_utf8(word));
        }
    }
    q.span = {text.start_of(r.begin), text.end_of(r.end)};
    return r;
}

}  // namespace claimcheck::extract
