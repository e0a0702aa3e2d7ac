#include "io/input_format.hpp"

#include "io/html_reader.hpp"
#include "io/jsonl_reader.hpp"
#include "io/markdown_reader.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace claimcheck::io {
namespace {

struct Extension {
    std::string_view extension;
    InputFormat format;
};

constexpr Extension extensions[] = {
    {".txt", InputFormat::text},      {".text", InputFormat::text}, {".md", InputFormat::markdown},
    {".markdown", InputFormat::markdown}, {".html", InputFormat::html}, {".htm", InputFormat::html},
    {".jsonl", InputFormat::jsonl},
};

struct Named {
    std::string_view name;
    InputFormat format;
};

constexpr Named names[] = {
    {"auto", InputFormat::automatic}, {"text", InputFormat::text}, {"markdown", InputFormat::markdown},
    {"html", InputFormat::html},      {"jsonl", InputFormat::jsonl},
};

// ".HTML" is ".html", "README" is "readme": names from other systems keep their capitals.
std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Extension const* extension_of(std::filesystem::path const& path) {
    auto const ext = lowercase(path.extension().string());
    auto const* found = std::find_if(std::begin(extensions), std::end(extensions),
                                     [&](Extension const& e) { return e.extension == ext; });
    return found == std::end(extensions) ? nullptr : found;
}

}  // namespace

std::optional<InputFormat> input_format_named(std::string_view name) {
    for (auto const& n : names)
        if (n.name == name) return n.format;
    return std::nullopt;
}

std::vector<std::string> input_format_names() {
    std::vector<std::string> out;
    for (auto const& n : names) out.emplace_back(n.name);
    return out;
}

InputFormat format_of(std::filesystem::path const& path) {
    auto const* e = extension_of(path);
    return e ? e->format : InputFormat::text;
}

// A corpus repository's own documentation (README.md beside the articles) is not an article.
bool is_repository_document(std::filesystem::path const& path) {
    static constexpr std::string_view stems[] = {"readme", "changelog", "contributing", "license", "licence"};
    auto const stem = lowercase(path.stem().string());
    return std::find(std::begin(stems), std::end(stems), stem) != std::end(stems);
}

bool is_input_file(std::filesystem::path const& path) {
    return extension_of(path) != nullptr && !is_repository_document(path);
}

std::string input_file_patterns() {
    std::string out;
    for (auto const& e : extensions) {
        if (e.extension == ".text") continue;  // rare; said as *.txt
        out += out.empty() ? "*" : ", *";
        out += e.extension;
    }
    return out;
}

std::vector<SourceText> read_documents(std::string name, std::string bytes, InputFormat format,
                                       std::vector<Diagnostic>& problems) {
    if (format == InputFormat::automatic) format = name == "<stdin>" ? InputFormat::text : format_of(name);
    if (format == InputFormat::jsonl) return read_json_lines(std::move(name), std::move(bytes), problems);
    std::vector<SourceText> out;
    if (format == InputFormat::markdown) {
        out.push_back(read_markdown(std::move(name), std::move(bytes), problems));
    } else if (format == InputFormat::html) {
        out.push_back(read_html(std::move(name), std::move(bytes), problems));
    } else {  // the text is the file: no map, no copy
        out.emplace_back();
        out.back().name = std::move(name);
        out.back().bytes = std::move(bytes);
    }
    return out;
}

}  // namespace claimcheck::io
