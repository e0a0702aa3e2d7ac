// UTF-8 checks on raw file bytes, before any decoding.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimcheck::text {

struct Utf8Check {
    std::size_t invalid_sequences = 0;
    std::optional<std::size_t> first_invalid;  // byte offset of the first bad sequence
};

// Counts invalid UTF-8 sequences; runs at memory speed on ASCII-heavy text.
Utf8Check check_utf8(std::string_view bytes);

// Offset of the first NUL byte in the first `window` bytes: the sign of a binary file.
std::optional<std::size_t> find_nul(std::string_view bytes, std::size_t window = 8192);

// True when byte `b` continues a multi-byte sequence.
inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace claimcheck::text
