#include "io/input.hpp"

#include "report/line_index.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace claimcheck::io {
namespace fs = std::filesystem;
namespace {

bool is_text_file(fs::path const& p) {
    auto const ext = p.extension().string();
    return ext == ".txt" || ext == ".text";
}

Diagnostic problem(Severity severity, std::string code, std::string file, std::string message) {
    return {severity, std::move(code), std::move(file), 0, 0, std::move(message)};
}

}  // namespace

std::vector<std::string> expand_inputs(std::vector<std::string> const& args, std::vector<Diagnostic>& problems) {
    std::vector<std::string> files;
    for (auto const& arg : args) {
        if (arg == "-") {
            files.push_back(arg);
            continue;
        }
        std::error_code ec;
        auto const status = fs::status(arg, ec);
        if (ec || !fs::exists(status)) {
            problems.push_back(problem(Severity::error, "input.missing", arg, "no such file or directory"));
            continue;
        }
        if (!fs::is_directory(status)) {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        for (fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            if (it->is_regular_file(ec) && is_text_file(it->path())) found.push_back(it->path().string());
        }
        if (found.empty()) {
            problems.push_back(problem(Severity::error, "input.empty-directory", arg,
                                       "is a directory with no *.txt files to read"));
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::optional<SourceText> read_input(std::string const& path, std::vector<Diagnostic>& problems) {
    SourceText source;
    if (path == "-") {
        source.name = "<stdin>";
        source.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        source.name = path;
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            problems.push_back(problem(Severity::error, "input.directory", path, "is a directory, not a file"));
            return std::nullopt;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            problems.push_back(problem(Severity::error, "input.unreadable", path,
                                       fmt::format("cannot open: {}", std::strerror(errno))));
            return std::nullopt;
        }
        auto const size = fs::file_size(path, ec);
        if (!ec) source.bytes.reserve(static_cast<std::size_t>(size));
        source.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (in.bad()) {
            problems.push_back(problem(Severity::error, "input.unreadable", path, "read error"));
            return std::nullopt;
        }
    }
    if (auto nul = text::find_nul(source.bytes)) {
        problems.push_back(problem(Severity::error, "input.binary", source.name,
                                   fmt::format("binary file (NUL byte at offset {}); skipped", *nul)));
        return std::nullopt;
    }
    auto const utf8 = text::check_utf8(source.bytes);
    if (utf8.first_invalid) {
        report::LineIndex lines(source.bytes);
        auto const at = lines.at(*utf8.first_invalid);
        problems.push_back({Severity::warning, "input.invalid-utf8", source.name, at.line, at.column,
                            fmt::format("invalid UTF-8 at byte {} ({} bad sequence{} in the file); read on with "
                                        "U+FFFD in their place",
                                        *utf8.first_invalid, utf8.invalid_sequences,
                                        utf8.invalid_sequences == 1 ? "" : "s")});
    }
    return source;
}

}  // namespace claimcheck::io
