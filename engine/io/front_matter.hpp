// The YAML front matter at the top of a Markdown file (`---` … `---`): date, source, url, title.
#pragma once

#include <claimcheck/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::io {

struct FrontMatter {
    std::size_t body = 0;  // the first byte after it; 0 when the file has none
    std::optional<std::string> date;
    std::string source;
    std::string url;
    std::string title;
};

// Reads the front matter of `markdown`. Malformed YAML, a value that is not one, an unreadable
// date: a warning at file:line:col, and what could be read is kept. An unclosed `---` is a
// warning and the file has no front matter (everything is body).
FrontMatter read_front_matter(std::string const& file, std::string_view markdown, std::vector<Diagnostic>& problems);

}  // namespace claimcheck::io
