// Reading documents: files, directories, standard input, in plain text, Markdown, HTML or
// JSON Lines; what cannot be read is reported, never fatal to the rest of the run.
#pragma once

#include <claimcheck/diagnostic.hpp>
#include <claimcheck/provenance.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::io {

// The formats of io/input_format.hpp; `automatic` picks by the file's extension.
enum class InputFormat { automatic, text, markdown, html, jsonl };

// One document: a file, or one record of a JSON Lines file.
struct SourceText {
    std::string name;   // the file as the user named it; "-" is shown as "<stdin>"
    std::string bytes;  // the text to read: the file itself, or the prose taken out of it
    std::optional<std::string> date;  // its own date (front matter, <meta>, record), ISO
    Provenance provenance;            // the original file, and the map from `bytes` back to it
};

// Which files found by walking a directory are read (the project's include/exclude globs).
using FileFilter = std::function<bool(std::filesystem::path const&)>;

// Files named on the command line, with directories walked for the files of every format
// (*.txt, *.md, *.html, *.jsonl…; sorted, so runs are reproducible) that `selected`, when
// set, accepts; files named one by one are always read. Missing paths and directories with no
// input files become errors.
std::vector<std::string> expand_inputs(std::vector<std::string> const& args, std::vector<Diagnostic>& problems,
                                       FileFilter const& selected = {});

// Reads one input: its documents (one, or a JSON Lines file's records). A missing, unreadable
// or binary file is an error (nullopt); invalid UTF-8 is a warning at its first bad byte, and
// the text is read on with U+FFFD in its place; a bad record is an error, the others are read.
std::optional<std::vector<SourceText>> read_input(std::string const& path, std::vector<Diagnostic>& problems,
                                                  InputFormat format = InputFormat::automatic);

// Every input of the command line in turn: expands them, reads each, prints every problem on
// stderr and hands each document to `use`. Returns false when an input or a record could not
// be read (the others are still used). `problems`, when given, also receives every problem (for
// reports); `selected` and `format` as for expand_inputs and read_input.
bool read_inputs(std::vector<std::string> const& args, std::function<void(SourceText&&)> const& use,
                 std::vector<Diagnostic>* problems = nullptr, FileFilter const& selected = {},
                 InputFormat format = InputFormat::automatic);

}  // namespace claimcheck::io
