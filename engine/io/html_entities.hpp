// HTML character references: named (`&eacute;`, `&nbsp;`, `&rsquo;`…), decimal (`&#233;`) and
// hexadecimal (`&#xE9;`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::io {

struct CharacterReference {
    std::size_t length = 0;  // bytes of the reference in the source, `&` and `;` included
    std::string text;        // what it stands for, UTF-8
};

// The reference that starts at `s[at]` (an `&`); nullopt when it is a plain ampersand or an
// unknown name, which are text as written.
std::optional<CharacterReference> reference_at(std::string_view s, std::size_t at);

// `s` with every reference decoded (attribute values: a meta tag's content, a title).
std::string decode_references(std::string_view s);

}  // namespace claimcheck::io
