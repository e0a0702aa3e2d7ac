// JSON Lines corpora: one record {"id", "date", "source", "url", "text"} a line, each one
// document whose positions point into the file (its line, and the column of the bytes inside
// the JSON string). A line that is not such a record is an error and the next lines are read.
#pragma once

#include "io/input.hpp"

#include <claimcheck/diagnostic.hpp>

#include <string>
#include <vector>

namespace claimcheck::io {

std::vector<SourceText> read_json_lines(std::string name, std::string bytes, std::vector<Diagnostic>& problems);

}  // namespace claimcheck::io
