#include "io/markdown_reader.hpp"

#include "io/front_matter.hpp"
#include "io/mapped_text.hpp"
#include "io/problem_at.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace claimcheck::io {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0; }
bool is_punctuation(char c) { return c > ' ' && c < 0x7F && !is_alnum(c); }

// What a line is, for the lines after it: prose lines of one paragraph are joined.
enum class Block { blank, prose, heading, list_item, code, other };

class MarkdownReader {
public:
    MarkdownReader(std::string const& name, std::string_view md, std::vector<Diagnostic>& problems)
        : name_(name), md_(md), out_(md), problems_(problems), lines_(md) {}

    void run(std::size_t pos) {
        if (pos == 0 && md_.starts_with("\xEF\xBB\xBF")) pos = 3;  // a byte-order mark is no text
        bool mid_line = false;  // the line goes on after a comment that began on an earlier line
        while (pos < md_.size()) {
            std::size_t eol = md_.find('\n', pos);
            if (eol == std::string_view::npos) eol = md_.size();
            std::size_t end = eol;
            if (end > pos && md_[end - 1] == '\r') --end;
            std::size_t const stop = mid_line ? inline_text(pos, end, true) : line(pos, end);
            mid_line = stop > end;
            if (mid_line) {
                pos = stop;
                continue;
            }
            if (eol < md_.size()) newline_ = eol;
            pos = eol + 1;
        }
        if (fence_) warn(fence_->at, fmt::format("code block opened by {} is not closed (expected a closing {} line); "
                                                 "the rest of the file is taken as code and not read",
                                                 std::string(fence_->length, fence_->mark),
                                                 std::string(fence_->length, fence_->mark)));
        end_line(false);
    }

    MappedText& text() { return out_; }
    std::vector<std::pair<std::size_t, std::size_t>> const& code() const { return code_; }

private:
    struct Fence {
        char mark;
        std::size_t length;
        std::size_t at;
    };

    void warn(std::size_t at, std::string message) {
        problems_.push_back(problem_at(Severity::warning, "input.markdown", name_, lines_, at, std::move(message)));
    }

    // The line break before the line being read: a space inside a paragraph, else kept.
    void end_line(bool join) {
        if (!newline_) return;
        if (join) out_.copy_as(*newline_, ' ');
        else out_.copy(*newline_, *newline_ + 1);
        newline_.reset();
    }

    // A line left out whole (code, a rule, a link definition); its line break stays.
    std::size_t skip(std::size_t end, Block block) {
        end_line(false);
        previous_ = block;
        return end;
    }

    // A line of code, [begin, end): kept apart so its comments are not taken for directives.
    std::size_t skip_code(std::size_t begin, std::size_t end) {
        if (!code_.empty() && code_.back().second + 2 >= begin) code_.back().second = end;  // the next line of one block
        else code_.emplace_back(begin, end);
        return skip(end, Block::code);
    }

    std::size_t run_of(std::size_t i, std::size_t end, char c) const {
        std::size_t j = i;
        while (j < end && md_[j] == c) ++j;
        return j - i;
    }

    bool only(std::size_t i, std::size_t end, std::string_view chars) const {
        for (; i < end; ++i)
            if (chars.find(md_[i]) == std::string_view::npos) return false;
        return true;
    }

    // `***`, `- - -`, `___`, and `===` / `---` under a heading.
    bool is_rule(std::size_t i, std::size_t end) const {
        char const c = md_[i];
        if (c != '-' && c != '*' && c != '_' && c != '=') return false;
        std::size_t marks = 0;
        for (std::size_t j = i; j < end; ++j) {
            if (md_[j] == c) ++marks;
            else if (!is_blank(md_[j])) return false;
        }
        return marks >= 3;
    }

    // `[label]: https://…`
    bool is_link_definition(std::size_t i, std::size_t end) const {
        if (md_[i] != '[') return false;
        auto const close = md_.substr(0, end).find("]:", i + 1);
        return close != std::string_view::npos && close > i + 1 && md_.substr(i, close - i).find(']') == std::string_view::npos;
    }

