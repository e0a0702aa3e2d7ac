// Loads rule files: one YAML file a rule, its `check:` key picks the check kind, the rest are
// that kind's parameters. Every error of every file is collected before anything runs.
#include <claimcheck/claims.hpp>
#include <claimcheck/lexicon.hpp>
#include <claimcheck/rules.hpp>

#include "checks/check.hpp"
#include "reference/dataset.hpp"
#include "rules/message_template.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace claimcheck {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view common_keys[] = {"check", "severity", "message", "description", "rationale", "link"};

std::vector<fs::path> rule_files(fs::path const& pack) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(pack, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file() || it->path().extension() != ".yaml") continue;
        if (it->path().filename() == "kinds.yaml") continue;
        // Reference data declarations are read by the rules that name them, not as rules.
        if (it->path().filename().string().ends_with(reference::declaration_suffix)) continue;
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// "my-rules/month-in-year": the pack directory's name and the file's path in it. A pack given
// as "my-rules/" or "./my-rules" is still "my-rules".
std::string rule_id(fs::path const& pack, fs::path const& file) {
    auto const absolute = fs::absolute(pack).lexically_normal();
    auto const name = absolute.has_filename() ? absolute.filename() : absolute.parent_path().filename();
    auto relative = fs::relative(file, pack).replace_extension("");
    return (name / relative).generic_string();
}

std::vector<std::string_view> names_of_check_kinds() {
    std::vector<std::string_view> names;
    for (auto const& kind : checks::check_kinds()) names.push_back(kind.name);
    return names;
}

// Every {placeholder} must name a role or a computed value of the check, with a known field.
void check_message(std::string const& message, YAML::Node const& node, checks::CheckKind kind,
                   YAML::Node const& rule, yaml::Reader& reader) {
    if (kind.roles_from_bind && rule["bind"] && rule["bind"].IsMap())
        for (auto const& kv : rule["bind"]) kind.roles.push_back(kv.first.Scalar());
    auto const parsed = rules::parse_message(message);
    if (parsed.unclosed) {
        reader.error(node, "rule.message", fmt::format("the message has a '{{' at offset {} that is never closed", *parsed.unclosed));
    }
    auto const& fields = rules::claim_fields();
    for (auto const& p : parsed.placeholders) {
        bool const is_role = std::find(kind.roles.begin(), kind.roles.end(), p.name) != kind.roles.end();
        bool const is_value = std::find(kind.values.begin(), kind.values.end(), p.name) != kind.values.end();
        if (!is_role && !is_value) {
            std::vector<std::string> offered;
            for (auto const& r : kind.roles) offered.push_back("{" + r + "}");
            for (auto const& v : kind.values) offered.push_back("{" + v + "}");
            reader.error(node, "rule.placeholder",
                         fmt::format("the message placeholder '{{{}}}' names nothing; a {} rule offers {}", p.name,
                                     kind.name, fmt::join(offered, ", ")));
        } else if (!p.field.empty() && (is_value || std::find(fields.begin(), fields.end(), p.field) == fields.end())) {
            reader.error(node, "rule.placeholder",
                         fmt::format("'{{{}.{}}}': {} has no field '{}'{}", p.name, p.field, p.name, p.field,
                                     is_value ? "" : fmt::format("; a claim has {}", fmt::join(fields, ", "))));
        }
    }
}

