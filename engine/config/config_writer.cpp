// The two texts a user reads about the project file: the starter file of `claimcheck init`,
// and the configuration in effect of `claimcheck config`.
#include "config/project_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace claimcheck::config {
namespace {

// Every key, with what it does and an example; each value as set loads and changes nothing,
// but `include`, which makes a bare `claimcheck check` read the project's articles.
constexpr std::string_view starter = R"(# claimcheck project configuration. `claimcheck config` prints what is in effect.
#
# claimcheck reads the first .claimcheck.yaml in the working directory or a directory above
# it; `--config FILE` names another and `--no-config` ignores it. An option given on the
# command line wins over this file, and this file wins over the defaults. Paths and globs
# are relative to this file's directory.

# The shipped packs to run (`claimcheck rules list` shows their rules); [] runs them all.
# Like --pack. Example: packs: [core, conflict]
packs: []

# Your own rule directories (packs), like --rules. Example: rules: [house-rules]
rules: []

# A rule's severity, by rule id: error, warning or info. Example:
#   severity:
#     conflict/unverified-figure: warning
severity: {}

# Rules turned off, by rule id. Example: off: [conflict/record-not-beaten]
off: []

# The articles `claimcheck check` reads when no input is named. Globs: ** is any number of
# directories, * any characters of a name, ? one character, [abc] one of a set. Other formats:
# "**/*.md", "**/*.html", "**/*.jsonl".
include:
  - "**/*.txt"

# Files left out, from include and from the directories named on the command line.
# Example: exclude: ["drafts/**", "**/*.draft.txt"]
exclude: []

# The lowest severity shown: info, warning or error. Findings below it are not printed and
# do not fail the run.
show: info

# The severity that makes `claimcheck check` exit 1: error, warning, info or none.
# Like --fail-on.
fail-on: error

# A baseline of the findings already known, like --baseline: `claimcheck check` then reports
# and fails on new findings only. `claimcheck baseline write FILE` records today's findings.
# Empty: none. Example: baseline: .claimcheck-baseline.json
baseline:

# Where reference data is, like --data: a directory of datasets, or one dataset's copy.
# Empty: $CLAIMCHECK_DATA, else beside each dataset declaration. Example: data: ../reference
data:

# The front-matter or JSON Lines field that holds an article's date.
date-field: date
)";

// Plain when YAML reads it back as the same string, else double-quoted.
std::string scalar(std::string_view s) {
    static constexpr std::string_view reserved[] = {"null", "Null", "NULL", "~",  "true", "True", "TRUE", "false",
                                                    "False", "FALSE", "yes", "Yes", "no", "No", "on", "On", "off", "Off"};
    bool const plain = !s.empty() && std::find(std::begin(reserved), std::end(reserved), s) == std::end(reserved) &&
                       std::all_of(s.begin(), s.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '/' ||
                                  static_cast<unsigned char>(c) >= 0x80;
                       }) &&
                       s.front() != '-';
    if (plain) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

std::string flow_list(std::vector<std::string> const& items) {
    std::string out = "[";
    for (auto const& item : items) out += (out.size() > 1 ? ", " : "") + scalar(item);
    return out + "]";
}

class EffectiveWriter {
public:
    EffectiveWriter(std::ostream& out, ProjectConfig const& c, std::string_view no_file_reason)
        : out_(out), c_(c), no_file_reason_(no_file_reason) {}

    void write() {
        out_ << "# claimcheck: the configuration in effect (defaults < project file < command line)\n";
        if (c_.file.empty())
            out_ << (no_file_reason_.empty() ? "# project file: none\n" : fmt::format("# project file: none ({})\n", no_file_reason_));
        else out_ << fmt::format("# project file: {} (its globs are relative to {})\n", c_.file.string(), c_.dir.string());
        out_ << "# paths are as the run uses them, from the working directory\n";
        line("packs: " + flow_list(c_.packs.value), origin(c_.packs, "--pack", "every shipped pack") +
                                                        (c_.packs.value.empty() && c_.packs.origin == Origin::file ? " (every shipped pack)" : ""));
        line("rules: " + flow_list(c_.rules.value), origin(c_.rules, "--rules", "none"));
        if (c_.severity.empty()) line("severity: {}", "default: each rule's own");
        else out_ << "severity:\n";
        for (auto const& o : c_.severity)
            line(fmt::format("  {}: {}", scalar(o.rule.text), to_string(o.severity)), at(o.rule.at));
        placed_list("off", c_.off, "none");
        placed_list("include", c_.include, "none: `check` needs inputs");
        placed_list("exclude", c_.exclude, "none");
        line(fmt::format("show: {}", to_string(c_.show.value)), origin(c_.show, "--show", "every finding"));
        line(fmt::format("fail-on: {}", c_.fail_on.value), origin(c_.fail_on, "--fail-on", ""));
        line(fmt::format("baseline: {}", c_.baseline.value.empty() ? "null" : scalar(c_.baseline.value)),
             origin(c_.baseline, "--baseline", "none: every finding is reported"));
        line(fmt::format("data: {}", c_.data.value.empty() ? "null" : scalar(c_.data.value)),
             origin(c_.data, "--data", "$CLAIMCHECK_DATA is not set; data is looked for beside each dataset declaration"));
        line(fmt::format("date-field: {}", scalar(c_.date_field.value)), origin(c_.date_field, "", ""));
    }

private:
    void line(std::string const& text, std::string const& comment) {
        out_ << fmt::format("{:<40} # {}\n", text, comment);
    }

    void placed_list(std::string_view key, std::vector<Placed> const& items, std::string_view none) {
        if (items.empty()) {
            line(fmt::format("{}: []", key), fmt::format("default: {}", none));
            return;
        }
        out_ << key << ":\n";
        for (auto const& item : items) line("  - " + scalar(item.text), at(item.at));
    }

    std::string at(Position p) const { return fmt::format("{}:{}:{}", c_.file.string(), p.line, p.column); }

    template <class T>
    std::string origin(Setting<T> const& s, std::string_view option, std::string_view default_meaning) const {
        switch (s.origin) {
        case Origin::default_value: return default_meaning.empty() ? "default" : fmt::format("default: {}", default_meaning);
        case Origin::environment: return "$CLAIMCHECK_DATA";
        case Origin::file: return at(s.at);
        case Origin::command_line: return fmt::format("command line ({})", option);
        }
        return "default";
    }

    std::ostream& out_;
    ProjectConfig const& c_;
    std::string_view no_file_reason_;
};

}  // namespace

std::string_view starter_file() { return starter; }

void write_effective_config(std::ostream& out, ProjectConfig const& config, std::string_view no_file_reason) {
    EffectiveWriter(out, config, no_file_reason).write();
}

}  // namespace claimcheck::config