    std::size_t line(std::size_t b, std::size_t end) {
        std::size_t i = b;
        std::size_t columns = 0;
        for (; i < end && is_blank(md_[i]); ++i) columns += md_[i] == '\t' ? 4 - columns % 4 : 1;
        if (fence_) {
            if (columns <= 3 && run_of(i, end, fence_->mark) >= fence_->length &&
                only(i + run_of(i, end, fence_->mark), end, " \t"))
                fence_.reset();
            return skip_code(b, end);
        }
        if (i == end) {
            end_line(false);
            previous_ = Block::blank;
            return end;
        }
        if (columns <= 3 && (md_[i] == '`' || md_[i] == '~') && run_of(i, end, md_[i]) >= 3 &&
            (md_[i] == '~' || md_.substr(i, end - i).find('`', run_of(i, end, '`')) == std::string_view::npos)) {
            fence_ = Fence{md_[i], run_of(i, end, md_[i]), i};
            return skip_code(b, end);
        }
        // An indented block is code unless it continues a paragraph or a list item.
        if (columns >= 4 && (previous_ == Block::blank || previous_ == Block::code) && !in_list_)
            return skip_code(b, end);
        if (columns <= 3 && (is_rule(i, end) || is_link_definition(i, end))) {
            in_list_ = in_list_ && md_[i] != '=';
            return skip(end, Block::other);
        }
        if (md_[i] == '|') {  // a table row; its separator row is left out
            if (only(i, end, "|-: \t")) return skip(end, Block::other);
            end_line(false);
            previous_ = Block::other;
            return inline_text(i, end, true);
        }
        Block block = Block::prose;
        std::size_t p = i;
        bool const quoted = md_[p] == '>';
        while (p < end && md_[p] == '>') {  // quote marks
            ++p;
            while (p < end && is_blank(md_[p])) ++p;
        }
        std::size_t content_end = end;
        std::size_t const hashes = run_of(p, end, '#');
        if (hashes >= 1 && hashes <= 6 && (p + hashes == end || is_blank(md_[p + hashes]))) {
            block = Block::heading;
            p += hashes;
            // A closing run of `#` after a space goes too.
            while (content_end > p && is_blank(md_[content_end - 1])) --content_end;
            std::size_t k = content_end;
            while (k > p && md_[k - 1] == '#') --k;
            if (k < content_end && (k == p || is_blank(md_[k - 1]))) content_end = k;
            while (content_end > p && is_blank(md_[content_end - 1])) --content_end;
        } else if (p + 1 < end && (md_[p] == '-' || md_[p] == '*' || md_[p] == '+') && is_blank(md_[p + 1])) {
            block = Block::list_item;
            p += 1;
        } else if (std::size_t const digits = run_of_digits(p, end); digits >= 1 && digits <= 3 && p + digits + 1 < end &&
                   (md_[p + digits] == '.' || md_[p + digits] == ')') && is_blank(md_[p + digits + 1])) {
            block = Block::list_item;
            p += digits + 1;
        }
        while (p < end && is_blank(md_[p])) ++p;
        if (block == Block::list_item) in_list_ = true;
        else if (block == Block::heading || (columns == 0 && previous_ == Block::blank)) in_list_ = false;
        // A quote that starts is a block of its own; its lines join as a paragraph's do.
        bool const joins = block == Block::prose && (previous_ == Block::prose || previous_ == Block::list_item) &&
                           (!quoted || previous_quoted_);
        end_line(joins);
        previous_ = block;
        previous_quoted_ = quoted;
        return inline_text(p, std::max(p, content_end), true);
    }

    std::size_t run_of_digits(std::size_t i, std::size_t end) const {
        std::size_t j = i;
        while (j < end && is_digit(md_[j])) ++j;
        return j - i;
    }

    // `[text](url)` or `[text][ref]` at `i`: where the text ends and the link does.
    std::optional<std::pair<std::size_t, std::size_t>> link_at(std::size_t i, std::size_t end) {
        auto const close = matching(i, end);
        if (!close || *close + 1 >= end) return std::nullopt;
        char const next = md_[*close + 1];
        if (next != '(' && next != '[') return std::nullopt;
        auto const target_end = matching(*close + 1, end);
        if (!target_end) return std::nullopt;
        return std::pair(*close, *target_end + 1);
    }

