// Finds and reads the project file. Every error of the file is collected, each at its
// file:line:col, as the rule and lexicon loaders do; the caller decides not to run on them.
#include "config/project_config.hpp"

#include "config/globs.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

namespace claimcheck::config {
namespace fs = std::filesystem;
namespace {

Position position_of(YAML::Mark const& m) {
    return {m.line >= 0 ? static_cast<std::size_t>(m.line) + 1 : 0, m.column >= 0 ? static_cast<std::size_t>(m.column) + 1 : 0};
}

// A key written with nothing after it ("data:") is as if it were not written.
bool is_set(YAML::Node const& node) { return node && !node.IsNull(); }

std::string one_of(std::vector<std::string_view> const& words) {
    std::string out;
    for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

class ConfigLoader {
public:
    ConfigLoader(yaml::Reader& reader, std::vector<std::string> const& shipped_packs)
        : r_(reader), shipped_packs_(shipped_packs.begin(), shipped_packs.end()) {}

    ProjectConfig load(YAML::Node const& root, fs::path const& file) {
        c_.file = file;
        c_.dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
        if (root.IsNull()) return std::move(c_);  // an empty file: every default
        if (!r_.check_keys(root, std::vector<std::string_view>(std::begin(keys), std::end(keys)), "the project configuration"))
            return std::move(c_);
        packs(root["packs"]);
        if (is_set(root["rules"])) set(c_.rules, paths(placed_strings(root["rules"], "'rules'")), root["rules"]);
        severity(root["severity"]);
        if (is_set(root["off"])) c_.off = placed_strings(root["off"], "'off'");
        if (is_set(root["include"])) c_.include = globs(root["include"], "'include'");
        if (is_set(root["exclude"])) c_.exclude = globs(root["exclude"], "'exclude'");
        show(root["show"]);
        fail_on(root["fail-on"]);
        if (auto const path = single(root["baseline"], "'baseline'")) set(c_.baseline, from_here(*path), root["baseline"]);
        if (auto const path = single(root["data"], "'data'")) set(c_.data, from_here(*path), root["data"]);
        if (auto const field = single(root["date-field"], "'date-field'")) {
            if (field->empty()) r_.error(root["date-field"], "config.bad-value", "'date-field' must name a field, found an empty string");
            else set(c_.date_field, *field, root["date-field"]);
        }
        return std::move(c_);
    }

private:
    template <class T>
    void set(Setting<T>& setting, T value, YAML::Node const& node) {
        setting = {std::move(value), Origin::file, position_of(node.Mark())};
    }

    std::optional<std::string> single(YAML::Node const& node, std::string_view what) {
        if (!is_set(node)) return std::nullopt;
        return r_.scalar(node, what);
    }

    // A list of words, or one word as a list of one.
    std::vector<Placed> placed_strings(YAML::Node const& node, std::string_view what) {
        std::vector<Placed> out;
        if (node.IsScalar()) return {{node.Scalar(), position_of(node.Mark())}};
        if (!r_.expect_sequence(node, what)) return out;
        for (auto const& item : node)
            if (auto s = r_.scalar(item, fmt::format("each item of {}", what))) out.push_back({*s, position_of(item.Mark())});
        return out;
    }

    // Paths are written relative to the file; the run uses them from the working directory.
    std::string from_here(std::string const& written) const { return (c_.dir / written).lexically_normal().string(); }

    std::vector<std::string> paths(std::vector<Placed> const& written) {
        std::vector<std::string> out;
        for (auto const& p : written) out.push_back(from_here(p.text));
        return out;
    }

    void packs(YAML::Node const& node) {
        if (!is_set(node)) return;
        std::vector<std::string> names;
        for (auto const& p : placed_strings(node, "'packs'")) {
            if (std::find(shipped_packs_.begin(), shipped_packs_.end(), p.text) == shipped_packs_.end()) {
                auto const hint = yaml::did_you_mean(p.text, shipped_packs_);
                error(p.at, "config.unknown-pack",
                      hint ? fmt::format("unknown pack '{}'; did you mean '{}'?", p.text, *hint)
                           : fmt::format("unknown pack '{}'; the shipped packs are: {}", p.text, one_of(shipped_packs_)));
            }
            names.push_back(p.text);
        }
        set(c_.packs, std::move(names), node);
    }

    void severity(YAML::Node const& node) {
        if (!is_set(node) || !r_.expect_map(node, "'severity'")) return;
        std::set<std::string> seen;
        for (auto const& kv : node) {
            auto const rule = r_.scalar(kv.first, "a rule id of 'severity'");
            auto const level = r_.scalar(kv.second, fmt::format("the severity of '{}'", rule.value_or("")));
            if (!rule || !level) continue;
            if (!seen.insert(*rule).second) {
                r_.error(kv.first, "config.duplicate-rule", fmt::format("'{}' is given twice in 'severity'", *rule));
                continue;
            }
            auto const s = rule_severity_named(*level);
            if (!s) {
                r_.error(kv.second, "config.bad-value",
                         fmt::format("unknown severity '{}' for '{}'; expected error, warning or info", *level, *rule));
                continue;
            }
            c_.severity.push_back({{*rule, position_of(kv.first.Mark())}, *s});
        }
    }

    std::vector<Placed> globs(YAML::Node const& node, std::string_view what) {
        auto out = placed_strings(node, what);
        for (auto const& g : out)
            if (auto const why = glob_error(g.text)) error(g.at, "config.bad-glob", fmt::format("bad glob in {}: {}", what, *why));
        std::erase_if(out, [](Placed const& g) { return glob_error(g.text).has_value(); });
        return out;
    }

    void show(YAML::Node const& node) {
        auto const name = single(node, "'show'");
        if (!name) return;
        if (auto const s = rule_severity_named(*name)) set(c_.show, *s, node);
        else bad_value(node, "show", *name, {"info", "warning", "error"});
    }

    void fail_on(YAML::Node const& node) {
        auto const name = single(node, "'fail-on'");
        if (!name) return;
        if (*name == "none" || rule_severity_named(*name)) set(c_.fail_on, *name, node);
        else bad_value(node, "fail-on", *name, {"error", "warning", "info", "none"});
    }

    void bad_value(YAML::Node const& node, std::string_view key, std::string const& value,
                   std::vector<std::string_view> const& allowed) {
        auto const hint = yaml::did_you_mean(value, allowed);
        r_.error(node, "config.bad-value",
                 hint ? fmt::format("unknown value '{}' for '{}'; did you mean '{}'?", value, key, *hint)
                      : fmt::format("unknown value '{}' for '{}'; expected one of: {}", value, key, one_of(allowed)));
    }

    void error(Position at, std::string code, std::string message) {
        YAML::Mark mark;
        mark.line = static_cast<int>(at.line) - 1;
        mark.column = static_cast<int>(at.column) - 1;
        r_.error(mark, std::move(code), std::move(message));
    }

    yaml::Reader& r_;
    std::vector<std::string_view> shipped_packs_;
    ProjectConfig c_;
};

ProjectConfig load_with(yaml::Reader& reader, std::optional<YAML::Node> const& root, fs::path const& file,
                        std::vector<std::string> const& shipped_packs) {
    if (!root) {
        ProjectConfig config;
        config.file = file;
        config.dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
        return config;
    }
    auto& errors = reader.sink();
    auto const before = static_cast<std::ptrdiff_t>(errors.size());
    auto config = ConfigLoader(reader, shipped_packs).load(*root, file);
    // Keys are read in a fixed order; the user reads the file top to bottom.
    std::stable_sort(errors.begin() + before, errors.end(), [](Diagnostic const& a, Diagnostic const& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return config;
}

}  // namespace

std::optional<fs::path> find_config_file(fs::path const& start) {
    std::error_code ec;
    auto dir = fs::absolute(start, ec).lexically_normal();
    if (ec) return std::nullopt;
    if (!dir.has_filename()) dir = dir.parent_path();  // "/a/b/" from "/a/b/."
    for (;; dir = dir.parent_path()) {
        std::error_code missing;  // set for every directory without the file: not a reason to stop
        if (fs::is_regular_file(dir / file_name, missing)) return dir / file_name;
        if (dir == dir.parent_path() || dir.parent_path().empty()) return std::nullopt;
    }
}

ProjectConfig load_config(fs::path const& file, std::vector<std::string> const& shipped_packs,
                          std::vector<Diagnostic>& errors) {
    yaml::Reader reader(file.string(), errors);
    std::error_code ec;
    if (fs::exists(file, ec) && !fs::is_regular_file(file, ec)) {
        errors.push_back({Severity::error, "config.not-a-file", file.string(), 0, 0,
                          fmt::format("is not a file (expected a {} file)", file_name)});
        return load_with(reader, std::nullopt, file, shipped_packs);
    }
    return load_with(reader, reader.load(), file, shipped_packs);
}

ProjectConfig load_config_text(std::string const& text, fs::path const& file, std::vector<std::string> const& shipped_packs,
                               std::vector<Diagnostic>& errors) {
    yaml::Reader reader(file.string(), errors);
    return load_with(reader, reader.load_string(text), file, shipped_packs);
}

void merge_command_line(ProjectConfig& config, CommandLine const& given, std::string const& environment_data) {
    auto const from_command_line = [](auto& setting, auto value) { setting = {std::move(value), Origin::command_line, {}}; };
    if (!given.packs.empty()) from_command_line(config.packs, given.packs);
    if (!given.rules.empty()) from_command_line(config.rules, given.rules);
    if (!given.data.empty()) from_command_line(config.data, given.data);
    else if (config.data.origin == Origin::default_value && !environment_data.empty())
        config.data = {environment_data, Origin::environment, {}};
    if (!given.show.empty())
        if (auto const s = rule_severity_named(given.show)) from_command_line(config.show, *s);
    if (!given.fail_on.empty()) from_command_line(config.fail_on, given.fail_on);
    if (!given.baseline.empty()) from_command_line(config.baseline, given.baseline);
}

}  // namespace claimcheck::config
