#include "text/utf8.hpp"

#include <unicode/utf8.h>

#include <cstring>

namespace claimcheck::text {

Utf8Check check_utf8(std::string_view bytes) {
    Utf8Check result;
    auto const* s = reinterpret_cast<std::uint8_t const*>(bytes.data());
    auto const length = static_cast<std::int32_t>(bytes.size());
    std::int32_t i = 0;
    while (i < length) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= length) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        std::int32_t const start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            if (!result.first_invalid) result.first_invalid = static_cast<std::size_t>(start);
            ++result.invalid_sequences;
        }
    }
    return result;
}

std::optional<std::size_t> find_nul(std::string_view bytes, std::size_t window) {
    auto const head = bytes.substr(0, window);
    auto const at = head.find('\0');
    if (at == std::string_view::npos) return std::nullopt;
    return at;
}

}  // namespace claimcheck::text
