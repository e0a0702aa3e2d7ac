// The interface of a check kind: what a rule file's `check:` key names.
#pragma once

#include <claimcheck/claim.hpp>
#include <claimcheck/range.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace claimcheck {
struct Lexicon;
struct KindRegistry;
struct SourceRegistry;
}

namespace YAML {
class Node;
}

namespace claimcheck::yaml {
class Reader;
}

namespace claimcheck::checks {

// One application of a check to bound claims.
struct Evaluation {
    Verdict verdict = Verdict::undecided;
    std::vector<std::pair<std::string, Claim const*>> bound;  // role → claim
    std::map<std::string, std::string> values;                // computed values the message may name
    std::vector<std::string> trace;                           // the arithmetic, step by step
    // For checks across documents: the document of each bound claim, in the same order.
    std::vector<Document const*> documents;
};

class Check {
public:
    virtual ~Check() = default;
    // Calls `out` for every evaluation on the document (holds, fails or undecided).
    virtual void evaluate(Document const& doc, std::function<void(Evaluation)> const& out) const = 0;
    // Checks that compare documents with each other say so, and evaluate the corpus at once.
    virtual bool corpus_wide() const { return false; }
    virtual void evaluate_corpus(std::vector<Document const*> const& /*docs*/,
                                 std::function<void(Evaluation)> const& /*out*/) const {}
    // Why the check cannot run here (its reference data is absent); empty when it can.
    // `claimcheck test` skips such a rule instead of failing its fixture.
    virtual std::string unavailable() const { return {}; }
};

// What a check kind reads from its rule file and the names its message may use.
struct RuleContext {
    Lexicon const& lexicon;
    KindRegistry const& kinds;
    std::filesystem::path data_root = {};  // --data / CLAIMCHECK_DATA: where reference data is; empty = beside its declaration
    SourceRegistry const* sources = nullptr;  // sides and lineage of sources; none in some tests
};

struct CheckKind {
    std::string name;     // the value of `check:`
    std::string summary;  // one line, for `rules list`
    std::vector<std::string> parameters;  // keys of the rule file besides the common ones
    std::vector<std::string> roles;       // claim roles the message may name: {rate}, {rate.value}
    std::vector<std::string> values;      // computed values the message may name: {expected}
    // Reads the kind's parameters (errors go to the reader, at their positions); null on error.
    std::function<std::unique_ptr<Check>(YAML::Node const& rule, yaml::Reader& reader, RuleContext const& context)> make;
    bool roles_from_bind = false;  // the rule names its own roles, as the keys of `bind`
};

// Every check kind, in alphabetical order (registered in check_kinds.cpp).
std::vector<CheckKind> const& check_kinds();
CheckKind const* find_check_kind(std::string_view name);

}  // namespace claimcheck::checks
