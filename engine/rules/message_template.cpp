#include "rules/message_template.hpp"

namespace claimcheck::rules {

std::vector<std::string> const& claim_fields() {
    static std::vector<std::string> const fields{"text", "value", "unit", "kind", "period", "actor", "place"};
    return fields;
}

ParsedMessage parse_message(std::string const& message) {
    ParsedMessage out;
    for (std::size_t at = message.find('{'); at != std::string::npos; at = message.find('{', at + 1)) {
        auto const close = message.find('}', at);
        if (close == std::string::npos) {
            out.unclosed = at;
            break;
        }
        std::string inside = message.substr(at + 1, close - at - 1);
        auto const dot = inside.find('.');
        Placeholder p{inside.substr(0, dot), dot == std::string::npos ? "" : inside.substr(dot + 1), at};
        out.placeholders.push_back(std::move(p));
        at = close;
    }
    return out;
}

}  // namespace claimcheck::rules
