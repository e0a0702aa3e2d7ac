#include "io/html_entities.hpp"

#include "io/utf8_append.hpp"

#include <array>
#include <unordered_map>

namespace claimcheck::io {
namespace {

// U+00A0 to U+00FF in order: the Latin-1 names, which HTML also accepts without the `;`.
constexpr std::array<std::string_view, 96> latin1_names{
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct Named {
    std::string_view name;
    char32_t code;
};

// Beyond Latin-1: the names French news pages use (typography, currency, arithmetic).
constexpr Named other_names[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},       {"gt", 0x3E},
    {"QUOT", 0x22},     {"AMP", 0x26},      {"LT", 0x3C},       {"GT", 0x3E},       {"COPY", 0xA9},
    {"REG", 0xAE},      {"excl", 0x21},     {"num", 0x23},      {"dollar", 0x24},   {"percnt", 0x25},
    {"lpar", 0x28},     {"rpar", 0x29},     {"ast", 0x2A},      {"plus", 0x2B},     {"comma", 0x2C},
    {"period", 0x2E},   {"sol", 0x2F},      {"colon", 0x3A},    {"semi", 0x3B},     {"equals", 0x3D},
    {"quest", 0x3F},    {"commat", 0x40},   {"lsqb", 0x5B},     {"bsol", 0x5C},     {"rsqb", 0x5D},
    {"lowbar", 0x5F},   {"lcub", 0x7B},     {"verbar", 0x7C},   {"rcub", 0x7D},     {"Tab", 0x09},
    {"NewLine", 0x0A},  {"half", 0xBD},     {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"numsp", 0x2007},  {"puncsp", 0x2008}, {"thinsp", 0x2009},
    {"hairsp", 0x200A}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"hyphen", 0x2010}, {"dash", 0x2010},   {"ndash", 0x2013},  {"mdash", 0x2014},  {"horbar", 0x2015},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"rsquor", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
    {"nldr", 0x2025},   {"hellip", 0x2026}, {"mldr", 0x2026},   {"permil", 0x2030}, {"prime", 0x2032},
    {"Prime", 0x2033},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"oline", 0x203E},  {"frasl", 0x2044},
    {"euro", 0x20AC},   {"trade", 0x2122},  {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},
    {"darr", 0x2193},   {"harr", 0x2194},   {"minus", 0x2212},  {"infin", 0x221E},  {"sim", 0x223C},
    {"asymp", 0x2248},  {"ne", 0x2260},     {"le", 0x2264},     {"ge", 0x2265},     {"approx", 0x2248},
    {"squ", 0x25A1},    {"check", 0x2713},
};

using NameTable = std::unordered_map<std::string_view, char32_t>;

NameTable const& names() {
    static NameTable const table = [] {
        NameTable t;
        for (std::size_t i = 0; i < latin1_names.size(); ++i) t.emplace(latin1_names[i], static_cast<char32_t>(0xA0 + i));
        for (auto const& n : other_names) t.emplace(n.name, n.code);
        return t;
    }();
    return table;
}

// Names that old pages write without their `;` (HTML's legacy list: Latin-1 and the markup four).
bool legacy_without_semicolon(std::string_view name, char32_t code) {
    return (code >= 0xA0 && code <= 0xFF) || name == "amp" || name == "lt" || name == "gt" || name == "quot" ||
           name == "AMP" || name == "LT" || name == "GT" || name == "QUOT";
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// What HTML makes of a numeric reference: bytes 0x80-0x9F as Windows-1252 wrote them (`&#146;`
// is ’), nothing valid as U+FFFD.
char32_t numeric_code(char32_t c) {
    static constexpr char32_t windows_1252[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (c >= 0x80 && c <= 0x9F) return windows_1252[c - 0x80];
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
    return c;
}

std::optional<CharacterReference> numeric_at(std::string_view s, std::size_t at) {
    std::size_t i = at + 2;  // past "&#"
    bool const hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    std::size_t const digits_start = i;
    char32_t value = 0;
    for (; i < s.size() && (hex ? is_hex(s[i]) : (s[i] >= '0' && s[i] <= '9')); ++i) {
        unsigned const d = s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d;  // saturates past the last code point
    }
    if (i == digits_start) return std::nullopt;
    if (i < s.size() && s[i] == ';') ++i;
    CharacterReference r;
    r.length = i - at;
    append_utf8(r.text, numeric_code(value));
    return r;
}

}  // namespace

std::optional<CharacterReference> reference_at(std::string_view s, std::size_t at) {
    if (at + 1 >= s.size() || s[at] != '&') return std::nullopt;
    if (s[at + 1] == '#') return numeric_at(s, at);
    std::size_t end = at + 1;
    while (end < s.size() && end - at <= 32 && is_alnum(s[end])) ++end;
    auto const name = s.substr(at + 1, end - at - 1);
    auto const found = names().find(name);
    if (found == names().end()) return std::nullopt;
    bool const semicolon = end < s.size() && s[end] == ';';
    if (!semicolon) {
        bool const followed_by_word = end < s.size() && (is_alnum(s[end]) || s[end] == '=');
        if (!legacy_without_semicolon(name, found->second) || followed_by_word) return std::nullopt;
    }
    CharacterReference r;
    r.length = end - at + (semicolon ? 1 : 0);
    append_utf8(r.text, found->second);
    return r;
}

std::string decode_references(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            if (auto r = reference_at(s, i)) {
                out += r->text;
                i += r->length;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

}  // namespace claimcheck::io
