// Loads rules/lexicon/<lang>/*.yaml into a Lexicon, reporting every mistake with its position.
#include <claimcheck/lexicon.hpp>

#include "lexicon/plural.hpp"
#include "text/normalized_text.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#ifndef CLAIMCHECK_SOURCE_RULES_DIR
#define CLAIMCHECK_SOURCE_RULES_DIR ""
#endif
#ifndef CLAIMCHECK_INSTALL_RULES_DIR
#define CLAIMCHECK_INSTALL_RULES_DIR ""
#endif

namespace claimcheck {
namespace {

std::optional<Qualifier> qualifier_named(std::string_view name) {
    for (auto q : {Qualifier::exact, Qualifier::approx, Qualifier::at_least, Qualifier::more_than, Qualifier::at_most,
                   Qualifier::less_than, Qualifier::range, Qualifier::vague}) {
        if (to_string(q) == name) return q;
    }
    return std::nullopt;
}

// Reads one lexicon file into `lex`. Each top-level key is a section.
class SectionLoader {
public:
    SectionLoader(Lexicon& lex, yaml::Reader& reader, text::Folder const& folder)
        : lex_(lex), r_(reader), folder_(folder) {}

    void load(YAML::Node const& root) {
        if (root.IsNull()) return;
        if (!r_.check_keys(root, {"units", "rate_markers", "hedges", "approximate", "vague", "fractions", "nouns",
                                  "irregular", "not_nouns", "between_number_and_noun", "months", "day_suffixes",
                                  "years", "clock_cues", "idioms", "relations", "periods", "records", "actors",
                                  "sources", "places", "not_places", "abbreviations", "scopes", "attribution"},
                           "a lexicon file"))
            return;
        for (auto const& kv : root) {
            auto const key = kv.first.Scalar();
            auto const& value = kv.second;
            if (key == "units") units(value);
            else if (key == "rate_markers") words(value, lex_.rate_markers, key);
            else if (key == "hedges") hedges(value);
            else if (key == "approximate") approximate(value);
            else if (key == "vague") vague(value);
            else if (key == "fractions") fractions(value);
            else if (key == "nouns") nouns(value);
            else if (key == "irregular") irregular(value);
            else if (key == "not_nouns") words(value, lex_.not_nouns, key);
            else if (key == "between_number_and_noun") words(value, lex_.between_number_and_noun, key);
            else if (key == "months") months(value);
            else if (key == "day_suffixes") words(value, lex_.day_suffixes, key);
            else if (key == "years") years(value);
            else if (key == "clock_cues") words(value, lex_.clock_cues, key);
            else if (key == "idioms") idioms(value);
            else if (key == "relations") relations(value);
            else if (key == "periods") periods(value);
            else if (key == "records") words(value, lex_.claim_cues.records, key);
            else if (key == "actors") words(value, lex_.claim_cues.actors, key);
            else if (key == "sources") folded_list(value, lex_.claim_cues.sources, key);
            else if (key == "places") places(value);
            else if (key == "not_places") words(value, lex_.claim_cues.not_places, key);
            else if (key == "abbreviations") words(value, lex_.claim_cues.abbreviations, key);
            else if (key == "scopes") scopes(value);
            else if (key == "attribution") attribution(value);
        }
    }

private:
    std::u32string fold(std::string const& s) const { return folder_.fold_phrase(s); }

    void words(YAML::Node const& node, PhraseTrie& trie, std::string_view what, std::uint32_t payload = 0) {
        for (auto const& w : r_.strings(node, what)) trie.add(fold(w), payload);
    }

    // Words that can stand before a figure in its phrase are also phrase openers.
    void opener_words(YAML::Node const& node, PhraseTrie& trie, std::string_view what, std::uint32_t payload = 0) {
        for (auto const& w : r_.strings(node, what)) {
            trie.add(fold(w), payload);
            lex_.phrase_openers.add(fold(w), 0);
        }
    }

    void units(YAML::Node const& node) {
        if (!r_.expect_sequence(node, "units")) return;
        for (auto const& item : node) {
            if (!r_.check_keys(item, {"code", "dimension", "forms", "prefix"}, "a unit")) continue;
            UnitEntry unit;
            if (!item["code"]) { r_.error(item, "lexicon.missing-key", "a unit needs a 'code'"); continue; }
            if (!item["forms"]) { r_.error(item, "lexicon.missing-key", "a unit needs its 'forms'"); continue; }
            unit.code = r_.scalar(item["code"], "a unit's code").value_or("");
            if (item["dimension"]) unit.dimension = r_.scalar(item["dimension"], "a unit's dimension").value_or("");
            if (item["prefix"]) unit.prefix = r_.boolean(item["prefix"], "'prefix'").value_or(false);
            auto const index = static_cast<std::uint32_t>(lex_.units.size());
            lex_.units.push_back(unit);
            if (unit.prefix) opener_words(item["forms"], lex_.unit_forms, "a unit's forms", index);
            else words(item["forms"], lex_.unit_forms, "a unit's forms", index);
        }
    }

