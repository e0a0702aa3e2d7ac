#include "sources/attributor.hpp"

#include "claims/phrase_scan.hpp"
#include "claims/sentences.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimcheck::sources {
namespace {

using claims::Hit;

bool is_quote(char32_t c) { return c == U'«' || c == U'»' || c == U'“' || c == U'”' || c == U'"'; }
bool ends_clause(char32_t c) { return c == U',' || c == U';' || c == U':' || c == U'(' || c == U')' || is_quote(c); }

// Spans [begin, end) of quoted text: « … », “ … ”, and straight quotes taken in pairs.
std::vector<Hit> quotations(std::u32string_view t) {
    std::vector<Hit> out;
    constexpr std::size_t none = std::u32string_view::npos;
    std::size_t open = none;
    for (std::size_t i = 0; i < t.size(); ++i) {
        char32_t const c = t[i];
        if (c == U'«' || c == U'“' || (c == U'"' && open == none)) open = i;
        else if ((c == U'»' || c == U'”' || c == U'"') && open != none) {
            out.push_back({open, i + 1, 0});
            open = none;
        }
    }
    return out;
}

// The document being read: folded once, with its registry names found once.
struct Reading {
    std::string_view bytes;
    text::NormalizedText text;
    std::vector<Hit> names;  // registry names, by start
    std::u32string_view t() const { return text.text; }
    std::string original(std::size_t b, std::size_t e) const { return claims::original(bytes, text, b, e); }
    Hit const* first_name(std::size_t begin, std::size_t end) const {
        for (auto const& h : names)
            if (h.begin >= begin && h.end <= end) return &h;
        return nullptr;
    }
};

struct Found {
    Attribution a;
    std::size_t sentence = 0;
};

class SentenceReader {
public:
    SentenceReader(Reading const& r, AttributionCues const& cues, SourceRegistry const& registry,
                   std::optional<Found>& last)
        : r_(r), cues_(cues), registry_(registry), last_(last) {}

    std::vector<Attribution> read(std::size_t index, std::size_t b, std::size_t e) {
        index_ = index;
        auto const t = r_.t();
        std::vector<std::pair<Hit, int>> events;  // 0 before_source, 1 verb, 2 pronoun
        auto const pron = claims::find_phrases(cues_.inverted_pronouns, t, b, e);
        for (auto const& h : pron) events.push_back({h, 2});
        for (auto const& h : claims::find_phrases(cues_.before_source, t, b, e))
            if (std::none_of(pron.begin(), pron.end(), [&](Hit const& p) { return p.begin == h.begin; })) events.push_back({h, 0});
        for (auto const& h : claims::find_phrases(cues_.verbs, t, b, e)) events.push_back({h, 1});
        std::sort(events.begin(), events.end(), [](auto const& x, auto const& y) { return x.first.begin < y.first.begin; });
        std::vector<Attribution> out;
        for (auto const& [h, kind] : events) {
            std::optional<Attribution> a;
            if (kind == 2) a = carried();
            else if (kind == 0) a = after_cue(h.end, e, "selon");
            else a = for_verb(h, b, e);
            if (!a) continue;
            if (a->how != "pronoun") last_ = Found{*a, index_};
            bool const known = std::any_of(out.begin(), out.end(), [&](Attribution const& o) {
                return !a->id.empty() ? o.id == a->id : o.name == a->name;
            });
            if (!known) out.push_back(std::move(*a));
        }
        return out;
    }

private:
    std::optional<Attribution> carried() const {
        if (!last_) return std::nullopt;
        Attribution a = last_->a;
        a.how = "pronoun";
        return a;
    }

    std::size_t skip_spaces(std::size_t i, std::size_t end) const {
        while (i < end && r_.t()[i] == U' ') ++i;
        return i;
    }

