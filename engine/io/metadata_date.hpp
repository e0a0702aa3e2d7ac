// Dates written in a document's metadata (front matter, `<meta>`, a JSON Lines record).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::io {

// "2024-11-26", "2024-11-26T08:30:00+01:00", "2024-11-26 08:30" → "2024-11-26"; "2024-11" stays;
// nullopt when `s` does not start with a real date written that way.
std::optional<std::string> metadata_date(std::string_view s);

// The words of a warning about a date that could not be read.
std::string unreadable_date(std::string_view s);

}  // namespace claimcheck::io
