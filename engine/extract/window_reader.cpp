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
constexpr std::size_t hedge_reach = 6;
constexpr std::size_t date_reach = 2;

bool is_symbol_start(char32_t c) {
    return c == U'+' || c == U'$' || c == U'€' || c == U'£' || c == U'~' || c == U'<' || c == U'>';
}

std::vector<std::size_t> token_starts(std::u32string const& t) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < t.size(); ++i) {
        bool const word_start = is_word_char(t[i]) && (i == 0 || !is_word_char(t[i - 1]));
        if (word_start || is_symbol_start(t[i])) starts.push_back(i);
    }
    return starts;
}

// The token starts in [floor, at], the last `reach` before `at` first in the list (earliest first).
std::vector<std::size_t> starts_before(std::vector<std::size_t> const& starts, std::size_t floor, std::size_t at,
                                       std::size_t reach) {
    auto const hi = std::upper_bound(starts.begin(), starts.end(), at);
    auto lo = std::lower_bound(starts.begin(), hi, floor);
    if (static_cast<std::size_t>(hi - lo) > reach + 1) lo = hi - static_cast<std::ptrdiff_t>(reach + 1);
    std::vector<std::size_t> out(lo, hi);
    if (out.empty() || out.back() != at) out.push_back(at);
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
std::optional<std::size_t> idiom_end(std::u32string const& t, std::vector<std::size_t> const& starts, std::size_t floor,
                                     std::size_t trigger, Lexicon const& lexicon) {
    for (auto start : starts_before(starts, floor, trigger, 4)) {
        for (auto const& idiom : lexicon.idioms) {
            if (idiom.empty() || (idiom[0] == U'#' ? !is_digit(t[start]) : idiom[0] != t[start])) continue;
            if (auto n = match_idiom(t, start, idiom); n && start + *n > trigger) return start + *n;
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

std::optional<FoundDate> find_date(text::NormalizedText const& text, std::vector<std::size_t> const& starts,
                                   std::size_t floor, std::size_t trigger, Lexicon const& lexicon,
                                   DocumentClock& clock) {
    auto const* base = text.text.data();
    auto const* end = base + text.size();
    // Dates start with digits ("26 novembre", "2024-11-26"), or with a month before a year
    // ("août 2024").
    if (!is_digit(text.text[trigger])) return std::nullopt;
    auto candidates = starts_before(starts, floor, trigger, date_reach);
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
        auto resolved = resolve(parsed, text.start_of(start), clock);
        FoundDate found;
        found.begin = start;
        found.end = stop;
        found.date.span = {text.start_of(start), text.end_of(stop)};
        found.date.iso = resolved.iso;
        found.date.year_inferred = resolved.year_inferred;
        found.date.until_iso = resolved.until_iso;
        return found;
    }
    return std::nullopt;
}

// Whether a phrase could open at `start`, before its trigger: only a hedge, a determiner of an
// amount, a range's first word, an article or a currency sign can. Saves most grammar runs.
bool may_open_phrase(std::u32string const& t, std::size_t start, Lexicon const& lexicon) {
    if (is_digit(t[start]) || is_symbol_start(t[start])) return true;
    auto const* first = t.data() + start;
    auto const* last = t.data() + t.size();
    for (std::u32string_view word : {U"entre", U"de", U"un", U"une"}) {
        if (t.compare(start, word.size(), word) == 0 && (start + word.size() == t.size() || !is_word_char(t[start + word.size()])))
            return true;
    }
    return lexicon.hedges_before.longest_match(first, last) || lexicon.vague_determiners.longest_match(first, last) ||
           lexicon.fraction_articles.longest_match(first, last) || lexicon.unit_forms.longest_match(first, last);
}

std::optional<std::pair<grammar::ast::Phrase, std::size_t>> find_phrase(text::NormalizedText const& text,
                                                                       std::vector<std::size_t> const& starts,
                                                                       std::size_t floor, std::size_t trigger,
                                                                       Lexicon const& lexicon) {
    auto const* base = text.text.data();
    auto const* end = base + text.size();
    for (auto start : starts_before(starts, floor, trigger, hedge_reach)) {
        if (start != trigger && !may_open_phrase(text.text, start, lexicon)) continue;
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

}  // namespace

WindowFindings read_window(text::NormalizedText const& text, std::vector<std::size_t> const& triggers,
                           Lexicon const& lexicon, DocumentClock& clock) {
    WindowFindings out;
    auto const& t = text.text;
    auto const starts = token_starts(t);
    std::size_t covered = 0;  // nothing before this is read again
    for (auto trigger : triggers) {
        if (trigger < covered || trigger >= t.size()) continue;
        if (auto e = idiom_end(t, starts, covered, trigger, lexicon)) {
            covered = *e;
            continue;
        }
        if (is_digit(t[trigger]) && is_hyphenated_name(t, trigger)) {
            covered = trigger;
            while (covered < t.size() && is_word_char(t[covered])) ++covered;
            continue;
        }
        if (auto date = find_date(text, starts, covered, trigger, lexicon, clock)) {
            covered = date->end;
            out.dates.push_back(std::move(*date));
            continue;
        }
        auto found = find_phrase(text, starts, covered, trigger, lexicon);
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
