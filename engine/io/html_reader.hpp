// HTML pages: the text a reader sees. Tags go; scripts, styles, templates and comments are
// left out; entities are decoded; blocks (p, div, li, h1…) end paragraphs. <title> and <meta>
// give the title, date, source and url. Broken markup is a warning and its text is still read.
#pragma once

#include "io/input.hpp"

#include <claimcheck/diagnostic.hpp>

#include <string>
#include <vector>

namespace claimcheck::io {

SourceText read_html(std::string name, std::string bytes, std::vector<Diagnostic>& problems);

}  // namespace claimcheck::io