    void hedges(YAML::Node const& node) {
        if (!r_.expect_sequence(node, "hedges")) return;
        for (auto const& item : node) {
            if (!r_.check_keys(item, {"qualifier", "low", "high", "low_open", "high_open", "before", "after"}, "a hedge"))
                continue;
            if (!item["qualifier"]) { r_.error(item, "lexicon.missing-key", "a hedge needs a 'qualifier'"); continue; }
            HedgeEntry hedge;
            auto name = r_.scalar(item["qualifier"], "'qualifier'").value_or("");
            auto q = qualifier_named(name);
            if (!q) {
                r_.error(item["qualifier"], "lexicon.bad-value",
                         fmt::format("unknown qualifier '{}'; expected exact, approx, at_least, more_than, at_most or less_than", name));
                continue;
            }
            hedge.qualifier = *q;
            if (item["low"]) hedge.low = r_.number(item["low"], "'low'");
            if (item["high"]) hedge.high = r_.number(item["high"], "'high'");
            if (item["low_open"]) hedge.low_open = r_.boolean(item["low_open"], "'low_open'").value_or(false);
            if (item["high_open"]) hedge.high_open = r_.boolean(item["high_open"], "'high_open'").value_or(false);
            auto const index = static_cast<std::uint32_t>(lex_.hedges.size());
            lex_.hedges.push_back(hedge);
            if (item["before"]) opener_words(item["before"], lex_.hedges_before, "'before'", index);
            if (item["after"]) words(item["after"], lex_.hedges_after, "'after'", index);
        }
    }

    void approximate(YAML::Node const& node) {
        if (!r_.expect_sequence(node, "approximate")) return;
        for (auto const& item : node) {
            if (!r_.check_keys(item, {"forms", "value", "low", "high"}, "an approximate amount")) continue;
            if (!item["forms"] || !item["value"] || !item["low"] || !item["high"]) {
                r_.error(item, "lexicon.missing-key", "an approximate amount needs 'forms', 'value', 'low' and 'high'");
                continue;
            }
            ApproxEntry entry{r_.number(item["value"], "'value'").value_or(0), r_.number(item["low"], "'low'").value_or(0),
                              r_.number(item["high"], "'high'").value_or(0)};
            auto const index = static_cast<std::uint32_t>(lex_.approximate.size());
            lex_.approximate.push_back(entry);
            triggers(item["forms"]);
            words(item["forms"], lex_.approximate_forms, "'forms'", index);
        }
    }

    void vague(YAML::Node const& node) {
        if (!r_.check_keys(node, {"determiners", "nouns"}, "'vague'")) return;
        if (node["determiners"]) opener_words(node["determiners"], lex_.vague_determiners, "'determiners'");
        if (!node["nouns"] || !r_.expect_sequence(node["nouns"], "'nouns'")) return;
        for (auto const& item : node["nouns"]) {
            if (!r_.check_keys(item, {"forms", "scale"}, "a vague noun")) continue;
            if (!item["forms"] || !item["scale"]) {
                r_.error(item, "lexicon.missing-key", "a vague noun needs 'forms' and 'scale'");
                continue;
            }
            auto const index = static_cast<std::uint32_t>(lex_.vague_scales.size());
            lex_.vague_scales.push_back(r_.number(item["scale"], "'scale'").value_or(1));
            triggers(item["forms"]);
            words(item["forms"], lex_.vague_nouns, "'forms'", index);
        }
    }

    void fractions(YAML::Node const& node) {
        if (!r_.expect_sequence(node, "fractions")) return;
        for (auto const& item : node) {
            if (!r_.check_keys(item, {"forms", "value", "article"}, "a fraction")) continue;
            if (!item["forms"] || !item["value"]) {
                r_.error(item, "lexicon.missing-key", "a fraction needs 'forms' and 'value'");
                continue;
            }
            auto const index = static_cast<std::uint32_t>(lex_.fractions.size());
            lex_.fractions.push_back(r_.number(item["value"], "'value'").value_or(0));
            triggers(item["forms"]);
            words(item["forms"], lex_.fraction_forms, "'forms'", index);
            if (item["article"]) opener_words(item["article"], lex_.fraction_articles, "'article'");
        }
    }

