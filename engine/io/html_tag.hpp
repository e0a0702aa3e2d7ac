// One HTML tag read at its `<`: its name, attributes and end, or why it is not a whole tag.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimcheck::io {

struct HtmlTag {
    std::string name;  // lowercase
    bool closing = false;       // </p>
    bool self_closing = false;  // <br/>
    std::vector<std::pair<std::string, std::string>> attributes;  // names lowercase, values as written
    std::size_t end = 0;        // the byte after its `>`

    // An attribute's value as written, nullopt when the tag has none of that name.
    std::optional<std::string_view> attribute(std::string_view name) const;
};

// Why a `<` that starts a tag is not one: no `>` before the next `<` or the end of the file.
struct BrokenTag {
    std::string what;   // "'<p' is not closed by '>' (…)"
    std::size_t where;  // the byte the problem shows at
};

// Reads the tag at `html[at]`, a `<` followed by a letter, or `</` followed by one.
std::variant<HtmlTag, BrokenTag> read_tag(std::string_view html, std::size_t at);

// Where `</name` (any case) next closes an element whose content is not markup (script,
// style…), and the byte after its `>`; nullopt when it never does.
std::optional<std::pair<std::size_t, std::size_t>> find_closing(std::string_view html, std::size_t from,
                                                                std::string_view name);

}  // namespace claimcheck::io