    // The name starting near `from`: skipped words, then up to a clause mark or a stop word,
    // never cutting a registry name.
    std::optional<Attribution> name_at(std::size_t from, std::size_t end, std::string how) const {
        auto const t = r_.t();
        std::size_t i = skip_spaces(from, end);
        while (auto m = cues_.name_skips.longest_match(t.data() + i, t.data() + end)) i = skip_spaces(i + m->length, end);
        std::size_t const begin = i;
        std::size_t stop = i;
        for (std::size_t words = 0; i < end && words < 10;) {
            if (ends_clause(t[i]) || t[i] == U'.') break;
            if (claims::word_start(t, i) && t[i] != U' ') {
                if (auto const* n = r_.first_name(i, end); n && n->begin == i) {
                    i = stop = n->end;
                    ++words;
                    continue;
                }
                if (i > begin && (cues_.name_stops.longest_match(t.data() + i, t.data() + end) ||
                                  cues_.chains.longest_match(t.data() + i, t.data() + end)))
                    break;
                ++words;
            }
            if (t[i] != U' ') stop = i + 1;
            ++i;
        }
        if (stop <= begin) return std::nullopt;
        return make(begin, stop, std::move(how));
    }

    Attribution make(std::size_t begin, std::size_t end, std::string how) const {
        Attribution a;
        a.name = r_.original(begin, end);
        a.span = claims::byte_span(r_.text, begin, end);
        a.how = std::move(how);
        if (auto const* n = r_.first_name(begin, end)) a.id = registry_.sources[n->payload].id;
        refine(a, begin, end);
        return a;
    }

    // "le ministère" after "le ministère russe de la Défense", "Kiev" after "l'état-major
    // ukrainien": the last named source, when it is the same one said shorter.
    void refine(Attribution& a, std::size_t begin, std::size_t end) const {
        if (!last_ || last_->a.id.empty() || index_ > last_->sentence + 2) return;
        if (!a.id.empty()) {
            auto const* said = registry_.find(last_->a.id);
            if (said && said->type != SourceType::person && a.id != last_->a.id && registry_.within(last_->a.id, a.id)) a.id = last_->a.id;
            return;
        }
        auto const t = r_.t();
        auto const said = text::Folder().fold_phrase(last_->a.name);
        bool any = false;
        for (std::size_t i = begin; i < end;) {
            while (i < end && !is_word_char(t[i])) ++i;
            std::size_t j = i;
            while (j < end && is_word_char(t[j])) ++j;
            if (j - i >= 4) {
                if (said.find(t.substr(i, j - i)) == std::u32string::npos) return;
                any = true;
            }
            i = j;
        }
        if (any) a.id = last_->a.id;
    }

    std::optional<Attribution> after_cue(std::size_t from, std::size_t end, std::string how) {
        auto const t = r_.t();
        std::size_t const p = skip_spaces(from, end);
        if (cues_.pronouns.longest_match(t.data() + p, t.data() + end) ||
            cues_.same_source.longest_match(t.data() + p, t.data() + end))
            return carried();
        // "selon le vocabulaire utilisé par la Russie", "selon toute vraisemblance": no source.
        if (cues_.not_sources.longest_match(t.data() + p, t.data() + end)) return std::nullopt;
        auto a = name_at(p, end, std::move(how));
        if (!a) return a;
        // "l'AFP à partir des données de l'ISW": the origin follows the source's name.
        std::size_t after = skip_spaces(r_.text.code_point_at(a->span.end), end);
        if (auto m = cues_.chains.longest_match(t.data() + after, t.data() + end)) {
            if (auto origin = name_at(after + m->length, end, "chain")) {
                a->origin_id = origin->id;
                a->origin_name = origin->name;
                a->how = "chain";
            }
        }
        return a;
    }

