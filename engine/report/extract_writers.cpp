#include "report/extract_writers.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

#include <charconv>
#include <cmath>

namespace claimcheck::report {
namespace {

// Appends `s` as a JSON string. Plain valid UTF-8 (nearly every span) is copied between quotes;
// anything else goes through nlohmann::json, which escapes and replaces invalid UTF-8.
void append_json_string(std::string& out, std::string_view s) {
    bool plain = true;
    for (unsigned char c : s) plain &= c >= 0x20 && c != '"' && c != '\\';
    if (plain && !text::check_utf8(s).first_invalid) {
        out += '"';
        out += s;
        out += '"';
        return;
    }
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

void append_integer(std::string& out, std::size_t v) {
    char buffer[24];
    auto const r = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, r.ptr);
}

void append_number(std::string& out, std::optional<double> v) {
    if (!v || !std::isfinite(*v)) {
        out += "null";
        return;
    }
    out += format_number(*v);
}

void append_field(std::string& out, std::string_view name) {
    out += ",\"";
    out += name;
    out += "\":";
}

void append_bool(std::string& out, bool b) { out += b ? "true" : "false"; }

std::string_view span_text(std::string_view bytes, ByteSpan s) { return bytes.substr(s.start, s.end - s.start); }

// Optional strings are null when empty: a claim's kind, actor and place.
void append_string_or_null(std::string& out, std::string_view s) {
    if (s.empty()) out += "null";
    else append_json_string(out, s);
}

// "30", "335-366", "5-?" for a period's length in days.
std::string format_days(Range const& days) {
    auto const bound = [](double v) { return std::isfinite(v) ? format_number(v) : std::string("?"); };
    return days.is_exact() ? bound(days.low) : bound(days.low) + "-" + bound(days.high);
}

}  // namespace

std::string format_number(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15) {
        char buffer[24];
        auto const r = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v));
        return std::string(buffer, r.ptr);
    }
    // Twelve significant digits: hides the binary noise of 6e6 * 1.1 without losing a stated digit.
    return fmt::format("{:.12g}", v);
}

std::string format_interval(Interval const& i) {
    return fmt::format("{}{}, {}{}", i.low_open || !i.low ? '(' : '[', i.low ? format_number(*i.low) : "-inf",
                       i.high ? format_number(*i.high) : "+inf", i.high_open || !i.high ? ')' : ']');
}

JsonLinesWriter::JsonLinesWriter(std::ostream& out, std::string file, std::string_view bytes,
                                 Provenance const* provenance)
    : out_(out), file_json_(json_string(file)), bytes_(bytes), positions_(bytes, provenance) {
    if (provenance && !provenance->record_id.empty()) {
        append_field(file_json_, "record");
        append_json_string(file_json_, provenance->record_id);
    }
}

// The fields every record starts with: type, file (and record).
void JsonLinesWriter::open_record(std::string_view type) {
    line_.clear();
    line_ += R"({"type":")";
    line_ += type;
    line_ += "\"";
    append_field(line_, "file");
    line_ += file_json_;
}

void JsonLinesWriter::on_quantity(Quantity const& q, std::size_t index) {
    open_record("quantity");
    append_field(line_, "id");
    line_ += "\"q";
    append_integer(line_, index);
    line_ += '"';
    append_span(q.span);
    append_field(line_, "value");
    append_number(line_, q.value);
    append_field(line_, "low");
    append_number(line_, q.interval.low);
    append_field(line_, "high");
    append_number(line_, q.interval.high);
    append_field(line_, "low_open");
    append_bool(line_, q.interval.low_open);
    append_field(line_, "high_open");
    append_bool(line_, q.interval.high_open);
    append_field(line_, "unit");
    append_json_string(line_, q.unit);
    append_field(line_, "qualifier");
    append_json_string(line_, to_string(q.qualifier));
    append_field(line_, "noun");
    if (q.noun.empty()) line_ += "null";
    else append_json_string(line_, q.noun);
    append_field(line_, "increment");
    append_bool(line_, q.increment);
    line_ += "}\n";
    out_ << line_;
}

void JsonLinesWriter::append_span(ByteSpan span) {
    auto const at = positions_.at(span.start);
    auto const original = positions_.span(span);
    append_field(line_, "byte_start");
    append_integer(line_, original.start);
    append_field(line_, "byte_end");
    append_integer(line_, original.end);
    append_field(line_, "line");
    append_integer(line_, at.line);
    append_field(line_, "column");
    append_integer(line_, at.column);
    append_field(line_, "text");
    append_json_string(line_, span_text(bytes_, span));
}

void JsonLinesWriter::on_date(DateMention const& d) {
    open_record("date");
    append_span(d.span);
    append_field(line_, "iso");
    append_json_string(line_, d.iso);
    append_field(line_, "year_inferred");
    append_bool(line_, d.year_inferred);
    if (d.until_iso) {
        append_field(line_, "until");
        append_json_string(line_, *d.until_iso);
    }
    line_ += "}\n";
    out_ << line_;
}

