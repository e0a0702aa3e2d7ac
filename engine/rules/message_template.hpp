// A rule's message: text with {placeholders} naming bound claims ({rate}, {rate.value}) and the
// values its check computes ({expected}). Checked when the rule loads, filled in per finding.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::rules {

struct Placeholder {
    std::string name;   // "rate"
    std::string field;  // "value", or "" for the claim's text
    std::size_t offset; // in the message
};

// The placeholders of `message`, or the offset of an unclosed "{".
struct ParsedMessage {
    std::vector<Placeholder> placeholders;
    std::optional<std::size_t> unclosed;
};
ParsedMessage parse_message(std::string const& message);

// The fields a claim placeholder may take.
std::vector<std::string> const& claim_fields();

}  // namespace claimcheck::rules
