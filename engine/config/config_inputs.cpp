// The articles the project file names: `include` globs walked from the file's directory, and
// `exclude` globs that leave files out.
#include "config/project_config.hpp"

#include "config/globs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace claimcheck::config {
namespace fs = std::filesystem;
namespace {

// A glob that writes a leading dot may name a hidden directory, so the walk must enter them.
bool names_hidden(std::string_view pattern) { return pattern.starts_with('.') || pattern.find("/.") != std::string_view::npos; }

// Every file below the glob's base that it matches, as the run names them.
std::size_t add_matches(ProjectConfig const& config, std::string const& pattern, std::set<std::string>& files) {
    std::error_code ec;
    if (!has_wildcard(pattern)) {
        auto const file = (config.dir / pattern).lexically_normal();
        if (!fs::is_regular_file(file, ec)) return 0;
        files.insert(file.string());
        return 1;
    }
    std::size_t found = 0;
    bool const enter_hidden = names_hidden(pattern);
    fs::path const start = config.dir / glob_base(pattern);
    for (fs::recursive_directory_iterator it(start, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        std::error_code entry_ec;  // a dangling link is skipped, not the end of the walk
        // Pruned because no wildcard matches them (globs.hpp): .git/ and the like are never walked.
        if (it->is_directory(entry_ec) && !enter_hidden && it->path().filename().string().starts_with('.')) {
            it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(entry_ec)) continue;
        if (!glob_matches(pattern, it->path().lexically_relative(config.dir).generic_string())) continue;
        files.insert(it->path().lexically_normal().string());
        ++found;
    }
    return found;
}

// An absolute, normal path without a trailing '/', so two of them compare by their names.
fs::path absolute_normal(fs::path const& p) {
    std::error_code ec;
    auto out = fs::absolute(p, ec).lexically_normal();
    if (!out.has_filename() && out != out.root_path()) out = out.parent_path();
    return out;
}

}  // namespace

std::vector<std::string> included_files(ProjectConfig const& config, std::vector<Diagnostic>& warnings) {
    std::set<std::string> files;  // in name order, each once
    for (auto const& glob : config.include) {
        if (add_matches(config, glob.text, files) > 0) continue;
        warnings.push_back({Severity::warning, "config.include-matches-nothing", config.file.string(), glob.at.line,
                            glob.at.column,
                            fmt::format("include glob '{}' matches no file (globs are relative to {})", glob.text,
                                        config.dir.string())});
    }
    std::vector<std::string> kept;
    std::copy_if(files.begin(), files.end(), std::back_inserter(kept), [&](std::string const& f) { return selected(config, f); });
    return kept;
}

bool selected(ProjectConfig const& config, fs::path const& file) {
    if (config.exclude.empty()) return true;
    auto const relative = absolute_normal(file).lexically_relative(absolute_normal(config.dir)).generic_string();
    return std::none_of(config.exclude.begin(), config.exclude.end(),
                        [&](Placed const& glob) { return glob_matches(glob.text, relative); });
}

}  // namespace claimcheck::config
