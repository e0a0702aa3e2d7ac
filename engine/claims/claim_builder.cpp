// Turns a document's quantities into claims: each is resolved in its sentence (kind, aspect,
// period, actor, place). Only sentences holding figures are folded, once for all their figures.
#include <claimcheck/claims.hpp>

#include "claims/actor_place.hpp"
#include "claims/aspect.hpp"
#include "claims/kind_scorer.hpp"
#include "claims/links.hpp"
#include "claims/period_finder.hpp"
#include "claims/sentences.hpp"
#include "text/normalized_text.hpp"

namespace claimcheck {
namespace {

// The dimension of a unit code: "km2/day" measures area; "" and "/day" are counts.
std::string dimension_of(Lexicon const& lexicon, std::string const& unit) {
    std::string const base = unit.substr(0, unit.find('/'));
    if (base.empty()) return "";
    if (base == "fraction") return "ratio";
    for (auto const& u : lexicon.units)
        if (u.code == base) return u.dimension;
    return "";
}

// What the figure at `index` is about, borrowed from its partner when it says nothing itself:
// a percentage from the figure it is a share of, a bare count ("(+92)", "sept des huit obus")
// from the figure it changes or divides.
// The partner may stand in another sentence: then its noun counts, not the words after it.
claims::Subject subject_of(std::size_t index, Extraction const& e, std::vector<std::vector<claims::Link>> const& links,
                           Lexicon const& lexicon, text::NormalizedText const& sentence, text::Folder const& folder) {
    auto const own = [&](std::size_t i) {
        auto const& q = e.quantities[i];
        bool const here = q.span.end <= sentence.end_of(sentence.size()) && q.span.start >= sentence.start_of(0);
        return claims::Subject{dimension_of(lexicon, q.unit), q.noun.empty() ? "" : text::to_utf8(folder.fold_phrase(q.noun)),
                               here ? sentence.code_point_at(q.span.end) : sentence.size()};
    };
    auto const& q = e.quantities[index];
    bool const share = claims::is_share_unit(q.unit);
    bool const bare = q.unit.empty() && q.noun.empty();
    for (auto const& l : links[index]) {
        if (share && l.kind == Relation::Kind::share) return own(l.other);
        bool const borrows = l.kind == Relation::Kind::increment || l.kind == Relation::Kind::ratio;
        if (bare && borrows && !e.quantities[l.other].noun.empty()) return own(l.other);
    }
    return own(index);
}

// The sentence being read, folded, and its cues, kept while its figures are resolved.
struct SentenceFacts {
    ByteSpan span{std::size_t(-1), 0};
    text::NormalizedText text;
    std::vector<claims::Hit> kind_cues;
    std::vector<claims::PeriodCandidate> periods;
    claims::ActorsAndPlaces actors_and_places;
    bool record = false;
};

}  // namespace

struct ClaimBuilder::Impl {
    Impl(Lexicon const& l, KindRegistry const& k) : lexicon(l), kinds(k, folder), periods(l, k, folder) {}
    Lexicon const& lexicon;
    text::Folder folder;
    claims::KindScorer kinds;
    claims::PeriodFinder periods;
};

ClaimBuilder::ClaimBuilder(Lexicon const& lexicon, KindRegistry const& kinds)
    : impl_(std::make_unique<Impl>(lexicon, kinds)) {}
ClaimBuilder::~ClaimBuilder() = default;

void ClaimBuilder::build(Document& doc) const {
    auto const& lexicon = impl_->lexicon;
    auto const& e = doc.extraction;
    doc.claims.clear();
    if (e.quantities.empty()) return;
    std::string_view const bytes = doc.bytes;
    auto const sentences = claims::split_sentences(bytes, lexicon, impl_->folder);
    auto const links = claims::links_of(e);
    claims::DocumentText const view{bytes, e, links, doc.date ? extract::parse_iso_date(*doc.date) : std::nullopt};
    SentenceFacts facts;
    auto const& text = facts.text;
    doc.claims.reserve(e.quantities.size());
    for (std::size_t i = 0; i < e.quantities.size(); ++i) {
        auto const& q = e.quantities[i];
        ByteSpan const sentence = claims::sentence_at(sentences, q.span);
        if (sentence.start != facts.span.start || sentence.end != facts.span.end) {
            facts.span = sentence;
            facts.text = impl_->folder.fold(bytes.substr(sentence.start, sentence.end - sentence.start), sentence.start);
            facts.kind_cues = impl_->kinds.cues_in(text.text);
            facts.periods = impl_->periods.candidates(view, text);
            facts.actors_and_places = claims::find_actors_and_places(text, lexicon);
            facts.record = !claims::find_phrases(lexicon.claim_cues.records, text.text, 0, text.size()).empty();
        }
        std::size_t const begin = text.code_point_at(q.span.start);
        std::size_t const end = text.code_point_at(q.span.end);
        Claim c;
        c.id = i;
        c.quantity = q;
        c.sentence = sentence;
        c.aspect = claims::aspect_of(q, links[i], facts.record);
        c.kind = impl_->kinds.choose(subject_of(i, e, links, lexicon, text, impl_->folder), text.text, begin, end,
                                     facts.kind_cues);
        c.period = impl_->periods.choose(facts.periods, i, begin, end);
        if (auto const* a = claims::actor_for(facts.actors_and_places, begin, end))
            c.actor = claims::original(bytes, text, a->begin, a->end);
        auto const& found = facts.actors_and_places;
        if (auto const scope = claims::scope_for(found, begin, end)) {
            c.scope = claims::original(bytes, text, found.scopes[*scope].begin, found.scopes[*scope].end);
            auto const& where = found.scope_places[*scope];
            c.scope_place = claims::original(bytes, text, where.begin, where.end);
            c.scope_includes = found.scopes[*scope].payload == 1;
        }
        // The place a figure leaves out, or includes among others, is not its place.
        if (auto const* p = claims::place_for(found, begin, end))
            if (auto place = claims::original(bytes, text, p->begin, p->end); place != c.scope_place) c.place = std::move(place);
        doc.claims.push_back(std::move(c));
    }
}

}  // namespace claimcheck
