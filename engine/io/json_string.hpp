// Where a key's value stands in one line of JSON, and a JSON string decoded with the map from
// its text back to the line's bytes (escapes such as \n, \" and \u00e9 are several bytes there).
#pragma once

#include "io/mapped_text.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimcheck::io {

// The byte of `json` (a valid JSON object) where the value of its top-level `key` starts; the
// last one when the key is repeated, as the parser keeps the last. nullopt when it is absent.
std::optional<std::size_t> top_level_value(std::string_view json, std::string_view key);

// Appends the string whose opening quote is at `original[quote]` to `out`, escapes decoded;
// returns the byte after its closing quote. The string must be valid JSON.
std::size_t decode_json_string(std::string_view original, std::size_t quote, MappedText& out);

}  // namespace claimcheck::io
