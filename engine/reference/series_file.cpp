#include "reference/series_file.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace claimcheck::reference {
namespace {

std::optional<std::vector<Row>> read_json(std::istream& in, std::string& error) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (nlohmann::json::exception const& e) {
        error = e.what();
        return std::nullopt;
    }
    if (!doc.is_array()) {
        error = "expected a JSON array of objects, one a day";
        return std::nullopt;
    }
    std::vector<Row> rows;
    for (auto const& object : doc) {
        if (!object.is_object()) {
            error = fmt::format("row {} is not a JSON object", rows.size() + 1);
            return std::nullopt;
        }
        Row row;
        for (auto const& [key, value] : object.items()) {
            if (value.is_string()) row.fields[key] = value.get<std::string>();
            else if (value.is_number_integer()) row.fields[key] = std::to_string(value.get<long long>());
            else if (value.is_number()) row.fields[key] = fmt::format("{}", value.get<double>());
            // null, booleans and nested values carry no figure: the field is absent that day
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// One CSV line: commas, double-quoted fields with "" for a quote (RFC 4180, one line a record).
std::vector<std::string> split_csv(std::string const& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char const c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') cells.back() += '"', ++i;
        else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) cells.emplace_back();
        else if (c != '\r') cells.back() += c;
    }
    return cells;
}

std::optional<std::vector<Row>> read_csv(std::istream& in, std::string& error) {
    std::string line;
    if (!std::getline(in, line)) {
        error = "the CSV file is empty (it needs a header line)";
        return std::nullopt;
    }
    auto const header = split_csv(line);
    std::vector<Row> rows;
    for (std::size_t number = 2; std::getline(in, line); ++number) {
        if (line.empty() || line == "\r") continue;
        auto const cells = split_csv(line);
        if (cells.size() != header.size()) {
            error = fmt::format("line {} has {} fields, the header has {}", number, cells.size(), header.size());
            return std::nullopt;
        }
        Row row;
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (!cells[i].empty()) row.fields[header[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

std::optional<std::vector<Row>> read_rows(std::filesystem::path const& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "cannot be read";
        return std::nullopt;
    }
    auto const ext = file.extension();
    if (ext == ".json") return read_json(in, error);
    if (ext == ".csv") return read_csv(in, error);
    error = "is neither .json nor .csv";
    return std::nullopt;
}

}  // namespace claimcheck::reference
