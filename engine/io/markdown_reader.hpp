// Markdown articles: the prose a reader sees. The YAML front matter gives the date, source, url
// and title; code blocks and HTML comments are left out; the marks of headings, lists, quotes,
// emphasis and links go, their words stay. Lines of one paragraph are joined with a space
// (sentences run across them); blank lines stay, so paragraphs stay apart.
#pragma once

#include "io/input.hpp"

#include <claimcheck/diagnostic.hpp>

#include <string>
#include <vector>

namespace claimcheck::io {

SourceText read_markdown(std::string name, std::string bytes, std::vector<Diagnostic>& problems);

}  // namespace claimcheck::io
