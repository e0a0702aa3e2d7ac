#include "report/svg_render.hpp"

#if CLAIMCHECK_HAVE_GRAPHVIZ
#include <gvc.h>

#include <memory>
#endif

namespace claimcheck::report {

#if CLAIMCHECK_HAVE_GRAPHVIZ

bool svg_renderer_available() { return true; }

std::optional<std::string> render_svg(std::string const& dot) {
    agseterr(AGERR);  // warnings (a font without metrics) would only clutter check's stderr
    // A context per call: Graphviz keeps global state in it, and a report draws one graph.
    std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
    if (!gvc) return std::nullopt;
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(dot.c_str()), agclose);
    if (!graph) return std::nullopt;
    if (gvLayout(gvc.get(), graph.get(), "dot") != 0) return std::nullopt;
    char* data = nullptr;
    unsigned int length = 0;
    int const rendered = gvRenderData(gvc.get(), graph.get(), "svg", &data, &length);
    std::optional<std::string> svg;
    if (rendered == 0 && data != nullptr) svg.emplace(data, length);
    gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), graph.get());
    return svg;
}

#else

bool svg_renderer_available() { return false; }

std::optional<std::string> render_svg(std::string const&) { return std::nullopt; }

#endif

std::string_view inline_svg(std::string_view svg) {
    auto const start = svg.find("<svg");
    if (start == std::string_view::npos) return {};
    svg.remove_prefix(start);
    while (!svg.empty() && (svg.back() == '\n' || svg.back() == ' ')) svg.remove_suffix(1);
    return svg;
}

}  // namespace claimcheck::report
