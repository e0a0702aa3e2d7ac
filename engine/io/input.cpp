#include "io/input.hpp"

#include "io/input_format.hpp"
#include "report/line_index.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>

namespace claimcheck::io {
namespace fs = std::filesystem;
namespace {

Diagnostic problem(Severity severity, std::string code, std::string file, std::string message) {
    return {severity, std::move(code), std::move(file), 0, 0, std::move(message)};
}

// The text layer indexes bytes with 32-bit signed offsets (ICU's UTF-8 macros): larger inputs
// are refused here rather than read wrong.
constexpr std::size_t max_input_bytes = 0x7FFF'FFFF;

std::string too_large(std::size_t size) {
    return fmt::format("too large: {} bytes (expected at most {} bytes, 2 GiB; split the file)", size, max_input_bytes);
}

std::string expected_input() {
    return fmt::format("expected a file, a directory of {} files, or - for standard input", input_file_patterns());
}

// Reads to the end in place: the buffer is sized once from `size_hint` (the file's size) and
// grows only if the file turns out longer, so a file costs its own size and no copy of it.
bool read_all(std::FILE* f, std::string& out, std::size_t size_hint) {
    out.resize(size_hint > 0 ? size_hint + 1 : std::size_t{1} << 16);  // +1: meets the end without a regrow
    std::size_t used = 0;
    for (;;) {
        used += std::fread(out.data() + used, 1, out.size() - used, f);
        if (used < out.size()) break;
        out.resize(out.size() * 2);
    }
    out.resize(used);
    return std::ferror(f) == 0;
}

// What is wrong with the bytes at `at`, where a UTF-8 sequence was expected.
std::string describe_bad_utf8(std::string_view bytes, std::size_t at) {
    auto const byte = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[i])); };
    unsigned const lead = byte(at);
    if (lead >= 0x80 && lead <= 0xBF) return fmt::format("0x{:02X} is a continuation byte with no lead byte", lead);
    if (lead == 0xC0 || lead == 0xC1 || lead >= 0xF5) return fmt::format("0x{:02X} cannot occur in UTF-8", lead);
    std::size_t const length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::string seq = fmt::format("0x{:02X}", lead);
    for (std::size_t i = 1; i < length; ++i) {
        if (at + i >= bytes.size())
            return fmt::format("0x{:02X} starts a {}-byte sequence cut short by the end of the file", lead, length);
        if (!text::is_continuation(static_cast<unsigned char>(bytes[at + i])))
            return fmt::format("0x{:02X} starts a {}-byte sequence but 0x{:02X} follows", lead, length, byte(at + i));
        seq += fmt::format(" 0x{:02X}", byte(at + i));
    }
    return fmt::format("{} is not a valid {}-byte sequence (overlong, surrogate or beyond U+10FFFF)", seq, length);
}

}  // namespace

