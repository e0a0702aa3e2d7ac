#include "report/escaping.hpp"
#include "report/html_highlight.hpp"
#include "report/html_words.hpp"
#include "report/html_writer.hpp"
#include "report/original_positions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace claimcheck::report {
namespace {

struct Paragraph {
    std::size_t start = 0;
    std::size_t end = 0;  // exclusive, without the line breaks that end it
};

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// Paragraphs are separated by blank lines; a single line break stays inside its paragraph.
std::vector<Paragraph> paragraphs(std::string_view text) {
    std::vector<Paragraph> out;
    std::optional<Paragraph> open;
    for (std::size_t at = 0; at < text.size();) {
        auto const eol = std::min(text.find('\n', at), text.size());
        if (blank(text.substr(at, eol - at))) {
            if (open) out.push_back(*open), open.reset();
        } else {
            if (!open) open = Paragraph{at, eol};
            open->end = eol;
        }
        at = eol + 1;
    }
    if (open) out.push_back(*open);
    return out;
}

// The highlight's tooltip: what the claim is, when, who says it.
std::string tooltip(RunReport const& run, Claim const& c, ClaimState state) {
    std::string out = fmt::format("q{} · {}\nType : {} · aspect : {}", c.id, state_words(state),
                                  kind_words(run.kinds, c.kind), to_string(c.aspect));
    if (auto const period = period_words(c.period); !period.empty()) out += "\nPériode : " + period;
    if (!c.actor.empty()) out += "\nActeur : " + c.actor;
    if (!c.place.empty()) out += "\nLieu : " + c.place;
    auto const who = sources_words(c.sources);
    out += "\nSource : ";
    out += who.empty() ? "non dite" : who;
    if (c.unverified) out += "\nNon vérifié : « " + *c.unverified + " »";
    return out;
}

class ArticleWriter {
public:
    ArticleWriter(std::ostream& out, RunReport const& run, ClaimIndex const& index, std::size_t document)
        : out_(out), run_(run), index_(index), d_(document), doc_(*run.documents[document]),
          positions_(doc_.bytes, &doc_.provenance) {
        for (auto const& c : doc_.claims) highlights_.push_back({c.quantity.span.start, c.quantity.span.end});
    }

    void write(std::vector<std::size_t> const& findings) {
        auto const anchor = document_anchor(d_);
        out_ << fmt::format("<section class=\"article\" id=\"{}\" aria-labelledby=\"{}-title\" data-file=\"{}\" "
                            "data-record=\"{}\">\n<h2 id=\"{}-title\">{}</h2>\n",
                            anchor, anchor, xml_attribute(doc_.file), xml_attribute(doc_.provenance.record_id), anchor,
                            xml_text(document_title(doc_)));
        write_meta(findings);
        auto paras = paragraphs(doc_.bytes);
        if (paras.empty()) paras.push_back({0, doc_.bytes.size()});  // blank: still a place for its findings
        // Each finding beside the paragraph its home claim stands in.
        std::vector<std::vector<std::size_t>> beside(paras.size());
        for (auto const i : findings) {
            auto const start = doc_.claims[index_.home(run_.findings[i])->claim].quantity.span.start;
            auto const after = std::upper_bound(paras.begin(), paras.end(), start,
                                                [](std::size_t at, Paragraph const& p) { return at < p.start; });
            beside[after == paras.begin() ? 0 : static_cast<std::size_t>(after - paras.begin()) - 1].push_back(i);
        }
        for (std::size_t p = 0; p < paras.size(); ++p) write_paragraph(p, paras[p], beside[p]);
        out_ << "</section>\n";
    }

private:
    void write_meta(std::vector<std::size_t> const& findings) {
        auto const failures = std::count_if(findings.begin(), findings.end(),
                                            [&](std::size_t i) { return ClaimIndex::open_failure(run_.findings[i]); });
        out_ << "<p class=\"meta\"><code>" << xml_text(doc_.file);
        if (!doc_.provenance.record_id.empty()) out_ << "#" << xml_text(doc_.provenance.record_id);
        out_ << "</code>";
        if (doc_.date) out_ << " · daté du " << xml_text(*doc_.date);
        if (!doc_.provenance.source.empty()) out_ << " · " << xml_text(doc_.provenance.source);
        // A link only to the web: a `javascript:` URL in an article's metadata must not run here.
        auto const& url = doc_.provenance.url;
        if (url.starts_with("https://") || url.starts_with("http://"))
            out_ << fmt::format(" · <a href=\"{}\" rel=\"noreferrer\">{}</a>", xml_attribute(url), xml_text(url));
        else if (!url.empty())
            out_ << " · " << xml_text(url);
        out_ << fmt::format(" · {} · {}</p>\n", count_words(doc_.claims.size(), "chiffre", "chiffres"),
                            count_words(static_cast<std::size_t>(failures), "constat", "constats"));
    }

