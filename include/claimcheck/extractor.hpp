// Finds quantities, dates and their relations in a document's text.
#pragma once

#include <claimcheck/lexicon.hpp>
#include <claimcheck/quantity.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct ExtractOptions {
    // The document's date (ISO "2024-11-26" or "2024-11"), when known from outside the text
    // (--date, metadata). Days and months without a year are resolved against it.
    std::optional<std::string> document_date;
};

// Receives records in document order (relations after the quantities they name).
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void on_quantity(Quantity const& q, std::size_t index) = 0;
    virtual void on_date(DateMention const& d) = 0;
    virtual void on_relation(Relation const& r) = 0;
    // Called once at the end when the document's date is known (from the options or a dateline).
    virtual void on_document_date(std::string const& /*iso*/) {}
};

struct Extraction {
    std::optional<std::string> document_date;  // ISO, as precise as known
    std::vector<Quantity> quantities;
    std::vector<DateMention> dates;
    std::vector<Relation> relations;
};

// Immutable once built: one Extractor can serve any number of documents and threads.
class Extractor {
public:
    explicit Extractor(Lexicon const& lexicon);
    ~Extractor();
    Extractor(Extractor const&) = delete;
    Extractor& operator=(Extractor const&) = delete;

    // Streams records to `sink`; memory stays proportional to the densest stretch of figures,
    // not to the document.
    void extract(std::string_view utf8, ExtractOptions const& options, RecordSink& sink) const;
    Extraction extract(std::string_view utf8, ExtractOptions const& options = {}) const;

    Lexicon const& lexicon() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
