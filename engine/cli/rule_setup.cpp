#include "cli/rule_setup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace claimcheck::cli {
namespace fs = std::filesystem;

std::vector<fs::path> shipped_packs(fs::path const& root) {
    std::vector<fs::path> packs;
    std::error_code ec;
    for (auto const& entry : fs::directory_iterator(root, ec)) {
        auto const name = entry.path().filename();
        if (entry.is_directory() && name != "lexicon" && name != "sources") packs.push_back(entry.path());
    }
    std::sort(packs.begin(), packs.end());
    return packs;
}

Document Engine::read(std::string file, std::string bytes, ExtractOptions const& options) const {
    io::SourceText source;
    source.name = std::move(file);
    source.bytes = std::move(bytes);
    return read(std::move(source), options);
}

Document Engine::read(io::SourceText source, ExtractOptions options) const {
    if (source.date) options.document_date = source.date;
    Document doc;
    doc.file = std::move(source.name);
    doc.bytes = std::move(source.bytes);
    doc.provenance = std::move(source.provenance);
    doc.extraction = extractor->extract(doc.bytes, options);
    doc.date = doc.extraction.document_date;
    claims->build(doc);
    attributor->attribute(doc);
    return doc;
}

std::unique_ptr<Engine> load_engine_or_report(RuleOptions const& options, std::string_view command,
                                              std::string_view consequence) {
    try {
        return load_engine(options);
    } catch (LoadError const& e) {
        for (auto const& d : e.diagnostics()) std::cerr << format_diagnostic(d) << '\n';
        std::cerr << fmt::format("claimcheck {}: error: the rules did not load; {}\n", command, consequence);
        return nullptr;
    }
}

std::unique_ptr<Engine> load_engine(RuleOptions const& options) {
    auto engine = std::make_unique<Engine>();
    fs::path const root = options.rules_root.empty() ? default_rules_directory() : fs::path(options.rules_root);
    engine->lexicon = load_lexicon(root / "lexicon" / options.language);
    auto const all = shipped_packs(root);
    std::vector<Diagnostic> errors;
    for (auto const& name : options.packs) {
        auto it = std::find_if(all.begin(), all.end(), [&](fs::path const& p) { return p.filename() == name; });
        if (it == all.end()) {
            errors.push_back({Severity::error, "rule.unknown-pack", name, 0, 0,
                              fmt::format("no shipped pack named '{}' in {}", name, root.string())});
        } else {
            engine->pack_dirs.push_back(*it);
        }
    }
    if (!errors.empty()) throw LoadError(std::move(errors));
    if (options.packs.empty() && options.use_shipped_packs) engine->pack_dirs = all;
    for (auto const& dir : options.rule_dirs) engine->pack_dirs.emplace_back(dir);
    // Kinds come from every shipped pack, selected or not, so a user's rule may bind them.
    std::vector<fs::path> kind_files;
    for (auto const& pack : all)
        if (fs::exists(pack / "kinds.yaml")) kind_files.push_back(pack / "kinds.yaml");
    for (auto const& dir : options.rule_dirs)
        if (fs::exists(fs::path(dir) / "kinds.yaml")) kind_files.push_back(fs::path(dir) / "kinds.yaml");
    engine->kinds = load_kinds(kind_files);
    engine->sources = load_sources(sources_file(root));
    engine->rules = load_rules(engine->pack_dirs, engine->lexicon, engine->kinds, options.data_root, &engine->sources);
    if (options.project) {
        auto project_errors = config::apply_rule_settings(engine->rules, *options.project);
        if (!project_errors.empty()) throw LoadError(std::move(project_errors));
    }
    engine->extractor = std::make_unique<Extractor>(engine->lexicon);
    engine->claims = std::make_unique<ClaimBuilder>(engine->lexicon, engine->kinds);
    engine->attributor = std::make_unique<sources::Attributor>(engine->lexicon, engine->sources);
    return engine;
}

}  // namespace claimcheck::cli
