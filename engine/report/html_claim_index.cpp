#include "report/html_claim_index.hpp"

namespace claimcheck::report {

std::string_view to_string(ClaimState s) {
    switch (s) {
    case ClaimState::plain: return "plain";
    case ClaimState::holds: return "holds";
    case ClaimState::unverified: return "unverified";
    case ClaimState::finding: return "finding";
    }
    return "plain";
}

ClaimIndex::ClaimIndex(RunReport const& run) : run_(run) {
    for (std::size_t d = 0; d < run.documents.size(); ++d)
        documents_.emplace(std::pair<std::string_view, std::string_view>(run.documents[d]->file,
                                                                         run.documents[d]->provenance.record_id),
                           d);
    if (run.rules)
        for (auto const& rule : run.rules->rules) check_of_rule_.emplace(rule.id, rule.check);
    for (std::size_t i = 0; i < run.findings.size(); ++i)
        for (auto const& c : run.findings[i].claims)
            if (auto const p = find(c)) {
                auto& list = findings_[{p->document, p->claim}];
                if (list.empty() || list.back() != i) list.push_back(i);
            }
}

std::optional<ClaimPlace> ClaimIndex::find(FoundClaim const& c) const {
    auto const doc = documents_.find({c.file, c.at.record_id});
    if (doc == documents_.end()) return std::nullopt;
    return place(doc->second, c.claim.id);
}

std::optional<ClaimPlace> ClaimIndex::place(std::size_t document, std::size_t claim_id) const {
    if (document >= run_.documents.size()) return std::nullopt;
    auto const& claims = run_.documents[document]->claims;
    // Claims are one per quantity in order, so the id is the index; search when it is not.
    if (claim_id < claims.size() && claims[claim_id].id == claim_id) return ClaimPlace{document, claim_id};
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (claims[i].id == claim_id) return ClaimPlace{document, i};
    return std::nullopt;
}

std::optional<ClaimPlace> ClaimIndex::home(Finding const& f) const {
    // As the finding's line and column: its earliest claim in the first document it binds.
    std::optional<ClaimPlace> home;
    auto const start = [&](ClaimPlace p) { return run_.documents[p.document]->claims[p.claim].quantity.span.start; };
    for (auto const& c : f.claims)
        if (auto const p = find(c); p && (!home || (p->document == home->document && start(*p) < start(*home)))) home = p;
    return home;
}

std::string_view ClaimIndex::check_of(Finding const& f) const {
    auto const check = check_of_rule_.find(f.rule);
    return check == check_of_rule_.end() ? std::string_view() : check->second;
}

std::vector<std::size_t> const& ClaimIndex::findings_of(ClaimPlace p) const {
    static std::vector<std::size_t> const none;
    auto const it = findings_.find({p.document, p.claim});
    return it == findings_.end() ? none : it->second;
}

ClaimState ClaimIndex::state(ClaimPlace p) const {
    bool unverified = run_.documents[p.document]->claims[p.claim].unverified.has_value();
    bool holds = false;
    for (auto const i : findings_of(p)) {
        auto const& f = run_.findings[i];
        if (open_failure(f)) {
            if (!reports_unverified(f)) return ClaimState::finding;
            unverified = true;
        }
        holds |= f.verdict == Verdict::holds;
    }
    if (unverified) return ClaimState::unverified;
    return holds ? ClaimState::holds : ClaimState::plain;
}

}  // namespace claimcheck::report
