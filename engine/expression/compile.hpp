// Parses and type-checks a rule's `expression:` condition once, when the rule is loaded.
#pragma once

#include "expression/compiled.hpp"

#include <claimcheck/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::expression {

// Either a compiled expression or the errors that stopped it, never both. A diagnostic's
// column is within `source` (1-based, in code points); its file and line are left for the
// rule loader to fill from the YAML scalar's position.
struct CompileResult {
    std::optional<Compiled> compiled;
    std::vector<Diagnostic> diagnostics;
};

// `roles` are the names the rule binds claims to, in the order the rule lists them.
CompileResult compile(std::string_view source, std::vector<std::string> const& roles);

}  // namespace claimcheck::expression