    void write_paragraph(std::size_t number, Paragraph const& p, std::vector<std::size_t> const& findings) {
        out_ << fmt::format("<div class=\"row\" id=\"{}-p{}\">\n<div class=\"text\"><p>", document_anchor(d_), number + 1);
        // mark_up leaves out the claims outside the paragraph.
        out_ << mark_up(doc_.bytes, p.start, p.end, highlights_,
                        [&](HighlightPiece const& piece) { return open_mark(piece.highlight, piece); });
        out_ << "</p></div>\n";
        if (!findings.empty()) write_notes(findings);
        out_ << "</div>\n";
    }

    // The paragraph's findings beside it; what holds or cannot be decided, collapsed.
    void write_notes(std::vector<std::size_t> const& findings) {
        out_ << "<aside class=\"notes\" aria-label=\"Vérifications de ce paragraphe\">\n";
        std::vector<std::size_t> quiet;
        for (auto const i : findings) {
            if (run_.findings[i].verdict == Verdict::fails) write_finding(out_, run_, index_, i);
            else quiet.push_back(i);
        }
        if (!quiet.empty()) {
            auto const holds = static_cast<std::size_t>(std::count_if(
                quiet.begin(), quiet.end(), [&](std::size_t i) { return run_.findings[i].verdict == Verdict::holds; }));
            std::string summary;
            if (holds > 0) summary = count_words(holds, "vérification qui tient", "vérifications qui tiennent");
            if (holds > 0 && holds < quiet.size()) summary += ", ";
            if (holds < quiet.size()) summary += count_words(quiet.size() - holds, "indécidable", "indécidables");
            out_ << "<details class=\"verdicts\"><summary>" << summary << "</summary>\n";
            for (auto const i : quiet) write_finding(out_, run_, index_, i);
            out_ << "</details>\n";
        }
        out_ << "</aside>\n";
    }

    std::string open_mark(std::size_t claim, HighlightPiece const& piece) {
        auto const& c = doc_.claims[claim];
        ClaimPlace const place{d_, claim};
        auto const state = index_.state(place);
        std::string tag = "<mark";
        if (piece.part == 0) tag += fmt::format(" id=\"{}\"", claim_anchor(run_, place));
        // Offsets in the original file, as `extract` prints them (the same as the text's for plain text).
        auto const original = positions_.span({piece.start, piece.end});
        tag += fmt::format(" data-claim=\"q{}\" data-kind=\"{}\" data-aspect=\"{}\" data-state=\"{}\" data-start=\"{}\" "
                           "data-end=\"{}\"",
                           c.id, xml_attribute(c.kind), to_string(c.aspect), to_string(state), original.start, original.end);
        if (piece.part > 0) tag += fmt::format(" data-part=\"{}\"", piece.part + 1);
        auto const& related = index_.findings_of(place);
        if (!related.empty()) {
            std::string ids;
            for (auto const i : related) {
                if (!ids.empty()) ids += ' ';
                ids += finding_anchor(i);
            }
            tag += fmt::format(" data-findings=\"{}\" tabindex=\"0\"", ids);
        }
        return tag + fmt::format(" title=\"{}\">", xml_attribute(tooltip(run_, c, state)));
    }

    std::ostream& out_;
    RunReport const& run_;
    ClaimIndex const& index_;
    std::size_t d_;
    Document const& doc_;
    OriginalPositions positions_;
    std::vector<Highlight> highlights_;  // one per claim, same order
};

}  // namespace

void write_article(std::ostream& out, RunReport const& run, ClaimIndex const& index, std::size_t document,
                   std::vector<std::size_t> const& findings) {
    ArticleWriter(out, run, index, document).write(findings);
}

}  // namespace claimcheck::report
