#include "claims/period_finder.hpp"

#include "claims/calendar.hpp"

#include <claimcheck/range.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace claimcheck::claims {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// A period from its bounds; its length is counted from them, both ends included, when both
// are known (a bound known to the month gives a range of lengths).
Period bounded(std::optional<FuzzyDay> start, std::optional<FuzzyDay> end) {
    Period p;
    if (start) p.start = iso_of(*start);
    if (end) p.end = iso_of(*end);
    if (start && end)
        p.days = Range{static_cast<double>(std::max(1L, end->first - start->last + 1)),
                       static_cast<double>(end->last - start->first + 1)};
    return p;
}

FuzzyDay exact(long day) { return {day, day}; }

// The length in days of a duration ("vingt-quatre heures" is one day, "un mois" 28 to 31).
std::optional<Range> days_of(Quantity const& q) {
    double lo = 0, hi = 0;
    if (q.unit == "minute") lo = hi = 1.0 / 1440;
    else if (q.unit == "hour") lo = hi = 1.0 / 24;
    else if (q.unit == "day") lo = hi = 1;
    else if (q.unit == "week") lo = hi = 7;
    else if (q.unit == "month") lo = 28, hi = 31;
    else if (q.unit == "year") lo = 365, hi = 366;
    else return std::nullopt;
    Range const r = Range::of(q);
    auto const whole = [](double v) { return std::ceil(v - 1e-9); };
    return Range{std::max(1.0, whole(std::max(0.0, r.low) * lo)), std::isinf(r.high) ? inf : whole(r.high * hi)};
}

// Finds the period cues of one sentence.
class SentencePeriods {
public:
    SentencePeriods(DocumentText const& doc, text::NormalizedText const& sentence, Lexicon const& lexicon)
        : doc_(doc), text_(sentence), t_(sentence.text), s_{0, sentence.size()}, lexicon_(lexicon),
          cues_(lexicon.period_cues) {
        if (doc.date) today_ = fuzzy_day(*doc.date);
        reported_ = reported_day();
        byte_begin_ = sentence.start_of(0);
        byte_end_ = sentence.end_of(sentence.size());
    }

    void dates(std::vector<PeriodCandidate>& out) {
        auto const& all = doc_.extraction.dates;
        for (auto it = first_date_from(byte_begin_); it != all.end() && it->span.start < byte_end_; ++it) {
            auto const& d = *it;
            if (d.span.end > byte_end_) continue;
            auto const date = extract::parse_iso_date(d.iso);
            if (!date) continue;
            std::size_t const b = text_.code_point_at(d.span.start);
            std::size_t const e = text_.code_point_at(d.span.end);
            dated_.push_back({b, e, 0});
            auto until = d.until_iso ? extract::parse_iso_date(*d.until_iso) : std::nullopt;
            if (auto c = at_date(*date, until, b, e)) out.push_back(*c);
        }
    }

    // Month names outside the extractor's dates: "au cours du mois de novembre", "depuis août".
    void months(std::vector<PeriodCandidate>& out) {
        for (auto const& hit : find_phrases(lexicon_.months, t_, s_.begin, s_.end)) {
            bool const in_date = std::any_of(dated_.begin(), dated_.end(),
                                             [&](Hit const& d) { return hit.begin < d.end && d.begin < hit.end; });
            // "sept." is also the number seven: abbreviations are left to the extractor's dates.
            if (in_date || t_.substr(hit.begin, hit.end - hit.begin).find(U'.') != std::u32string_view::npos) continue;
            int const month = static_cast<int>(hit.payload);
            auto const since = cue_before(t_, hit.begin, cues_.since, s_.begin);
            auto const year = year_of_month(month, since.has_value());
            PeriodCandidate c;
            c.names_month = true;
            if (!year) {
                c.period.days = month == 2 ? Range{28, 29} : Range::exact(days_in_month(2001, month));
                if (since) c.period.days = Range::unbounded();
            } else if (since) {
                c.period = bounded(exact(days_from_civil(*year, month, 1)), reported_);
            } else {
                c.period = within({*year, month, 0});
            }
            auto const prefix = since ? since : cue_before(t_, hit.begin, cues_.date_prefixes, s_.begin);
            c.words = {prefix.value_or(hit.begin), hit.end, 0};
            out.push_back(std::move(c));
        }
    }