    // The bracket that closes the one at `i` (`[`, `(`), before `end`.
    std::optional<std::size_t> matching(std::size_t i, std::size_t end) {
        if (closing_.empty()) match_brackets();
        std::size_t const j = closing_[i - segment_];
        if (j == 0 || j >= end) return std::nullopt;
        return j;
    }

    // Pairs the brackets of the segment once (a stack per kind), so that a line full of
    // brackets is read in linear time.
    void match_brackets() {
        closing_.assign(segment_end_ - segment_ + 1, 0);
        std::vector<std::size_t> squares, rounds;
        for (std::size_t j = segment_; j < segment_end_; ++j) {
            char const c = md_[j];
            if (c == '\\') {
                ++j;
            } else if (c == '[' || c == '(') {
                (c == '[' ? squares : rounds).push_back(j);
            } else if ((c == ']' && !squares.empty()) || (c == ')' && !rounds.empty())) {
                auto& open = c == ']' ? squares : rounds;
                closing_[open.back() - segment_] = j;
                open.pop_back();
            }
        }
    }

    // Whether a search for the run (mark, length) closing after `i` already failed from an earlier
    // point: then it fails again, and a line full of lone marks is read in linear time.
    bool known_unclosed(char mark, std::size_t length, std::size_t i, std::size_t end) const {
        auto const it = unclosed_.find({mark, length});
        return it != unclosed_.end() && i >= it->second.first && end <= it->second.second;
    }
    void remember_unclosed(char mark, std::size_t length, std::size_t i, std::size_t end) {
        unclosed_[{mark, length}] = {i, end};
    }

    // A run of `*` or `_` at `i` opens emphasis when the same run closes it later on the line.
    std::optional<std::size_t> emphasis_closer(std::size_t i, std::size_t length, std::size_t end) {
        // Marks inside a word ("snake_case", "5*3") are the word's own.
        char const c = md_[i];
        bool const after_word = i > 0 && is_alnum(md_[i - 1]);
        if (i + length >= end || is_blank(md_[i + length]) || after_word) return std::nullopt;
        if (known_unclosed(c, length, i, end)) return std::nullopt;
        for (std::size_t j = i + length + 1; j + length <= end; ++j) {
            if (md_[j] != c) continue;
            std::size_t const run = run_of(j, end, c);
            bool const before_word = j + run < end && is_alnum(md_[j + run]);
            if (run == length && !is_blank(md_[j - 1]) && !before_word) return j;
            j += run - 1;
        }
        remember_unclosed(c, length, i, end);
        return std::nullopt;
    }

    // The run of `ticks` backticks that closes a code span opened at `i`.
    std::optional<std::size_t> code_closer(std::size_t i, std::size_t ticks, std::size_t end) {
        if (known_unclosed('`', ticks, i, end)) return std::nullopt;
        for (std::size_t j = i + ticks; j < end;) {
            std::size_t const run = run_of(j, end, '`');
            if (run == ticks) return j;
            j += run ? run : 1;
        }
        remember_unclosed('`', ticks, i, end);
        return std::nullopt;
    }

