// Text decoded from UTF-8 and folded for matching, with a map back to the file's bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace claimcheck::text {

// Code points after folding, each with the byte range of the original text it came from.
// Folding = ICU NFKC_Casefold (lower case, "²" → "2", no-break spaces → " ") plus a few
// typographic unifications the grammar relies on: every apostrophe is "'", every space is " ",
// non-breaking and figure hyphens are "-".
struct NormalizedText {
    std::u32string text;
    std::size_t base = 0;                  // file offset of the folded bytes
    std::vector<std::uint32_t> byte_start;  // per code point, offset from `base`
    std::vector<std::uint32_t> byte_end;    // per code point, end exclusive, offset from `base`
    std::vector<std::uint8_t> was_upper;    // the original code point was an upper-case letter

    std::size_t size() const { return text.size(); }
    // File byte span of code points [first, last).
    std::size_t start_of(std::size_t first) const { return base + byte_start[first]; }
    std::size_t end_of(std::size_t last) const { return base + byte_end[last - 1]; }
    // The code point that starts at or after file offset `byte`.
    std::size_t code_point_at(std::size_t byte) const;
};

// Folds text for matching. Holds ICU's immutable NFKC_Casefold singleton, so one instance
// can serve any number of threads.
class Folder {
public:
    Folder();
    // Decodes and folds `bytes` (under 4 GiB), whose first byte is at `base_offset` in the
    // file. Invalid UTF-8 becomes U+FFFD.
    NormalizedText fold(std::string_view bytes, std::size_t base_offset = 0) const;
    // Folds a lexicon phrase (no offsets kept).
    std::u32string fold_phrase(std::string_view utf8) const;

    struct SimpleFold {
        char32_t single = 0;  // the folded code point, 0 when folding is not one code point
        bool boundary_before = true;
        bool upper = false;
    };

private:
    icu::Normalizer2 const* nfkc_cf_;
    std::vector<SimpleFold> const* simple_;  // shared, immutable
};

// UTF-8 encoding of code points (for messages and lemma output).
std::string to_utf8(std::u32string_view s);

}  // namespace claimcheck::text
