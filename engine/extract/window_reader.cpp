#include "extract/window_reader.hpp"

#include "extract/grammar_calls.hpp"
#include "extract/phrase_reader.hpp"

#include <claimcheck/phrase_trie.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace claimcheck::extract {
namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// How many words before a trigger a phrase may start: enough for "un peu plus de" and
// "de l'ordre de".
constexpr std::size_t hedge_reach = 5;
constexpr std::size_t date_reach = 2;

bool is_symbol_start(char32_t c) {
    return c == U'+' || c == U'$' || c == U'€' || c == U'£' || c == U'~' || c == U'<' || c == U'>';
}

bool is_token_start(std::u32string const& t, std::size_t i) {
    return (is_word_char(t[i]) && (i == 0 || !is_word_char(t[i - 1]))) || is_symbol_start(t[i]);
}

// The token starts in [floor, at], at most `reach` of them before `at`, earliest first; `at`
// itself is always the last. Scans backwards from `at`: only the text near a trigger is looked at.
std::vector<std::size_t> starts_before(std::u32string const& t, std::size_t floor, std::size_t at, std::size_t reach) {
    std::vector<std::size_t> out;
    out.reserve(reach + 1);
    out.push_back(at);
    for (std::size_t i = at; i > floor && out.size() <= reach;) {
        --i;
        if (is_token_start(t, i)) out.push_back(i);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// Length of `idiom` at `at` ("#" matches a run of digits), or nullopt.
std::optional<std::size_t> match_idiom(std::u32string const& t, std::size_t at, std::u32string const& idiom) {
    std::size_t i = at;
    for (char32_t c : idiom) {
        if (c == U'#') {
            std::size_t const from = i;
            while (i < t.size() && is_digit(t[i])) ++i;
            if (i == from) return std::nullopt;
        } else {
            if (i >= t.size() || t[i] != c) return std::nullopt;
            ++i;
        }
    }
    bool const ends_in_word = !idiom.empty() && (is_word_char(idiom.back()) || idiom.back() == U'#');
    if (ends_in_word && i < t.size() && is_word_char(t[i])) return std::nullopt;
    return i - at;
}

// End of an idiom that covers `trigger`, if any.
std::optional<std::size_t> idiom_end(std::u32string const& t, std::size_t floor,
                                     std::size_t trigger, Lexicon const& lexicon) {
    auto const& idioms = lexicon.idioms;  // sorted: those starting with one character are adjacent
    auto first_char = [](std::u32string const& idiom, char32_t c) { return idiom[0] < c; };
    auto try_from = [&](std::size_t start, char32_t first) -> std::optional<std::size_t> {
        for (auto it = std::lower_bound(idioms.begin(), idioms.end(), first, first_char);
             it != idioms.end() && (*it)[0] == first; ++it) {
            if (auto n = match_idiom(t, start, *it); n && start + *n > trigger) return start + *n;
        }
        return std::nullopt;
    };
    for (auto start : starts_before(t, floor, trigger, 4)) {
        if (auto e = try_from(start, t[start])) return e;
        if (is_digit(t[start])) {
            if (auto e = try_from(start, U'#')) return e;
        }
    }
    return std::nullopt;
}

// "Su-34", "F-16", "Mi-8": digits after a hyphen glued to letters are part of a name.
bool is_hyphenated_name(std::u32string const& t, std::size_t at) {
    return at >= 2 && t[at - 1] == U'-' && is_letter(t[at - 2]);
}

// "Expo 2025", "Article 5": a figure right after a capitalised word that does not open a sentence.
bool follows_name(text::NormalizedText const& text, std::size_t number_begin) {
    auto const& t = text.text;
    if (number_begin < 2 || t[number_begin - 1] != U' ') return false;
    std::size_t word_end = number_begin - 1;
    std::size_t word_begin = word_end;
    while (word_begin > 0 && is_letter(t[word_begin - 1])) --word_begin;
    if (word_begin == word_end || !text.was_upper[word_begin]) return false;
    std::size_t before = word_begin;
    while (before > 0 && t[before - 1] == U' ') --before;
    if (before == 0) return false;
    char32_t const c = t[before - 1];
    bool const opens_sentence = c == U'.' || c == U'!' || c == U'?' || c == U':' || c == U'\n' || c == U'"' ||
                                c == U'«' || c == U'»' || c == U'(' || c == U'“' || c == U'”' || c == U'-' || c == U'—';
    return !opens_sentence;
}

std::optional<FoundDate> find_date(text::NormalizedText const& text, std::size_t floor, std::size_t trigger,
                                   Lexicon const& lexicon, DocumentClock& clock) {
    auto const* base = text.text.data();
    auto const* end = base + text.size();
    // Dates start with digits ("26 novembre", "2024-11-26"), or with a month before a year
    // ("août 2024").
    if (!is_digit(text.text[trigger])) return std::nullopt;
    auto candidates = starts_before(text.text, floor, trigger, date_reach);
    auto const* const month_end = end;
    std::erase_if(candidates, [&](std::size_t start) {
        return start != trigger && !lexicon.months.longest_match(base + start, month_end);
    });
    for (auto start : candidates) {
        grammar::ast::Date parsed;
        char32_t const* it = base + start;
        if (!parse_date(it, end, lexicon, parsed)) continue;
        auto const stop = static_cast<std::size_t>(parsed.end - base);
        if (stop <= trigger) continue;
        if (it != end && is_word_char(*it) && !is_digit(*(it - 1))) continue;
        FoundDate found;
        found.begin = start;
        found.end = stop;
        if (parsed.clock) {
            found.clock = true;
            return found;
        }
        auto resolved = resolve(parsed, text.start_of(start), clock);
        found.date.span = {text.start_of(start), text.end_of(stop)};
        found.date.iso = resolved.iso;
        found.date.year_inferred = resolved.year_inferred;
        found.date.until_iso = resolved.until_iso;
        return found;
    }
    return std::nullopt;
}

// Whether a phrase may open at `start`, before its trigger: one or two openers ("plus d'" "une",
// "entre", "$") must lead from `start` right up to the trigger. Saves most grammar runs.
bool opens_phrase(std::u32string const& t, std::size_t start, std::size_t trigger, Lexicon const& lexicon) {
    std::size_t at = start;
    if (t[at] == U'+') return at + 1 == trigger;  // an increment, "(+92)"
    for (int openers = 0; openers < 2; ++openers) {
        auto const m = lexicon.phrase_openers.longest_match(t.data() + at, t.data() + trigger);
        if (!m) return false;
        at += m->length;
        while (at < trigger && t[at] == U' ') ++at;
        if (at == trigger) return true;
    }
    return false;
}

std::optional<std::pair<grammar::ast::Phrase, std::size_t>> find_phrase(text::NormalizedText const& text,
                                                                       std::size_t floor, std::size_t trigger,
                                                                       Lexicon const& lexicon) {
    auto const* base = text.text.data();
    auto const* end = base + text.size();
    for (auto start : starts_before(text.text, floor, trigger, hedge_reach)) {
        if (start != trigger && !opens_phrase(text.text, start, trigger, lexicon)) continue;
        grammar::ast::Phrase phrase;
        char32_t const* it = base + start;
        if (!parse_quantity(it, end, lexicon, phrase)) continue;
        auto const number_begin = static_cast<std::size_t>(phrase.number_begin - base);
        auto const number_end = static_cast<std::size_t>(phrase.number_end - base);
        if (number_begin <= trigger && trigger < number_end) return std::make_pair(phrase, start);
    }
    return std::nullopt;
}

bool is_whole(double v) { return std::floor(v) == v; }

// A figure in words that is only an article ("un radar") or an adjective ("un avion neuf").
bool is_article_or_adjective(grammar::ast::Phrase const& p) {
    if (!p.in_words || p.core != grammar::ast::Core::number) return false;
    std::u32string_view const word(p.number_begin, static_cast<std::size_t>(p.number_end - p.number_begin));
    if (word == U"un" || word == U"une") return true;
    return word == U"neuf" && p.unit < 0 && p.noun < 0 && !p.unknown_noun_begin;
}

// "en 2005", "de 2025": a bare four-digit figure with nothing counted is a year.
bool is_year(grammar::ast::Phrase const& p, Lexicon const& lexicon) {
    return p.core == grammar::ast::Core::number && p.plain_digits && is_whole(p.value) &&
           p.value >= lexicon.year_min && p.value <= lexicon.year_max && p.number_end - p.number_begin == 4 &&
           p.unit < 0 && p.noun < 0 && p.hedge_before < 0 && p.hedge_after < 0 && p.rate_period < 0;
}

// "à 4 heures du matin", "vers 18 heures": a time of day, not a duration.
bool is_time_of_day(Quantity const& q, std::u32string const& t, std::size_t start, Lexicon const& lexicon) {
    if (q.unit != "hour" || q.qualifier != Qualifier::exact || !q.value || *q.value > 24 || !is_whole(*q.value))
        return false;
    std::size_t end = start;
    while (end > 0 && t[end - 1] == U' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_word_char(t[begin - 1]) || t[begin - 1] == U'\'')) --begin;
    return begin < end && lexicon.clock_cues.contains(t.data() + begin, t.data() + end);
}

}  // namespace