    // "cette année", "ce mois-ci", "aujourd'hui", "hier", "en un mois".
    void phrases(std::vector<PeriodCandidate>& out) {
        for (auto const& hit : find_phrases(cues_.phrases, t_, s_.begin, s_.end)) {
            PeriodCandidate c;
            c.words = hit;
            switch (static_cast<PeriodCue>(hit.payload)) {
            case PeriodCue::year_to_date:
                if (doc_.date) c.period = bounded(exact(days_from_civil(doc_.date->year, 1, 1)), today_);
                break;
            case PeriodCue::month_to_date:
                if (doc_.date && doc_.date->month)
                    c.period = bounded(exact(days_from_civil(doc_.date->year, doc_.date->month, 1)), today_);
                break;
            case PeriodCue::today:
                c.period = today_ ? bounded(today_, today_) : Period{};
                c.period.days = Range::exact(1);
                break;
            case PeriodCue::yesterday:
                if (today_) {
                    FuzzyDay const day{today_->first - 1, today_->last - 1};
                    c.period = bounded(day, day);
                }
                c.period.days = Range::exact(1);
                break;
            case PeriodCue::one_month:
                c.one_month = true;
                c.period.days = Range{28, 31};
                break;
            }
            out.push_back(std::move(c));
        }
    }

    // "depuis le début de l'invasion": from the anchor's date to the document's.
    void anchors(PhraseTrie const& cues, std::vector<extract::CalendarDate> const& dates, std::vector<PeriodCandidate>& out) {
        for (auto const& hit : find_phrases(cues, t_, s_.begin, s_.end)) {
            PeriodCandidate c;
            c.words = hit;
            c.period = bounded(exact(fuzzy_day(dates[hit.payload]).first), reported_);
            out.push_back(std::move(c));
        }
    }

    // "dans la nuit de lundi à mardi": the last such morning up to the document's date.
    void nights(std::vector<PeriodCandidate>& out) {
        if (!today_ || today_->first != today_->last) return;
        auto const days = find_phrases(cues_.weekdays, t_, s_.begin, s_.end);
        for (std::size_t i = 0; i + 1 < days.size(); ++i) {
            auto const& from = days[i];
            auto const& to = days[i + 1];
            auto const night = cue_before(t_, from.begin, cues_.nights, s_.begin);
            auto const join = cue_before(t_, to.begin, cues_.night_joins, from.end);
            if (!night || !join || (from.payload + 1) % 7 != to.payload) continue;
            if (t_.substr(from.end, *join - from.end).find_first_not_of(U' ') != std::u32string_view::npos) continue;
            long const day = last_weekday(to.payload);
            PeriodCandidate c;
            c.words = {*night, to.end, 0};
            c.period = bounded(exact(day), exact(day));
            c.period.days = Range::exact(1);
            out.push_back(std::move(c));
        }
    }

