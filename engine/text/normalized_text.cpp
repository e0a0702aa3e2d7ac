#include "text/normalized_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace claimcheck::text {
namespace {

// Typographic variants folded before NFKC_Casefold, so the grammar sees one form of each.
char32_t unify(char32_t c) {
    switch (c) {
    case U'\u2019': case U'\u2018': case U'\u02BC': case U'\u00B4': case U'\u2032': case U'`':
        return U'\'';
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2212':
        return U'-';
    case U'\t':
        return U' ';
    default:
        break;
    }
    if (c != U'\n' && c != U'\r' && u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR) return U' ';
    return c;
}

}  // namespace

Folder::Folder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
}

NormalizedText Folder::fold(std::string_view bytes, std::size_t base_offset) const {
    NormalizedText out;
    out.text.reserve(bytes.size());
    out.byte_start.reserve(bytes.size());
    out.byte_end.reserve(bytes.size());
    out.was_upper.reserve(bytes.size());

    auto const* s = reinterpret_cast<std::uint8_t const*>(bytes.data());
    auto const length = static_cast<std::int32_t>(bytes.size());
    std::int32_t i = 0;
    // A segment runs from one normalisation boundary to the next; all of its output code
    // points map to the whole segment's bytes (e.g. "e" + U+0301 → "é").
    icu::UnicodeString segment;
    std::size_t segment_start = 0;
    bool segment_upper = false;

    auto flush = [&](std::size_t segment_end) {
        if (segment.isEmpty()) return;
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString folded = nfkc_cf_->normalize(segment, status);
        if (U_FAILURE(status)) folded = segment;
        for (std::int32_t k = 0; k < folded.length();) {
            UChar32 c = folded.char32At(k);
            out.text.push_back(unify(static_cast<char32_t>(c)));
            out.byte_start.push_back(base_offset + segment_start);
            out.byte_end.push_back(base_offset + segment_end);
            out.was_upper.push_back(segment_upper);
            k += U16_LENGTH(c);
        }
        segment.remove();
    };

    while (i < length) {
        std::int32_t const start = i;
        // ASCII fast path: fold in place, no ICU call. An ASCII letter followed by a
        // non-ASCII byte may take a combining mark, so it goes through ICU.
        if (s[i] < 0x80 && (i + 1 == length || s[i + 1] < 0x80)) {
            flush(static_cast<std::size_t>(start));
            char32_t c = s[i];
            bool upper = c >= U'A' && c <= U'Z';
            if (upper) c += 32;
            out.text.push_back(unify(c));
            out.byte_start.push_back(base_offset + static_cast<std::size_t>(start));
            out.byte_end.push_back(base_offset + static_cast<std::size_t>(start) + 1);
            out.was_upper.push_back(upper);
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) c = 0xFFFD;
        c = static_cast<UChar32>(unify(static_cast<char32_t>(c)));
        if (nfkc_cf_->hasBoundaryBefore(c)) {
            flush(static_cast<std::size_t>(start));
            segment_start = static_cast<std::size_t>(start);
            segment_upper = u_isupper(c);
        }
        if (segment.isEmpty()) {
            segment_start = static_cast<std::size_t>(start);
            segment_upper = u_isupper(c);
        }
        segment.append(c);
    }
    flush(static_cast<std::size_t>(length));
    return out;
}

std::u32string Folder::fold_phrase(std::string_view utf8) const {
    return fold(utf8).text;
}

std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) {
        std::uint8_t buf[4];
        std::int32_t n = 0;
        UBool error = false;
        U8_APPEND(buf, n, 4, static_cast<UChar32>(c), error);
        if (error) continue;
        out.append(reinterpret_cast<char const*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace claimcheck::text
