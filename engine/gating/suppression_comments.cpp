// The suppression comments of Markdown and HTML articles, read from the file's original bytes
// (the text the engine reads has its comments taken out).
#include "gating/suppressions.hpp"

#include "report/line_index.hpp"
#include "yaml/yaml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace claimcheck::gating {
namespace {

constexpr std::string_view open_mark = "<!--";
constexpr std::string_view close_mark = "-->";
constexpr std::string_view prefix = "claimcheck-";
constexpr std::string_view blanks = " \t\r\n";

std::string_view trim(std::string_view s) {
    auto const b = s.find_first_not_of(blanks);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(blanks) - b + 1);
}

// One claimcheck comment: what it says and which bytes it takes.
struct Directive {
    std::string kind;  // disable-next-line, disable or enable
    std::vector<std::string> rules;
    std::string reason;
    std::size_t begin = 0, end = 0;
    Location at;
};

// "core/a, conflict/ -- why" → the rules ("*" when none) and the reason; an error message when
// a word before " -- " is not a rule (a reason written without its " -- ").
std::optional<std::string> parse_rules_and_reason(std::string_view rest, Directive& d) {
    auto const dashes = rest.find("--");
    if (dashes != std::string_view::npos) d.reason = std::string(trim(rest.substr(dashes + 2)));
    std::string_view words = rest.substr(0, dashes);
    while (!(words = trim(words)).empty()) {
        auto const stop = std::min(words.find_first_of(", \t\r\n"), words.size());
        auto const word = words.substr(0, stop);
        words.remove_prefix(stop);
        if (!words.empty() && words.front() == ',') words.remove_prefix(1);
        if (word.empty()) continue;
        if (!is_rule_pattern(word))
            return fmt::format("'{}' is not a rule; a reason goes after ' -- ': claimcheck-{} RULE[, RULE…] -- reason "
                               "(RULE: a rule id such as core/part-within-whole, a pack such as conflict/, or *)",
                               word, d.kind);
        d.rules.emplace_back(word);
    }
    if (d.rules.empty()) d.rules.emplace_back("*");
    return std::nullopt;
}

// The first line after `offset`'s that is not blank: [its first byte, its end).
std::optional<std::pair<std::size_t, std::size_t>> next_text_line(std::string_view original, std::size_t offset) {
    for (auto eol = original.find('\n', offset); eol != std::string_view::npos; eol = original.find('\n', eol + 1)) {
        auto const start = eol + 1;
        auto const end = std::min(original.find('\n', start), original.size());
        if (!trim(original.substr(start, end - start)).empty()) return std::pair{start, end};
    }
    return std::nullopt;
}

class CommentReader {
public:
    CommentReader(std::string const& file, std::string_view original,
                  std::vector<std::pair<std::size_t, std::size_t>> const& code, std::vector<Diagnostic>& problems)
        : file_(file), original_(original), code_(code), lines_(original), problems_(problems) {}

    std::vector<SuppressionRule> read() {
        for (auto at = original_.find(open_mark); at != std::string_view::npos; at = original_.find(open_mark, at)) {
            auto const close = original_.find(close_mark, at + open_mark.size());
            if (close == std::string_view::npos) break;  // the reader has warned of the unclosed comment
            auto const body = trim(original_.substr(at + open_mark.size(), close - at - open_mark.size()));
            if (body.starts_with(prefix) && !in_code(at)) directive(body.substr(prefix.size()), at, close + close_mark.size());
            at = close + close_mark.size();
        }
        for (auto const& d : open_) add(d, d.end, original_.size());  // never enabled: to the end of the file
        return std::move(out_);
    }

private:
    void directive(std::string_view text, std::size_t begin, std::size_t end) {
        Directive d;
        d.begin = begin;
        d.end = end;
        d.at = location(begin);
        auto const stop = std::min(text.find_first_of(blanks), text.size());
        d.kind = std::string(text.substr(0, stop));
        if (d.kind != "disable-next-line" && d.kind != "disable" && d.kind != "enable") {
            auto const hint = yaml::did_you_mean(d.kind, {"disable-next-line", "disable", "enable"});
            return error(d.at, fmt::format("unknown comment 'claimcheck-{}'{} (expected claimcheck-disable-next-line, "
                                           "claimcheck-disable or claimcheck-enable)",
                                           d.kind, hint ? fmt::format("; did you mean 'claimcheck-{}'?", *hint) : ""));
        }
        if (auto const why = parse_rules_and_reason(text.substr(stop), d)) return error(d.at, *why);
        if (d.kind == "disable-next-line") {
            auto const line = next_text_line(original_, end);
            if (!line) return error(d.at, "claimcheck-disable-next-line has no line of text after it");
            add(d, line->first, line->second);
        } else if (d.kind == "disable") {
            open_.push_back(std::move(d));
        } else {
            enable(d);
        }
    }

    // A bare enable ends every open disable; an enable of rules, the latest disable of the same rules.
    void enable(Directive const& d) {
        auto sorted = [](std::vector<std::string> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        bool const every = d.rules == std::vector<std::string>{"*"};
        bool closed = false;
        for (auto it = open_.rbegin(); it != open_.rend();) {
            if (every || sorted(it->rules) == sorted(d.rules)) {
                add(*it, it->end, d.begin);
                it = std::reverse_iterator(open_.erase(std::next(it).base()));
                closed = true;
                if (!every) break;
            } else {
                ++it;
            }
        }
        if (!closed)
            error(d.at, fmt::format("claimcheck-enable {} has no claimcheck-disable of the same rules open before it",
                                    fmt::join(d.rules, ", ")));
    }

    void add(Directive const& d, std::size_t begin, std::size_t end) {
        SuppressionRule s;
        s.rules = d.rules;
        s.reason = d.reason;
        s.at = d.at;
        s.article = file_;
        s.begin = begin;
        s.end = end;
        out_.push_back(std::move(s));
    }

    // Comments are read in file order, so one forward walk of the lines places them all.
    Location location(std::size_t offset) {
        auto const lc = lines_.at(offset);
        Location at;
        at.file = file_;
        at.offset = offset;
        at.line = lc.line;
        at.column = lc.column;
        return at;
    }

    void error(Location const& at, std::string message) {
        problems_.push_back({Severity::error, "suppression.malformed", file_, at.line, at.column, std::move(message)});
    }

    bool in_code(std::size_t offset) const {
        return std::any_of(code_.begin(), code_.end(), [&](auto const& c) { return c.first <= offset && offset < c.second; });
    }

    std::string const& file_;
    std::string_view original_;
    std::vector<std::pair<std::size_t, std::size_t>> const& code_;
    report::LineIndex lines_;
    std::vector<Diagnostic>& problems_;
    std::vector<Directive> open_;  // disables waiting for their enable
    std::vector<SuppressionRule> out_;
};

}  // namespace

std::vector<SuppressionRule> comment_suppressions(std::string const& file, std::string_view original,
                                                  std::vector<std::pair<std::size_t, std::size_t>> const& code,
                                                  std::vector<Diagnostic>& problems) {
    return CommentReader(file, original, code, problems).read();
}

}  // namespace claimcheck::gating