void JsonLinesWriter::on_relation(Relation const& r) {
    open_record("relation");
    append_field(line_, "kind");
    append_json_string(line_, to_string(r.kind));
    append_field(line_, "members");
    line_ += '[';
    bool first = true;
    for (auto const& m : r.members) {
        line_ += first ? "{" : ",{";
        line_ += R"("role":)";
        append_json_string(line_, m.role);
        append_field(line_, "id");
        line_ += "\"q";
        append_integer(line_, m.quantity);
        line_ += '"';
        auto const original = positions_.span(m.span);
        append_field(line_, "byte_start");
        append_integer(line_, original.start);
        append_field(line_, "byte_end");
        append_integer(line_, original.end);
        append_field(line_, "text");
        append_json_string(line_, span_text(bytes_, m.span));
        line_ += '}';
        first = false;
    }
    line_ += "]}\n";
    out_ << line_;
}

void JsonLinesWriter::on_claim(Claim const& c) {
    open_record("claim");
    append_field(line_, "id");
    line_ += "\"q";
    append_integer(line_, c.id);
    line_ += '"';
    append_field(line_, "kind");
    append_string_or_null(line_, c.kind);
    append_field(line_, "aspect");
    append_json_string(line_, to_string(c.aspect));
    append_field(line_, "actor");
    append_string_or_null(line_, c.actor);
    append_field(line_, "place");
    append_string_or_null(line_, c.place);
    append_field(line_, "scope");
    append_string_or_null(line_, c.scope);
    append_field(line_, "period");
    if (c.period.text.empty() && !c.period.known()) {
        line_ += "null";
    } else {
        line_ += R"({"start":)";
        append_string_or_null(line_, c.period.start.value_or(""));
        append_field(line_, "end");
        append_string_or_null(line_, c.period.end.value_or(""));
        append_field(line_, "days");
        line_ += '[';
        append_number(line_, c.period.days.low);
        line_ += ',';
        append_number(line_, c.period.days.high);
        line_ += ']';
        append_field(line_, "text");
        append_json_string(line_, c.period.text);
        line_ += '}';
    }
    append_field(line_, "sentence");
    auto const sentence = positions_.span(c.sentence);
    line_ += R"({"byte_start":)";
    append_integer(line_, sentence.start);
    append_field(line_, "byte_end");
    append_integer(line_, sentence.end);
    line_ += '}';
    append_field(line_, "sources");
    line_ += '[';
    for (auto const& a : c.sources) {
        if (line_.back() != '[') line_ += ',';
        line_ += '{';
        line_ += "\"id\":";
        append_string_or_null(line_, a.id);
        append_field(line_, "name");
        append_json_string(line_, a.name);
        append_field(line_, "how");
        append_json_string(line_, a.how);
        append_field(line_, "origin");
        append_string_or_null(line_, a.origin_id.empty() ? a.origin_name : a.origin_id);
        line_ += '}';
    }
    line_ += ']';
    append_field(line_, "unverified");
    append_string_or_null(line_, c.unverified.value_or(""));
    line_ += "}\n";
    out_ << line_;
}

TextTableWriter::TextTableWriter(std::ostream& out, std::string file, std::string_view bytes,
                                 Provenance const* provenance)
    : out_(out), file_(std::move(file)), bytes_(bytes), positions_(bytes, provenance) {}

void TextTableWriter::on_quantity(Quantity const& q, std::size_t index) {
    auto const at = positions_.at(q.span.start);
    out_ << fmt::format("{}:{}:{}\tq{}\t{:<36}\t{:>14}\t{:<24}\t{:<9}\t{:<10}\t{}\n", file_, at.line, at.column, index,
                        fmt::format("\"{}\"", span_text(bytes_, q.span)), q.value ? format_number(*q.value) : "-",
                        format_interval(q.interval), q.unit.empty() ? "-" : q.unit, to_string(q.qualifier),
                        q.noun.empty() ? "-" : q.noun);
}

void TextTableWriter::on_date(DateMention const& d) {
    auto const at = positions_.at(d.span.start);
    out_ << fmt::format("{}:{}:{}\tdate\t{:<36}\t{}{}{}\n", file_, at.line, at.column,
                        fmt::format("\"{}\"", span_text(bytes_, d.span)), d.iso, d.until_iso ? " to " + *d.until_iso : "",
                        d.year_inferred ? " (year inferred)" : "");
}

void TextTableWriter::on_relation(Relation const& r) {
    std::string members;
    for (auto const& m : r.members) members += fmt::format("{}{}=q{}", members.empty() ? "" : " ", m.role, m.quantity);
    out_ << fmt::format("{}\trelation\t{}\t{}\n", file_, to_string(r.kind), members);
}

void TextTableWriter::on_claim(Claim const& c) {
    auto const& p = c.period;
    std::string period = "-";
    if (p.known() || !p.text.empty()) {
        period = fmt::format("{}..{} days={} \"{}\"", p.start.value_or("?"), p.end.value_or("?"),
                             format_days(p.days), p.text);
    }
    out_ << fmt::format("{}\tclaim\tq{}\t{}\t{}\t{}\tactor={}\tplace={}\n", file_, c.id, c.kind.empty() ? "-" : c.kind,
                        to_string(c.aspect), period, c.actor.empty() ? "-" : c.actor, c.place.empty() ? "-" : c.place);
}

}  // namespace claimcheck::report
