// Where the spans of a document's text stand in its original file (the Markdown, HTML or
// JSON Lines file it was taken out of): the byte offsets and line:column that `extract` prints.
#pragma once

#include "report/line_index.hpp"

#include <claimcheck/provenance.hpp>
#include <claimcheck/quantity.hpp>

#include <string_view>

namespace claimcheck::report {

class OriginalPositions {
public:
    // `text` is the document's text; `provenance` null (or with no original) means it is the file.
    OriginalPositions(std::string_view text, Provenance const* provenance);

    ByteSpan span(ByteSpan text_span) const;
    // Line and column of a text byte, walking forward as LineIndex does.
    LineColumn at(std::size_t text_byte);

private:
    OffsetMap const* offsets_ = nullptr;
    std::size_t first_line_byte_ = 0;  // lines are counted from there (a JSON Lines record's line)
    std::size_t first_line_ = 1;
    LineIndex lines_;
};

}  // namespace claimcheck::report
