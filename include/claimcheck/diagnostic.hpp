// Errors and warnings about inputs (documents, lexicons, rules), with where they are.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimcheck {

enum class Severity { error, warning, note };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;     // stable id, e.g. "lexicon.unknown-key"
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when the whole file is meant
    std::size_t column = 0;  // 1-based, in code points
    std::string message;
};

// "file:line:col: error: message [code]", the form compilers and linters use.
std::string format_diagnostic(Diagnostic const& d);

// Thrown when loading stops with errors; carries all of them, not just the first.
class LoadError : public std::runtime_error {
public:
    explicit LoadError(std::vector<Diagnostic> diagnostics);
    std::vector<Diagnostic> const& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace claimcheck