    std::optional<Attribution> for_verb(Hit const& v, std::size_t b, std::size_t e) {
        auto const t = r_.t();
        std::size_t before = v.begin;
        while (before > b && t[before - 1] == U' ') --before;
        bool const after_quote = before > b && is_quote(t[before - 1]);
        bool const after_comma = before > b && t[before - 1] == U',' && !apposed_name(b, before - 1);
        if (after_quote || after_comma) {
            std::size_t const p = skip_spaces(v.end, e);
            bool const object = p < e && (t[p] == U':' || is_quote(t[p]) ||
                                          cues_.name_stops.longest_match(t.data() + p, t.data() + e));
            if (!object) {
                if (auto a = after_cue(v.end, e, "verb")) return a;
            }
        }
        return subject_before(v.begin, b);
    }

    // "Pavlo Kyrylenko, a posté": a short capitalised name or a relative clause before the
    // comma makes the verb's subject stand before it, not after.
    bool apposed_name(std::size_t b, std::size_t comma) const {
        auto const t = r_.t();
        std::size_t x = comma;
        while (x > b && t[x - 1] != U',' && !is_quote(t[x - 1])) --x;
        while (x < comma && t[x] == U' ') ++x;
        std::u32string_view const w = t.substr(x, comma - x);
        if (w.starts_with(U"qui ")) return true;
        return x < comma && r_.text.was_upper[x] && std::count(w.begin(), w.end(), U' ') < 5 &&
               std::none_of(w.begin(), w.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
    }

    // The clause before the verb: the last comma-separated segment that is no relative clause,
    // with a name in apposition kept whole ("Le gouverneur de la région, Pavlo Kyrylenko").
    std::optional<Attribution> subject_before(std::size_t verb, std::size_t b) const {
        auto const t = r_.t();
        std::size_t region = b;
        for (std::size_t i = b; i < verb; ++i)
            if (is_quote(t[i])) region = i + 1;
        std::vector<std::pair<std::size_t, std::size_t>> segments;
        std::size_t s = region;
        for (std::size_t i = region; i <= verb; ++i) {
            if (i == verb || t[i] == U',') {
                std::size_t x = s, y = i;
                while (x < y && t[x] == U' ') ++x;
                while (y > x && t[y - 1] == U' ') --y;
                if (y > x) segments.push_back({x, y});
                s = i + 1;
            }
        }
        auto relative = [&](std::pair<std::size_t, std::size_t> const& g) {
            std::u32string_view const w = t.substr(g.first, g.second - g.first);
            return w.starts_with(U"qui ") || w.starts_with(U"que ") || w.starts_with(U"qu'") || w.starts_with(U"dont ");
        };
        while (!segments.empty() && relative(segments.back())) segments.pop_back();
        if (segments.empty()) return std::nullopt;
        auto [x, y] = segments.back();
        while (auto m = cues_.name_stops.longest_match(t.data() + x, t.data() + y)) x = skip_spaces(x + m->length, y);
        if (x >= y) return std::nullopt;
        // A subject holding a figure is the figure's own ("161 pays ont annoncé"), not a speaker.
        if (std::any_of(t.begin() + x, t.begin() + y, [](char32_t c) { return c >= U'0' && c <= U'9'; })) return std::nullopt;
        if (cues_.pronouns.contains(std::u32string(t.substr(x, y - x)))) return carried();
        // Too long for a subject: a whole clause, not who speaks.
        if (std::count(t.begin() + x, t.begin() + y, U' ') > 9) return std::nullopt;
        if (segments.size() >= 2 && r_.text.was_upper[x] && !r_.first_name(x, y)) {
            auto const [px, py] = segments[segments.size() - 2];
            if (!relative(segments[segments.size() - 2]) && std::count(t.begin() + px, t.begin() + py, U' ') <= 9) x = px;
        }
        return make(x, y, "verb");
    }

    Reading const& r_;
    AttributionCues const& cues_;
    SourceRegistry const& registry_;
    std::optional<Found>& last_;
    std::size_t index_ = 0;
};

// A line with no closing punctuation is a heading: a paragraph starts after it.
bool paragraph_break(std::string_view bytes, ByteSpan previous, ByteSpan next) {
    auto const gap = bytes.substr(previous.end, next.start - previous.end);
    if (gap.find("\n\n") != std::string_view::npos) return true;
    if (gap.find('\n') == std::string_view::npos || previous.end == 0) return false;
    std::string_view const last = bytes.substr(previous.end - 1, 1);
    return std::string_view(".!?\"»)").find(last) == std::string_view::npos && !bytes.substr(0, previous.end).ends_with("…") &&
           !bytes.substr(0, previous.end).ends_with("”");
}

}  // namespace

Attributor::Attributor(Lexicon const& lexicon, SourceRegistry const& registry) : lexicon_(lexicon), registry_(registry) {
    for (std::uint32_t i = 0; i < registry.sources.size(); ++i)
        for (auto const& name : registry.sources[i].names) names_.add(folder_.fold_phrase(name), i);
}

void Attributor::attribute(Document& doc) const {
    if (doc.claims.empty()) return;
    auto const& cues = lexicon_.attribution_cues;
    Reading r{doc.bytes, folder_.fold(doc.bytes, 0), {}};
    r.names = claims::find_phrases(names_, r.t(), 0, r.text.size());
    auto const sentences = claims::split_sentences(doc.bytes, lexicon_, folder_);
    auto const cp = [&](std::size_t byte) { return r.text.code_point_at(byte); };

    std::optional<Found> last;
    SentenceReader reader(r, cues, registry_, last);
    std::vector<std::vector<Attribution>> said(sentences.size());
    std::vector<std::optional<std::string>> unverified(sentences.size());
    std::set<std::string> unverified_sources;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        std::size_t const b = cp(sentences[s].start), e = cp(sentences[s].end);
        said[s] = reader.read(s, b, e);
        auto const doubts = claims::find_phrases(cues.unverified, r.t(), b, e);
        if (doubts.empty()) continue;
        auto const words = r.original(doubts.front().begin, doubts.front().end);
        unverified[s] = words;
        for (auto const& a : said[s])
            if (!a.id.empty()) unverified_sources.insert(a.id);
        if (claims::find_phrases(cues.refers_back, r.t(), b, doubts.front().begin).empty()) continue;
        for (std::size_t p = s; p > 0 && !paragraph_break(doc.bytes, sentences[p - 1], sentences[p]); --p)
            if (!unverified[p - 1]) unverified[p - 1] = words;
    }

