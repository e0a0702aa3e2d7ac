// `claimcheck check`: runs the rule packs on documents and prints findings.
#include "cli/commands.hpp"
#include "cli/date_option.hpp"
#include "cli/rule_setup.hpp"
#include "io/input.hpp"
#include "report/findings_writers.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/extractor.hpp>

#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace {

struct CheckOptionsCli {
    RuleOptions rules;
    std::vector<std::string> inputs;
    std::string format = "text";
    std::string fail_on = "error";
    std::string date;
    std::string verdicts = "failures";
};

bool reaches(RuleSeverity s, std::string const& fail_on) {
    if (fail_on == "none") return false;
    auto const threshold = rule_severity_named(fail_on).value_or(RuleSeverity::error);
    return static_cast<int>(s) >= static_cast<int>(threshold);
}

int run(CheckOptionsCli const& o) {
    auto const engine = load_engine_or_report(o.rules, "check", "nothing was checked");
    if (!engine) return exit_error;
    ExtractOptions options;
    if (!o.date.empty()) options.document_date = o.date;

    bool failing_finding = false;
    std::size_t count = 0;
    auto report = [&](std::vector<Finding> const& findings) {
        for (auto const& finding : findings) {
            bool const failed = finding.verdict == Verdict::fails;
            count += failed ? 1 : 0;
            failing_finding |= failed && reaches(finding.severity, o.fail_on);
            if (o.format == "json") report::write_finding_json(std::cout, finding);
            else report::write_finding_text(std::cout, finding);
        }
    };
    // Rules that compare articles need every document; the others report as each is read.
    bool const keep = has_corpus_rules(engine->rules);
    std::vector<std::unique_ptr<Document>> corpus;
    bool const input_failed = !io::read_inputs(o.inputs, [&](io::SourceText&& source) {
        auto doc = std::make_unique<Document>(engine->read(source.name, std::move(source.bytes), options));
        report(run_rules(engine->rules, *doc, o.verdicts == "all"));
        if (keep) corpus.push_back(std::move(doc));
    });
    if (keep) {
        std::vector<Document const*> docs;
        for (auto const& d : corpus) docs.push_back(d.get());
        report(run_corpus_rules(engine->rules, docs, o.verdicts == "all"));
    }
    if (o.format == "text") std::cerr << count << (count == 1 ? " finding\n" : " findings\n");
    if (input_failed) return exit_error;
    return failing_finding ? exit_findings : exit_clean;
}

}  // namespace

void add_rule_options(CLI::App& cmd, RuleOptions& rules) {
    cmd.add_option("--rules", rules.rule_dirs, "A directory of your own rules (a pack); may be repeated");
    cmd.add_option("--pack", rules.packs, "A shipped pack to use (core, conflict); default: all; may be repeated");
    cmd.add_option("--rules-root", rules.rules_root, "The shipped rules directory (default: the installed rules/)");
    cmd.add_option("--language", rules.language, "Lexicon language")->capture_default_str();
    cmd.add_option("--data", rules.data_root,
                   "Where reference data is (a directory of datasets, or one dataset's copy); default: $CLAIMCHECK_DATA");
}

std::function<int()> add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptionsCli>();
    auto* cmd = app.add_subcommand("check", "Check that the figures of the inputs add up, with the rule packs.");
    cmd->add_option("inputs", options->inputs, "Files or directories to check (directories: *.txt); - reads stdin")
        ->required();
    add_rule_options(*cmd, options->rules);
    cmd->add_option("--format", options->format, "text (compiler-style, with the arithmetic) or json (one finding a line)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", options->fail_on, "Exit 1 when a finding reaches this severity: error, warning, info, none")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}))
        ->capture_default_str();
    cmd->add_option("--verdicts", options->verdicts,
                    "failures (the findings) or all: also the checks that hold or cannot be decided, with their arithmetic")
        ->check(CLI::IsMember({"failures", "all"}))
        ->capture_default_str();
    cmd->add_option("--date", options->date, "The documents' date (YYYY-MM-DD or YYYY-MM), for dates without a year")
        ->check(check_date);
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
