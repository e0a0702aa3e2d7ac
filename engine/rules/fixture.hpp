// Rule fixtures: a text with annotation lines that say, for the line after them, which rule must
// fire (`# ruleid: pack/rule`), must not (`# ok: pack/rule`), or should but does not yet
// (`# todoruleid: pack/rule`), as Semgrep's rule tests do.
#pragma once

#include <claimcheck/rules.hpp>

#include <string>
#include <vector>

namespace claimcheck::rules {

struct Expectation {
    enum class Kind { fires, silent, todo };
    Kind kind;
    std::string rule;
    std::size_t line;  // 1-based: the line the annotation is about
};

struct Fixture {
    std::string text;  // annotation lines blanked with spaces: offsets of the rest unchanged
    std::vector<Expectation> expectations;
};

Fixture read_fixture(std::string const& bytes);

// One rule against one fixture: what went as expected and what did not.
struct FixtureResult {
    std::size_t fired_as_expected = 0;
    std::size_t silent_as_expected = 0;
    std::size_t todo = 0;
    std::vector<std::string> failures;  // "line 7: expected core/x to fire; it did not"
};

FixtureResult compare(Fixture const& fixture, std::string const& rule, std::vector<Finding> const& findings);

}  // namespace claimcheck::rules
