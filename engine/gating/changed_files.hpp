// --diff-base REF: the articles changed since a git ref (committed since the branch left it,
// staged, unstaged, or new and untracked), so a pull request is checked on what it touches.
// Every input is still read, so an article changed today is compared with the ones it may
// contradict; only the findings with a claim in a changed file are reported.
#pragma once

#include <claimcheck/rules.hpp>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimcheck::gating {

// Absolute, normalised paths of the files changed since the merge base of `ref` and HEAD, in
// the git work tree holding the working directory. On an error (git missing, not in a work
// tree, unknown ref) `error` says what went wrong and the result is nullopt.
std::optional<std::set<std::filesystem::path>> changed_since(std::string const& ref, std::string& error);

// Keeps the findings with a claim in a changed file (or, with no claim, standing in one).
void keep_changed(std::vector<Finding>& findings, std::set<std::filesystem::path> const& changed);

}  // namespace claimcheck::gating
