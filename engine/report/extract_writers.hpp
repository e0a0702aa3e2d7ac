// Writers for `claimcheck extract`: JSON Lines (the contract other tools read) and a table.
#pragma once

#include "report/original_positions.hpp"

#include <claimcheck/claim.hpp>
#include <claimcheck/extractor.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report {

// The extractor's records plus claims, which `extract --claims` writes after their quantity.
class ExtractWriter : public RecordSink {
public:
    virtual void on_claim(Claim const& c) = 0;
};

// One JSON object a line per record of one document; format in README "Output format".
// Offsets, lines and columns are the original file's (`provenance`: null when the text is the
// file); a JSON Lines record's id is each object's "record".
class JsonLinesWriter : public ExtractWriter {
public:
    JsonLinesWriter(std::ostream& out, std::string file, std::string_view bytes, Provenance const* provenance = nullptr);
    void on_quantity(Quantity const& q, std::size_t index) override;
    void on_date(DateMention const& d) override;
    void on_relation(Relation const& r) override;
    void on_claim(Claim const& c) override;

private:
    void open_record(std::string_view type);
    void append_span(ByteSpan span);

    std::ostream& out_;
    std::string file_json_;  // the file name and record id, already JSON: "file":…[,"record":…]
    std::string_view bytes_;
    OriginalPositions positions_;
    std::string line_;  // reused buffer
};

// A readable table: line:col, span, value, interval, unit, qualifier, noun.
class TextTableWriter : public ExtractWriter {
public:
    TextTableWriter(std::ostream& out, std::string file, std::string_view bytes, Provenance const* provenance = nullptr);
    void on_quantity(Quantity const& q, std::size_t index) override;
    void on_date(DateMention const& d) override;
    void on_relation(Relation const& r) override;
    void on_claim(Claim const& c) override;

private:
    std::ostream& out_;
    std::string file_;
    std::string_view bytes_;
    OriginalPositions positions_;
};

// "4500", "27400000000", "0.3333"; JSON has no infinity, so unbounded is null.
std::string format_number(double v);
std::string format_interval(Interval const& i);

}  // namespace claimcheck::report
