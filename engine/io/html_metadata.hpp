// What a page's head says about it: `<meta>` date, site name, url and title, `<link rel=canonical>`.
#pragma once

#include "io/html_tag.hpp"

#include <optional>
#include <string>

namespace claimcheck::io {

struct HtmlMetadata {
    std::optional<std::string> date_as_written;  // the first date a meta tag gives, not yet checked
    std::size_t date_at = 0;                     // the byte of that meta tag
    std::string source;                          // og:site_name, dc.publisher
    std::string url;                             // link rel=canonical, og:url
    std::string title;                           // <title>, else og:title
    std::string meta_title;
};

// Takes what `tag` (a meta or link tag starting at byte `at`) says into `meta`; the first of
// each wins.
void read_metadata_tag(HtmlTag const& tag, std::size_t at, HtmlMetadata& meta);

}  // namespace claimcheck::io
