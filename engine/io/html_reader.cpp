#include "io/html_reader.hpp"

#include "io/html_entities.hpp"
#include "io/html_metadata.hpp"
#include "io/html_tag.hpp"
#include "io/mapped_text.hpp"
#include "io/metadata_date.hpp"
#include "io/problem_at.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <memory>

namespace claimcheck::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <std::size_t N>
bool is_one_of(std::string_view const (&names)[N], std::string_view name) {
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Elements that start and end a paragraph of their own (br too: a line of its own).
constexpr std::string_view block_elements[] = {
    "address", "article", "aside",  "blockquote", "body",   "br",     "caption", "center",   "dd",     "details",
    "dialog",  "dir",     "div",    "dl",         "dt",     "fieldset", "figcaption", "figure", "footer", "form",
    "h1",      "h2",      "h3",     "h4",         "h5",     "h6",     "header",  "hgroup",   "hr",     "html",
    "legend",  "li",      "main",   "menu",       "nav",    "ol",     "option",  "p",        "pre",    "section",
    "summary", "table",   "tbody",  "tfoot",      "thead",  "tr",     "ul"};

// Elements whose content is not text a reader sees.
constexpr std::string_view hidden_elements[] = {"script", "style", "noscript", "template"};

// A title as a browser shows it: its runs of spaces and line breaks as one space.
std::string collapse_spaces(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

class HtmlReader {
public:
    HtmlReader(std::string const& name, std::string_view html, std::vector<Diagnostic>& problems)
        : name_(name), html_(html), out_(html), problems_(problems), lines_(html) {}

    void run() {
        std::size_t i = html_.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte-order mark is no text
        while (i < html_.size()) {
            char const c = html_[i];
            if (c == '<') {
                i = markup(i);
            } else if (c == '&') {
                i = reference(i);
            } else if (is_space(c)) {
                i = spaces(i);
            } else {
                std::size_t j = i + 1;
                while (j < html_.size() && html_[j] != '<' && html_[j] != '&' && !is_space(html_[j])) ++j;
                out_.copy(i, j);
                i = j;
            }
        }
        out_.trim_back(" \n");
    }

    MappedText& text() { return out_; }
    HtmlMetadata& metadata() { return meta_; }

private:
    void warn(std::size_t at, std::string message) {
        problems_.push_back(problem_at(Severity::warning, "input.html", name_, lines_, at, std::move(message)));
    }

    std::size_t reference(std::size_t i) {
        if (auto const r = reference_at(html_, i)) {
            out_.replace(i, i + r->length, r->text);
            return i + r->length;
        }
        out_.copy(i, i + 1);
        return i + 1;
    }

    // A run of spaces and line breaks reads as one space; none at the start of a paragraph.
    std::size_t spaces(std::size_t i) {
        std::size_t j = i;
        while (j < html_.size() && is_space(html_[j])) ++j;
        if (out_.text().empty() || out_.ends_with(" ") || out_.ends_with("\n")) return j;
        if (j - i == 1) out_.copy_as(i, ' ');
        else out_.replace(i, j, " ");
        return j;
    }

    // The break a block's tag stands for: a paragraph, or one line between table cells.
    void paragraph_break(std::size_t from, std::size_t to, std::string_view brk = "\n\n") {
        out_.trim_back(" ");
        if (out_.text().empty() || out_.ends_with(brk)) return;
        out_.replace(from, to, out_.ends_with("\n") ? brk.substr(1) : brk);
    }

    std::size_t markup(std::size_t i) {
        auto const rest = html_.substr(i);
        if (rest.starts_with("<!--")) return comment(i);
        if (rest.starts_with("<![CDATA[")) {
            auto const end = html_.find("]]>", i + 9);
            if (end == std::string_view::npos) {
                warn(i, "CDATA section is not closed (expected ']]>' before the end of the file); what follows is read");
                return i + 9;
            }
            out_.copy(i + 9, end);
            return end + 3;
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) {  // doctype, processing instruction
            auto const end = html_.find('>', i + 2);
            if (end == std::string_view::npos) {
                warn(i, fmt::format("'{}' is not closed by '>' before the end of the file; what follows is read",
                                    rest.substr(0, 2)));
                return i + 2;
            }
            return end + 1;
        }
        if (rest.starts_with("</>")) return i + 3;
        bool const tag = rest.size() > 1 && (is_letter(rest[1]) || (rest[1] == '/' && rest.size() > 2 && is_letter(rest[2])));
        if (!tag) {  // "4 < 5": a plain '<'
            out_.copy(i, i + 1);
            return i + 1;
        }
        auto read = read_tag(html_, i);
        if (auto* broken = std::get_if<BrokenTag>(&read)) {
            warn(broken->where, broken->what);
            out_.copy(i, i + 1);
            return i + 1;
        }
        return element(std::get<HtmlTag>(read), i);
    }

    std::size_t comment(std::size_t i) {
        for (std::string_view empty : {"<!-->", "<!--->"})
            if (html_.substr(i).starts_with(empty)) return i + empty.size();
        // Once no comment closes after some point, none will further on (one search, not one per '<!--').
        auto const end = i < unclosed_from_ ? html_.find("-->", i + 4) : std::string_view::npos;
        if (end == std::string_view::npos) {
            if (unclosed_from_ == std::string_view::npos)  // the next ones are the same problem: said once
                warn(i, "comment is not closed (expected '-->' before the end of the file); the text after '<!--' is read");
            unclosed_from_ = std::min(unclosed_from_, i);
            return i + 4;
        }
        return end + 3;
    }

    std::size_t element(HtmlTag const& tag, std::size_t at) {
        if (tag.closing) {
            if (is_one_of(block_elements, tag.name)) paragraph_break(at, tag.end);
            else if (tag.name == "td" || tag.name == "th") paragraph_break(at, tag.end, "\n");
            return tag.end;
        }
        if (tag.name == "meta" || tag.name == "link") read_metadata_tag(tag, at, meta_);
        if (is_one_of(block_elements, tag.name)) paragraph_break(at, tag.end);
        else if (tag.name == "td" || tag.name == "th") paragraph_break(at, tag.end, "\n");
        bool const hidden = is_one_of(hidden_elements, tag.name);
        if ((!hidden && tag.name != "title") || tag.self_closing) return tag.end;
        auto const closing = find_closing(html_, tag.end, tag.name);
        if (!closing) {
            warn(at, fmt::format("<{}> is not closed (expected </{}> before the end of the file); what follows is "
                                 "read as text",
                                 tag.name, tag.name));
            return tag.end;
        }
        if (tag.name == "title" && meta_.title.empty())
            meta_.title = collapse_spaces(decode_references(html_.substr(tag.end, closing->first - tag.end)));
        return closing->second;
    }

    std::string const& name_;
    std::string_view html_;
    MappedText out_;
    std::vector<Diagnostic>& problems_;
    report::LineIndex lines_;
    HtmlMetadata meta_;
    std::size_t unclosed_from_ = std::string_view::npos;  // no "-->" after a '<!--' from here on
};

}  // namespace

SourceText read_html(std::string name, std::string bytes, std::vector<Diagnostic>& problems) {
    auto const original = std::make_shared<std::string const>(std::move(bytes));
    HtmlReader reader(name, *original, problems);
    reader.run();
    auto& meta = reader.metadata();
    SourceText source;
    if (meta.date_as_written) {
        source.date = metadata_date(*meta.date_as_written);
        report::LineIndex lines(*original);
        if (!source.date)
            problems.push_back(problem_at(Severity::warning, "input.html", name, lines, meta.date_at,
                                          unreadable_date(*meta.date_as_written)));
    }
    source.name = std::move(name);
    auto [text, offsets] = reader.text().finish();
    source.bytes = std::move(text);
    source.provenance.format = "html";
    source.provenance.source = meta.source;
    source.provenance.url = meta.url;
    source.provenance.title = meta.title.empty() ? meta.meta_title : meta.title;
    source.provenance.offsets = std::move(offsets);
    source.provenance.original = original;
    return source;
}

}  // namespace claimcheck::io
