// The extraction pipeline for one document: fast scan → windows → fold (ICU) → grammars →
// quantities, dates, relations, streamed in text order.
#include <claimcheck/extractor.hpp>

#include "extract/dates.hpp"
#include "extract/grammar_calls.hpp"
#include "extract/relations.hpp"
#include "extract/trigger_scan.hpp"
#include "extract/window_reader.hpp"
#include "text/normalized_text.hpp"

#include <algorithm>

namespace claimcheck {
namespace {

std::vector<std::string> trigger_words(Lexicon const& lexicon) {
    auto words = extract::grammar_number_words();
    words.insert(words.end(), lexicon.trigger_words.begin(), lexicon.trigger_words.end());
    return words;
}

// Code point index of each trigger byte in the window's folded text.
std::vector<std::size_t> to_code_points(text::NormalizedText const& text, std::vector<std::size_t> const& bytes) {
    std::vector<std::size_t> out;
    out.reserve(bytes.size());
    for (auto b : bytes) out.push_back(text.code_point_at(b));
    return out;
}

class CollectingSink : public RecordSink {
public:
    explicit CollectingSink(Extraction& out) : out_(out) {}
    void on_quantity(Quantity const& q, std::size_t) override { out_.quantities.push_back(q); }
    void on_date(DateMention const& d) override { out_.dates.push_back(d); }
    void on_relation(Relation const& r) override { out_.relations.push_back(r); }
    void on_document_date(std::string const& iso) override { out_.document_date = iso; }

private:
    Extraction& out_;
};

}  // namespace

struct Extractor::Impl {
    explicit Impl(Lexicon const& l) : lexicon(l), scanner(trigger_words(l)) {}
    Lexicon const& lexicon;
    text::Folder folder;
    extract::TriggerScanner scanner;
};

Extractor::Extractor(Lexicon const& lexicon) : impl_(std::make_unique<Impl>(lexicon)) {}
Extractor::~Extractor() = default;

Lexicon const& Extractor::lexicon() const { return impl_->lexicon; }

void Extractor::extract(std::string_view utf8, ExtractOptions const& options, RecordSink& sink) const {
    extract::DocumentClock clock;
    if (options.document_date) {
        clock.document_date = extract::parse_iso_date(*options.document_date);
        if (clock.document_date) clock.last_year = clock.document_date->year;
    }
    std::size_t next_index = 0;
    impl_->scanner.scan(utf8, [&](extract::Window const& window) {
        auto const text = impl_->folder.fold(utf8.substr(window.begin, window.end - window.begin), window.begin);
        auto findings = extract::read_window(text, to_code_points(text, window.triggers), impl_->lexicon, clock);
        auto const relations = extract::find_relations(text, findings.quantities, next_index, impl_->lexicon);
        // Dates and quantities interleaved in text order.
        auto date = findings.dates.begin();
        for (auto const& found : findings.quantities) {
            for (; date != findings.dates.end() && date->begin < found.begin; ++date) sink.on_date(date->date);
            sink.on_quantity(found.quantity, next_index++);
        }
        for (; date != findings.dates.end(); ++date) sink.on_date(date->date);
        for (auto const& r : relations) sink.on_relation(r);
    });
    if (clock.document_date) sink.on_document_date(extract::to_iso(*clock.document_date));
}

Extraction Extractor::extract(std::string_view utf8, ExtractOptions const& options) const {
    Extraction out;
    CollectingSink sink(out);
    extract(utf8, options, sink);
    return out;
}

}  // namespace claimcheck
