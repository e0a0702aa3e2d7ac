// `claimcheck extract`: the figures of each input as JSON Lines or a table.
#include "cli/commands.hpp"
#include "cli/date_option.hpp"
#include "cli/input_format_option.hpp"
#include "io/input.hpp"
#include "report/extract_writers.hpp"
#include "report/record_log.hpp"
#include "sources/attributor.hpp"

#include <claimcheck/claims.hpp>
#include <claimcheck/extractor.hpp>
#include <claimcheck/lexicon.hpp>
#include <claimcheck/sources.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

namespace claimcheck::cli {
namespace {

struct ExtractOptionsCli {
    std::vector<std::string> inputs;
    std::string format = "jsonl";
    std::string rules;
    std::string language = "fr";
    std::string date;
    bool claims = false;
    io::InputFormat input_format = io::InputFormat::automatic;
};

void print(std::vector<Diagnostic> const& ds) {
    for (auto const& d : ds) std::cerr << format_diagnostic(d) << '\n';
}

// Positions are written in the original file, through the document's provenance.
std::unique_ptr<report::ExtractWriter> make_writer(std::string const& format, std::string const& name,
                                                   std::string_view bytes, Provenance const& provenance) {
    if (format == "text") return std::make_unique<report::TextTableWriter>(std::cout, name, bytes, &provenance);
    return std::make_unique<report::JsonLinesWriter>(std::cout, name, bytes, &provenance);
}

// The unit dimensions the lexicon knows, which kinds.yaml may name.
std::vector<std::string> dimensions_of(Lexicon const& lexicon) {
    std::vector<std::string> out;
    for (auto const& u : lexicon.units)
        if (!u.dimension.empty() && std::find(out.begin(), out.end(), u.dimension) == out.end()) out.push_back(u.dimension);
    return out;
}

// --claims: the whole document is extracted first, then its records are written with each
// quantity's claim right after it.
void extract_with_claims(Extractor const& extractor, ClaimBuilder const& builder, sources::Attributor const& attributor,
                         ExtractOptions const& options, std::string const& format, io::SourceText& source) {
    report::RecordLog log;
    extractor.extract(source.bytes, options, log);
    Document doc;
    doc.file = source.name;
    doc.bytes = std::move(source.bytes);
    doc.provenance = std::move(source.provenance);
    doc.date = log.extraction.document_date;
    doc.extraction = std::move(log.extraction);
    builder.build(doc);
    attributor.attribute(doc);
    auto writer = make_writer(format, doc.file, doc.bytes, doc.provenance);
    log.replay(doc.extraction, *writer, [&](std::size_t i) { writer->on_claim(doc.claims[i]); });
}

int run(ExtractOptionsCli const& o) {
    std::filesystem::path const rules = o.rules.empty() ? default_rules_directory() : std::filesystem::path(o.rules);
    Lexicon lexicon;
    KindRegistry kinds;
    SourceRegistry registry;
    try {
        lexicon = load_lexicon(rules / "lexicon" / o.language);
        if (o.claims) kinds = load_kinds(find_kind_files(rules), dimensions_of(lexicon));
        if (o.claims) registry = load_sources(sources_file(rules));
    } catch (LoadError const& e) {
        print(e.diagnostics());
        return exit_error;
    }
    Extractor const extractor(lexicon);
    std::optional<ClaimBuilder> builder;
    if (o.claims) builder.emplace(lexicon, kinds);
    sources::Attributor const attributor(lexicon, registry);
    ExtractOptions options;
    if (!o.date.empty()) options.document_date = o.date;

    if (o.format == "text") {
        std::cout << "location\tid\tspan\tvalue\tinterval\tunit\tqualifier\tnoun\n";
    }
    bool failed = false;
    auto const read_one = [&](io::SourceText&& source) {
        // The document's own date (front matter, <meta>, record) comes before --date.
        ExtractOptions own = options;
        if (source.date) own.document_date = source.date;
        try {
            if (builder) extract_with_claims(extractor, *builder, attributor, own, o.format, source);
            else extractor.extract(source.bytes, own, *make_writer(o.format, source.name, source.bytes, source.provenance));
        } catch (std::exception const& e) {
            // One document the extractor cannot finish must not cost the others their records.
            std::cout.flush();
            print({{Severity::error, "extract.failed", source.name, 0, 0,
                    fmt::format("extraction stopped: {}; the records before this point were printed", e.what())}});
            failed = true;
        }
        std::cout.flush();
    };
    bool const read = io::read_inputs(o.inputs, read_one, nullptr, {}, o.input_format);
    return failed || !read ? exit_error : exit_clean;
}

}  // namespace

std::function<int()> add_extract_command(CLI::App& app) {
    auto options = std::make_shared<ExtractOptionsCli>();
    auto* cmd = app.add_subcommand("extract", "Print every figure of the inputs: quantities, dates, relations.");
    cmd->add_option("inputs", options->inputs,
                    "Files to read, directories (their *.txt, *.md, *.html, *.jsonl… files) or - for standard input")
        ->required();
    cmd->add_option("--format", options->format, "jsonl (one JSON object a line) or text (a table)")
        ->check(CLI::IsMember({"jsonl", "text"}))
        ->capture_default_str();
    cmd->add_option("--rules", options->rules, "Rules directory holding lexicon/<language>/ (default: the shipped rules)");
    cmd->add_option("--language", options->language, "Lexicon language")->capture_default_str();
    cmd->add_flag("--claims", options->claims,
                  "Also write each quantity's claim (kind, aspect, period, actor, place) right after it; "
                  "kinds come from every <rules>/<pack>/kinds.yaml");
    cmd->add_option("--date", options->date, "The documents' date, YYYY-MM-DD or YYYY-MM, for dates without a year")
        ->check(check_date);
    add_input_format_option(*cmd, options->input_format);
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
