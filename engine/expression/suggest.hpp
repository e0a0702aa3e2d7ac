// "Did you mean": the known word nearest a misspelt one, when it is near enough.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::expression {

// Counts a swap of two neighbours as one edit ("hihg" is one edit from "high"). A word of
// one letter gets no suggestion: "x" is as near "a" as anything.
std::optional<std::string> closest(std::string_view word, std::vector<std::string> const& candidates);

}  // namespace claimcheck::expression
