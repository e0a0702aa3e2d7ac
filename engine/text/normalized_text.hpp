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
    std::vector<std::size_t> byte_start;  // per code point, absolute offset in the file
    std::vector<std::size_t> byte_end;    // per code point, end exclusive
    std::vector<bool> was_upper;          // the original code point was an upper-case letter

    std::size_t size() const { return text.size(); }
    // Byte span of code points [first, last).
    std::size_t start_of(std::size_t first) const { return byte_start[first]; }
    std::size_t end_of(std::size_t last) const { return byte_end[last - 1]; }
};

// Folds text for matching. Holds ICU's immutable NFKC_Casefold singleton, so one instance
// can serve any number of threads.
class Folder {
public:
    Folder();
    // Decodes and folds `bytes`, whose first byte is at `base_offset` in the file. Invalid
    // UTF-8 becomes U+FFFD.
    NormalizedText fold(std::string_view bytes, std::size_t base_offset = 0) const;
    // Folds a lexicon phrase (no offsets kept).
    std::u32string fold_phrase(std::string_view utf8) const;

private:
    icu::Normalizer2 const* nfkc_cf_;
};

// UTF-8 encoding of code points (for messages and lemma output).
std::string to_utf8(std::u32string_view s);

}  // namespace claimcheck::text