    std::uint32_t lemma_index(std::string const& lemma) {
        auto [it, added] = lemma_ids_.try_emplace(lemma, static_cast<std::uint32_t>(lex_.noun_lemmas.size()));
        if (added) lex_.noun_lemmas.push_back(lemma);
        return it->second;
    }

    void nouns(YAML::Node const& node) {
        for (auto const& lemma : r_.strings(node, "'nouns'")) {
            auto const index = lemma_index(lemma);
            lex_.noun_forms.add(fold(lemma), index);
            for (auto const& plural : lexicon::regular_plurals(lemma)) lex_.noun_forms.add(fold(plural), index);
        }
    }

    void irregular(YAML::Node const& node) {
        if (!r_.expect_map(node, "'irregular'")) return;
        for (auto const& kv : node) {
            auto const lemma = kv.first.Scalar();
            auto const index = lemma_index(lemma);
            lex_.noun_forms.add(fold(lemma), index);
            words(kv.second, lex_.noun_forms, "an irregular noun's forms", index);
        }
    }

    void months(YAML::Node const& node) {
        if (!r_.expect_map(node, "'months'")) return;
        for (auto const& kv : node) {
            int month = 0;
            if (!YAML::convert<int>::decode(kv.first, month) || month < 1 || month > 12) {
                r_.error(kv.first, "lexicon.bad-value", "months are numbered 1 to 12");
                continue;
            }
            words(kv.second, lex_.months, "a month's names", static_cast<std::uint32_t>(month));
        }
    }

    void years(YAML::Node const& node) {
        if (!r_.check_keys(node, {"min", "max"}, "'years'")) return;
        if (node["min"]) lex_.year_min = static_cast<int>(r_.number(node["min"], "'min'").value_or(lex_.year_min));
        if (node["max"]) lex_.year_max = static_cast<int>(r_.number(node["max"], "'max'").value_or(lex_.year_max));
    }

    void idioms(YAML::Node const& node) {
        for (auto const& idiom : r_.strings(node, "'idioms'")) lex_.idioms.push_back(fold(idiom));
    }

    void relations(YAML::Node const& node) {
        if (!r_.check_keys(node, {"ratio", "ratio_after_words", "share_of_part", "share_of_whole", "rate", "increment", "conversion"},
                           "'relations'"))
            return;
        auto& cues = lex_.relation_cues;
        auto fill = [&](char const* key, std::vector<std::u32string>& out) {
            if (node[key]) for (auto const& w : r_.strings(node[key], key)) out.push_back(fold(w));
        };
        fill("ratio", cues.ratio);
        fill("ratio_after_words", cues.ratio_after_words);
        fill("share_of_part", cues.share_of_part);
        fill("share_of_whole", cues.share_of_whole);
        fill("rate", cues.rate);
        fill("increment", cues.increment);
        fill("conversion", cues.conversion);
    }

    void folded_list(YAML::Node const& node, std::vector<std::u32string>& out, std::string_view what) {
        for (auto const& w : r_.strings(node, what)) out.push_back(fold(w));
    }

    void periods(YAML::Node const& node) {
        if (!r_.check_keys(node, {"year_to_date", "month_to_date", "today", "yesterday", "one_month", "since",
                                  "date_prefixes", "year_prefixes", "duration_prefixes", "recent", "weekdays",
                                  "nights", "night_joins"},
                           "'periods'"))
            return;
        auto& cues = lex_.period_cues;
        auto phrase = [&](char const* key, PeriodCue cue) {
            if (node[key]) words(node[key], cues.phrases, key, static_cast<std::uint32_t>(cue));
        };
        phrase("year_to_date", PeriodCue::year_to_date);
        phrase("month_to_date", PeriodCue::month_to_date);
        phrase("today", PeriodCue::today);
        phrase("yesterday", PeriodCue::yesterday);
        phrase("one_month", PeriodCue::one_month);
        auto list = [&](char const* key, std::vector<std::u32string>& out) {
            if (node[key]) folded_list(node[key], out, key);
        };
        list("since", cues.since);
        list("date_prefixes", cues.date_prefixes);
        list("year_prefixes", cues.year_prefixes);
        list("duration_prefixes", cues.duration_prefixes);
        list("recent", cues.recent);
        list("nights", cues.nights);
        list("night_joins", cues.night_joins);
        if (node["weekdays"]) {
            auto const days = r_.strings(node["weekdays"], "'weekdays'");
            if (days.size() != 7) r_.error(node["weekdays"], "lexicon.bad-value", "'weekdays' must list the seven days, Monday first");
            for (std::size_t i = 0; i < days.size() && i < 7; ++i)
                cues.weekdays.add(fold(days[i]), static_cast<std::uint32_t>(i));
        }
    }

