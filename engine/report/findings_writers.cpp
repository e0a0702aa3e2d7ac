#include "report/findings_writers.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace claimcheck::report {
namespace {

nlohmann::ordered_json bound(double v) { return std::isfinite(v) ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr); }

nlohmann::ordered_json claim_json(std::string const& role, Claim const& c, std::string const& file, std::string const& text) {
    Range const r = Range::of(c.quantity);
    nlohmann::ordered_json period = nullptr;
    if (c.period.known()) {
        period = {{"start", c.period.start ? nlohmann::ordered_json(*c.period.start) : nlohmann::ordered_json(nullptr)},
                  {"end", c.period.end ? nlohmann::ordered_json(*c.period.end) : nlohmann::ordered_json(nullptr)},
                  {"days", {bound(c.period.days.low), bound(c.period.days.high)}},
                  {"text", c.period.text}};
    }
    return {{"role", role},
            {"id", "q" + std::to_string(c.id)},
            {"file", file},
            {"byte_start", c.quantity.span.start},
            {"byte_end", c.quantity.span.end},
            {"text", text},
            {"value", c.quantity.value ? nlohmann::ordered_json(*c.quantity.value) : nlohmann::ordered_json(nullptr)},
            {"low", bound(r.low)},
            {"high", bound(r.high)},
            {"unit", c.quantity.unit},
            {"kind", c.kind},
            {"aspect", std::string(to_string(c.aspect))},
            {"period", period}};
}

// The sentence of a claim with every bound claim inside it marked "[role: text]".
std::string marked_sentence(Document const& doc, ByteSpan sentence, Finding const& f) {
    std::vector<std::pair<std::string, Claim const*>> inside;
    for (auto const& [role, c] : f.claims)
        if (c.quantity.span.start >= sentence.start && c.quantity.span.end <= sentence.end) inside.emplace_back(role, &c);
    std::sort(inside.begin(), inside.end(),
              [](auto const& a, auto const& b) { return a.second->quantity.span.start < b.second->quantity.span.start; });
    std::string out;
    std::size_t at = sentence.start;
    for (auto const& [role, c] : inside) {
        if (c->quantity.span.start < at) continue;
        out += doc.bytes.substr(at, c->quantity.span.start - at);
        out += fmt::format("[{}: {}]", role, doc.bytes.substr(c->quantity.span.start, c->quantity.span.end - c->quantity.span.start));
        at = c->quantity.span.end;
    }
    out += doc.bytes.substr(at, sentence.end - at);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

}  // namespace

void write_finding_text(std::ostream& out, Finding const& f, Document const& doc) {
    auto const severity = f.verdict == Verdict::fails ? to_string(f.severity) : std::string_view("note");
    out << fmt::format("{}:{}:{}: {}: {} [{}]\n", f.file, f.line, f.column, severity, f.message, f.rule);
    std::vector<ByteSpan> sentences;
    for (auto const& [role, c] : f.claims) {
        auto const s = c.sentence.end > c.sentence.start ? c.sentence : c.quantity.span;
        if (std::none_of(sentences.begin(), sentences.end(), [&](ByteSpan x) { return x.start == s.start; }))
            sentences.push_back(s);
    }
    std::sort(sentences.begin(), sentences.end(), [](ByteSpan a, ByteSpan b) { return a.start < b.start; });
    for (auto const& s : sentences) out << "    | " << marked_sentence(doc, s, f) << '\n';
    for (auto const& step : f.trace) out << "    = " << step << '\n';
}

void write_finding_json(std::ostream& out, Finding const& f, Document const& doc) {
    nlohmann::ordered_json claims = nlohmann::ordered_json::array();
    for (auto const& [role, c] : f.claims) {
        auto const text = doc.bytes.substr(c.quantity.span.start, c.quantity.span.end - c.quantity.span.start);
        claims.push_back(claim_json(role, c, f.file, text));
    }
    nlohmann::ordered_json j = {{"rule", f.rule},           {"severity", std::string(to_string(f.severity))},
                        {"verdict", std::string(to_string(f.verdict))},
                        {"message", f.message},     {"file", f.file},
                        {"line", f.line},           {"column", f.column},
                        {"claims", claims},         {"trace", f.trace}};
    out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::report
