#include "io/html_metadata.hpp"

#include "io/html_entities.hpp"

#include <algorithm>
#include <iterator>

namespace claimcheck::io {
namespace {

// The names and properties news sites publish their date under (Open Graph, Dublin Core,
// schema.org, the plain "date").
constexpr std::string_view date_keys[] = {
    "date",       "article:published_time", "og:article:published_time", "pubdate", "publishdate", "publish-date",
    "dc.date",    "dc.date.issued",         "dcterms.date",              "dcterms.created", "datepublished",
    "sailthru.date", "parsely-pub-date"};

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void take(std::string& field, std::string_view value) {
    if (field.empty()) field = decode_references(value);
}

}  // namespace

void read_metadata_tag(HtmlTag const& tag, std::size_t at, HtmlMetadata& meta) {
    if (tag.name == "link") {
        auto const rel = tag.attribute("rel");
        auto const href = tag.attribute("href");
        if (rel && href && lowercase(*rel) == "canonical") meta.url = decode_references(*href);  // wins over og:url
        return;
    }
    if (tag.name != "meta") return;
    auto const content = tag.attribute("content");
    if (!content) return;
    for (auto const* attribute : {"name", "property", "itemprop"}) {
        auto const key_as_written = tag.attribute(attribute);
        if (!key_as_written) continue;
        auto const key = lowercase(*key_as_written);
        if (!meta.date_as_written && std::find(std::begin(date_keys), std::end(date_keys), key) != std::end(date_keys)) {
            meta.date_as_written = decode_references(*content);
            meta.date_at = at;
        } else if (key == "og:site_name" || key == "dc.publisher") {
            take(meta.source, *content);
        } else if (key == "og:url") {
            take(meta.url, *content);
        } else if (key == "og:title") {
            take(meta.meta_title, *content);
        }
    }
}

}  // namespace claimcheck::io
