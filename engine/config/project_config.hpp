// The project file, `.claimcheck.yaml`: which rules run and how loud they are, which articles a
// bare `claimcheck check` reads, and when a run fails. Every value remembers where it came
// from (a default, a line of the file, the command line) so `claimcheck config` can say.
#pragma once

#include <claimcheck/diagnostic.hpp>
#include <claimcheck/rules.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::config {

inline constexpr std::string_view file_name = ".claimcheck.yaml";

// Every key the file may hold, in the order the starter file and `claimcheck config` show them.
inline constexpr std::string_view keys[] = {"packs", "rules",   "severity", "off",  "include",   "exclude",
                                            "show",  "fail-on", "baseline", "data", "date-field"};

// Lowest to highest precedence: a value set later in this order replaces an earlier one.
enum class Origin { default_value, environment, file, command_line };

// In the project file, 1-based; line 0 when the value is not from the file.
struct Position {
    std::size_t line = 0;
    std::size_t column = 0;
};

template <class T>
struct Setting {
    T value{};
    Origin origin = Origin::default_value;
    Position at;
};

// A value the file names that can only be checked once the rules are loaded (a rule id) or
// the articles are walked (a glob): kept with where it is written, to report it there.
struct Placed {
    std::string text;
    Position at;
};

struct SeverityOverride {
    Placed rule;
    RuleSeverity severity = RuleSeverity::warning;
};

struct ProjectConfig {
    std::filesystem::path file;  // the file read, as messages name it; empty when none
    std::filesystem::path dir = ".";  // what the file's paths and globs are relative to ("." without a file)
    Setting<std::vector<std::string>> packs;  // shipped packs; empty: all of them
    Setting<std::vector<std::string>> rules;  // the user's rule directories, usable from the working directory
    std::vector<SeverityOverride> severity;
    std::vector<Placed> off;      // rule ids turned off
    std::vector<Placed> include;  // globs: the articles `check` reads when no input is named
    std::vector<Placed> exclude;  // globs: files left out of include and of walked directories
    Setting<std::string> date_field{"date", {}, {}};  // the front-matter / JSON Lines field holding the date
    Setting<std::string> data;                // reference data directory (--data); "" for none
    Setting<RuleSeverity> show{RuleSeverity::info, {}, {}};  // findings below it are neither shown nor counted
    Setting<std::string> fail_on{"error", {}, {}};           // error, warning, info or none
    Setting<std::string> baseline;  // the baseline file of `check` (--baseline), usable from here; "" for none
};

// What the command line set; an empty list or string was not given.
struct CommandLine {
    std::vector<std::string> packs;
    std::vector<std::string> rules;
    std::string data;
    std::string show;
    std::string fail_on;
    std::string baseline;
};

// ---------------------------------------------------------------- finding and loading (config_loader.cpp)

// The first .claimcheck.yaml in `start` or a directory above it, as an absolute path.
std::optional<std::filesystem::path> find_config_file(std::filesystem::path const& start);

// Reads `file` (named in messages as given) and checks every key, type and value, collecting
// every error in `errors`. `shipped_packs` are the pack names `packs` may use. Rule ids are
// checked later, against the loaded rules (apply_rule_settings).
ProjectConfig load_config(std::filesystem::path const& file, std::vector<std::string> const& shipped_packs,
                          std::vector<Diagnostic>& errors);
// The same from text, for tests and the starter file; `file` only names it.
ProjectConfig load_config_text(std::string const& text, std::filesystem::path const& file,
                               std::vector<std::string> const& shipped_packs, std::vector<Diagnostic>& errors);

// The command line's values replace the file's. `environment_data` ($CLAIMCHECK_DATA) only
// fills `data` when neither set it.
void merge_command_line(ProjectConfig& config, CommandLine const& given, std::string const& environment_data = {});

// ---------------------------------------------------------------- applying (rule_settings.cpp)

// Sets the severities and removes the rules turned off; a rule id that names no loaded rule is
// an error at its file:line:col.
std::vector<Diagnostic> apply_rule_settings(RuleSet& rules, ProjectConfig const& config);

// Drops the findings below `show`: they are not shown and do not fail the run.
void drop_below(std::vector<Finding>& findings, RuleSeverity show);

// ---------------------------------------------------------------- inputs (config_inputs.cpp)

// The files the include globs match, walked from the file's directory, in name order, less
// the excluded ones; named from the working directory. An include glob that matches no file
// is a warning at its position.
std::vector<std::string> included_files(ProjectConfig const& config, std::vector<Diagnostic>& warnings);

// Whether a file found by walking a directory is kept: no exclude glob matches it.
bool selected(ProjectConfig const& config, std::filesystem::path const& file);

// ---------------------------------------------------------------- writing (config_writer.cpp)

// The commented starter file of `claimcheck init`: loads as it is and shows every key.
std::string_view starter_file();

// The effective configuration as YAML, each value with where it came from as a comment;
// `no_file_reason` says why there is no project file, when there is none.
void write_effective_config(std::ostream& out, ProjectConfig const& config, std::string_view no_file_reason = {});

}  // namespace claimcheck::config
