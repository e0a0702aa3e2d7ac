// Problems found while reading an input, placed at their line and column in the file.
#pragma once

#include <claimcheck/diagnostic.hpp>

#include "report/line_index.hpp"

#include <string>
#include <string_view>

namespace claimcheck::io {

// A problem at byte `at` of the file `lines` indexes (line and column as every position: code
// points). A reader keeps one index for all its problems, which come in file order.
inline Diagnostic problem_at(Severity severity, std::string code, std::string file, report::LineIndex& lines,
                             std::size_t at, std::string message) {
    auto const lc = lines.at(at);
    return {severity, std::move(code), std::move(file), lc.line, lc.column, std::move(message)};
}

}  // namespace claimcheck::io
