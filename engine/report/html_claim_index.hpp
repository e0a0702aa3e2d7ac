// Which findings touch which claim of the run's documents, and the state that gives each claim
// in the HTML report: a failing check, one that only holds, a figure the text itself says was
// not verified, or nothing checked.
#pragma once

#include "report/run_report.hpp"

#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::report {

enum class ClaimState { plain, holds, unverified, finding };
std::string_view to_string(ClaimState s);  // "plain", "holds", "unverified", "finding"

struct ClaimPlace {
    std::size_t document = 0;  // index in RunReport::documents
    std::size_t claim = 0;     // index in that document's claims
};

class ClaimIndex {
public:
    explicit ClaimIndex(RunReport const& run);

    // Where a finding's claim is; nullopt when its document is not in the run.
    std::optional<ClaimPlace> find(FoundClaim const& c) const;
    // The claim of a document by its id (the quantity's index).
    std::optional<ClaimPlace> place(std::size_t document, std::size_t claim_id) const;
    // Where a finding is shown: at its earliest claim in the first of the run's documents it binds.
    std::optional<ClaimPlace> home(Finding const& f) const;
    ClaimState state(ClaimPlace p) const;
    // The findings (indices in RunReport::findings) that bind the claim, in report order.
    std::vector<std::size_t> const& findings_of(ClaimPlace p) const;
    // The check kind of the finding's rule ("contradiction"); "" for a rule not in the run.
    std::string_view check_of(Finding const& f) const;
    // An "unverified" check's finding says what the text says of the figure; it is no error.
    bool reports_unverified(Finding const& f) const { return check_of(f) == "unverified"; }
    // A failure nobody accepted: what the report counts as a finding.
    static bool open_failure(Finding const& f) { return f.verdict == Verdict::fails && !f.suppression; }

private:
    RunReport const& run_;
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> documents_;  // (file, record id)
    std::map<std::string_view, std::string_view> check_of_rule_;
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> findings_;
};

}  // namespace claimcheck::report
