#include "io/html_tag.hpp"

#include <fmt/format.h>

namespace claimcheck::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = lower(c);
    return out;
}

}  // namespace

std::optional<std::string_view> HtmlTag::attribute(std::string_view name) const {
    for (auto const& [key, value] : attributes)
        if (key == name) return std::string_view(value);
    return std::nullopt;
}

std::variant<HtmlTag, BrokenTag> read_tag(std::string_view html, std::size_t at) {
    HtmlTag tag;
    std::size_t i = at + 1;
    tag.closing = html[i] == '/';
    if (tag.closing) ++i;
    std::size_t const name_start = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '<') ++i;
    tag.name = lowercase(html.substr(name_start, i - name_start));
    auto const broken = [&](std::string_view why, std::size_t where) {
        return BrokenTag{fmt::format("'<{}{}' is not closed by '>' ({}); the '<' is read as text",
                                     tag.closing ? "/" : "", tag.name, why),
                         where};
    };
    // A `<` inside a tag, even in quotes, is taken for the next tag: a quote or `>` was lost.
    for (;;) {
        while (i < html.size() && (is_space(html[i]) || html[i] == '/')) {
            tag.self_closing = html[i] == '/';
            ++i;
        }
        if (i >= html.size()) return broken("the file ends first", at);
        if (html[i] == '>') break;
        if (html[i] == '<') return broken("another '<' comes first", at);
        tag.self_closing = false;
        std::size_t const key_start = i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '<' &&
               html[i] != '=')
            ++i;
        if (i == key_start) ++i;  // a stray '=' where a name was expected
        std::string key = lowercase(html.substr(key_start, i - key_start));
        std::size_t j = i;
        while (j < html.size() && is_space(html[j])) ++j;
        std::string value;
        if (j < html.size() && html[j] == '=') {
            ++j;
            while (j < html.size() && is_space(html[j])) ++j;
            if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
                char const quote = html[j];
                std::size_t const close = html.find_first_of(quote == '"' ? "\"<" : "'<", j + 1);
                if (close == std::string_view::npos || html[close] == '<')
                    return broken(fmt::format("the value of {} opened by {} is not closed", key, quote), j);
                value = html.substr(j + 1, close - j - 1);
                j = close + 1;
            } else {
                std::size_t const value_start = j;
                while (j < html.size() && !is_space(html[j]) && html[j] != '>' && html[j] != '<') ++j;
                value = html.substr(value_start, j - value_start);
            }
            i = j;
        }
        tag.attributes.emplace_back(std::move(key), std::move(value));
    }
    tag.end = i + 1;
    return tag;
}

std::optional<std::pair<std::size_t, std::size_t>> find_closing(std::string_view html, std::size_t from,
                                                                std::string_view name) {
    for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
        std::size_t const after = i + 2 + name.size();
        if (after > html.size()) return std::nullopt;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k) same = lower(html[i + 2 + k]) == name[k];
        if (!same || (after < html.size() && !is_space(html[after]) && html[after] != '/' && html[after] != '>'))
            continue;
        std::size_t const gt = html.find('>', after);
        return std::pair(i, gt == std::string_view::npos ? html.size() : gt + 1);
    }
    return std::nullopt;
}

}  // namespace claimcheck::io
