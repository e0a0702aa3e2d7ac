#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace claimcheck::yaml {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

char const* kind_name(YAML::Node const& n) {
    switch (n.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a scalar";
    case YAML::NodeType::Null: return "nothing";
    default: return "an undefined value";
    }
}

}  // namespace

std::optional<std::string> did_you_mean(std::string_view word, std::vector<std::string_view> const& allowed) {
    std::optional<std::string> best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (auto candidate : allowed) {
        auto const d = edit_distance(word, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::optional<YAML::Node> Reader::load() {
    std::ifstream in(file_, std::ios::binary);
    if (!in) {
        sink_.push_back({Severity::error, "yaml.unreadable", file_, 0, 0, "cannot open file"});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return load_string(text.str());
}

std::optional<YAML::Node> Reader::load_string(std::string const& text) {
    try {
        return YAML::Load(text);
    } catch (YAML::ParserException const& e) {
        error(e.mark, "yaml.syntax", e.msg);
    }
    return std::nullopt;
}

void Reader::error(YAML::Mark const& at, std::string code, std::string message) {
    // yaml-cpp marks are 0-based; -1 when unknown.
    std::size_t const line = at.line >= 0 ? static_cast<std::size_t>(at.line) + 1 : 0;
    std::size_t const column = at.column >= 0 ? static_cast<std::size_t>(at.column) + 1 : 0;
    sink_.push_back({Severity::error, std::move(code), file_, line, column, std::move(message)});
}

bool Reader::expect_map(YAML::Node const& node, std::string_view what) {
    if (node.IsMap()) return true;
    error(node, "yaml.type", fmt::format("{} must be a map of keys to values, found {}", what, kind_name(node)));
    return false;
}

bool Reader::expect_sequence(YAML::Node const& node, std::string_view what) {
    if (node.IsSequence()) return true;
    error(node, "yaml.type", fmt::format("{} must be a list, found {}", what, kind_name(node)));
    return false;
}

bool Reader::check_keys(YAML::Node const& map, std::vector<std::string_view> const& allowed, std::string_view what) {
    if (!expect_map(map, what)) return false;
    std::set<std::string> seen;
    for (auto const& kv : map) {
        if (!kv.first.IsScalar()) {
            error(kv.first, "yaml.key-type", fmt::format("keys of {} must be words", what));
            continue;
        }
        auto const key = kv.first.Scalar();
        if (!seen.insert(key).second) {
            error(kv.first, "yaml.duplicate-key", fmt::format("duplicate key '{}' in {}", key, what));
            continue;
        }
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            auto hint = did_you_mean(key, allowed);
            std::string names;
            for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
            error(kv.first, "yaml.unknown-key",
                  hint ? fmt::format("unknown key '{}' in {}; did you mean '{}'?", key, what, *hint)
                       : fmt::format("unknown key '{}' in {}; expected one of: {}", key, what, names));
        }
    }
    return true;
}

std::optional<std::string> Reader::scalar(YAML::Node const& node, std::string_view what) {
    if (node.IsScalar()) return node.Scalar();
    error(node, "yaml.type", fmt::format("{} must be a single value, found {}", what, kind_name(node)));
    return std::nullopt;
}

std::optional<double> Reader::number(YAML::Node const& node, std::string_view what) {
    if (node.IsScalar()) {
        double value = 0;
        if (YAML::convert<double>::decode(node, value)) return value;
        error(node, "yaml.type", fmt::format("{} must be a number, found '{}'", what, node.Scalar()));
        return std::nullopt;
    }
    error(node, "yaml.type", fmt::format("{} must be a number, found {}", what, kind_name(node)));
    return std::nullopt;
}

std::optional<bool> Reader::boolean(YAML::Node const& node, std::string_view what) {
    bool value = false;
    if (node.IsScalar() && YAML::convert<bool>::decode(node, value)) return value;
    error(node, "yaml.type", fmt::format("{} must be true or false", what));
    return std::nullopt;
}

std::vector<std::string> Reader::strings(YAML::Node const& node, std::string_view what) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
        return out;
    }
    if (!expect_sequence(node, what)) return out;
    for (auto const& item : node) {
        if (auto s = scalar(item, fmt::format("each item of {}", what))) out.push_back(*s);
    }
    return out;
}

}  // namespace claimcheck::yaml
