// Reads YAML files while collecting every error with its file:line:col, instead of stopping at
// the first. yaml-cpp 0.7 accepts duplicate keys and gives no position for a missing key:
// both checks are made here.
#pragma once

#include <claimcheck/diagnostic.hpp>

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <vector>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::yaml {

class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& sink) : file_(std::move(file)), sink_(sink) {}

    // Parses the file; a syntax error becomes a diagnostic and the result is empty.
    std::optional<YAML::Node> load();
    std::optional<YAML::Node> load_string(std::string const& text);

    void error(YAML::Mark const& at, std::string code, std::string message);
    void error(YAML::Node const& at, std::string code, std::string message) { error(at.Mark(), std::move(code), std::move(message)); }

    // Reports keys of `map` not in `allowed` (with a "did you mean") and keys given twice.
    // Returns false when `map` is not a map.
    bool check_keys(YAML::Node const& map, std::initializer_list<std::string_view> allowed, std::string_view what) {
        return check_keys(map, std::vector<std::string_view>(allowed), what);
    }
    bool check_keys(YAML::Node const& map, std::vector<std::string_view> const& allowed, std::string_view what);
    bool expect_map(YAML::Node const& node, std::string_view what);
    bool expect_sequence(YAML::Node const& node, std::string_view what);

    std::optional<std::string> scalar(YAML::Node const& node, std::string_view what);
    std::optional<double> number(YAML::Node const& node, std::string_view what);
    std::optional<bool> boolean(YAML::Node const& node, std::string_view what);
    // A sequence of scalars; a single scalar is taken as a one-element list.
    std::vector<std::string> strings(YAML::Node const& node, std::string_view what);

    std::string const& file() const { return file_; }
    std::vector<Diagnostic>& sink() { return sink_; }

private:
    std::string file_;
    std::vector<Diagnostic>& sink_;
};

// The allowed word closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> did_you_mean(std::string_view word, std::vector<std::string_view> const& allowed);

}  // namespace claimcheck::yaml
