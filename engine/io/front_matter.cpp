#include "io/front_matter.hpp"

#include "io/metadata_date.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace claimcheck::io {
namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

// The line at `from` without its line break and trailing spaces; `next` is where the next starts.
std::string_view line_at(std::string_view s, std::size_t from, std::size_t& next) {
    auto eol = s.find('\n', from);
    next = eol == std::string_view::npos ? s.size() : eol + 1;
    auto line = s.substr(from, (eol == std::string_view::npos ? s.size() : eol) - from);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line;
}

class FrontMatterReader {
public:
    FrontMatterReader(std::string const& file, std::vector<Diagnostic>& problems) : file_(file), problems_(problems) {}

    // The YAML text, which starts on line 2 of the file.
    void read(std::string const& yaml, FrontMatter& out) {
        YAML::Node root;
        try {
            root = YAML::Load(yaml);
        } catch (YAML::Exception const& e) {
            warn(e.mark, fmt::format("front matter is not valid YAML: {}; the body is read without it", e.msg));
            return;
        }
        if (root.IsNull()) return;
        if (!root.IsMap()) {
            warn(root.Mark(), "front matter is not a map of keys (expected date:, source:, url:, title:); the body "
                              "is read without it");
            return;
        }
        if (auto const date = scalar(root, "date")) {
            out.date = metadata_date(date->first);
            if (!out.date) warn(date->second, unreadable_date(date->first));
        }
        if (auto const s = scalar(root, "source")) out.source = s->first;
        if (auto const s = scalar(root, "url")) out.url = s->first;
        if (auto const s = scalar(root, "title")) out.title = s->first;
    }

private:
    std::optional<std::pair<std::string, YAML::Mark>> scalar(YAML::Node const& map, char const* key) {
        for (auto const& kv : map) {
            if (!kv.first.IsScalar() || kv.first.Scalar() != key) continue;
            if (kv.second.IsScalar()) return std::pair(kv.second.Scalar(), kv.second.Mark());
            if (!kv.second.IsNull())
                warn(kv.second.Mark(), fmt::format("front matter {}: is not a single value (expected text, e.g. "
                                                   "{}: …); ignored",
                                                   key, key));
            return std::nullopt;
        }
        return std::nullopt;
    }

    // yaml-cpp marks are 0-based and count from the YAML text, which starts on the file's line 2.
    void warn(YAML::Mark const& mark, std::string message) {
        std::size_t const line = mark.line < 0 ? 2 : static_cast<std::size_t>(mark.line) + 2;
        std::size_t const column = mark.column < 0 ? 1 : static_cast<std::size_t>(mark.column) + 1;
        problems_.push_back({Severity::warning, "input.front-matter", file_, line, column, std::move(message)});
    }

    std::string const& file_;
    std::vector<Diagnostic>& problems_;
};

}  // namespace

FrontMatter read_front_matter(std::string const& file, std::string_view markdown, std::vector<Diagnostic>& problems) {
    FrontMatter out;
    std::size_t const start = markdown.starts_with(bom) ? bom.size() : 0;
    std::size_t next = 0;
    if (line_at(markdown, start, next) != "---") return out;
    std::size_t const yaml_start = next;
    for (std::size_t at = yaml_start; at < markdown.size();) {
        std::size_t after = 0;
        auto const line = line_at(markdown, at, after);
        if (line == "---" || line == "...") {
            FrontMatterReader(file, problems).read(std::string(markdown.substr(yaml_start, at - yaml_start)), out);
            out.body = after;
            return out;
        }
        at = after;
    }
    problems.push_back({Severity::warning, "input.front-matter", file, 1, 1,
                        "front matter opened by '---' is not closed (expected a line '---' after its keys); the "
                        "whole file is read as text"});
    return out;
}

}  // namespace claimcheck::io
