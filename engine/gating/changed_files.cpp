#include "gating/changed_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

namespace claimcheck::gating {
namespace {

namespace fs = std::filesystem;

// 'it'\''s': one word for the shell, whatever it holds.
std::string quoted(std::string const& word) {
    std::string out = "'";
    for (char const c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs git with `args` (already quoted); its standard output, or nullopt when it fails. Its
// own messages are not shown: the caller says what failed in the run's terms.
std::optional<std::string> git(std::string const& args) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("git " + args + " 2>/dev/null").c_str(), "r"), pclose);
    if (!pipe) return std::nullopt;
    std::string out;
    char buffer[4096];
    while (auto const n = std::fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
    if (pclose(pipe.release()) != 0) return std::nullopt;
    return out;
}

std::string first_line(std::string s) {
    s.erase(std::min(s.find_first_of("\r\n"), s.size()));
    return s;
}

fs::path normal(fs::path const& p) {
    std::error_code ec;
    auto const absolute = fs::absolute(p, ec);
    auto const canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

// git's -z listings: paths from the top of the work tree, each ended by a NUL.
void add_paths(std::string const& listing, fs::path const& top, std::set<fs::path>& out) {
    std::size_t start = 0;
    for (auto nul = listing.find('\0'); nul != std::string::npos; start = nul + 1, nul = listing.find('\0', start))
        if (nul > start) out.insert(normal(top / listing.substr(start, nul - start)));
}

}  // namespace

std::optional<std::set<fs::path>> changed_since(std::string const& ref, std::string& error) {
    auto fail = [&](std::string message) {
        error = std::move(message);
        return std::nullopt;
    };
    if (ref.empty() || ref.starts_with('-')) return fail(fmt::format("--diff-base '{}' is not a git ref", ref));
    auto const top = git("rev-parse --show-toplevel");
    if (!top) return fail("--diff-base needs a git work tree, and the working directory is not in one (or git is not installed)");
    auto const root = first_line(*top);
    auto const commit = git(fmt::format("rev-parse --verify --quiet {}", quoted(ref + "^{commit}")));
    if (!commit)
        return fail(fmt::format("--diff-base: unknown git ref '{}' (in a shallow CI clone, fetch it first: git fetch origin <branch>)", ref));
    // From where the branch left the ref, so what only the ref's branch changed since is not counted.
    auto const base = git(fmt::format("merge-base {} HEAD", quoted(first_line(*commit))));
    auto const from = first_line(base ? *base : *commit);
    auto const changed = git(fmt::format("-C {} diff --name-only -z --diff-filter=ACMR {} --", quoted(root), quoted(from)));
    auto const untracked = git(fmt::format("-C {} ls-files --others --exclude-standard -z", quoted(root)));
    if (!changed || !untracked) return fail(fmt::format("--diff-base: git could not list the files changed since '{}'", ref));
    std::set<fs::path> out;
    add_paths(*changed, root, out);
    add_paths(*untracked, root, out);
    return out;
}

void keep_changed(std::vector<Finding>& findings, std::set<fs::path> const& changed) {
    std::map<std::string, bool> memo;  // a file's answer, asked once: normal() touches the disk
    auto const is_changed = [&](std::string const& file) {
        auto const [it, added] = memo.try_emplace(file, false);
        if (added) it->second = changed.count(normal(file)) > 0;
        return it->second;
    };
    std::erase_if(findings, [&](Finding const& f) {
        if (f.claims.empty()) return !is_changed(f.file);
        return std::none_of(f.claims.begin(), f.claims.end(), [&](FoundClaim const& c) { return is_changed(c.file); });
    });
}

}  // namespace claimcheck::gating