    void scopes(YAML::Node const& node) {
        if (!r_.check_keys(node, {"with", "without"}, "'scopes'")) return;
        if (node["with"]) words(node["with"], lex_.claim_cues.scopes, "'with'", 1);
        if (node["without"]) words(node["without"], lex_.claim_cues.scopes, "'without'", 0);
    }

    void places(YAML::Node const& node) {
        if (!r_.check_keys(node, {"named", "prepositions"}, "'places'")) return;
        if (node["named"]) words(node["named"], lex_.claim_cues.places, "'named'", 1);
        if (node["prepositions"]) words(node["prepositions"], lex_.claim_cues.places, "'prepositions'", 0);
    }

    void attribution(YAML::Node const& node) {
        if (!r_.check_keys(node, {"before_source", "auxiliaries", "participles", "verbs", "inverted_pronouns", "pronouns",
                                  "same_source", "not_sources", "chains", "unverified", "refers_back", "name_stops", "name_skips"},
                           "'attribution'"))
            return;
        auto& cues = lex_.attribution_cues;
        auto list = [&](char const* key, PhraseTrie& trie) {
            if (node[key]) words(node[key], trie, key);
        };
        list("before_source", cues.before_source);
        list("verbs", cues.verbs);
        list("inverted_pronouns", cues.inverted_pronouns);
        list("pronouns", cues.pronouns);
        list("same_source", cues.same_source);
        list("not_sources", cues.not_sources);
        list("chains", cues.chains);
        list("unverified", cues.unverified);
        list("refers_back", cues.refers_back);
        list("name_stops", cues.name_stops);
        list("name_skips", cues.name_skips);
        // Every auxiliary with every participle: "a déclaré", "ont déclaré", "l'a déclaré".
        if (node["auxiliaries"] && node["participles"]) {
            auto const participles = r_.strings(node["participles"], "participles");
            for (auto const& aux : r_.strings(node["auxiliaries"], "auxiliaries"))
                for (auto const& p : participles) cues.verbs.add(fold(aux + " " + p), 0);
        }
    }

    void triggers(YAML::Node const& forms) {
        for (auto const& f : r_.strings(forms, "'forms'")) lex_.trigger_words.push_back(text::to_utf8(fold(f)));
    }

    Lexicon& lex_;
    yaml::Reader& r_;
    text::Folder const& folder_;
    std::map<std::string, std::uint32_t> lemma_ids_;
};

}  // namespace

Lexicon load_lexicon(std::filesystem::path const& directory) {
    std::vector<Diagnostic> errors;
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec)) {
        throw LoadError({{Severity::error, "lexicon.missing", directory.string(), 0, 0,
                          "lexicon directory not found (set --rules or CLAIMCHECK_RULES)"}});
    }
    std::vector<std::filesystem::path> files;
    for (auto const& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        throw LoadError({{Severity::error, "lexicon.empty", directory.string(), 0, 0, "no *.yaml lexicon files here"}});
    }
    Lexicon lex;
    lex.language = directory.filename().string();
    text::Folder folder;
    // The grammar's own openers: ranges ("entre 10 et 15", "de 10 à 15") and articles ("une dizaine").
    for (auto const* word : {U"entre", U"de", U"un", U"une"}) lex.phrase_openers.add(word, 0);
    for (auto const& file : files) {
        yaml::Reader reader(file.string(), errors);
        if (auto root = reader.load()) SectionLoader(lex, reader, folder).load(*root);
    }
    if (!errors.empty()) throw LoadError(std::move(errors));
    // Sorted so that the idioms starting with one character are found by binary search.
    std::sort(lex.idioms.begin(), lex.idioms.end());
    lex.idioms.erase(std::remove_if(lex.idioms.begin(), lex.idioms.end(), [](auto const& i) { return i.empty(); }),
                     lex.idioms.end());
    std::sort(lex.trigger_words.begin(), lex.trigger_words.end());
    lex.trigger_words.erase(std::unique(lex.trigger_words.begin(), lex.trigger_words.end()), lex.trigger_words.end());
    return lex;
}

std::filesystem::path default_rules_directory() {
    if (char const* env = std::getenv("CLAIMCHECK_RULES"); env && *env) return env;
    std::error_code ec;
    for (std::filesystem::path candidate : {CLAIMCHECK_SOURCE_RULES_DIR, CLAIMCHECK_INSTALL_RULES_DIR}) {
        if (!candidate.empty() && std::filesystem::is_directory(candidate, ec)) return candidate;
    }
    return "rules";
}

}  // namespace claimcheck
