// Shared fixtures for tests: the shipped French lexicon and a one-call extraction.
#pragma once

#include <claimcheck/extractor.hpp>
#include <claimcheck/claim.hpp>
#include <claimcheck/lexicon.hpp>

#include <doctest/doctest.h>

#include <stdexcept>

#include <string>
#include <string_view>

namespace claimcheck::test {

inline Lexicon const& french() {
    static Lexicon const lexicon = load_lexicon(std::filesystem::path(CLAIMCHECK_TEST_RULES_DIR) / "lexicon" / "fr");
    return lexicon;
}

inline Extractor const& french_extractor() {
    static Extractor const extractor(french());
    return extractor;
}

inline Extraction extract(std::string_view text, ExtractOptions const& options = {}) {
    return french_extractor().extract(text, options);
}

// The exact bytes a quantity spans.
inline std::string span_text(std::string_view text, ByteSpan s) { return std::string(text.substr(s.start, s.end - s.start)); }

// The claim of the quantity written exactly `figure`; fails the test when there is none.
inline Claim const& claim_of(Document const& doc, std::string_view figure) {
    for (auto const& c : doc.claims)
        if (span_text(doc.bytes, c.quantity.span) == figure) return c;
    FAIL("no quantity '" << figure << "' in: " << doc.bytes);
    throw std::logic_error("unreachable");
}

}  // namespace claimcheck::test