    std::map<std::size_t, std::size_t> sentence_of;  // byte start -> index
    for (std::size_t s = 0; s < sentences.size(); ++s) sentence_of[sentences[s].start] = s;
    auto const quotes = quotations(r.t());
    for (auto& c : doc.claims) {
        auto it = sentence_of.find(c.sentence.start);
        if (it == sentence_of.end()) continue;
        std::size_t const s = it->second;
        c.sources = said[s];
        c.unverified = unverified[s];
        std::size_t const at = cp(c.quantity.span.start);
        if (c.sources.empty()) {
            // A quotation spoken in another sentence: "Les pays … augmentent. Des groupes … ", a-t-il accusé.
            for (auto const& q : quotes) {
                if (at < q.begin || at >= q.end) continue;
                for (std::size_t o = 0; o < sentences.size() && c.sources.empty(); ++o) {
                    std::size_t const b = cp(sentences[o].start), e = cp(sentences[o].end);
                    if (o == s || said[o].empty() || q.end <= b || q.begin >= e) continue;
                    c.sources = said[o];
                    for (auto& a : c.sources) a.how = "quotation";
                }
            }
        }
        if (!c.unverified) {
            for (auto const& a : c.sources)
                if (unverified_sources.count(a.id)) {
                    for (std::size_t p = s; p-- > 0;)
                        if (unverified[p]) {
                            c.unverified = unverified[p];
                            break;
                        }
                }
        }
    }
}

}  // namespace claimcheck::sources