std::vector<std::string> expand_inputs(std::vector<std::string> const& args, std::vector<Diagnostic>& problems,
                                       FileFilter const& selected) {
    std::vector<std::string> files;
    for (auto const& arg : args) {
        if (arg == "-") {
            files.push_back(arg);
            continue;
        }
        std::error_code ec;
        auto const status = fs::status(arg, ec);
        if (status.type() == fs::file_type::not_found) {
            problems.push_back(problem(Severity::error, "input.missing", arg,
                                       fmt::format("no such file or directory ({})", expected_input())));
            continue;
        }
        if (ec) {
            problems.push_back(problem(Severity::error, "input.unreadable", arg,
                                       fmt::format("cannot read: {} ({})", ec.message(), expected_input())));
            continue;
        }
        if (!fs::is_directory(status)) {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        std::size_t left_out = 0;  // input files that `selected` turned down
        for (fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            auto const name = it->path().filename().string();
            if (name.starts_with('.')) {  // .git, .github and other tools' hidden folders hold no articles
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec) || !is_input_file(it->path())) continue;
            if (selected && !selected(it->path())) ++left_out;
            else found.push_back(it->path().string());
        }
        if (ec) {
            problems.push_back(problem(Severity::error, "input.unreadable", arg,
                                       fmt::format("cannot read the whole directory: {}; {} input file{} found before "
                                                   "the error will be read",
                                                   ec.message(), found.size(), found.size() == 1 ? "" : "s")));
        } else if (found.empty()) {
            problems.push_back(problem(Severity::error, "input.empty-directory", arg,
                                       fmt::format("directory has no input files{} (expected at least one {} file in "
                                                   "it or its subdirectories)",
                                                   left_out ? fmt::format(" left once {} excluded are set aside", left_out)
                                                            : "",
                                                   input_file_patterns())));
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

bool read_inputs(std::vector<std::string> const& args, std::function<void(SourceText&&)> const& use,
                 std::vector<Diagnostic>* reported, FileFilter const& selected, InputFormat format) {
    std::vector<Diagnostic> problems;
    auto const print = [&problems, reported] {
        for (auto const& d : problems) std::cerr << format_diagnostic(d) << '\n';
        if (reported) reported->insert(reported->end(), problems.begin(), problems.end());
        problems.clear();
    };
    auto const has_error = [&problems] {
        return std::any_of(problems.begin(), problems.end(), [](auto const& d) { return d.severity == Severity::error; });
    };
    auto const files = expand_inputs(args, problems, selected);
    bool ok = !has_error();
    print();
    for (auto const& file : files) {
        auto documents = read_input(file, problems, format);
        ok = ok && documents && !has_error();  // a bad record fails the run; the good ones are read
        print();
        if (!documents) continue;
        for (auto& document : *documents) use(std::move(document));
    }
    return ok;
}

std::optional<std::vector<SourceText>> read_input(std::string const& path, std::vector<Diagnostic>& problems,
                                                  InputFormat format) {
    // The file's bytes first; the documents are taken out of them once they are known to be text.
    struct {
        std::string name;
        std::string bytes;
    } source;
    if (path == "-") {
        source.name = "<stdin>";
        if (!read_all(stdin, source.bytes, 0)) {
            problems.push_back(problem(Severity::error, "input.unreadable", source.name,
                                       fmt::format("read error: {}", std::strerror(errno))));
            return std::nullopt;
        }
    } else {
        source.name = path;
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            problems.push_back(problem(Severity::error, "input.directory", path,
                                       "is a directory, not a file (expected a file of UTF-8 text)"));
            return std::nullopt;
        }
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
        if (!file) {
            problems.push_back(problem(Severity::error, "input.unreadable", path,
                                       fmt::format("cannot open: {}", std::strerror(errno))));
            return std::nullopt;
        }
        auto const size = fs::file_size(path, ec);
        if (!ec && size > max_input_bytes) {
            problems.push_back(problem(Severity::error, "input.too-large", path, too_large(size)));
            return std::nullopt;
        }
        if (!read_all(file.get(), source.bytes, ec ? 0 : static_cast<std::size_t>(size))) {
            problems.push_back(problem(Severity::error, "input.unreadable", path,
                                       fmt::format("read error: {}", std::strerror(errno))));
            return std::nullopt;
        }
    }
    if (source.bytes.size() > max_input_bytes) {  // standard input, or a file that grew while read
        problems.push_back(problem(Severity::error, "input.too-large", source.name, too_large(source.bytes.size())));
        return std::nullopt;
    }
    if (auto nul = text::find_nul(source.bytes)) {
        auto const at = report::LineIndex(source.bytes).at(*nul);
        problems.push_back({Severity::error, "input.binary", source.name, at.line, at.column,
                            fmt::format("binary file: NUL byte at byte {} (expected UTF-8 text); skipped", *nul)});
        return std::nullopt;
    }
    auto const utf8 = text::check_utf8(source.bytes);
    if (utf8.first_invalid) {
        auto const at = report::LineIndex(source.bytes).at(*utf8.first_invalid);
        problems.push_back({Severity::warning, "input.invalid-utf8", source.name, at.line, at.column,
                            fmt::format("invalid UTF-8 at byte {}: {} (expected UTF-8 text; a Latin-1 or "
                                        "Windows-1252 file must be converted first); {} bad sequence{} in the "
                                        "file, read on with U+FFFD in their place",
                                        *utf8.first_invalid, describe_bad_utf8(source.bytes, *utf8.first_invalid),
                                        utf8.invalid_sequences, utf8.invalid_sequences == 1 ? "" : "s")});
    }
    return read_documents(std::move(source.name), std::move(source.bytes), format, problems);
}

}  // namespace claimcheck::io
