#include "io/json_string.hpp"

#include "io/utf8_append.hpp"

#include <string>

namespace claimcheck::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

// The byte after the string whose quote is at `i`.
std::size_t skip_string(std::string_view s, std::size_t i) {
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '"') return i + 1;
    }
    return s.size();
}

// The byte after the value at `i`: a string, an object or array (nested), or a literal.
std::size_t skip_value(std::string_view s, std::size_t i) {
    if (i >= s.size()) return i;
    if (s[i] == '"') return skip_string(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            char const c = s[i];
            if (c == '"') {
                i = skip_string(s, i);
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) return i + 1;
            ++i;
        }
        return i;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !is_space(s[i])) ++i;
    return i;
}

unsigned hex4(std::string_view s, std::size_t at) {
    unsigned v = 0;
    for (std::size_t k = at; k < at + 4 && k < s.size(); ++k) {
        char const c = s[k];
        v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

}  // namespace

std::optional<std::size_t> top_level_value(std::string_view json, std::string_view key) {
    std::optional<std::size_t> found;
    std::size_t i = skip_spaces(json, 0);
    if (i >= json.size() || json[i] != '{') return found;
    ++i;
    for (;;) {
        i = skip_spaces(json, i);
        if (i >= json.size() || json[i] != '"') return found;
        std::size_t const key_end = skip_string(json, i);
        // Keys are compared decoded: "t\u0065xt" is "text".
        MappedText decoded(json);
        decode_json_string(json, i, decoded);
        i = skip_spaces(json, key_end);
        if (i >= json.size() || json[i] != ':') return found;
        i = skip_spaces(json, i + 1);
        if (decoded.text() == key) found = i;
        i = skip_spaces(json, skip_value(json, i));
        if (i >= json.size() || json[i] != ',') return found;
        ++i;
    }
}

std::size_t decode_json_string(std::string_view original, std::size_t quote, MappedText& out) {
    std::size_t i = quote + 1;
    std::size_t plain = i;
    while (i < original.size() && original[i] != '"') {
        if (original[i] != '\\') {
            ++i;
            continue;
        }
        out.copy(plain, i);
        char const e = i + 1 < original.size() ? original[i + 1] : '\\';
        std::size_t length = 2;
        std::string text;
        switch (e) {
            case 'b': text = "\b"; break;
            case 'f': text = "\f"; break;
            case 'n': text = "\n"; break;
            case 'r': text = "\r"; break;
            case 't': text = "\t"; break;
            case 'u': {
                char32_t c = hex4(original, i + 2);
                length = 6;
                // A surrogate pair is two escapes and one character.
                if (c >= 0xD800 && c <= 0xDBFF && original.substr(i + 6, 2) == "\\u") {
                    char32_t const low = hex4(original, i + 8);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        length = 12;
                    }
                }
                append_utf8(text, c);
                break;
            }
            default: text = std::string(1, e);  // \" \\ \/
        }
        out.replace(i, i + length, text);
        i += length;
        plain = i;
    }
    out.copy(plain, i);
    return i < original.size() ? i + 1 : i;
}

}  // namespace claimcheck::io