std::optional<Rule> load_rule(fs::path const& pack, fs::path const& file, checks::RuleContext const& context,
                              std::vector<Diagnostic>& errors) {
    yaml::Reader reader(file.string(), errors);
    auto const before = errors.size();
    auto root = reader.load();
    if (!root) return std::nullopt;
    if (!reader.expect_map(*root, "a rule file")) return std::nullopt;
    if (!(*root)["check"]) {
        reader.error(*root, "rule.missing-key", "a rule needs 'check', the kind of check it is (see `claimcheck rules list`)");
        return std::nullopt;
    }
    auto const check_name = reader.scalar((*root)["check"], "'check'").value_or("");
    auto const* kind = checks::find_check_kind(check_name);
    if (!kind) {
        auto const names = names_of_check_kinds();
        auto hint = yaml::did_you_mean(check_name, names);
        reader.error((*root)["check"], "rule.unknown-check",
                     hint ? fmt::format("unknown check kind '{}'; did you mean '{}'?", check_name, *hint)
                          : fmt::format("unknown check kind '{}'; expected one of: {}", check_name, fmt::join(names, ", ")));
        return std::nullopt;
    }
    std::vector<std::string_view> allowed(std::begin(common_keys), std::end(common_keys));
    allowed.insert(allowed.end(), kind->parameters.begin(), kind->parameters.end());
    reader.check_keys(*root, allowed, fmt::format("a {} rule", kind->name));

    Rule rule;
    rule.id = rule_id(pack, file);
    rule.check = kind->name;
    rule.file = file;
    if (auto fixture = fs::path(file).replace_extension(".txt"); fs::exists(fixture)) rule.fixture = fixture;
    if (auto const node = (*root)["severity"]) {
        if (auto const name = reader.scalar(node, "'severity'")) {
            if (auto s = rule_severity_named(*name)) rule.severity = *s;
            else reader.error(node, "rule.bad-value", fmt::format("unknown severity '{}'; expected error, warning or info", *name));
        }
    }
    for (auto [key, field] : {std::pair{"description", &rule.description}, std::pair{"rationale", &rule.rationale},
                              std::pair{"link", &rule.link}}) {
        if (auto const node = (*root)[key]) {
            *field = reader.scalar(node, fmt::format("'{}'", key)).value_or("");
            while (!field->empty() && (field->back() == '\n' || field->back() == ' ')) field->pop_back();  // folded scalars
        }
    }
    if (auto const node = (*root)["message"]) {
        rule.message = reader.scalar(node, "'message'").value_or("");
        check_message(rule.message, node, *kind, *root, reader);
    } else {
        reader.error(*root, "rule.missing-key", "a rule needs a 'message' (it may name the bound claims: {role})");
    }
    auto impl = kind->make(*root, reader, context);
    if (errors.size() != before || !impl) return std::nullopt;
    rule.impl = std::move(impl);
    return rule;
}

}  // namespace

std::string_view to_string(RuleSeverity s) {
    switch (s) {
    case RuleSeverity::info: return "info";
    case RuleSeverity::warning: return "warning";
    case RuleSeverity::error: return "error";
    }
    return "warning";
}

std::optional<RuleSeverity> rule_severity_named(std::string_view name) {
    for (auto s : {RuleSeverity::info, RuleSeverity::warning, RuleSeverity::error})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

RuleSet load_rules(std::vector<fs::path> const& packs, Lexicon const& lexicon, KindRegistry const& kinds,
                   fs::path const& data_root, SourceRegistry const* sources) {
    std::vector<Diagnostic> errors;
    checks::RuleContext const context{lexicon, kinds, data_root, sources};
    RuleSet set;
    std::set<std::string> ids;
    for (auto const& pack : packs) {
        std::error_code ec;
        if (!fs::is_directory(pack, ec)) {
            errors.push_back({Severity::error, "rule.missing-pack", pack.string(), 0, 0, "rule pack directory not found"});
            continue;
        }
        for (auto const& file : rule_files(pack)) {
            auto rule = load_rule(pack, file, context, errors);
            if (!rule) continue;
            if (!ids.insert(rule->id).second) {
                errors.push_back({Severity::error, "rule.duplicate-id", file.string(), 0, 0,
                                  fmt::format("a rule with id '{}' is already loaded from another directory", rule->id)});
                continue;
            }
            set.rules.push_back(std::move(*rule));
        }
    }
    if (!errors.empty()) throw LoadError(std::move(errors));
    return set;
}

}  // namespace claimcheck
