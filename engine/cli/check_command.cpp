// `claimcheck check`: runs the rule packs on documents and prints findings.
#include "cli/commands.hpp"
#include "cli/config_setup.hpp"
#include "cli/date_option.hpp"
#include "cli/input_format_option.hpp"
#include "cli/rule_setup.hpp"
#include "io/input.hpp"
#include "report/run_report.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/extractor.hpp>
#include <claimcheck/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace {

struct CheckOptionsCli {
    RuleOptions rules;
    std::vector<std::string> inputs;
    std::string format = "text";
    std::vector<std::string> outputs;  // FORMAT=PATH
    ReportOptions report;              // --show, --fail-on; the project file fills what is not given
    std::string date;
    std::string verdicts = "failures";
    io::InputFormat input_format = io::InputFormat::automatic;
};

bool reaches(RuleSeverity s, std::string const& fail_on) {
    if (fail_on == "none") return false;
    auto const threshold = rule_severity_named(fail_on).value_or(RuleSeverity::error);
    return static_cast<int>(s) >= static_cast<int>(threshold);
}

struct Output {
    report::OutputFormat const* format;
    std::string path;  // "" for standard output
};

// --format and every --output FORMAT=PATH; an unknown format is a usage error.
std::optional<std::vector<Output>> outputs_of(CheckOptionsCli const& o) {
    std::vector<Output> out{{report::find_output_format(o.format), ""}};
    for (auto const& spec : o.outputs) {
        auto const eq = spec.find('=');
        auto const* format = eq == std::string::npos ? nullptr : report::find_output_format(spec.substr(0, eq));
        if (!format || eq + 1 == spec.size()) {
            std::cerr << "claimcheck check: error: --output " << spec << ": expected FORMAT=PATH with FORMAT one of";
            for (auto const& f : report::output_formats()) std::cerr << ' ' << f.name;
            std::cerr << '\n';
            return std::nullopt;
        }
        out.push_back({format, spec.substr(eq + 1)});
    }
    return out;
}

// Each writer gets every verdict when it shows what holds (or --verdicts all); else the failures.
bool write_outputs(std::vector<Output> const& outputs, report::RunReport const& every, report::RunReport const& failures) {
    bool ok = true;
    for (auto const& output : outputs) {
        auto const& run = output.format->needs_all_verdicts ? every : failures;
        if (output.path.empty()) {
            output.format->write(std::cout, run);
            continue;
        }
        std::ofstream file(output.path, std::ios::binary);
        if (file) output.format->write(file, run);
        if (!file) {
            std::cerr << "claimcheck check: error: cannot write " << output.path << ": " << std::strerror(errno) << '\n';
            ok = false;
        }
    }
    return ok;
}

