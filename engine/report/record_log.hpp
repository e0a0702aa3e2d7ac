// Keeps a document's records in the order the extractor sends them, so that they can be
// written once the whole document is known: claims need every figure and relation of it.
#pragma once

#include <claimcheck/extractor.hpp>

#include <vector>

namespace claimcheck::report {

class RecordLog : public RecordSink {
public:
    Extraction extraction;  // what was received; may be moved out before replay

    void on_quantity(Quantity const& q, std::size_t) override {
        order_.push_back({Type::quantity, extraction.quantities.size()});
        extraction.quantities.push_back(q);
    }
    void on_date(DateMention const& d) override {
        order_.push_back({Type::date, extraction.dates.size()});
        extraction.dates.push_back(d);
    }
    void on_relation(Relation const& r) override {
        order_.push_back({Type::relation, extraction.relations.size()});
        extraction.relations.push_back(r);
    }
    void on_document_date(std::string const& iso) override { extraction.document_date = iso; }

    // Sends `e` (this log's records) to `sink` in their first order; `after_quantity(i)` runs
    // right after quantity i.
    template <class AfterQuantity>
    void replay(Extraction const& e, RecordSink& sink, AfterQuantity&& after_quantity) const {
        for (auto const& [type, index] : order_) {
            if (type == Type::quantity) {
                sink.on_quantity(e.quantities[index], index);
                after_quantity(index);
            } else if (type == Type::date) {
                sink.on_date(e.dates[index]);
            } else {
                sink.on_relation(e.relations[index]);
            }
        }
        if (e.document_date) sink.on_document_date(*e.document_date);
    }

private:
    enum class Type { quantity, date, relation };
    struct Entry {
        Type type;
        std::size_t index;
    };
    std::vector<Entry> order_;
};

}  // namespace claimcheck::report
