// Loads rules/sources/registry.yaml, checking every link once all ids are known.
#include <claimcheck/sources.hpp>

#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace claimcheck {
namespace {

constexpr std::array<SourceType, 9> all_types{SourceType::news_agency, SourceType::research_institute,
                                              SourceType::ministry,    SourceType::armed_forces,
                                              SourceType::official,    SourceType::media,
                                              SourceType::government,  SourceType::international_org,
                                              SourceType::person};
constexpr std::array<std::string_view, 8> all_sides{"russia", "ukraine", "belarus", "north_korea", "west",
                                                    "south_korea", "neutral", "none"};

std::string joined(auto const& words) {
    std::string out;
    for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

// One link to check once every id is read: where it is written, and what it names.
struct PendingLink {
    YAML::Mark at;
    std::string from;
    std::string to;
    bool part_of = false;
};

class RegistryLoader {
public:
    explicit RegistryLoader(yaml::Reader& r) : r_(r) {}

    SourceRegistry load(YAML::Node const& root) {
        if (!r_.check_keys(root, {"sources"}, "the source registry") || !root["sources"]) return std::move(registry_);
        if (!r_.expect_sequence(root["sources"], "'sources'")) return std::move(registry_);
        for (auto const& item : root["sources"]) source(item);
        check_links();
        check_cycles();
        return std::move(registry_);
    }

private:
    void source(YAML::Node const& item) {
        if (!r_.check_keys(item, {"id", "type", "side", "names", "part_of", "derived_from"}, "a source")) return;
        if (!item["id"] || !item["names"] || !item["type"]) {
            r_.error(item, "sources.missing-key", "a source needs an 'id', a 'type' and its 'names'");
            return;
        }
        Source s;
        s.id = r_.scalar(item["id"], "a source's id").value_or("");
        s.line = static_cast<std::size_t>(item.Mark().line + 1);
        if (!ids_.emplace(s.id, item["id"].Mark()).second) {
            auto const first = ids_.at(s.id);
            r_.error(item["id"], "sources.duplicate-id",
                     fmt::format("source '{}' is already declared at line {}", s.id, first.line + 1));
            return;
        }
        s.names = r_.strings(item["names"], "a source's names");
        auto const type = r_.scalar(item["type"], "a source's type").value_or("");
        auto t = std::find_if(all_types.begin(), all_types.end(), [&](SourceType x) { return to_string(x) == type; });
        if (t == all_types.end()) {
            std::vector<std::string_view> names;
            for (auto x : all_types) names.push_back(to_string(x));
            auto hint = yaml::did_you_mean(type, names);
            r_.error(item["type"], "sources.bad-type",
                     hint ? fmt::format("unknown source type '{}'; did you mean '{}'?", type, *hint)
                          : fmt::format("unknown source type '{}'; expected one of: {}", type, joined(names)));
        } else {
            s.type = *t;
        }
        if (item["side"]) {
            s.side = r_.scalar(item["side"], "a source's side").value_or("none");
            if (std::find(all_sides.begin(), all_sides.end(), s.side) == all_sides.end()) {
                auto hint = yaml::did_you_mean(s.side, {all_sides.begin(), all_sides.end()});
                r_.error(item["side"], "sources.bad-side",
                         hint ? fmt::format("unknown side '{}'; did you mean '{}'?", s.side, *hint)
                              : fmt::format("unknown side '{}'; expected one of: {}", s.side, joined(all_sides)));
            }
        }
        links(item, "part_of", s, s.part_of, true);
        links(item, "derived_from", s, s.derived_from, false);
        registry_.sources.push_back(std::move(s));
    }

    void links(YAML::Node const& item, char const* key, Source const& s, std::vector<std::string>& out, bool part_of) {
        if (!item[key]) return;
        YAML::Node const node = item[key];
        if (node.IsScalar()) {
            out.push_back(node.Scalar());
            pending_.push_back({node.Mark(), s.id, node.Scalar(), part_of});
            return;
        }
        if (!r_.expect_sequence(node, key)) return;
        for (auto const& to : node) {
            if (auto id = r_.scalar(to, key)) {
                out.push_back(*id);
                pending_.push_back({to.Mark(), s.id, *id, part_of});
            }
        }
    }

    void check_links() {
        std::vector<std::string_view> known;
        for (auto const& [id, mark] : ids_) known.push_back(id);
        for (auto const& l : pending_) {
            if (ids_.count(l.to)) continue;
            auto hint = yaml::did_you_mean(l.to, known);
            r_.error(l.at, "sources.unknown-link",
                     hint ? fmt::format("'{}' links to unknown source '{}'; did you mean '{}'?", l.from, l.to, *hint)
                          : fmt::format("'{}' links to unknown source '{}'", l.from, l.to));
        }
    }

    // A part_of cycle would make "is X within Y" loop: it is reported at the link closing it.
    void check_cycles() {
        for (auto const& l : pending_) {
            if (!l.part_of || !ids_.count(l.to)) continue;
            if (l.from == l.to || reaches(l.to, l.from))
                r_.error(l.at, "sources.cycle", fmt::format("part_of cycle: '{}' is part of '{}', which is part of '{}'",
                                                            l.from, l.to, l.from));
        }
    }

    bool reaches(std::string const& from, std::string const& target) const {
        std::vector<std::string> todo{from};
        std::vector<std::string> seen;
        while (!todo.empty()) {
            auto id = todo.back();
            todo.pop_back();
            if (id == target) return true;
            if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
            seen.push_back(id);
            if (auto const* s = registry_.find(id)) todo.insert(todo.end(), s->part_of.begin(), s->part_of.end());
        }
        return false;
    }

    yaml::Reader& r_;
    SourceRegistry registry_;
    std::map<std::string, YAML::Mark> ids_;
    std::vector<PendingLink> pending_;
};

SourceRegistry load_with(yaml::Reader& reader, std::optional<YAML::Node> const& root, std::vector<Diagnostic>& errors) {
    SourceRegistry registry;
    if (root) registry = RegistryLoader(reader).load(*root);
    if (!errors.empty()) throw LoadError(std::move(errors));
    return registry;
}

}  // namespace

std::string_view to_string(SourceType t) {
    switch (t) {
    case SourceType::news_agency: return "news_agency";
    case SourceType::research_institute: return "research_institute";
    case SourceType::ministry: return "ministry";
    case SourceType::armed_forces: return "armed_forces";
    case SourceType::official: return "official";
    case SourceType::media: return "media";
    case SourceType::government: return "government";
    case SourceType::international_org: return "international_org";
    case SourceType::person: return "person";
    }
    return "official";
}

Source const* SourceRegistry::find(std::string_view id) const {
    for (auto const& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

bool SourceRegistry::within(std::string_view part, std::string_view whole) const {
    std::vector<std::string_view> todo{part};
    std::vector<std::string_view> seen;
    while (!todo.empty()) {
        auto id = todo.back();
        todo.pop_back();
        if (id == whole) return true;
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        if (auto const* s = find(id)) todo.insert(todo.end(), s->part_of.begin(), s->part_of.end());
    }
    return false;
}

SourceRegistry load_sources(std::filesystem::path const& file) {
    std::vector<Diagnostic> errors;
    yaml::Reader reader(file.string(), errors);
    auto root = reader.load();
    return load_with(reader, root, errors);
}

SourceRegistry load_sources_text(std::string const& text, std::string const& file) {
    std::vector<Diagnostic> errors;
    yaml::Reader reader(file, errors);
    auto root = reader.load_string(text);
    return load_with(reader, root, errors);
}

std::filesystem::path sources_file(std::filesystem::path const& rules_directory) {
    return rules_directory / "sources" / "registry.yaml";
}

}  // namespace claimcheck
