// `claimcheck extract`: the figures of each input as JSON Lines or a table.
#include "cli/commands.hpp"
#include "io/input.hpp"
#include "report/extract_writers.hpp"

#include <claimcheck/extractor.hpp>
#include <claimcheck/lexicon.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
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

// Empty when `s` is a real date written YYYY-MM-DD or YYYY-MM; otherwise what is wrong with it.
std::string check_date(std::string const& s) {
    auto const expected = "expected YYYY-MM-DD or YYYY-MM, e.g. 2024-11-26";
    auto const digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(s.begin() + from, s.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
    };
    bool const shaped = (s.size() == 7 || s.size() == 10) && s[4] == '-' && digits(0, 4) && digits(5, 2) &&
                        (s.size() == 7 || (s[7] == '-' && digits(8, 2)));
    if (!shaped) return fmt::format("'{}' is not a date ({})", s, expected);
    int const year = std::stoi(s.substr(0, 4));
    unsigned const month = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
    if (year < 1) return fmt::format("'{}' has no year 0000 ({})", s, expected);
    if (month < 1 || month > 12) return fmt::format("'{}' has no month {:02} ({})", s, month, expected);
    if (s.size() == 10) {
        unsigned const day = static_cast<unsigned>(std::stoi(s.substr(8, 2)));
        if (!std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok())
            return fmt::format("'{}' has no day {:02} in {:04}-{:02} ({})", s, day, year, month, expected);
    }
    return {};
}

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
        try {
            extractor.extract(source->bytes, options, *writer);
        } catch (std::exception const& e) {
            // One document the extractor cannot finish must not cost the others their records.
            std::cout.flush();
            print({{Severity::error, "extract.failed", source->name, 0, 0,
                    fmt::format("extraction stopped: {}; the records before this point were printed", e.what())}});
            failed = true;
        }
        std::cout.flush();
    }
    return failed ? exit_error : exit_clean;
}

}  // namespace

std::function<int()> add_extract_command(CLI::App& app) {
    auto options = std::make_shared<ExtractOptionsCli>();
    auto* cmd = app.add_subcommand("extract", "Print every figure of the inputs: quantities, dates, relations.");
    cmd->add_option("inputs", options->inputs, "Files to read, directories (their *.txt files) or - for standard input")
        ->required();
    cmd->add_option("--format", options->format, "jsonl (one JSON object a line) or text (a table)")
        ->check(CLI::IsMember({"jsonl", "text"}))
        ->capture_default_str();
    cmd->add_option("--rules", options->rules, "Rules directory holding lexicon/<language>/ (default: the shipped rules)");
    cmd->add_option("--language", options->language, "Lexicon language")->capture_default_str();
    cmd->add_option("--date", options->date, "The documents' date, YYYY-MM-DD or YYYY-MM, for dates without a year")
        ->check(check_date);
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
