#include "io/jsonl_reader.hpp"

#include "io/json_string.hpp"
#include "io/mapped_text.hpp"
#include "io/metadata_date.hpp"
#include "report/line_index.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace claimcheck::io {
namespace {

using nlohmann::json;

constexpr char const* expected_record =
    R"(expected one JSON object a line: {"id": …, "date": "YYYY-MM-DD", "source": …, "url": …, "text": "…"})";

// nlohmann's message without its id and its position (given as file:line:col).
std::string parser_words(std::string const& what) {
    std::string_view s = what;
    if (auto const colon = s.find(": "); colon != std::string_view::npos && s.starts_with("[json.exception"))
        s.remove_prefix(colon + 2);
    return std::string(s);
}

class JsonLinesReader {
public:
    JsonLinesReader(std::string const& name, std::shared_ptr<std::string const> original,
                    std::vector<Diagnostic>& problems)
        : name_(name), original_(std::move(original)), all_(*original_), problems_(problems) {}

    std::vector<SourceText> run() {
        std::vector<SourceText> out;
        std::size_t line_number = 1;
        for (std::size_t start = 0; start < all_.size(); ++line_number) {
            std::size_t eol = all_.find('\n', start);
            if (eol == std::string_view::npos) eol = all_.size();
            std::size_t const from = start == 0 && all_.starts_with("\xEF\xBB\xBF") ? 3 : start;  // byte-order mark
            if (auto doc = record(start, from, eol, line_number)) out.push_back(std::move(*doc));
            start = eol + 1;
        }
        return out;
    }

private:
    void error(std::size_t line_start, std::size_t line_number, std::size_t at, std::string message) {
        auto const lc = report::LineIndex(all_.substr(line_start)).at(at - line_start);
        problems_.push_back({Severity::error, "input.jsonl", name_, line_number, lc.column,
                             fmt::format("{}; the line is skipped", message)});
    }

    std::optional<SourceText> record(std::size_t line_start, std::size_t from, std::size_t eol, std::size_t number) {
        auto const line = all_.substr(from, eol - from);
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) return std::nullopt;  // blank lines separate nothing
        json j;
        try {
            j = json::parse(line);
        } catch (json::parse_error const& e) {
            std::size_t const at = std::min(from + (e.byte > 0 ? e.byte - 1 : 0), eol);
            error(line_start, number, at, fmt::format("not JSON: {} ({})", parser_words(e.what()), expected_record));
            return std::nullopt;
        }
        std::size_t const first = from + line.find_first_not_of(" \t");
        if (!j.is_object()) {
            error(line_start, number, first, fmt::format("a JSON {}, not an object ({})", j.type_name(), expected_record));
            return std::nullopt;
        }
        auto const text = j.find("text");
        if (text == j.end()) {
            error(line_start, number, first, fmt::format(R"(record has no "text" ({}))", expected_record));
            return std::nullopt;
        }
        auto const text_at = from + top_level_value(line, "text").value_or(0);
        if (!text->is_string() || all_[text_at] != '"') {
            error(line_start, number, text_at,
                  fmt::format(R"("text" is a {}, not a string ({}))", text->type_name(), expected_record));
            return std::nullopt;
        }
        MappedText mapped(all_);
        decode_json_string(all_, text_at, mapped);
        auto [bytes, offsets] = mapped.finish();

        SourceText doc;
        doc.name = name_;
        doc.bytes = std::move(bytes);
        doc.provenance.format = "jsonl";
        doc.provenance.offsets = std::move(offsets);
        doc.provenance.original = original_;
        doc.provenance.first_line_byte = line_start;
        doc.provenance.first_line = number;
        doc.provenance.record_id = record_id(j, number);
        doc.provenance.source = string_field(j, "source");
        doc.provenance.url = string_field(j, "url");
        doc.provenance.title = string_field(j, "title");
        if (auto const date = string_field(j, "date"); !date.empty()) {
            doc.date = metadata_date(date);
            if (!doc.date) {
                auto const at = from + top_level_value(line, "date").value_or(0);
                auto const lc = report::LineIndex(all_.substr(line_start)).at(at - line_start);
                problems_.push_back({Severity::warning, "input.jsonl", name_, number, lc.column, unreadable_date(date)});
            }
        }
        return doc;
    }

    // "a12" or 12 as written; "line 7" for a record without one, so every record has a name.
    static std::string record_id(json const& j, std::size_t number) {
        auto const id = j.find("id");
        std::string out;
        if (id != j.end() && id->is_string()) out = id->get<std::string>();
        else if (id != j.end() && id->is_number()) out = id->dump();
        return out.empty() ? fmt::format("line {}", number) : out;
    }

    static std::string string_field(json const& j, char const* key) {
        auto const it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    std::string const& name_;
    std::shared_ptr<std::string const> original_;
    std::string_view all_;
    std::vector<Diagnostic>& problems_;
};

}  // namespace

std::vector<SourceText> read_json_lines(std::string name, std::string bytes, std::vector<Diagnostic>& problems) {
    auto original = std::make_shared<std::string const>(std::move(bytes));
    return JsonLinesReader(name, std::move(original), problems).run();
}

}  // namespace claimcheck::io
