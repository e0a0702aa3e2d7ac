// Text made safe for the syntax of each machine-readable format: URIs (SARIF), XML (JUnit) and
// GitHub workflow commands. Kept apart from the writers so each rule can be tested on its own.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck::report {

// A file path as a URI reference (RFC 3986): "/" kept, bytes outside the unreserved and
// sub-delimiter characters percent-encoded ("é" is "%C3%A9", " " is "%20"). A colon is encoded
// too, so a relative path's first segment never reads as a scheme. Backslashes become "/".
std::string uri_path(std::string_view path);

// The file as SARIF names it: relative paths as above (to be read against a uriBaseId);
// absolute ones as file:// URIs.
struct ArtifactUri {
    std::string uri;
    bool relative = true;
};
ArtifactUri artifact_uri(std::string_view path);

// XML 1.0 character data and attribute values: & < > " ' as entities; tab, line feed and
// carriage return as character references in attributes (so parsers keep them); characters
// XML cannot hold at all (other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
std::string xml_text(std::string_view text);
std::string xml_attribute(std::string_view text);

// GitHub workflow commands (::error file=…::message): the message escapes % CR LF;
// property values (file, title) also escape ":" and ",", which delimit properties.
std::string github_data(std::string_view text);
std::string github_property(std::string_view text);

// At most `max_bytes` bytes of UTF-8 text, cut at a code point boundary, with "…" when cut.
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

}  // namespace claimcheck::report
