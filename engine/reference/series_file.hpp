// Reads the rows of a reference data file — a JSON array of objects or a CSV file with a
// header line — as field → text, one map a row; the dataset picks the fields it maps.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::reference {

struct Row {
    std::map<std::string, std::string> fields;  // numbers as written: "733830", "12.5"
};

// The rows of `file` (.json or .csv by extension); on failure, none and `error` says why.
std::optional<std::vector<Row>> read_rows(std::filesystem::path const& file, std::string& error);

}  // namespace claimcheck::reference
