#include "report/html_words.hpp"

#include <claimcheck/claims.hpp>

#include <fmt/format.h>

namespace claimcheck::report {

std::string document_anchor(std::size_t document) { return fmt::format("doc-{}", document + 1); }

std::string claim_anchor(RunReport const& run, ClaimPlace p) {
    return fmt::format("c-{}-q{}", p.document + 1, run.documents[p.document]->claims[p.claim].id);
}

std::string finding_anchor(std::size_t finding) { return fmt::format("f-{}", finding + 1); }

std::string rule_anchor(std::string_view rule_id) {
    std::string out = "rule-";
    for (char const c : rule_id) {
        bool const plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        out += plain ? c : '-';
    }
    return out;
}

std::string_view severity_words(RuleSeverity s) {
    switch (s) {
    case RuleSeverity::error: return "erreur";
    case RuleSeverity::warning: return "avertissement";
    case RuleSeverity::info: return "info";
    }
    return "avertissement";
}

std::string_view verdict_words(Verdict v) {
    switch (v) {
    case Verdict::fails: return "échoue";
    case Verdict::holds: return "tient";
    case Verdict::undecided: return "indécidable";
    }
    return "indécidable";
}

std::string_view state_words(ClaimState s) {
    switch (s) {
    case ClaimState::finding: return "constat";
    case ClaimState::holds: return "tient";
    case ClaimState::unverified: return "non vérifié";
    case ClaimState::plain: return "sans vérification";
    }
    return "sans vérification";
}

std::string_view how_words(std::string_view how) {
    if (how == "verb") return "déclare";
    if (how == "pronoun") return "par un pronom";
    if (how == "quotation") return "citation";
    if (how == "chain") return "reprise";
    return how;  // "selon"
}

std::string count_words(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n <= 1 ? one : many);
}

std::string source_words(Attribution const& a) {
    std::string out = a.name.empty() ? a.id : a.name;
    if (!a.origin_name.empty() || !a.origin_id.empty())
        out += ", d'après " + (a.origin_name.empty() ? a.origin_id : a.origin_name);
    if (!a.how.empty()) out += fmt::format(" ({})", how_words(a.how));
    return out;
}

std::string sources_words(std::vector<Attribution> const& sources) {
    std::string out;
    for (auto const& a : sources) {
        if (!out.empty()) out += " ; ";
        out += source_words(a);
    }
    return out;
}

std::string kind_words(KindRegistry const* kinds, std::string const& kind) {
    if (kind.empty()) return "sans type";
    if (kinds != nullptr)
        if (auto const* k = kinds->find(kind); k != nullptr && !k->description.empty())
            return fmt::format("{} ({})", k->description, kind);
    return kind;
}

std::string period_words(Period const& p) {
    if (!p.known()) return {};
    auto const start = p.start.value_or("?");
    auto const end = p.end.value_or("?");
    std::string out = start == end ? "le " + start : fmt::format("du {} au {}", start, end);
    if (!p.text.empty()) out += " (" + p.text + ")";
    return out;
}

std::string document_title(Document const& doc) {
    if (!doc.provenance.title.empty()) return doc.provenance.title;
    return doc.provenance.record_id.empty() ? doc.file : doc.file + "#" + doc.provenance.record_id;
}

}  // namespace claimcheck::report
