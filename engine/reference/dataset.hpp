// Reference data: daily time series published by a source (a General Staff's loss counts, a
// territory tracker, aid ledgers), declared in a pack's `*.dataset.yaml` file, against which
// claims of the mapped kinds are looked up by date.
#pragma once

#include <claimcheck/diagnostic.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {
struct KindRegistry;
}

namespace claimcheck::reference {

// One field of one file, holding the values of one claim kind, by ISO day.
struct Series {
    std::string kind;   // a claim kind id: "personnel_losses"
    std::string field;  // the file's field: "personnel"
    std::string unit;   // the claims' unit ("" for counts)
    std::filesystem::path file;
    std::map<std::string, double> values;       // "2024-11-26" → 733830
    std::map<std::string, double> corrections;  // day → part of that day's change that is a correction
};

// Where a value came from, for the trace: the day used and its value.
struct DatedValue {
    std::string date;
    double value = 0;
};

struct Dataset {
    std::string id;           // "ua-general-staff-losses"
    std::string source_id;    // "ua-general-staff": a node of the claim graph, later
    std::string source_name;  // "État-major général des forces armées ukrainiennes"
    bool cumulative = true;   // values are running totals: a change is a difference of two days
    double tolerance = 0;     // relative: 0.01 lets a stated figure differ by 1 %
    std::filesystem::path declaration;
    std::filesystem::path directory;  // where the files were looked for
    std::string unavailable;          // why the data could not be read; empty when it was
    std::vector<Series> series;

    Series const* find(std::string const& kind) const;
};

// The value on `day` exactly; none when the source published nothing that day.
std::optional<DatedValue> value_on(Series const& s, std::string const& day);
// The last value strictly before `day` (the previous available day, which skips gaps).
std::optional<DatedValue> value_before(Series const& s, std::string const& day);

// Reads a declaration file. Errors in the declaration go to `errors` at their file:line:col
// and give no dataset. Data that cannot be found is not an error (the user has not pointed
// `--data` at it yet): the dataset comes back with `unavailable` saying where it looked.
// `data_root` (from --data or CLAIMCHECK_DATA) overrides the declaration's directory.
// With `kinds`, every mapped kind must be one of them.
std::optional<Dataset> load_dataset(std::filesystem::path const& declaration, std::filesystem::path const& data_root,
                                    std::vector<Diagnostic>& errors, KindRegistry const* kinds = nullptr);

// The data root given by the environment (CLAIMCHECK_DATA); empty when unset.
std::filesystem::path data_root_from_environment();

// Declaration files end in this, so the rule loader can tell them from rules without reading them.
inline constexpr std::string_view declaration_suffix = ".dataset.yaml";

}  // namespace claimcheck::reference
