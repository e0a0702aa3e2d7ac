// Loads the claim kinds and period anchors of the rule packs (rules/<pack>/kinds.yaml),
// reporting every mistake with its position.
#include <claimcheck/claims.hpp>

#include "extract/dates.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace claimcheck {
namespace {

struct Declared {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
};

bool is_id(std::string const& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string where(Declared const& d) { return fmt::format("{}:{}:{}", d.file, d.line, d.column); }

// Reads one kinds.yaml into the registry; kind and anchor ids must be new across all files.
class KindsFileLoader {
public:
    KindsFileLoader(KindRegistry& registry, yaml::Reader& reader, std::vector<std::string> const& dimensions,
                    std::map<std::string, Declared>& kinds_seen, std::map<std::string, Declared>& anchors_seen)
        : registry_(registry), r_(reader), dimensions_(dimensions), kinds_seen_(kinds_seen), anchors_seen_(anchors_seen) {}

    void load(YAML::Node const& root) {
        if (root.IsNull()) return;
        if (!r_.check_keys(root, {"kinds", "anchors"}, "a kinds file")) return;
        if (root["kinds"] && r_.expect_map(root["kinds"], "'kinds'"))
            for (auto const& kv : root["kinds"]) kind(kv.first, kv.second);
        if (root["anchors"] && r_.expect_map(root["anchors"], "'anchors'"))
            for (auto const& kv : root["anchors"]) anchor(kv.first, kv.second);
    }

private:
    // The id of a kind or anchor, if it is well formed and new; reports it otherwise.
    std::optional<std::string> new_id(YAML::Node const& key, std::map<std::string, Declared>& seen, char const* what) {
        if (!key.IsScalar()) {
            r_.error(key, "kinds.bad-id", fmt::format("{} ids must be words", what));
            return std::nullopt;
        }
        auto const id = key.Scalar();
        if (!is_id(id)) {
            r_.error(key, "kinds.bad-id",
                     fmt::format("{} id '{}' must be lower-case letters, digits and '_' (e.g. territory_gained)", what, id));
            return std::nullopt;
        }
        Declared const here{r_.file(), static_cast<std::size_t>(key.Mark().line + 1),
                            static_cast<std::size_t>(key.Mark().column + 1)};
        auto [it, added] = seen.try_emplace(id, here);
        if (!added) {
            r_.error(key, fmt::format("kinds.duplicate-{}", what),
                     fmt::format("{} '{}' is already declared at {}", what, id, where(it->second)));
            return std::nullopt;
        }
        return id;
    }

    void kind(YAML::Node const& key, YAML::Node const& body) {
        auto id = new_id(key, kinds_seen_, "kind");
        if (!id) return;
        auto const what = fmt::format("kind '{}'", *id);
        if (!r_.check_keys(body, {"description", "dimension", "nouns", "cues", "fallback"}, what)) return;
        ClaimKind k;
        k.id = *id;
        k.file = r_.file();
        k.line = static_cast<std::size_t>(key.Mark().line + 1);
        if (body["description"]) k.description = r_.scalar(body["description"], "'description'").value_or("");
        if (body["dimension"]) k.dimension = dimension(body["dimension"], what);
        if (body["nouns"]) k.nouns = r_.strings(body["nouns"], "'nouns'");
        if (body["cues"]) k.cues = r_.strings(body["cues"], "'cues'");
        if (body["fallback"]) k.fallback = r_.boolean(body["fallback"], "'fallback'").value_or(false);
        if (!k.dimension.empty() && !k.nouns.empty()) {
            r_.error(body["nouns"], "kinds.nouns-with-dimension",
                     fmt::format("{} measures {}, so its figures have no counted noun: 'nouns' are for counts "
                                 "(remove 'dimension' or 'nouns')", what, k.dimension));
        }
        if (k.nouns.empty() && k.cues.empty() && !k.fallback) {
            r_.error(key, "kinds.unreachable",
                     fmt::format("{} can never be chosen: give it 'nouns', 'cues' or 'fallback: true'", what));
        }
        if (k.fallback && k.dimension.empty()) {
            r_.error(body["fallback"], "kinds.fallback-count",
                     fmt::format("{} is a fallback without a 'dimension': every count would get it", what));
        }
        registry_.kinds.push_back(std::move(k));
    }

    std::string dimension(YAML::Node const& node, std::string const& what) {
        auto const name = r_.scalar(node, "'dimension'").value_or("");
        if (name.empty() || std::find(dimensions_.begin(), dimensions_.end(), name) != dimensions_.end()) return name;
        std::vector<std::string_view> const known(dimensions_.begin(), dimensions_.end());
        std::string names;
        for (auto const& d : dimensions_) names += (names.empty() ? "" : ", ") + d;
        auto const hint = yaml::did_you_mean(name, known);
        r_.error(node, "kinds.unknown-dimension",
                 hint ? fmt::format("unknown dimension '{}' in {}; did you mean '{}'?", name, what, *hint)
                      : fmt::format("unknown dimension '{}' in {}; expected one of: {} (or none for counts)", name,
                                    what, names));
        return {};
    }

    void anchor(YAML::Node const& key, YAML::Node const& body) {
        auto id = new_id(key, anchors_seen_, "anchor");
        if (!id) return;
        auto const what = fmt::format("anchor '{}'", *id);
        if (!r_.check_keys(body, {"description", "date", "cues"}, what)) return;
        PeriodAnchor a;
        a.id = *id;
        if (body["description"]) a.description = r_.scalar(body["description"], "'description'").value_or("");
        if (!body["date"] || !body["cues"]) {
            r_.error(key, "kinds.missing-key", fmt::format("{} needs a 'date' and its 'cues'", what));
            return;
        }
        a.date = r_.scalar(body["date"], "'date'").value_or("");
        if (!a.date.empty() && !extract::parse_iso_date(a.date)) {
            r_.error(body["date"], "kinds.bad-date",
                     fmt::format("'{}' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY", a.date));
        }
        a.cues = r_.strings(body["cues"], "'cues'");
        registry_.anchors.push_back(std::move(a));
    }

    KindRegistry& registry_;
    yaml::Reader& r_;
    std::vector<std::string> const& dimensions_;
    std::map<std::string, Declared>& kinds_seen_;
    std::map<std::string, Declared>& anchors_seen_;
};

}  // namespace

ClaimKind const* KindRegistry::find(std::string_view id) const {
    for (auto const& k : kinds)
        if (k.id == id) return &k;
    return nullptr;
}

std::vector<std::string> default_dimensions() { return {"area", "length", "money", "ratio", "time"}; }

std::vector<std::filesystem::path> find_kind_files(std::filesystem::path const& rules_directory) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto const& entry : std::filesystem::directory_iterator(rules_directory, ec)) {
        auto const file = entry.path() / "kinds.yaml";
        if (entry.is_directory() && std::filesystem::is_regular_file(file, ec)) files.push_back(file);
    }
    std::sort(files.begin(), files.end());
    return files;
}

KindRegistry load_kinds(std::vector<std::filesystem::path> const& files, std::vector<std::string> const& dimensions) {
    std::vector<Diagnostic> errors;
    KindRegistry registry;
    std::map<std::string, Declared> kinds_seen;
    std::map<std::string, Declared> anchors_seen;
    for (auto const& file : files) {
        yaml::Reader reader(file.string(), errors);
        if (auto root = reader.load()) KindsFileLoader(registry, reader, dimensions, kinds_seen, anchors_seen).load(*root);
    }
    if (!errors.empty()) throw LoadError(std::move(errors));
    return registry;
}

}  // namespace claimcheck
