// Reads a `*.dataset.yaml` declaration, then the data files it names. Declaration errors are
// collected at their file:line:col; data that is absent only makes the dataset unavailable.
#include "reference/dataset.hpp"
#include "reference/series_file.hpp"

#include "checks/check_support.hpp"
#include "yaml/yaml_reader.hpp"

#include <claimcheck/claims.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <regex>

namespace claimcheck::reference {
namespace fs = std::filesystem;
namespace {

// One entry of `files:` before its data is read.
struct FileDeclaration {
    std::string file;
    std::string date_field;
    std::string corrections;
    std::vector<Series> series;  // kind, field and unit set; values not yet
};

std::optional<double> parse_number(std::string const& text) {
    double v = 0;
    auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

bool is_iso_day(std::string const& s) {
    static std::regex const day(R"(\d{4}-\d{2}-\d{2})");
    return std::regex_match(s, day);
}

std::string required_scalar(YAML::Node const& map, char const* key, std::string_view what, yaml::Reader& reader) {
    if (!map[key]) {
        reader.error(map, "dataset.missing-key", fmt::format("{} needs '{}'", what, key));
        return "";
    }
    return reader.scalar(map[key], fmt::format("'{}'", key)).value_or("");
}

// `fields: {kind: field}` or `{kind: {field: …, unit: …}}`.
std::vector<Series> read_fields(YAML::Node const& node, yaml::Reader& reader, KindRegistry const* kinds) {
    std::vector<Series> out;
    for (auto const& kv : node) {
        Series s;
        s.kind = kv.first.Scalar();
        if (std::any_of(out.begin(), out.end(), [&](Series const& o) { return o.kind == s.kind; })) {
            reader.error(kv.first, "yaml.duplicate-key", fmt::format("duplicate key '{}' in 'fields'", s.kind));
            continue;
        }
        if (kinds && !kinds->find(s.kind)) {
            reader.error(kv.first, "dataset.unknown-kind",
                         fmt::format("unknown claim kind '{}' (kinds are declared in the packs' kinds.yaml)", s.kind));
        }
        if (kv.second.IsMap()) {
            reader.check_keys(kv.second, {"field", "unit"}, "a field mapping");
            s.field = required_scalar(kv.second, "field", "a field mapping", reader);
            if (kv.second["unit"]) s.unit = reader.scalar(kv.second["unit"], "'unit'").value_or("");
        } else {
            s.field = reader.scalar(kv.second, fmt::format("the field of '{}'", s.kind)).value_or("");
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<FileDeclaration> read_file_entry(YAML::Node const& node, yaml::Reader& reader, KindRegistry const* kinds) {
    if (!reader.expect_map(node, "an entry of 'files'")) return std::nullopt;
    reader.check_keys(node, {"file", "date", "fields", "corrections"}, "an entry of 'files'");
    FileDeclaration f;
    f.file = required_scalar(node, "file", "an entry of 'files'", reader);
    f.date_field = required_scalar(node, "date", "an entry of 'files'", reader);
    if (node["corrections"]) f.corrections = reader.scalar(node["corrections"], "'corrections'").value_or("");
    if (!node["fields"]) reader.error(node, "dataset.missing-key", "an entry of 'files' needs 'fields' (claim kind: field)");
    else if (reader.expect_map(node["fields"], "'fields'")) f.series = read_fields(node["fields"], reader, kinds);
    if (!f.file.empty()) {
        auto const ext = fs::path(f.file).extension();
        if (ext != ".json" && ext != ".csv")
            reader.error(node["file"], "dataset.bad-value", fmt::format("'{}' must be a .json or .csv file", f.file));
    }
    return f;
}

// The directory holding the files: under the data root (DIR/path, or DIR itself when the user
// pointed it at the dataset's own copy), else relative to the declaration.
fs::path data_directory(fs::path const& declaration, std::string const& path, fs::path const& root,
                        std::string const& first_file) {
    if (!root.empty()) {
        auto const nested = root / path;
        if (first_file.empty() || fs::exists(nested / first_file) || !fs::exists(root / first_file)) return nested;
        return root;
    }
    fs::path const p(path);
    return p.is_absolute() ? p : declaration.parent_path() / p;
}

// Reads the values of every series of `f`; an error message when a file is unreadable or malformed.
std::string read_values(FileDeclaration& f, fs::path const& directory) {
    std::string error;
    auto const file = directory / f.file;
    auto rows = read_rows(file, error);
    if (!rows) return fmt::format("{}: {}", file.string(), error);
    for (auto& s : f.series) s.file = file;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        auto const& row = (*rows)[i];
        auto const date = row.fields.find(f.date_field);
        if (date == row.fields.end() || !is_iso_day(date->second))
            return fmt::format("{}: row {} has no '{}' field with a YYYY-MM-DD date", file.string(), i + 1, f.date_field);
        for (auto& s : f.series) {
            auto const cell = row.fields.find(s.field);
            if (cell == row.fields.end()) continue;  // not published that day
            auto const v = parse_number(cell->second);
            if (!v) return fmt::format("{}: row {}: '{}' is not a number: '{}'", file.string(), i + 1, s.field, cell->second);
            s.values[date->second] = *v;
        }
    }
    if (f.corrections.empty()) return "";
    auto const corrections_file = directory / f.corrections;
    auto corrections = read_rows(corrections_file, error);
    if (!corrections) return fmt::format("{}: {}", corrections_file.string(), error);
    for (auto const& row : *corrections) {
        auto const date = row.fields.find(f.date_field);
        if (date == row.fields.end()) continue;
        for (auto& s : f.series)
            if (auto cell = row.fields.find(s.field); cell != row.fields.end())
                if (auto v = parse_number(cell->second); v && *v != 0) s.corrections[date->second] += *v;
    }
    return "";
}

}  // namespace

std::optional<Dataset> load_dataset(fs::path const& declaration, fs::path const& data_root, std::vector<Diagnostic>& errors,
                                    KindRegistry const* kinds) {
    yaml::Reader reader(declaration.string(), errors);
    auto const before = errors.size();
    auto root = reader.load();
    if (!root || !reader.expect_map(*root, "a dataset declaration")) return std::nullopt;
    reader.check_keys(*root, {"dataset", "description", "source", "path", "cumulative", "tolerance", "files"},
                      "a dataset declaration");
    Dataset d;
    d.declaration = declaration;
    d.id = required_scalar(*root, "dataset", "a dataset declaration", reader);
    if (auto const source = (*root)["source"]) {
        if (reader.expect_map(source, "'source'")) {
            reader.check_keys(source, {"id", "name"}, "'source'");
            d.source_id = required_scalar(source, "id", "'source'", reader);
            if (source["name"]) d.source_name = reader.scalar(source["name"], "'name'").value_or("");
        }
    } else {
        reader.error(*root, "dataset.missing-key", "a dataset declaration needs 'source' (id and name of who publishes it)");
    }
    if (d.source_name.empty()) d.source_name = d.source_id;
    auto const path = required_scalar(*root, "path", "a dataset declaration", reader);
    if (auto const node = (*root)["cumulative"]) d.cumulative = reader.boolean(node, "'cumulative'").value_or(true);
    d.tolerance = checks::read_tolerance(*root, reader, 0).value_or(0);
    std::vector<FileDeclaration> files;
    if (!(*root)["files"]) {
        reader.error(*root, "dataset.missing-key", "a dataset declaration needs 'files' (file, date, fields)");
    } else if (reader.expect_sequence((*root)["files"], "'files'")) {
        for (auto const& entry : (*root)["files"])
            if (auto f = read_file_entry(entry, reader, kinds)) files.push_back(std::move(*f));
    }
    if (errors.size() != before) return std::nullopt;

    d.directory = data_directory(declaration, path, data_root, files.empty() ? "" : files.front().file);
    if (!fs::is_directory(d.directory)) {
        // The kinds stay mapped, so each of their claims says why it is not checked.
        d.unavailable = fmt::format("no reference data at {} (point --data or CLAIMCHECK_DATA at it)", d.directory.string());
        for (auto& f : files)
            for (auto& s : f.series) d.series.push_back(std::move(s));
        return d;
    }
    for (auto& f : files) {
        if (auto const problem = read_values(f, d.directory); !problem.empty()) {
            errors.push_back({Severity::error, "dataset.bad-data", declaration.string(), 0, 0, problem});
            return std::nullopt;
        }
        for (auto& s : f.series) d.series.push_back(std::move(s));
    }
    return d;
}

}  // namespace claimcheck::reference