WindowFindings read_window(text::NormalizedText const& text, std::vector<std::size_t> const& triggers,
                           Lexicon const& lexicon, DocumentClock& clock) {
    WindowFindings out;
    auto const& t = text.text;
    std::size_t covered = 0;  // nothing before this is read again
    for (auto trigger : triggers) {
        if (trigger < covered || trigger >= t.size()) continue;
        if (auto e = idiom_end(t, covered, trigger, lexicon)) {
            covered = *e;
            continue;
        }
        if (is_digit(t[trigger]) && is_hyphenated_name(t, trigger)) {
            covered = trigger;
            while (covered < t.size() && is_word_char(t[covered])) ++covered;
            continue;
        }
        if (auto date = find_date(text, covered, trigger, lexicon, clock)) {
            covered = date->end;
            if (!date->clock) out.dates.push_back(std::move(*date));
            continue;
        }
        auto found = find_phrase(text, covered, trigger, lexicon);
        if (!found) continue;
        auto const& [phrase, start] = *found;
        auto const number_begin = static_cast<std::size_t>(phrase.number_begin - t.data());
        if (is_article_or_adjective(phrase)) continue;
        auto reading = read_phrase(phrase, text, lexicon);
        bool const counted = !reading.quantity.unit.empty() || reading.has_known_noun;
        if (!counted && !phrase.in_words && phrase.hedge_before < 0 && follows_name(text, number_begin)) {
            covered = static_cast<std::size_t>(phrase.number_end - t.data());
            continue;
        }
        if (is_time_of_day(reading.quantity, text.text, start, lexicon)) {
            covered = reading.end;
            continue;
        }
        if (is_year(phrase, lexicon)) {
            grammar::ast::Date year;
            year.year = static_cast<int>(phrase.value);
            auto const stop = static_cast<std::size_t>(phrase.number_end - t.data());
            auto resolved = resolve(year, text.start_of(number_begin), clock);
            out.dates.push_back({DateMention{{text.start_of(number_begin), text.end_of(stop)}, resolved.iso, false, {}},
                                 number_begin, stop});
            covered = stop;
            continue;
        }
        covered = reading.end;
        out.quantities.push_back({std::move(reading.quantity), reading.begin, reading.end});
    }
    return out;
}

}  // namespace claimcheck::extract
