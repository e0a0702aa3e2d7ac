// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, VS Code's SARIF viewer). Validated in CI
// by Microsoft's multitool (tests/formats/validate_sarif.sh), GitHub's rules included.
#include "report/escaping.hpp"
#include "report/fingerprint.hpp"
#include "report/run_writers.hpp"

#include <claimcheck/claim.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace claimcheck::report {
namespace {

using json = nlohmann::ordered_json;

// The project's homepage, from CMake's project(HOMEPAGE_URL).
#ifndef CLAIMCHECK_HOMEPAGE_URL
#define CLAIMCHECK_HOMEPAGE_URL ""
#endif
constexpr std::string_view information_uri = CLAIMCHECK_HOMEPAGE_URL;
constexpr std::string_view schema_uri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
// Paths are written relative to the directory claimcheck ran in, which only the consumer knows
// (GitHub: the checkout). An absolute path here would make the file differ from machine to machine.
constexpr std::string_view source_root = "SRCROOT";
// GitHub stores at most 1024 characters of a rule's descriptions.
constexpr std::size_t description_limit = 1024;

std::string level_of(RuleSeverity s) {
    switch (s) {
    case RuleSeverity::error: return "error";
    case RuleSeverity::warning: return "warning";
    case RuleSeverity::info: return "note";
    }
    return "warning";
}

std::string level_of(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "error";
}

// "conflict/rate-vs-total" → "ConflictRateVsTotal": SARIF's rule names are identifiers.
std::string pascal_case(std::string_view id) {
    std::string out;
    bool upper = true;
    for (char const c : id) {
        if (c == '/' || c == '-' || c == '_' || c == '.') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

std::string pack_of(std::string_view id) { return std::string(id.substr(0, id.find('/'))); }

// YAML's folded scalars (rationale: >) end with a line break.
std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::string full_description(Rule const& r) {
    std::string text = trimmed(r.description);
    if (!text.empty() && !r.rationale.empty()) text += ' ';
    text += trimmed(r.rationale);
    return text;
}

json rule_json(Rule const& r) {
    // help: the description, why it matters, where to read more, and the command that explains it.
    std::string text, markdown;
    auto add = [&](std::string const& plain, std::string const& marked) {
        if (trimmed(plain).empty()) return;
        if (!text.empty()) text += "\n\n", markdown += "\n\n";
        text += trimmed(plain);
        markdown += trimmed(marked);
    };
    add(r.description, "**" + r.description + "**");
    add(r.rationale, r.rationale);
    if (!r.link.empty()) add("See " + r.link + ".", "See <" + r.link + ">.");
    if (r.impl)  // a pack's rule; claimcheck's own (a suppression without a reason) has no check to explain
        add("claimcheck rules explain " + r.id + " shows what it checks and its examples.",
            "`claimcheck rules explain " + r.id + "` shows what it checks and its examples.");
    std::string const short_text = r.description.empty() ? r.id : trimmed(r.description);
    std::string const long_text = full_description(r).empty() ? short_text : full_description(r);
    json j = {{"id", r.id},
              {"name", pascal_case(r.id)},
              {"shortDescription", {{"text", truncate_utf8(short_text, description_limit)}}},
              {"fullDescription", {{"text", truncate_utf8(long_text, description_limit)}}},
              {"help", {{"text", text}, {"markdown", markdown}}}};
    if (!r.link.empty()) j["helpUri"] = r.link;
    j["defaultConfiguration"] = {{"level", level_of(r.severity)}};
    // Tags are unique: the reference pack's check is "reference" too, claimcheck's own rules' pack "claimcheck".
    json tags = json::array();
    for (auto const& tag : {std::string("claimcheck"), pack_of(r.id), r.check})
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    j["properties"] = {{"tags", tags}};
    return j;
}

// The documents of the run by file and record, for the ends of claims and the artifacts.
class Documents {
public:
    explicit Documents(std::vector<Document const*> const& docs) {
        for (auto const* d : docs) by_key_.emplace(key(d->file, d->provenance.record_id), d);
    }
    Document const* find(std::string const& file, std::string const& record) const {
        auto const it = by_key_.find(key(file, record));
        return it == by_key_.end() ? nullptr : it->second;
    }

private:
    static std::string key(std::string const& file, std::string const& record) { return file + '\0' + record; }
    std::map<std::string, Document const*> by_key_;
};

// Artifacts by file, in the order documents were read; results point at them by index.
class Artifacts {
public:
    std::size_t index_of(std::string const& file, std::size_t length = 0, std::string_view format = {}) {
        if (auto const it = index_.find(file); it != index_.end()) return it->second;
        auto const uri = artifact_uri(file);
        json location = {{"uri", uri.uri}};
        if (uri.relative) location["uriBaseId"] = source_root;
        json artifact = {{"location", location}};
        if (length) artifact["length"] = length;
        if (format == "text") artifact["mimeType"] = "text/plain";
        if (format == "markdown") artifact["mimeType"] = "text/markdown";
        if (format == "html") artifact["mimeType"] = "text/html";
        artifact["roles"] = {"analysisTarget"};
        list_.push_back(std::move(artifact));
        return index_[file] = list_.size() - 1;
    }
    json location(std::string const& file) {
        auto const i = index_of(file);
        json l = list_[i]["location"];
        l["index"] = i;
        return l;
    }
    json const& list() const { return list_; }

private:
    std::map<std::string, std::size_t> index_;
    json list_ = json::array();
};

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (char const c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The claim's region: where it starts, where it ends (exclusive) and its text.
json region_of(FoundClaim const& c, Documents const& docs) {
    json region = {{"startLine", c.at.line}, {"startColumn", c.at.column}};
    if (auto const* doc = docs.find(c.file, c.at.record_id)) {
        auto const end = locate(*doc, c.claim.quantity.span.end);
        region["endLine"] = end.line;
        region["endColumn"] = end.column;
    } else if (c.text.find('\n') == std::string::npos) {  // no document kept: the text is the original
        region["endLine"] = c.at.line;
        region["endColumn"] = c.at.column + code_points(c.text);
    }
    region["snippet"] = {{"text", c.text}};
    return region;
}

// The claim's sentence, so a viewer shows the figure in context; SARIF wants it strictly larger
// than the region, and it needs the document to place its end.
std::optional<json> context_region_of(FoundClaim const& c, Documents const& docs) {
    auto const* doc = docs.find(c.file, c.at.record_id);
    if (!doc || c.sentence.size() <= c.text.size()) return std::nullopt;
    auto const start = locate(*doc, c.sentence_start);
    auto const end = locate(*doc, c.sentence_start + c.sentence.size());
    return json{{"startLine", start.line},
                {"startColumn", start.column},
                {"endLine", end.line},
                {"endColumn", end.column},
                {"snippet", {{"text", c.sentence}}}};
}

json physical_location(FoundClaim const& c, Documents const& docs, Artifacts& artifacts) {
    json l = {{"artifactLocation", artifacts.location(c.file)}, {"region", region_of(c, docs)}};
    if (auto context = context_region_of(c, docs)) l["contextRegion"] = std::move(*context);
    return l;
}

// The claim the finding stands at (its line and column); the others are related locations.
std::size_t primary_claim(Finding const& f) {
    for (std::size_t i = 0; i < f.claims.size(); ++i)
        if (f.claims[i].file == f.file && f.claims[i].at.line == f.line && f.claims[i].at.column == f.column) return i;
    return 0;
}

std::string message_text(Finding const& f) {
    std::string text = f.message;
    for (auto const& step : f.trace) text += "\n" + step;
    return text;
}

json suppression_json(Suppression const& s, Artifacts& artifacts) {
    json j = {{"kind", s.kind}, {"status", "accepted"}};
    if (!s.justification.empty()) j["justification"] = s.justification;
    if (!s.at.file.empty()) {
        j["location"] = {{"physicalLocation",
                          {{"artifactLocation", artifacts.location(s.at.file)},
                           {"region", {{"startLine", s.at.line}, {"startColumn", s.at.column}}}}}};
    }
    return j;
}

json result_json(Finding const& f, std::string const& fingerprint, std::map<std::string, std::size_t> const& rule_index,
                 Documents const& docs, Artifacts& artifacts, std::set<std::string> const* baseline) {
    json r = {{"ruleId", f.rule}};
    if (auto const it = rule_index.find(f.rule); it != rule_index.end()) r["ruleIndex"] = it->second;
    // What holds or cannot be decided comes only with --verdicts all: not a problem, no level.
    if (f.verdict == Verdict::holds) r["kind"] = "pass";
    if (f.verdict == Verdict::undecided) r["kind"] = "open";
    r["level"] = f.verdict == Verdict::fails ? level_of(f.severity) : "none";
    r["message"] = {{"text", message_text(f)}};
    json related = json::array();
    if (!f.claims.empty()) {
        auto const primary = primary_claim(f);
        r["locations"] = {{{"physicalLocation", physical_location(f.claims[primary], docs, artifacts)}}};
        for (std::size_t i = 0; i < f.claims.size(); ++i) {
            if (i == primary) continue;
            auto const& c = f.claims[i];
            related.push_back({{"id", related.size() + 1},
                               {"physicalLocation", physical_location(c, docs, artifacts)},
                               {"message", {{"text", c.role + ": " + c.text}}}});
        }
    } else {
        r["locations"] = {{{"physicalLocation",
                            {{"artifactLocation", artifacts.location(f.file)},
                             {"region", {{"startLine", f.line}, {"startColumn", f.column}}}}}}};
    }
    if (!related.empty()) r["relatedLocations"] = related;
    r["partialFingerprints"] = {{std::string(fingerprint_version), fingerprint}};
    // Against a baseline, the findings it knows are kept as "unchanged" rather than left out.
    // GitHub code scanning does not read baselineState (not among the result properties it
    // supports) and closes as fixed an alert whose result disappears: left out, known problems
    // would be reported as solved. Kept, they stay open alerts, a pull request still shows only
    // its new ones (GitHub compares with the base branch itself), and viewers that read
    // baselineState can hide the old ones.
    if (baseline && f.verdict == Verdict::fails) r["baselineState"] = baseline->count(fingerprint) ? "unchanged" : "new";
    if (f.suppression) r["suppressions"] = {suppression_json(*f.suppression, artifacts)};
    json roles = json::array();
    for (auto const& c : f.claims) roles.push_back({{"role", c.role}, {"text", c.text}});
    r["properties"] = {{"documentId", f.document_id}, {"claims", roles}, {"trace", f.trace}};
    return r;
}

json notification_json(Diagnostic const& d) {
    json n = {{"level", level_of(d.severity)}, {"message", {{"text", d.message}}}};
    if (!d.code.empty()) n["descriptor"] = {{"id", d.code}};
    if (!d.file.empty() && d.file != "<stdin>") {
        auto const uri = artifact_uri(d.file);
        json location = {{"uri", uri.uri}};
        if (uri.relative) location["uriBaseId"] = source_root;
        json physical = {{"artifactLocation", location}};
        if (d.line > 0) physical["region"] = {{"startLine", d.line}, {"startColumn", std::max<std::size_t>(d.column, 1)}};
        n["locations"] = {{{"physicalLocation", physical}}};
    }
    return n;
}

}  // namespace

void write_sarif(std::ostream& out, RunReport const& run) {
    json rules = json::array();
    std::map<std::string, std::size_t> rule_index;
    auto const add_rule = [&](Rule const& r) {
        rule_index.emplace(r.id, rules.size());
        rules.push_back(rule_json(r));
    };
    if (run.rules) std::for_each(run.rules->rules.begin(), run.rules->rules.end(), add_rule);
    std::for_each(run.tool_rules.begin(), run.tool_rules.end(), add_rule);
    Documents const docs(run.documents);
    Artifacts artifacts;
    for (auto const* d : run.documents) {
        auto const length = d->provenance.original ? d->provenance.original->size() : d->bytes.size();
        artifacts.index_of(d->file, length, d->provenance.format);
    }
    auto const prints = fingerprints(run.findings);
    json results = json::array();
    for (std::size_t i = 0; i < run.findings.size(); ++i)
        results.push_back(result_json(run.findings[i], prints[i], rule_index, docs, artifacts, run.baseline));

    json notifications = json::array();
    bool successful = true;
    for (auto const& d : run.input_problems) {
        notifications.push_back(notification_json(d));
        successful &= d.severity != Severity::error;
    }
    json invocation = {{"executionSuccessful", successful}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

    json driver = {{"name", "claimcheck"},
                   {"version", run.tool_version},
                   {"semanticVersion", run.tool_version}};
    if (!information_uri.empty()) driver["informationUri"] = information_uri;
    driver["rules"] = rules;
    json sarif_run = {
        {"tool", {{"driver", driver}}},
        {"invocations", {invocation}},
        {"originalUriBaseIds",
         {{source_root, {{"description", {{"text", "The directory claimcheck ran in: every relative path is relative to it."}}}}}}},
        {"artifacts", artifacts.list()},
        {"results", results},
        {"columnKind", "unicodeCodePoints"},
    };
    json log = {{"$schema", schema_uri}, {"version", "2.1.0"}, {"runs", {sarif_run}}};
    out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::report
