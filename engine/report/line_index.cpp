#include "report/line_index.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace claimcheck::report {

LineColumn LineIndex::at(std::size_t byte) {
    byte = std::min(byte, bytes_.size());
    if (byte < byte_) {
        byte_ = 0;
        pos_ = {};
    }
    // A byte-order mark is not a column: editors do not show it.
    if (byte_ == 0 && bytes_.substr(0, 3) == "\xEF\xBB\xBF") byte_ = std::min<std::size_t>(3, byte);
    auto const* s = reinterpret_cast<std::uint8_t const*>(bytes_.data());
    // Step code point by code point as the extractor decodes (an invalid sequence is one U+FFFD).
    auto const limit = static_cast<std::int32_t>(std::min(bytes_.size(), byte + 4));
    auto i = static_cast<std::int32_t>(byte_);
    while (static_cast<std::size_t>(i) < byte) {
        if (s[i] == '\n') {
            ++pos_.line;
            pos_.column = 1;
            ++i;
            continue;
        }
        if (s[i] < 0x80) {
            ++i;
        } else {
            UChar32 c;
            U8_NEXT(s, i, limit, c);
            (void)c;
        }
        ++pos_.column;
    }
    byte_ = static_cast<std::size_t>(i);
    return pos_;
}

}  // namespace claimcheck::report
