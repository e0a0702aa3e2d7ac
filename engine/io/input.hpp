// Reading documents: files, directories, standard input; what cannot be read is reported,
// never fatal to the rest of the run.
#pragma once

#include <claimcheck/diagnostic.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::io {

struct SourceText {
    std::string name;   // as the user named it; "-" is shown as "<stdin>"
    std::string bytes;
};

// Files named on the command line, with directories walked for *.txt files (sorted, so runs
// are reproducible). Missing paths and directories with no text files become errors.
std::vector<std::string> expand_inputs(std::vector<std::string> const& args, std::vector<Diagnostic>& problems);

// Reads one input. A missing, unreadable or binary file is an error (nullopt); invalid UTF-8
// is a warning at its first bad byte, and the text is read on with U+FFFD in its place.
std::optional<SourceText> read_input(std::string const& path, std::vector<Diagnostic>& problems);

// Every input of the command line in turn: expands them, reads each, prints every problem on
// stderr and hands each readable one to `use`. Returns false when an input could not be read
// (the others are still used).
bool read_inputs(std::vector<std::string> const& args, std::function<void(SourceText&&)> const& use);

}  // namespace claimcheck::io
