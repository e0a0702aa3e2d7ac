// Shared fixtures for rule tests: the shipped claim kinds, and the errors of loading a directory.
#pragma once

#include "support/french.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/rules.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace claimcheck::test {

// Every kinds.yaml of the shipped packs.
inline KindRegistry const& shipped_kinds() {
    static KindRegistry const kinds = [] {
        std::vector<std::filesystem::path> files;
        for (auto const& pack : std::filesystem::directory_iterator(CLAIMCHECK_TEST_RULES_DIR))
            if (std::filesystem::exists(pack.path() / "kinds.yaml")) files.push_back(pack.path() / "kinds.yaml");
        std::sort(files.begin(), files.end());
        return load_kinds(files);
    }();
    return kinds;
}

// The errors of loading the rules of `dir`, one per line, paths relative to `dir`.
inline std::string rule_errors(std::filesystem::path const& dir) {
    std::ostringstream out;
    try {
        load_rules({dir}, french(), shipped_kinds());
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) {
            auto line = format_diagnostic(d);
            auto const prefix = (dir / "").string();
            if (line.rfind(prefix, 0) == 0) line = line.substr(prefix.size());
            out << line << '\n';
        }
    }
    return out.str();
}

}  // namespace claimcheck::test
