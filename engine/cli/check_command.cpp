// `claimcheck check`: runs the rule packs on documents and prints findings; --baseline and
// --diff-base narrow what is reported (and fails the run) to what is new.
#include "cli/commands.hpp"
#include "cli/run_checks.hpp"
#include "gating/baseline.hpp"
#include "gating/changed_files.hpp"
#include "report/run_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

namespace claimcheck::cli {
namespace {

struct CheckOptionsCli {
    CheckOptions run;
    std::string format = "text";
    std::vector<std::string> outputs;  // FORMAT=PATH
    std::string verdicts = "failures";
    std::string diff_base;             // --diff-base REF
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

// The run as each writer gets it: every verdict when it shows what holds (or --verdicts all),
// else the failures; with the findings a baseline knows when it can say they are not new
// (SARIF), else without them. A variant is copied only when a writer asks for it and it
// differs from the run: findings are most of a large run's memory.
class Reports {
public:
    Reports(report::RunReport const& run, bool all_verdicts, gating::Baseline const* baseline)
        : run_(run), all_verdicts_(all_verdicts), baseline_(baseline) {}

    report::RunReport const& of(report::OutputFormat const& format) const {
        return variant(format.needs_all_verdicts, format.shows_baseline_state);
    }
    // The failures that gate the run: not known to the baseline.
    report::RunReport const& gating() const { return variant(false, false); }
    // Failures left out as known to the baseline.
    std::size_t known() const {
        return variant(false, true).findings.size() - gating().findings.size();
    }

private:
    report::RunReport const& variant(bool every, bool with_known) const {
        bool const filter = !every && !all_verdicts_ &&
            std::any_of(run_.findings.begin(), run_.findings.end(), [](Finding const& f) { return f.verdict != Verdict::fails; });
        bool const drop = !with_known && baseline_;
        if (!filter && !drop) return run_;
        auto& slot = cache_[{filter, drop}];
        if (!slot) {
            slot = run_;
            if (filter) std::erase_if(slot->findings, [](Finding const& f) { return f.verdict != Verdict::fails; });
            if (drop) gating::drop_known(slot->findings, *baseline_);
        }
        return *slot;
    }

    report::RunReport const& run_;
    bool all_verdicts_;
    gating::Baseline const* baseline_;
    mutable std::map<std::pair<bool, bool>, std::optional<report::RunReport>> cache_;
};

bool write_outputs(std::vector<Output> const& outputs, Reports const& reports) {
    bool ok = true;
    for (auto const& output : outputs) {
        auto const& run = reports.of(*output.format);
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

// What gates the run besides --fail-on: the baseline's known findings, and the files changed
// since --diff-base. Either failing to load is an error, printed; then nullopt.
struct Gate {
    std::optional<gating::Baseline> baseline;
    std::optional<std::set<std::filesystem::path>> changed;
};

std::optional<Gate> gate_of(config::ProjectConfig const& project, std::string const& diff_base) {
    Gate gate;
    if (auto const& file = project.baseline.value; !file.empty()) {
        std::vector<Diagnostic> problems;
        gate.baseline = gating::read_baseline(file, problems);
        for (auto const& d : problems) std::cerr << format_diagnostic(d) << '\n';
        if (!gate.baseline) {
            std::cerr << fmt::format("claimcheck check: error: the baseline {} did not load; nothing was checked\n", file);
            return std::nullopt;
        }
    }
    if (!diff_base.empty()) {
        std::string error;
        gate.changed = gating::changed_since(diff_base, error);
        if (!gate.changed) {
            std::cerr << fmt::format("claimcheck check: error: {}; nothing was checked\n", error);
            return std::nullopt;
        }
    }
    return gate;
}

int run(CheckOptionsCli o) {
    auto const outputs = outputs_of(o);
    if (!outputs) return exit_error;
    auto const project = load_project_or_report(o.run.rules, o.run.report, "check", "nothing was checked");
    if (!project) return exit_error;
    auto const gate = gate_of(*project, o.diff_base);
    if (!gate) return exit_error;
    bool const keep_documents = std::any_of(outputs->begin(), outputs->end(), [](Output const& x) { return x.format->needs_documents; });
    bool const all_verdicts = o.verdicts == "all" ||
        std::any_of(outputs->begin(), outputs->end(), [](Output const& x) { return x.format->needs_all_verdicts; });
    auto checked = run_checks(o.run, *project, "check", keep_documents, all_verdicts);
    if (!checked) return exit_error;
    auto& run = checked->report;
    if (gate->changed) gating::keep_changed(run.findings, *gate->changed);
    if (gate->baseline) run.baseline = &gate->baseline->fingerprints;

    Reports const reports(run, o.verdicts == "all", gate->baseline ? &*gate->baseline : nullptr);
    bool const written = write_outputs(*outputs, reports);

    std::size_t count = 0;
    bool failing_finding = false;
    for (auto const& f : reports.gating().findings) {
        if (f.verdict != Verdict::fails || f.suppression) continue;
        ++count;
        failing_finding |= reaches(f.severity, project->fail_on.value);
    }
    if (o.format == "text") {
        std::cerr << count << (count == 1 ? " finding" : " findings");
        if (gate->baseline) std::cerr << fmt::format(" ({} more known to the baseline)", reports.known());
        std::cerr << '\n';
    }
    if (checked->input_failed || !written) return exit_error;
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
    add_check_options(*cmd, options->run);
    add_fail_on_option(*cmd, options->run.report);
    std::vector<std::string> formats;
    std::string help = "What to print on standard output:";
    for (auto const& f : report::output_formats()) {
        formats.emplace_back(f.name);
        help += fmt::format(" {} ({});", f.name, f.description);
    }
    cmd->add_option("--format", options->format, help)->check(CLI::IsMember(formats))->capture_default_str();
    cmd->add_option("--output", options->outputs, "FORMAT=PATH: also write that format to a file; may be repeated");
    cmd->add_option("--verdicts", options->verdicts,
                    "failures (the findings) or all: also the checks that hold or cannot be decided, with their arithmetic")
        ->check(CLI::IsMember({"failures", "all"}))
        ->capture_default_str();
    cmd->add_option("--baseline", options->run.report.baseline,
                    "Report only the findings this baseline does not know (claimcheck baseline write FILE records them); "
                    "default: the project file's 'baseline'");
    cmd->add_option("--diff-base", options->diff_base,
                    "Report only the findings with a claim in a file changed since this git ref (every input is still "
                    "read, for the rules that compare articles)");
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
