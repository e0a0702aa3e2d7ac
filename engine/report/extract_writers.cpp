#include "report/extract_writers.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace claimcheck::report {
namespace {

std::string json_string(std::string_view s) {
    // Invalid UTF-8 in a span (the input had some) is replaced, never an exception.
    return nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string json_number(std::optional<double> v) { return v && std::isfinite(*v) ? format_number(*v) : "null"; }

std::string_view span_text(std::string_view bytes, ByteSpan s) { return bytes.substr(s.start, s.end - s.start); }

}  // namespace

std::string format_number(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
    // Twelve significant digits: hides the binary noise of 6e6 * 1.1 without losing a stated digit.
    return fmt::format("{:.12g}", v);
}

std::string format_interval(Interval const& i) {
    return fmt::format("{}{}, {}{}", i.low_open || !i.low ? '(' : '[', i.low ? format_number(*i.low) : "-inf",
                       i.high ? format_number(*i.high) : "+inf", i.high_open || !i.high ? ')' : ']');
}

JsonLinesWriter::JsonLinesWriter(std::ostream& out, std::string file, std::string_view bytes)
    : out_(out), file_json_(json_string(file)), bytes_(bytes), lines_(bytes) {}

void JsonLinesWriter::on_quantity(Quantity const& q, std::size_t index) {
    auto const at = lines_.at(q.span.start);
    line_.clear();
    fmt::format_to(std::back_inserter(line_),
                   R"({{"type":"quantity","file":{},"id":"q{}","byte_start":{},"byte_end":{},"line":{},"column":{},)"
                   R"("text":{},"value":{},"low":{},"high":{},"low_open":{},"high_open":{},"unit":{},"qualifier":"{}",)"
                   R"("noun":{},"increment":{}}})",
                   file_json_, index, q.span.start, q.span.end, at.line, at.column,
                   json_string(span_text(bytes_, q.span)), json_number(q.value), json_number(q.interval.low),
                   json_number(q.interval.high), q.interval.low_open, q.interval.high_open, json_string(q.unit),
                   to_string(q.qualifier), q.noun.empty() ? "null" : json_string(q.noun), q.increment);
    line_ += '\n';
    out_ << line_;
}

void JsonLinesWriter::on_date(DateMention const& d) {
    auto const at = lines_.at(d.span.start);
    line_.clear();
    fmt::format_to(std::back_inserter(line_),
                   R"({{"type":"date","file":{},"byte_start":{},"byte_end":{},"line":{},"column":{},"text":{},)"
                   R"("iso":{},"year_inferred":{})",
                   file_json_, d.span.start, d.span.end, at.line, at.column, json_string(span_text(bytes_, d.span)),
                   json_string(d.iso), d.year_inferred);
    if (d.until_iso) fmt::format_to(std::back_inserter(line_), R"(,"until":{})", json_string(*d.until_iso));
    line_ += "}\n";
    out_ << line_;
}

void JsonLinesWriter::on_relation(Relation const& r) {
    line_.clear();
    fmt::format_to(std::back_inserter(line_), R"({{"type":"relation","file":{},"kind":"{}","members":[)", file_json_,
                   to_string(r.kind));
    bool first = true;
    for (auto const& m : r.members) {
        fmt::format_to(std::back_inserter(line_), R"({}{{"role":"{}","id":"q{}","byte_start":{},"byte_end":{},"text":{}}})",
                       first ? "" : ",", m.role, m.quantity, m.span.start, m.span.end,
                       json_string(span_text(bytes_, m.span)));
        first = false;
    }
    line_ += "]}\n";
    out_ << line_;
}

TextTableWriter::TextTableWriter(std::ostream& out, std::string file, std::string_view bytes)
    : out_(out), file_(std::move(file)), bytes_(bytes), lines_(bytes) {}

void TextTableWriter::on_quantity(Quantity const& q, std::size_t index) {
    auto const at = lines_.at(q.span.start);
    out_ << fmt::format("{}:{}:{}\tq{}\t{:<36}\t{:>14}\t{:<24}\t{:<9}\t{:<10}\t{}\n", file_, at.line, at.column, index,
                        fmt::format("\"{}\"", span_text(bytes_, q.span)), q.value ? format_number(*q.value) : "-",
                        format_interval(q.interval), q.unit.empty() ? "-" : q.unit, to_string(q.qualifier),
                        q.noun.empty() ? "-" : q.noun);
}

void TextTableWriter::on_date(DateMention const& d) {
    auto const at = lines_.at(d.span.start);
    out_ << fmt::format("{}:{}:{}\tdate\t{:<36}\t{}{}{}\n", file_, at.line, at.column,
                        fmt::format("\"{}\"", span_text(bytes_, d.span)), d.iso, d.until_iso ? " to " + *d.until_iso : "",
                        d.year_inferred ? " (year inferred)" : "");
}

void TextTableWriter::on_relation(Relation const& r) {
    std::string members;
    for (auto const& m : r.members) members += fmt::format("{}{}=q{}", members.empty() ? "" : " ", m.role, m.quantity);
    out_ << fmt::format("{}\trelation\t{}\t{}\n", file_, to_string(r.kind), members);
}

}  // namespace claimcheck::report
