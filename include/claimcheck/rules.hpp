// Rule packs: YAML rules that check claims against each other, and the findings they make.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/diagnostic.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck {

struct Lexicon;
struct KindRegistry;
struct SourceRegistry;

enum class RuleSeverity { info, warning, error };
std::string_view to_string(RuleSeverity s);
std::optional<RuleSeverity> rule_severity_named(std::string_view name);

// A claim as a finding shows it: with its file, its exact text and its sentence, so a finding
// that spans several articles prints without them.
struct FoundClaim {
    std::string role;
    Claim claim;
    std::string file;
    std::string text;
    std::string sentence;          // the sentence's text
    std::size_t sentence_start = 0;  // its byte offset in the document's text
    Location at;                   // the claim in the original file
};

// A finding an editor has accepted: by a comment in the article or a sidecar file.
struct Suppression {
    std::string kind;           // "inSource" (a comment in the article) or "external" (a sidecar file)
    std::string justification;  // the reason given; "" when none (itself a finding)
    Location at;                // where the suppression is written
};

// One failed check: the rule, the claims it bound, the arithmetic that failed.
struct Finding {
    Verdict verdict = Verdict::fails;  // only failures are findings; --verdicts all shows the rest
    std::string rule;
    RuleSeverity severity = RuleSeverity::warning;
    std::string message;
    std::string file;
    std::size_t line = 0;    // of the first claim, in the original file
    std::size_t column = 0;
    std::string document_id; // the first claim's document: its record id, else its file
    std::vector<FoundClaim> claims;
    std::vector<std::string> trace;                      // one line per step of the arithmetic
    std::optional<Suppression> suppression;              // set when an editor accepted it
};

namespace checks {
class Check;
}

struct Rule {
    std::string id;           // the file's path in its pack, without .yaml: "conflict/rate-vs-total"
    std::string check;        // the check kind: "rate-total"
    RuleSeverity severity = RuleSeverity::warning;
    std::string message;      // template: "{rate} × {days} jours = {expected}"
    std::string description;
    std::string rationale;
    std::string link;
    std::filesystem::path file;
    std::filesystem::path fixture;  // same basename, .txt; empty when absent
    std::shared_ptr<checks::Check const> impl;
};

struct RuleSet {
    std::vector<Rule> rules;
};

// Loads every rule file (*.yaml but kinds.yaml and *.dataset.yaml, the reference data declarations)
// of the pack directories. All errors of all files are collected, each at its file:line:col; any
// error throws LoadError: no half rule set runs. `data_root` is where reference data is looked
// for (--data); empty: CLAIMCHECK_DATA, else beside each declaration.
// `sources`, when given, lets checks know each source's side and lineage.
RuleSet load_rules(std::vector<std::filesystem::path> const& packs, Lexicon const& lexicon, KindRegistry const& kinds,
                   std::filesystem::path const& data_root = {}, SourceRegistry const* sources = nullptr);

// Runs every rule on a document with its claims built; findings in rule order, then text order.
// With `all_verdicts`, the checks that hold or cannot be decided come too, for explaining.
std::vector<Finding> run_rules(RuleSet const& rules, Document const& doc, bool all_verdicts = false);
// Runs the rules whose checks compare documents with each other (contradictions across
// articles) on the whole corpus.
std::vector<Finding> run_corpus_rules(RuleSet const& rules, std::vector<Document const*> const& docs,
                                      bool all_verdicts = false);
bool has_corpus_rules(RuleSet const& rules);

}  // namespace claimcheck