    // Reads [i, end) of a line. `outer`: a comment may run on past the line, and the byte after
    // it is returned; else `end`.
    std::size_t inline_text(std::size_t i, std::size_t end, bool outer) {
        if (outer) {  // a new segment: its brackets are paired when a link is first looked for
            segment_ = i;
            segment_end_ = end;
            closing_.clear();
        }
        std::size_t plain = i;  // the start of bytes copied as they are
        auto const flush = [&](std::size_t upto) {
            out_.copy(plain, upto);
        };
        while (i < end) {
            char const c = md_[i];
            if (c == '\\' && i + 1 < end && is_punctuation(md_[i + 1])) {
                flush(i);
                plain = i + 1;
                i += 2;
                continue;
            }
            if (c == '<' && md_.substr(i, 4) == "<!--") {
                // Once no comment closes after some point, none will further on (one search, not one per '<!--').
                auto const close = i < unclosed_from_ ? md_.find("-->", i + 4) : std::string_view::npos;
                if (close == std::string_view::npos) unclosed_from_ = std::min(unclosed_from_, i);
                flush(i);
                if (close == std::string_view::npos || (!outer && close + 3 > end)) {
                    if (close == std::string_view::npos && !warned_unclosed_comment_) {  // the next ones are the same
                        warn(i, "HTML comment is not closed (expected '-->'); the text after '<!--' is read");
                        warned_unclosed_comment_ = true;
                    }
                    plain = i + (close == std::string_view::npos ? 4 : 0);
                    i += 4;
                    continue;
                }
                if (close + 3 > end) return close + 3;  // the comment ends on a later line
                plain = i = close + 3;
                continue;
            }
            if (c == '`') {
                std::size_t const ticks = run_of(i, end, '`');
                if (auto const j = code_closer(i, ticks, end)) {  // code in a sentence keeps its words, not its backticks
                    flush(i);
                    out_.copy(i + ticks, *j);
                    plain = i = *j + ticks;
                } else {
                    i += ticks;
                }
                continue;
            }
            if ((c == '[' || (c == '!' && i + 1 < end && md_[i + 1] == '['))) {
                bool const image = c == '!';
                if (auto const link = link_at(image ? i + 1 : i, end)) {
                    flush(i);
                    if (!image) inline_text(i + 1, link->first, false);
                    plain = i = link->second;
                    continue;
                }
            }
            if (c == '*' || c == '_') {
                std::size_t const length = run_of(i, end, c);
                auto const closer = std::find(closers_.begin(), closers_.end(), i);
                if (closer != closers_.end()) {
                    closers_.erase(closer);
                    flush(i);
                    plain = i = i + length;
                    continue;
                }
                if (length <= 3) {
                    if (auto const j = emphasis_closer(i, length, end)) {
                        closers_.push_back(*j);
                        flush(i);
                        plain = i = i + length;
                        continue;
                    }
                }
                i += length;
                continue;
            }
            ++i;
        }
        flush(end);
        if (outer) {
            closers_.clear();
            unclosed_.clear();
        }
        return end;
    }

    std::string const& name_;
    std::string_view md_;
    MappedText out_;
    std::vector<std::pair<std::size_t, std::size_t>> code_;
    std::vector<Diagnostic>& problems_;
    report::LineIndex lines_;
    std::optional<std::size_t> newline_;  // the line break before the line being read, not yet written
    Block previous_ = Block::blank;
    bool previous_quoted_ = false;
    bool in_list_ = false;
    std::optional<Fence> fence_;
    std::vector<std::size_t> closers_;  // emphasis marks that close a run opened earlier on the line
    std::size_t unclosed_from_ = std::string_view::npos;  // no "-->" after a '<!--' from here on
    bool warned_unclosed_comment_ = false;
    std::size_t segment_ = 0;       // the part of a line the outer inline_text reads
    std::size_t segment_end_ = 0;
    std::vector<std::size_t> closing_;  // per byte of the segment: its closing bracket, 0 for none
    // (mark, run length) → [from, end): no closing run there (see known_unclosed).
    std::map<std::pair<char, std::size_t>, std::pair<std::size_t, std::size_t>> unclosed_;
};

}  // namespace

SourceText read_markdown(std::string name, std::string bytes, std::vector<Diagnostic>& problems) {
    auto const original = std::make_shared<std::string const>(std::move(bytes));
    auto const front = read_front_matter(name, *original, problems);
    MarkdownReader reader(name, *original, problems);
    reader.run(front.body);
    auto [text, offsets] = reader.text().finish();
    SourceText source;
    source.name = std::move(name);
    source.bytes = std::move(text);
    source.date = front.date;
    source.provenance.format = "markdown";
    source.provenance.source = front.source;
    source.provenance.url = front.url;
    source.provenance.title = front.title;
    source.provenance.offsets = std::move(offsets);
    source.provenance.original = original;
    source.provenance.code = reader.code();
    return source;
}

}  // namespace claimcheck::io
