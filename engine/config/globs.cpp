#include "config/globs.hpp"

#include "io/utf8_append.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace claimcheck::config {
namespace {

// ---------------------------------------------------------------- code points
// `?` and `[...]` take one character, not one byte, so patterns and paths are compared as code
// points. A byte that is not UTF-8 stands for itself as U+DC80..U+DCFF, which no text holds.

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        auto const b = static_cast<unsigned char>(s[i]);
        std::size_t const length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
        bool ok = length > 0 && i + length <= s.size();
        for (std::size_t k = 1; ok && k < length; ++k) {
            auto const next = static_cast<unsigned char>(s[i + k]);
            ok = (next & 0xC0) == 0x80;
            c = (c << 6) | (next & 0x3F);
        }
        if (!ok) {
            out.push_back(0xDC00 + b);
            ++i;
            continue;
        }
        out.push_back(c);
        i += length;
    }
    return out;
}

void encode(char32_t c, std::string& out) {
    if (c >= 0xDC80 && c <= 0xDCFF) out += static_cast<char>(c - 0xDC00);  // a byte that was not UTF-8, as it was
    else io::append_utf8(out, c);
}

// ---------------------------------------------------------------- parsed patterns

struct Token {
    enum Kind { literal, any_one, any_run, set } kind = literal;
    char32_t c = 0;                                     // literal
    std::vector<std::pair<char32_t, char32_t>> ranges;  // set
    bool negated = false;                               // set
};

struct Segment {
    bool any_directories = false;  // "**"
    std::vector<Token> tokens;
};

struct Parsed {
    std::vector<Segment> segments;
    std::optional<std::string> error;
};

bool is_literal(Segment const& s) {
    return !s.any_directories &&
           std::all_of(s.tokens.begin(), s.tokens.end(), [](Token const& t) { return t.kind == Token::literal; });
}

bool is_dot(Segment const& s) { return is_literal(s) && s.tokens.size() == 1 && s.tokens[0].c == U'.'; }

Parsed parse(std::string_view pattern) {
    Parsed out;
    auto const p = decode(pattern);
    auto fail = [&](std::string message) {
        out.error = std::move(message);
        return out;
    };
    if (p.empty()) return fail("an empty glob matches no file");
    if (p.front() == U'/')
        return fail(fmt::format("'{}' is an absolute path; globs are relative to the project file's directory", pattern));
    std::vector<Segment> segments(1);
    for (std::size_t i = 0; i < p.size(); ++i) {
        auto& tokens = segments.back().tokens;
        char32_t const c = p[i];
        if (c == U'/') {
            segments.emplace_back();
        } else if (c == U'\\') {
            if (i + 1 == p.size()) return fail(fmt::format("'{}' ends with a lone '\\'", pattern));
            tokens.push_back({Token::literal, p[++i], {}, false});
        } else if (c == U'*' && i + 1 < p.size() && p[i + 1] == U'*') {
            bool const starts = tokens.empty() && (i == 0 || p[i - 1] == U'/');
            bool const ends = i + 2 == p.size() || p[i + 2] == U'/';
            if (!starts || !ends)
                return fail(fmt::format("'**' at character {} of '{}' must be a whole path segment, as in "
                                        "'articles/**/*.txt' (use '*' within a name)",
                                        i + 1, pattern));
            segments.back().any_directories = true;
            ++i;
        } else if (c == U'*') {
            tokens.push_back({Token::any_run, 0, {}, false});
        } else if (c == U'?') {
            tokens.push_back({Token::any_one, 0, {}, false});
        } else if (c == U'[') {
            Token set{Token::set, 0, {}, false};
            std::size_t j = i + 1;
            if (j < p.size() && (p[j] == U'!' || p[j] == U'^')) {
                set.negated = true;
                ++j;
            }
            // As in POSIX, a ']' first in the set is one of its characters.
            for (bool first = true; j < p.size() && (p[j] != U']' || first); ++j, first = false) {
                char32_t low = p[j];
                if (low == U'\\' && j + 1 < p.size()) low = p[++j];
                if (low == U'/') return fail(fmt::format("the set at character {} of '{}' holds a '/'; a set is one "
                                                         "character of a name", i + 1, pattern));
                char32_t high = low;
                if (j + 2 < p.size() && p[j + 1] == U'-' && p[j + 2] != U']') {
                    high = p[j + 2];
                    j += 2;
                    if (high < low) {
                        std::string range;
                        encode(low, range);
                        range += '-';
                        encode(high, range);
                        return fail(fmt::format("the range '{}' in '{}' is reversed", range, pattern));
                    }
                }
                set.ranges.emplace_back(low, high);
            }
            if (j >= p.size())
                return fail(fmt::format("the '[' at character {} of '{}' is never closed by ']'", i + 1, pattern));
            tokens.push_back(std::move(set));
            i = j;
        } else {
            tokens.push_back({Token::literal, c, {}, false});
        }
    }
    for (std::size_t k = 0; k < segments.size(); ++k) {
        if (!segments[k].tokens.empty() || segments[k].any_directories) continue;
        if (k + 1 == segments.size())
            return fail(fmt::format("'{}' ends with '/' but globs match files; write '{}**' for every file below "
                                    "that directory", pattern, pattern));
        return fail(fmt::format("'{}' has an empty path segment ('//')", pattern));
    }
    std::erase_if(segments, is_dot);
    out.segments = std::move(segments);
    return out;
}

