// The formats an input may be in, how each is recognised, and the reader each one gets.
#pragma once

#include "io/input.hpp"

#include <claimcheck/diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::io {

// "auto", "text", "markdown", "html", "jsonl" (the --input-format values).
std::optional<InputFormat> input_format_named(std::string_view name);
std::vector<std::string> input_format_names();

// By extension: .md/.markdown, .html/.htm, .jsonl; anything else is plain text.
InputFormat format_of(std::filesystem::path const& path);

// Whether walking a directory reads this file: .txt, .text, .md, .markdown, .html, .htm, .jsonl,
// but not a repository's README, CHANGELOG, CONTRIBUTING or LICENSE (named on the command line,
// they are read like any file).
bool is_input_file(std::filesystem::path const& path);
// Those extensions, for messages: "*.txt, *.md, …".
std::string input_file_patterns();

// The documents in one input's bytes (a JSON Lines file holds many). `name` is the input as
// the user named it; problems are reported at their line and column in `bytes`.
std::vector<SourceText> read_documents(std::string name, std::string bytes, InputFormat format,
                                       std::vector<Diagnostic>& problems);

}  // namespace claimcheck::io
