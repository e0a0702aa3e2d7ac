// Where a document's text comes from. The text the engine reads may be taken out of a richer
// file (Markdown, HTML, one record of a JSON Lines corpus); every position a user sees is
// mapped back to that file, so an editor can jump to it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

// Text byte offsets → byte offsets in the original file.
struct OffsetMap {
    // (text byte, original byte) pairs, sorted by text byte. From one anchor to the next, a byte
    // of text is a byte of the original; empty means the text is the file. Where the original
    // had more than the text (a tag, an escape), two anchors may share a text byte: the first
    // says where the text before it ends in the original, the second where the text after starts.
    std::vector<std::pair<std::size_t, std::size_t>> anchors;
    std::size_t to_original(std::size_t text_byte) const;
    // The end (exclusive) of a span that ends at `text_end`: after the span's last character in
    // the original (after `&eacute;`, not after the `</b>` that follows it).
    std::size_t end_to_original(std::size_t text_end) const;
};

struct Provenance {
    std::string format = "text";  // text, markdown, html, jsonl
    std::string record_id;        // a JSON Lines record's "id"; "" otherwise
    std::string source;           // front matter or record fields, "" when absent
    std::string url;
    std::string title;
    OffsetMap offsets;
    // The whole original file when the text was taken out of it (for line and column); null
    // when the document's bytes are the file.
    std::shared_ptr<std::string const> original;
    // The line the text starts on in the original (its first byte and its 1-based number), so a
    // record of a large JSON Lines file counts lines from there, not from the top of the file.
    std::size_t first_line_byte = 0;
    std::size_t first_line = 1;
    // Original byte ranges [begin, end) read as code (Markdown code blocks): a comment there is
    // an example, not a directive.
    std::vector<std::pair<std::size_t, std::size_t>> code;
};

// A position as a user sees it: in the original file, 1-based line and column in code points.
struct Location {
    std::string file;
    std::string record_id;    // JSON Lines: the record's id
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t offset = 0;   // byte offset in the original file
};

}  // namespace claimcheck