    // "les cinq derniers jours", "en l'espace de vingt-quatre heures": a duration ending at
    // the document's date.
    void durations(std::vector<PeriodCandidate>& out) {
        auto const& qs = doc_.extraction.quantities;
        auto it = std::lower_bound(qs.begin(), qs.end(), byte_begin_,
                                   [](Quantity const& q, std::size_t b) { return q.span.start < b; });
        for (; it != qs.end() && it->span.end <= byte_end_; ++it) {
            auto const length = days_of(*it);
            if (!length) continue;
            std::size_t const index = static_cast<std::size_t>(it - qs.begin());
            std::size_t const b = text_.code_point_at(it->span.start);
            std::size_t const e = text_.code_point_at(it->span.end);
            // "en vingt-quatre heures", "les cinq jours passés", "au cours des dernières vingt-quatre heures"
            auto const recent = cue_before(t_, b, cues_.recent, s_.begin);
            auto const prefix = recent ? cue_before(t_, *recent, cues_.duration_prefixes, s_.begin).value_or(*recent)
                                       : cue_before(t_, b, cues_.duration_prefixes, s_.begin);
            if (!prefix && !holds_word(t_, b, e, cues_.recent)) continue;
            PeriodCandidate c;
            c.words = {prefix.value_or(b), e, 0};
            c.own_quantity = index;
            for (auto const& link : doc_.links[index])
                if (link.kind == Relation::Kind::rate && link.role == "period") c.only_for = link.other;
            if (today_) {
                c.period.end = iso_of(*today_);
                if (!std::isinf(length->high))
                    c.period.start = iso_of({today_->first - static_cast<long>(length->high) + 1,
                                             today_->last - static_cast<long>(length->low) + 1});
            }
            c.period.days = *length;
            out.push_back(std::move(c));
        }
    }

private:
    // The last day up to the document's date that is this weekday (0 Monday … 6 Sunday).
    long last_weekday(std::uint32_t weekday) const {
        long const today = ((today_->first + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday
        return today_->first - (today - static_cast<long>(weekday) + 7) % 7;
    }

    // "L'état-major a indiqué mardi que 733 830 soldats…": a running tally ends on the day the
    // sentence names, which an article of the next morning still calls "mardi". Only one
    // weekday, outside a night's phrase; else the document's date.
    std::optional<FuzzyDay> reported_day() const {
        if (!today_ || today_->first != today_->last) return today_;
        auto const days = find_phrases(cues_.weekdays, t_, s_.begin, s_.end);
        std::optional<std::uint32_t> named;
        for (std::size_t i = 0; i < days.size(); ++i) {
            bool const in_night = cue_before(t_, days[i].begin, cues_.nights, s_.begin) ||
                                  (i > 0 && cue_before(t_, days[i - 1].begin, cues_.nights, s_.begin));
            if (in_night) continue;
            if (named && *named != days[i].payload) return today_;
            named = days[i].payload;
        }
        if (!named) return today_;
        long const day = last_weekday(*named);
        return FuzzyDay{day, day};
    }

    // A period set by one of the extractor's dates: a day, a month or (after a prefix) a year;
    // after "depuis", from it to the document's date.
    std::optional<PeriodCandidate> at_date(extract::CalendarDate const& date, std::optional<extract::CalendarDate> until,
                                           std::size_t b, std::size_t e) {
        PeriodCandidate c;
        auto const since = cue_before(t_, b, cues_.since, s_.begin);
        auto prefix = since;
        if (since) {
            c.period = bounded(exact(fuzzy_day(date).first), reported_);
        } else if (date.month == 0) {
            // A year is a period only after "en", "courant"...: "l'Exposition de 2025" is a name.
            prefix = cue_before(t_, b, cues_.year_prefixes, s_.begin);
            if (!prefix) return std::nullopt;
            c.period = until ? bounded(exact(fuzzy_day(date).first), exact(last_day(*until))) : within(date);
        } else {
            prefix = cue_before(t_, b, cues_.date_prefixes, s_.begin);
            c.names_month = date.day == 0;
            c.period = within(date);
        }
        c.words = {prefix.value_or(b), e, 0};
        return c;
    }

    // A day, month or year; one not over at the document's date ends there ("en novembre"
    // written on 26 November runs to the 26th).
    Period within(extract::CalendarDate const& date) {
        FuzzyDay const span = fuzzy_day(date);
        FuzzyDay end = exact(span.last);
        if (today_ && today_->first <= span.last && today_->last >= span.first) {
            end.first = std::clamp(today_->first, span.first, span.last);
            end.last = std::min(today_->last, span.last);
        }
        return bounded(exact(span.first), end);
    }

    // The year of a month named without one: the one nearest the document's date (for
    // "depuis", the last one not after it); without a document date, the last year the text
    // named before this sentence ends.
    std::optional<int> year_of_month(int month, bool since) const {
        if (doc_.date) {
            int const year = doc_.date->year;
            if (since) return doc_.date->month && month > doc_.date->month ? year - 1 : year;
            long const reference = (today_->first + today_->last) / 2;
            int best = year;
            for (int y = year - 1; y <= year + 1; ++y)
                if (std::labs(days_from_civil(y, month, 15) - reference) < std::labs(days_from_civil(best, month, 15) - reference))
                    best = y;
            return best;
        }
        auto const& all = doc_.extraction.dates;
        for (auto it = first_date_from(byte_end_); it != all.begin();)
            if (auto parsed = extract::parse_iso_date((--it)->iso)) return parsed->year;
        return std::nullopt;
    }

    // The extractor's dates are in text order: the first one starting at or after `byte`.
    std::vector<DateMention>::const_iterator first_date_from(std::size_t byte) const {
        auto const& all = doc_.extraction.dates;
        return std::lower_bound(all.begin(), all.end(), byte,
                                [](DateMention const& d, std::size_t b) { return d.span.start < b; });
    }

    struct Span {
        std::size_t begin, end;
    };
    DocumentText const& doc_;
    text::NormalizedText const& text_;
    std::u32string_view t_;
    Span s_;
    Lexicon const& lexicon_;
    PeriodCues const& cues_;
    std::optional<FuzzyDay> today_;
    std::optional<FuzzyDay> reported_;  // the day a running tally is counted at
    std::size_t byte_begin_ = 0;
    std::size_t byte_end_ = 0;
    std::vector<Hit> dated_;  // the extractor's dates in this sentence
};

// How far after a superlative its "depuis" may stand: "le plus meurtrier pour l'armée russe
// depuis…".
constexpr std::size_t comparison_reach = 40;

bool starts_with_any(std::u32string_view text, std::size_t at, std::vector<std::u32string> const& words) {
    return std::any_of(words.begin(), words.end(), [&](std::u32string const& w) {
        return text.substr(at, w.size()) == w && (at + w.size() == text.size() || !is_letter(text[at + w.size()]));
    });
}

}  // namespace

PeriodFinder::PeriodFinder(Lexicon const& lexicon, KindRegistry const& kinds, text::Folder const& folder)
    : lexicon_(lexicon) {
    for (auto const& a : kinds.anchors) {
        auto const date = extract::parse_iso_date(a.date);
        if (!date) continue;  // the loader has reported it
        for (auto const& cue : a.cues) anchor_cues_.add(folder.fold_phrase(cue), static_cast<std::uint32_t>(anchors_.size()));
        anchors_.push_back(*date);
    }
}

std::vector<PeriodCandidate> PeriodFinder::candidates(DocumentText const& doc, text::NormalizedText const& sentence) const {
    std::vector<PeriodCandidate> out;
    if (sentence.size() == 0) return out;
    SentencePeriods finder(doc, sentence, lexicon_);
    finder.dates(out);
    finder.months(out);
    finder.phrases(out);
    finder.anchors(anchor_cues_, anchors_, out);
    finder.durations(out);
    finder.nights(out);
    // "un record depuis le début de l'invasion", "le plus meurtrier depuis le début du conflit":
    // a "depuis" after a superlative is the window of the comparison, not the figure's period.
    auto const records = find_phrases(lexicon_.claim_cues.records, sentence.text, 0, sentence.size());
    std::erase_if(out, [&](PeriodCandidate const& c) {
        if (!starts_with_any(sentence.text, c.words.begin, lexicon_.period_cues.since)) return false;
        return std::any_of(records.begin(), records.end(), [&](Hit const& r) {
            return r.end <= c.words.begin && c.words.begin - r.end <= comparison_reach;
        });
    });
    // A month named outright says which month "en un mois" is.
    bool const month_named = std::any_of(out.begin(), out.end(), [](auto const& c) { return c.names_month; });
    if (month_named) std::erase_if(out, [](auto const& c) { return c.one_month; });
    // A cue inside a longer one is the longer one's word: "depuis le 1er janvier" is one cue.
    std::vector<PeriodCandidate> kept;
    for (auto const& c : out) {
        bool const inside = std::any_of(out.begin(), out.end(), [&](auto const& o) {
            return o.words.begin <= c.words.begin && c.words.end <= o.words.end &&
                   o.words.end - o.words.begin > c.words.end - c.words.begin;
        });
        if (inside) continue;
        kept.push_back(c);
        kept.back().period.text = original(doc.bytes, sentence, c.words.begin, c.words.end);
    }
    return kept;
}

Period PeriodFinder::choose(std::vector<PeriodCandidate> const& candidates, std::size_t index, std::size_t begin,
                            std::size_t end) const {
    PeriodCandidate const* best = nullptr;
    std::size_t best_gap = 0;
    for (auto const& c : candidates) {
        if (c.own_quantity == index || (c.only_for && *c.only_for != index)) continue;
        std::size_t const distance = gap(c.words, begin, end);
        if (!best || distance < best_gap) {
            best = &c;
            best_gap = distance;
        }
    }
    return best ? best->period : Period{};
}

}  // namespace claimcheck::claims
