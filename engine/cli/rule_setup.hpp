// What `check` and `test` share: the lexicon, the claim kinds and the rules, from the shipped
// rules directory and the user's own pack directories.
#pragma once

#include <claimcheck/claims.hpp>
#include <claimcheck/extractor.hpp>
#include <claimcheck/lexicon.hpp>
#include <claimcheck/rules.hpp>
#include <claimcheck/sources.hpp>

#include "config/project_config.hpp"
#include "io/input.hpp"
#include "sources/attributor.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

struct RuleOptions {
    std::string rules_root;              // --rules-root: the shipped rules (lexicon/ and packs)
    std::vector<std::string> packs;      // --pack NAME: shipped packs to use (default: all)
    std::vector<std::string> rule_dirs;  // --rules DIR: the user's own packs
    std::string language = "fr";
    std::string data_root;               // --data DIR: reference data (else CLAIMCHECK_DATA)
    bool use_shipped_packs = true;       // with no --pack: all shipped packs, or none
    std::string config_file;             // --config FILE: the project file (else found by walking up)
    bool no_config = false;              // --no-config
    // The project file once loaded (cli/config_setup.hpp): its severities and rules turned off
    // apply to the rules as they load.
    std::optional<config::ProjectConfig> project;
};

struct Engine {
    Lexicon lexicon;
    KindRegistry kinds;
    SourceRegistry sources;
    RuleSet rules;
    std::vector<std::filesystem::path> pack_dirs;
    // Built once the rest is loaded; they hold references to the lexicon and kinds above.
    std::unique_ptr<Extractor> extractor;
    std::unique_ptr<ClaimBuilder> claims;
    std::unique_ptr<sources::Attributor> attributor;

    // Extracts the figures of `bytes` and builds their claims.
    Document read(std::string file, std::string bytes, ExtractOptions const& options = {}) const;
    // The same for a document read from an input: its own date (front matter, <meta>, record)
    // comes before options.document_date (--date), and its provenance maps positions back.
    Document read(io::SourceText source, ExtractOptions options = {}) const;
};

// Loads everything or throws LoadError with every problem found.
std::unique_ptr<Engine> load_engine(RuleOptions const& options);
// The same for a command: prints every problem and "claimcheck <command>: error: the rules did
// not load; <consequence>" on stderr, and returns null.
std::unique_ptr<Engine> load_engine_or_report(RuleOptions const& options, std::string_view command,
                                              std::string_view consequence);

// The shipped packs: every directory of the rules root but lexicon/.
std::vector<std::filesystem::path> shipped_packs(std::filesystem::path const& root);

}  // namespace claimcheck::cli
