// A document's text built piece by piece out of an original file (Markdown, HTML, a JSON
// string), with the OffsetMap that takes every byte of it back to the original.
#pragma once

#include <claimcheck/provenance.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::io {

class MappedText {
public:
    explicit MappedText(std::string_view original) : original_(original) {}

    // Appends original[from, to) as it is. What lies between two pieces is left out.
    void copy(std::size_t from, std::size_t to);
    // Appends `c` standing for the one byte at `at` (a line break read as a space).
    void copy_as(std::size_t at, char c);
    // Appends `text` in place of original[from, to): a decoded entity or escape, a collapsed run
    // of spaces, a paragraph break standing for a tag (from == to inserts it).
    void replace(std::size_t from, std::size_t to, std::string_view text);

    std::string const& text() const { return text_; }
    bool ends_with(std::string_view s) const { return std::string_view(text_).ends_with(s); }
    // Drops trailing bytes of the text that are in `chars` (the spaces before a paragraph break).
    void trim_back(std::string_view chars);

    struct Result {
        std::string text;
        OffsetMap offsets;
    };
    // The text and its map; the builder is spent.
    Result finish();

private:
    void start_piece(std::size_t from);
    void anchor(std::size_t text_byte, std::size_t original_byte);

    std::string_view original_;
    std::string text_;
    OffsetMap map_;
    std::size_t end_ = 0;       // where the text so far ends in the original
    bool linear_ = false;       // the last piece was copied, so a copy right after it needs no anchor
};

}  // namespace claimcheck::io
