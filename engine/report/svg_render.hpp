// Graphviz in-process (libgvc): DOT in, SVG out, laid out by `dot`, without spawning a program.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::report {

// False when claimcheck was built without Graphviz's libraries.
bool svg_renderer_available();

// The SVG of a DOT graph; nullopt when Graphviz is not linked or could not lay the graph out
// (Graphviz's own messages below errors are kept off stderr).
std::optional<std::string> render_svg(std::string const& dot);

// The SVG element alone, for an HTML page: without the XML prolog, DOCTYPE and the comments
// before `<svg`.
std::string_view inline_svg(std::string_view svg);

}  // namespace claimcheck::report
