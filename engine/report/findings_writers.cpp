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

// A sentence of the finding with every bound claim inside it marked "[role: text]".
std::string marked_sentence(FoundClaim const& first, Finding const& f) {
    std::vector<FoundClaim const*> inside;
    for (auto const& c : f.claims)
        if (c.file == first.file && c.sentence_start == first.sentence_start) inside.push_back(&c);
    std::sort(inside.begin(), inside.end(),
              [](auto* a, auto* b) { return a->claim.quantity.span.start < b->claim.quantity.span.start; });
    std::string out;
    std::size_t at = 0;  // in the sentence
    for (auto const* c : inside) {
        auto const begin = c->claim.quantity.span.start - first.sentence_start;
        if (begin < at || begin + c->text.size() > first.sentence.size()) continue;
        out += first.sentence.substr(at, begin - at);
        out += fmt::format("[{}: {}]", c->role, c->text);
        at = begin + c->text.size();
    }
    out += first.sentence.substr(at);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

}  // namespace

void write_finding_text(std::ostream& out, Finding const& f) {
    auto const severity = f.verdict == Verdict::fails ? to_string(f.severity) : std::string_view("note");
    out << fmt::format("{}:{}:{}: {}: {} [{}]\n", f.file, f.line, f.column, severity, f.message, f.rule);
    // Each sentence once, in file and text order; the file is named when it is not the finding's.
    std::vector<FoundClaim const*> sentences;
    for (auto const& c : f.claims) {
        bool const known = std::any_of(sentences.begin(), sentences.end(), [&](auto* s) {
            return s->file == c.file && s->sentence_start == c.sentence_start;
        });
        if (!known) sentences.push_back(&c);
    }
    std::stable_sort(sentences.begin(), sentences.end(), [&](auto* a, auto* b) {
        return std::pair(a->file != f.file, a->sentence_start) < std::pair(b->file != f.file, b->sentence_start);
    });
    for (auto const* s : sentences) {
        out << "    | " << (s->file == f.file ? "" : s->file + ": ") << marked_sentence(*s, f) << '\n';
    }
    for (auto const& step : f.trace) out << "    = " << step << '\n';
}

void write_finding_json(std::ostream& out, Finding const& f, std::string const& fingerprint) {
    nlohmann::ordered_json claims = nlohmann::ordered_json::array();
    for (auto const& c : f.claims) claims.push_back(claim_json(c.role, c.claim, c.file, c.text));
    nlohmann::ordered_json suppressed = nullptr;
    if (auto const& s = f.suppression) {
        suppressed = {{"kind", s->kind}, {"justification", s->justification}, {"file", s->at.file},
                      {"line", s->at.line}, {"column", s->at.column}};
    }
    nlohmann::ordered_json j = {{"rule", f.rule},           {"severity", std::string(to_string(f.severity))},
                        {"verdict", std::string(to_string(f.verdict))},
                        {"message", f.message},     {"file", f.file},
                        {"line", f.line},           {"column", f.column},
                        {"claims", claims},         {"trace", f.trace},
                        {"fingerprint", fingerprint}, {"suppressed", suppressed}};
    out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::report
