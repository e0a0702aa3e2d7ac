#include "report/escaping.hpp"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace claimcheck::report {
namespace {

bool unreserved_or_delimiter(unsigned char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("-._~!$&'()*+,;=@/").find(static_cast<char>(c)) != std::string_view::npos;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool xml_char(UChar32 c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    auto const* bytes = reinterpret_cast<std::uint8_t const*>(text.data());
    auto const length = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < length;) {
        std::int32_t const start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !xml_char(c)) {
            out += "\xEF\xBF\xBD";  // U+FFFD: invalid UTF-8 or a character XML cannot carry
            continue;
        }
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += attribute ? "&quot;" : "\""; break;
        case '\'': out += attribute ? "&apos;" : "'"; break;
        // Attribute-value normalisation turns raw tabs and line breaks into spaces.
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\r': out += "&#13;"; break;  // a raw CR would be folded into the line feed
        default: out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
    }
    return out;
}

std::string github_escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (char const c : text) {
        switch (c) {
        case '%': out += "%25"; break;
        case '\r': out += "%0D"; break;
        case '\n': out += "%0A"; break;
        case ':': out += property ? "%3A" : ":"; break;
        case ',': out += property ? "%2C" : ","; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string uri_path(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    for (char const ch : path) {
        auto const c = static_cast<unsigned char>(ch);
        if (c == '\\') out += '/';
        else if (unreserved_or_delimiter(c)) out += ch;
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

ArtifactUri artifact_uri(std::string_view path) {
    if (path.starts_with('/')) return {"file://" + uri_path(path), false};
    return {uri_path(path), true};
}

std::string xml_text(std::string_view text) { return xml_escape(text, false); }
std::string xml_attribute(std::string_view text) { return xml_escape(text, true); }

std::string github_data(std::string_view text) { return github_escape(text, false); }
std::string github_property(std::string_view text) { return github_escape(text, true); }

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    constexpr std::string_view ellipsis = "\xE2\x80\xA6";  // …
    if (max_bytes < ellipsis.size()) return {};
    std::size_t cut = max_bytes - ellipsis.size();
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
    return std::string(text.substr(0, cut)) + std::string(ellipsis);
}

}  // namespace claimcheck::report
