// `claimcheck extract`: the figures of each input as JSON Lines or a table.
#include "cli/commands.hpp"
#include "io/input.hpp"
#include "report/extract_writers.hpp"

#include <claimcheck/extractor.hpp>
#include <claimcheck/lexicon.hpp>

#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace {

struct ExtractOptionsCli {
    std::vector<std::string> inputs;
    std::string format = "jsonl";
    std::string rules;
    std::string language = "fr";
    std::string date;
};

void print(std::vector<Diagnostic> const& ds) {
    for (auto const& d : ds) std::cerr << format_diagnostic(d) << '\n';
}

int run(ExtractOptionsCli const& o) {
    std::filesystem::path const rules = o.rules.empty() ? default_rules_directory() : std::filesystem::path(o.rules);
    Lexicon lexicon;
    try {
        lexicon = load_lexicon(rules / "lexicon" / o.language);
    } catch (LoadError const& e) {
        print(e.diagnostics());
        return exit_error;
    }
    Extractor const extractor(lexicon);
    ExtractOptions options;
    if (!o.date.empty()) options.document_date = o.date;

    std::vector<Diagnostic> problems;
    auto const files = io::expand_inputs(o.inputs, problems);
    bool failed = false;
    for (auto const& d : problems) failed |= d.severity == Severity::error;
    print(problems);
    if (o.format == "text") {
        std::cout << "location\tid\tspan\tvalue\tinterval\tunit\tqualifier\tnoun\n";
    }
    for (auto const& file : files) {
        problems.clear();
        auto source = io::read_input(file, problems);
        print(problems);
        if (!source) {
            failed = true;
            continue;
        }
        std::unique_ptr<RecordSink> writer;
        if (o.format == "text") writer = std::make_unique<report::TextTableWriter>(std::cout, source->name, source->bytes);
        else writer = std::make_unique<report::JsonLinesWriter>(std::cout, source->name, source->bytes);
        extractor.extract(source->bytes, options, *writer);
        std::cout.flush();
    }
    return failed ? exit_error : exit_clean;
}

}  // namespace

std::function<int()> add_extract_command(CLI::App& app) {
    auto options = std::make_shared<ExtractOptionsCli>();
    auto* cmd = app.add_subcommand("extract", "Print every figure of the inputs: quantities, dates, relations.");
    cmd->add_option("inputs", options->inputs, "Files or directories to read (directories: *.txt); - reads stdin")
        ->required();
    cmd->add_option("--format", options->format, "jsonl (one JSON object a line) or text (a table)")
        ->check(CLI::IsMember({"jsonl", "text"}))
        ->capture_default_str();
    cmd->add_option("--rules", options->rules, "Rules directory holding lexicon/<language>/ (default: the shipped rules)");
    cmd->add_option("--language", options->language, "Lexicon language")->capture_default_str();
    cmd->add_option("--date", options->date, "The documents' date (YYYY-MM-DD or YYYY-MM), for dates without a year")
        ->check([](std::string const& s) {
            return s.size() >= 7 && s[4] == '-' ? std::string() : std::string("expected YYYY-MM-DD or YYYY-MM");
        });
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
