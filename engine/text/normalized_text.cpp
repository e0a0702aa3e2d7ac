#include "text/normalized_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
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

namespace {

// The folding of every code point below U+2200 (Latin, Greek, Cyrillic, general punctuation,
// currency signs): news text almost never leaves this range, and the table spares an ICU call
// per accented letter. Computed once and never changed, it is shared by every Folder.
std::vector<Folder::SimpleFold> const& simple_folds(icu::Normalizer2 const* nfkc_cf) {
    static std::vector<Folder::SimpleFold> const table = [nfkc_cf] {
        std::vector<Folder::SimpleFold> t(0x2200);
        for (UChar32 c = 0; c < 0x2200; ++c) {
            auto& f = t[static_cast<std::size_t>(c)];
            f.boundary_before = nfkc_cf->hasBoundaryBefore(c);
            f.upper = u_isupper(c);
            if (!f.boundary_before) continue;  // a combining mark: folded with its base
            UErrorCode s = U_ZERO_ERROR;
            icu::UnicodeString const folded = nfkc_cf->normalize(icu::UnicodeString(c), s);
            if (U_SUCCESS(s) && folded.countChar32() == 1) f.single = unify(static_cast<char32_t>(folded.char32At(0)));
        }
        return t;
    }();
    return table;
}

}  // namespace

Folder::Folder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
    simple_ = &simple_folds(nfkc_cf_);
}

NormalizedText Folder::fold(std::string_view bytes, std::size_t base_offset) const {
    NormalizedText out;
    out.base = base_offset;
    // One code point per byte at most, but for the rare expansions (ﬁ → fi), which grow the arrays.
    std::size_t n = 0;
    auto grow = [&out](std::size_t size) {
        out.text.resize(size);
        out.byte_start.resize(size);
        out.byte_end.resize(size);
        out.was_upper.resize(size);
    };
    grow(bytes.size());
    auto emit = [&](char32_t c, std::size_t from, std::size_t to, bool upper) {
        if (n == out.text.size()) grow(n * 2 + 8);
        out.text[n] = c;
        out.byte_start[n] = static_cast<std::uint32_t>(from);
        out.byte_end[n] = static_cast<std::uint32_t>(to);
        out.was_upper[n] = upper;
        ++n;
    };

    auto const* s = reinterpret_cast<std::uint8_t const*>(bytes.data());
    auto const length = static_cast<std::int32_t>(bytes.size());
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
            UChar32 const c = folded.char32At(k);
            emit(unify(static_cast<char32_t>(c)), segment_start, segment_end, segment_upper);
            k += U16_LENGTH(c);
        }
        segment.remove();
    };
    // The next code point starts a new segment: nothing after `at` combines with what is before.
    auto boundary_at = [&](std::int32_t at) {
        if (at >= length || s[at] < 0x80) return true;
        UChar32 next;
        U8_NEXT(s, at, length, next);
        if (next < 0) return true;
        if (static_cast<std::size_t>(next) < simple_->size()) return (*simple_)[static_cast<std::size_t>(next)].boundary_before;
        return static_cast<bool>(nfkc_cf_->hasBoundaryBefore(next));
    };

    std::int32_t i = 0;
    while (i < length) {
        // Runs of ASCII (most of any French text) in a tight loop: lower case, one byte each.
        // The last byte of a run goes the general way: a combining mark may follow it.
        if (segment.isEmpty()) {
            std::int32_t run = i;
            while (run + 1 < length && s[run] < 0x80 && s[run + 1] < 0x80) ++run;
            if (run > i) {
                if (n + static_cast<std::size_t>(run - i) > out.text.size()) grow(n + static_cast<std::size_t>(run - i) + 8);
                for (; i < run; ++i, ++n) {
                    auto const c = s[i];
                    bool const upper = c >= 'A' && c <= 'Z';
                    out.text[n] = c == '\t' ? U' ' : c == '`' ? U'\'' : static_cast<char32_t>(upper ? c + 32 : c);
                    out.byte_start[n] = static_cast<std::uint32_t>(i);
                    out.byte_end[n] = static_cast<std::uint32_t>(i + 1);
                    out.was_upper[n] = upper;
                }
                continue;
            }
        }
        std::int32_t const start = i;
        auto const from = static_cast<std::size_t>(start);
        UChar32 c;
        if (s[i] < 0x80) {
            c = s[i++];
        } else {
            U8_NEXT(s, i, length, c);
            if (c < 0) c = 0xFFFD;
        }
        auto const to = static_cast<std::size_t>(i);
        // Fast path: a code point whose folding is one code point, with nothing to combine with.
        if (static_cast<std::size_t>(c) < simple_->size() && segment.isEmpty()) {
            auto const& f = (*simple_)[static_cast<std::size_t>(c)];
            if (f.single && boundary_at(i)) {
                emit(f.single, from, to, f.upper);
                continue;
            }
        }
        c = static_cast<UChar32>(unify(static_cast<char32_t>(c)));
        if (nfkc_cf_->hasBoundaryBefore(c)) flush(static_cast<std::size_t>(start));
        if (segment.isEmpty()) {
            segment_start = static_cast<std::size_t>(start);
            segment_upper = u_isupper(c);
        }
        segment.append(c);
    }
    flush(static_cast<std::size_t>(length));
    grow(n);
    return out;
}

std::size_t NormalizedText::code_point_at(std::size_t byte) const {
    auto const relative = static_cast<std::uint32_t>(byte - base);
    auto it = std::lower_bound(byte_start.begin(), byte_start.end(), relative);
    return static_cast<std::size_t>(it - byte_start.begin());
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
