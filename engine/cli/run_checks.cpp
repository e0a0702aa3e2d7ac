#include "cli/run_checks.hpp"

#include "cli/commands.hpp"
#include "cli/date_option.hpp"
#include "cli/input_format_option.hpp"
#include "gating/suppressions.hpp"

#include <claimcheck/version.hpp>

#include <iostream>

namespace claimcheck::cli {

void add_check_options(CLI::App& command, CheckOptions& o) {
    command.add_option("inputs", o.inputs,
                       "Files or directories to check (directories: every article format); - reads stdin; default: the "
                       "project file's include");
    add_rule_options(command, o.rules);
    add_config_options(command, o.rules);
    add_show_option(command, o.report);
    command.add_option("--date", o.date, "The documents' date (YYYY-MM-DD or YYYY-MM), for dates without a year")
        ->check(check_date);
    add_input_format_option(command, o.input_format);
    command.add_flag("--report-unused-suppressions", o.report_unused_suppressions,
                     "Warn at each suppression (with a reason) that covers no finding of this run");
}

std::optional<CheckedRun> run_checks(CheckOptions& o, config::ProjectConfig const& project, std::string_view command,
                                     bool keep_documents, bool all_verdicts) {
    auto const inputs = inputs_or_report(project, o.inputs, command);
    if (!inputs) return std::nullopt;
    CheckedRun out;
    out.engine = load_engine_or_report(o.rules, command, "nothing was checked");
    if (!out.engine) return std::nullopt;
    auto const& engine = *out.engine;
    ExtractOptions options;
    if (!o.date.empty()) options.document_date = o.date;

    auto& run = out.report;
    run.rules = &engine.rules;
    run.tool_rules.push_back(gating::missing_reason_descriptor());
    run.sources = &engine.sources;
    run.kinds = &engine.kinds;
    run.fail_on = project.fail_on.value;
    run.tool_version = claimcheck::version;
    auto add = [&](std::vector<Finding>&& findings) {
        for (auto& f : findings) run.findings.push_back(std::move(f));
    };
    gating::Suppressions suppressions;
    std::vector<Diagnostic> suppression_problems;
    // Rules that compare articles need every document; so does a report that shows the texts.
    bool const keep = keep_documents || has_corpus_rules(engine.rules);
    // The exclude globs of the project file leave out files found by walking a directory.
    auto const not_excluded = [&](std::filesystem::path const& file) { return config::selected(project, file); };
    out.input_failed = !io::read_inputs(*inputs, [&](io::SourceText&& source) {
        auto doc = std::make_unique<Document>(engine.read(std::move(source), options));
        add(run_rules(engine.rules, *doc, all_verdicts));
        suppressions.read(*doc, suppression_problems);
        if (keep) out.corpus.push_back(std::move(doc));
    }, &run.input_problems, not_excluded, o.input_format);
    std::vector<Document const*> docs;
    for (auto const& d : out.corpus) docs.push_back(d.get());
    add(run_corpus_rules(engine.rules, docs, all_verdicts));

    suppressions.check_rule_names(engine.rules, suppression_problems);
    for (auto const& d : suppression_problems) {
        std::cerr << format_diagnostic(d) << '\n';
        out.input_failed |= d.severity == Severity::error;
        run.input_problems.push_back(d);
    }
    suppressions.apply(run.findings);
    if (o.report_unused_suppressions)
        for (auto& d : suppressions.unused(run.findings)) {
            std::cerr << format_diagnostic(d) << '\n';
            run.input_problems.push_back(std::move(d));
        }
    config::drop_below(run.findings, project.show.value);
    if (keep_documents) run.documents = docs;
    return out;
}

}  // namespace claimcheck::cli