int run(CheckOptionsCli o) {
    auto const outputs = outputs_of(o);
    if (!outputs) return exit_error;
    auto const project = load_project_or_report(o.rules, o.report, "check", "nothing was checked");
    if (!project) return exit_error;
    auto const inputs = inputs_or_report(*project, o.inputs);
    if (!inputs) return exit_error;
    auto const engine = load_engine_or_report(o.rules, "check", "nothing was checked");
    if (!engine) return exit_error;
    ExtractOptions options;
    if (!o.date.empty()) options.document_date = o.date;
    bool const keep_documents = std::any_of(outputs->begin(), outputs->end(), [](Output const& x) { return x.format->needs_documents; });
    bool const all_verdicts = o.verdicts == "all" ||
        std::any_of(outputs->begin(), outputs->end(), [](Output const& x) { return x.format->needs_all_verdicts; });

    report::RunReport run;
    run.rules = &engine->rules;
    run.sources = &engine->sources;
    run.kinds = &engine->kinds;
    run.fail_on = project->fail_on.value;
    run.tool_version = claimcheck::version;
    auto add = [&](std::vector<Finding>&& findings) {
        for (auto& f : findings) run.findings.push_back(std::move(f));
    };
    // Rules that compare articles need every document; so does a report that shows the texts.
    bool const keep = keep_documents || has_corpus_rules(engine->rules);
    std::vector<std::unique_ptr<Document>> corpus;
    // The exclude globs of the project file leave out files found by walking a directory.
    auto const not_excluded = [&](std::filesystem::path const& file) { return config::selected(*project, file); };
    bool const input_failed = !io::read_inputs(*inputs, [&](io::SourceText&& source) {
        auto doc = std::make_unique<Document>(engine->read(std::move(source), options));
        add(run_rules(engine->rules, *doc, all_verdicts));
        if (keep) corpus.push_back(std::move(doc));
    }, &run.input_problems, not_excluded, o.input_format);
    std::vector<Document const*> docs;
    for (auto const& d : corpus) docs.push_back(d.get());
    add(run_corpus_rules(engine->rules, docs, all_verdicts));
    config::drop_below(run.findings, project->show.value);
    if (keep_documents) run.documents = docs;

    report::RunReport shown = run;
    if (o.verdicts != "all")  // what holds was only asked for by a writer that needs it
        std::erase_if(shown.findings, [](Finding const& f) { return f.verdict != Verdict::fails; });
    bool const written = write_outputs(*outputs, run, shown);

    std::size_t count = 0;
    bool failing_finding = false;
    for (auto const& f : run.findings) {
        if (f.verdict != Verdict::fails || f.suppression) continue;
        ++count;
        failing_finding |= reaches(f.severity, project->fail_on.value);
    }
    if (o.format == "text") std::cerr << count << (count == 1 ? " finding\n" : " findings\n");
    if (input_failed || !written) return exit_error;
    return failing_finding ? exit_findings : exit_clean;
}

}  // namespace

void add_rule_options(CLI::App& cmd, RuleOptions& rules) {
    // One value each time they are given, so `--pack core article.txt` leaves the article an input.
    cmd.add_option("--rules", rules.rule_dirs, "A directory of your own rules (a pack); may be repeated")
        ->allow_extra_args(false);
    cmd.add_option("--pack", rules.packs, "A shipped pack to use (core, conflict); default: all; may be repeated")
        ->allow_extra_args(false);
    cmd.add_option("--rules-root", rules.rules_root, "The shipped rules directory (default: the installed rules/)");
    cmd.add_option("--language", rules.language, "Lexicon language")->capture_default_str();
    cmd.add_option("--data", rules.data_root,
                   "Where reference data is (a directory of datasets, or one dataset's copy); default: $CLAIMCHECK_DATA");
}

std::function<int()> add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptionsCli>();
    auto* cmd = app.add_subcommand("check", "Check that the figures of the inputs add up, with the rule packs.");
    cmd->add_option("inputs", options->inputs,
                    "Files or directories to check (directories: *.txt); - reads stdin; default: the project file's include");
    add_rule_options(*cmd, options->rules);
    add_config_options(*cmd, options->rules);
    std::vector<std::string> formats;
    std::string help = "What to print on standard output:";
    for (auto const& f : report::output_formats()) {
        formats.emplace_back(f.name);
        help += fmt::format(" {} ({});", f.name, f.description);
    }
    cmd->add_option("--format", options->format, help)->check(CLI::IsMember(formats))->capture_default_str();
    cmd->add_option("--output", options->outputs, "FORMAT=PATH: also write that format to a file; may be repeated");
    add_report_options(*cmd, options->report);
    cmd->add_option("--verdicts", options->verdicts,
                    "failures (the findings) or all: also the checks that hold or cannot be decided, with their arithmetic")
        ->check(CLI::IsMember({"failures", "all"}))
        ->capture_default_str();
    cmd->add_option("--date", options->date, "The documents' date (YYYY-MM-DD or YYYY-MM), for dates without a year")
        ->check(check_date);
    add_input_format_option(*cmd, options->input_format);
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
