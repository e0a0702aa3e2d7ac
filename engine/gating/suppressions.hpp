// Suppressions an editor can read: a finding accepted in the article itself, or in a sidecar
// file beside it, always with a reason.
//
// In Markdown and HTML, comments (suppression_comments.cpp):
//   <!-- claimcheck-disable-next-line RULE[, RULE…] -- reason -->   the next line that is not blank
//   <!-- claimcheck-disable RULE -- reason --> … <!-- claimcheck-enable RULE -->   a stretch
// RULE is a rule id ("conflict/contradiction"), a pack ("conflict/") or "*"; none means "*".
// A disable never enabled again runs to the end of the file; a bare claimcheck-enable ends
// every disable still open.
//
// For plain text and JSON Lines (any format, in fact), a sidecar YAML file
// `<article>.claimcheck-suppress.yaml` (suppression_sidecar.cpp):
//   - rule: conflict/counter-increment  # or a list of them
//     figure: "736 120 soldats"           # optional: a figure the finding binds, as written
//     record: depeche-42                  # optional, JSON Lines: the record's id
//     reason: "corrigé le lendemain par l'état-major"
// A sidecar names figures, not lines, so it survives copy-editing.
//
// A suppression without a reason suppresses nothing and is itself a finding
// (claimcheck/suppression-without-reason). A comment or sidecar that cannot be read is an
// error at its file:line:col.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/diagnostic.hpp>
#include <claimcheck/rules.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::gating {

inline constexpr std::string_view missing_reason_rule = "claimcheck/suppression-without-reason";

struct SuppressionRule {
    std::vector<std::string> rules;  // ids, "pack/" prefixes or "*"
    std::string reason;
    Location at;          // where it is written: in the article (a comment) or in its sidecar
    std::string article;  // the file it applies to, as the run names it
    // A comment covers the claims that start in the article's original bytes [begin, end).
    std::size_t begin = 0;
    std::size_t end = 0;
    // A sidecar entry covers the claims of `record` written as `figure` (any, when empty).
    bool sidecar = false;
    std::string record;
    std::string figure;

    bool covers(std::string_view rule) const;
    bool covers(FoundClaim const& claim) const;
    bool has_reason() const;  // more than white space
};

// The rule of the findings a suppression without a reason makes, as reports describe it.
Rule missing_reason_descriptor();

// Whether a word of a suppression can name rules: "pack/rule", "pack/" or "*".
bool is_rule_pattern(std::string_view word);

// The suppression comments of a Markdown or HTML file's original bytes; malformed ones are
// errors in `problems`, at their line and column.
// Comments inside `code` (original byte ranges, Markdown code blocks) are examples and are passed over.
std::vector<SuppressionRule> comment_suppressions(std::string const& file, std::string_view original,
                                                  std::vector<std::pair<std::size_t, std::size_t>> const& code,
                                                  std::vector<Diagnostic>& problems);

// The entries of the sidecar of `file`, if it has one; errors at the sidecar's line and column.
std::vector<SuppressionRule> sidecar_suppressions(std::string const& file, std::vector<Diagnostic>& problems);
std::filesystem::path sidecar_path(std::filesystem::path const& file);

// Every suppression of the documents of a run.
class Suppressions {
public:
    // Reads the comments (Markdown, HTML) and the sidecar of the document's file, once per file.
    void read(Document const& doc, std::vector<Diagnostic>& problems);
    // A rule named that no loaded rule matches is a warning (a typo suppresses nothing).
    void check_rule_names(RuleSet const& rules, std::vector<Diagnostic>& problems) const;
    // Marks the failures the suppressions cover (Finding::suppression), and adds a finding for
    // each suppression without a reason.
    void apply(std::vector<Finding>& findings) const;

    // After apply: a warning at each suppression with a reason that covers no finding of the run
    // (the figure was corrected, the rule renamed), so stale ones can be removed.
    std::vector<Diagnostic> unused(std::vector<Finding> const& findings) const;

private:
    std::set<std::string> files_read_;
    std::vector<SuppressionRule> rules_;
};

}  // namespace claimcheck::gating
