#include "rules/fixture.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace claimcheck::rules {
namespace {

std::string trim(std::string s) {
    auto const first = s.find_first_not_of(" \t\r");
    auto const last = s.find_last_not_of(" \t\r");
    return first == std::string::npos ? "" : s.substr(first, last - first + 1);
}

}  // namespace

Fixture read_fixture(std::string const& bytes) {
    Fixture fixture{bytes, {}};
    std::vector<std::pair<Expectation::Kind, std::string>> pending;
    std::size_t line = 1;
    std::size_t at = 0;
    while (at <= bytes.size()) {
        auto end = bytes.find('\n', at);
        if (end == std::string::npos) end = bytes.size();
        std::string const content = trim(bytes.substr(at, end - at));
        bool annotation = false;
        for (auto [prefix, kind] : {std::pair{"# ruleid:", Expectation::Kind::fires},
                                    std::pair{"# ok:", Expectation::Kind::silent},
                                    std::pair{"# todoruleid:", Expectation::Kind::todo}}) {
            if (content.rfind(prefix, 0) == 0) {
                std::istringstream ids(content.substr(std::string(prefix).size()));
                for (std::string id; std::getline(ids, id, ',');) pending.emplace_back(kind, trim(id));
                annotation = true;
            }
        }
        if (annotation) {
            std::fill(fixture.text.begin() + static_cast<std::ptrdiff_t>(at),
                      fixture.text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        } else if (!content.empty()) {
            for (auto& [kind, id] : pending) fixture.expectations.push_back({kind, id, line});
            pending.clear();
        }
        if (end == bytes.size()) break;
        at = end + 1;
        ++line;
    }
    return fixture;
}

FixtureResult compare(Fixture const& fixture, std::string const& rule, std::vector<Finding> const& findings) {
    FixtureResult result;
    std::multiset<std::size_t> fired;
    for (auto const& f : findings)
        if (f.rule == rule) fired.insert(f.line);
    std::set<std::size_t> annotated;
    for (auto const& e : fixture.expectations) {
        if (e.rule != rule) continue;
        annotated.insert(e.line);
        bool const did = fired.count(e.line) > 0;
        switch (e.kind) {
        case Expectation::Kind::fires:
            if (did) ++result.fired_as_expected;
            else result.failures.push_back(fmt::format("line {}: expected {} to fire; it did not", e.line, rule));
            break;
        case Expectation::Kind::silent:
            if (!did) ++result.silent_as_expected;
            else result.failures.push_back(fmt::format("line {}: {} fired, but the line is marked ok", e.line, rule));
            break;
        case Expectation::Kind::todo:
            ++result.todo;
            if (did) result.failures.push_back(fmt::format("line {}: {} now fires: turn todoruleid into ruleid", e.line, rule));
            break;
        }
    }
    for (auto line : fired) {
        if (!annotated.count(line))
            result.failures.push_back(fmt::format("line {}: {} fired on a line with no annotation", line, rule));
    }
    return result;
}

}  // namespace claimcheck::rules