// ---------------------------------------------------------------- matching

bool one_matches(Token const& t, char32_t c) {
    switch (t.kind) {
    case Token::literal: return t.c == c;
    case Token::any_one: return true;
    case Token::set: {
        bool const in = std::any_of(t.ranges.begin(), t.ranges.end(),
                                    [c](auto const& r) { return r.first <= c && c <= r.second; });
        return in != t.negated;
    }
    case Token::any_run: return false;
    }
    return false;
}

// One name against one segment's tokens: the classic wildcard walk, going back only to the
// last '*', which is enough when '*' never crosses a '/'.
bool segment_matches(std::vector<Token> const& tokens, std::u32string_view name) {
    // A hidden name is matched only by a pattern that writes its dot.
    if (!name.empty() && name.front() == U'.' && (tokens.empty() || tokens.front().kind != Token::literal)) return false;
    std::size_t t = 0, n = 0;
    std::size_t star = std::u32string_view::npos, star_n = 0;
    while (n < name.size()) {
        if (t < tokens.size() && tokens[t].kind == Token::any_run) {
            star = t++;
            star_n = n;
        } else if (t < tokens.size() && one_matches(tokens[t], name[n])) {
            ++t;
            ++n;
        } else if (star != std::u32string_view::npos) {
            t = star + 1;
            n = ++star_n;
        } else {
            return false;
        }
    }
    while (t < tokens.size() && tokens[t].kind == Token::any_run) ++t;
    return t == tokens.size();
}

bool segments_match(std::vector<Segment> const& pattern, std::size_t p, std::vector<std::u32string> const& path,
                    std::size_t s) {
    if (p == pattern.size()) return s == path.size();
    if (pattern[p].any_directories) {
        for (std::size_t k = s;; ++k) {
            if (segments_match(pattern, p + 1, path, k)) return true;
            if (k == path.size() || path[k].starts_with(U'.')) return false;  // ** skips no hidden directory
        }
    }
    return s < path.size() && segment_matches(pattern[p].tokens, path[s]) && segments_match(pattern, p + 1, path, s + 1);
}

std::vector<std::u32string> path_segments(std::string_view path) {
    std::vector<std::u32string> out;
    auto const decoded = decode(path);
    std::u32string_view rest = decoded;
    while (true) {
        auto const slash = rest.find(U'/');
        auto const part = rest.substr(0, slash);
        if (!part.empty() && part != U".") out.emplace_back(part);
        if (slash == std::u32string_view::npos) break;
        rest.remove_prefix(slash + 1);
    }
    return out;
}

}  // namespace

std::optional<std::string> glob_error(std::string_view pattern) { return parse(pattern).error; }

bool glob_matches(std::string_view pattern, std::string_view path) {
    auto const parsed = parse(pattern);
    return !parsed.error && segments_match(parsed.segments, 0, path_segments(path), 0);
}

bool has_wildcard(std::string_view pattern) {
    auto const parsed = parse(pattern);
    return parsed.error || !std::all_of(parsed.segments.begin(), parsed.segments.end(), is_literal);
}

std::string glob_base(std::string_view pattern) {
    auto const parsed = parse(pattern);
    if (parsed.error) return {};
    bool const whole = !has_wildcard(pattern);
    std::string base;
    for (std::size_t k = 0; k < parsed.segments.size(); ++k) {
        auto const& segment = parsed.segments[k];
        if (!is_literal(segment) || (!whole && k + 1 == parsed.segments.size())) break;
        if (!base.empty()) base += '/';
        for (auto const& t : segment.tokens) encode(t.c, base);
    }
    return base;
}

}  // namespace claimcheck::config
