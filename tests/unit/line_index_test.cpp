// Line and column of byte offsets: 1-based, columns in code points as the extractor decodes them.
#include "report/line_index.hpp"

#include <doctest/doctest.h>

#include <string>

using claimcheck::report::LineIndex;

TEST_CASE("columns count code points, lines count newlines") {
    std::string const text = "é1\nabc déf 42";
    LineIndex index(text);
    CHECK(index.at(0).column == 1);
    CHECK(index.at(2).column == 2);  // after the two bytes of "é"
    auto const at = index.at(text.find("42"));
    CHECK(at.line == 2);
    CHECK(at.column == 9);
}

TEST_CASE("an invalid byte is one column, as the U+FFFD it is read as") {
    std::string const text = "\x80\x80 et 4 morts";
    LineIndex index(text);
    CHECK(index.at(text.find('4')).column == 7);
}

TEST_CASE("a byte-order mark is not a column") {
    std::string const text = "\xEF\xBB\xBF" "12 morts";
    LineIndex index(text);
    CHECK(index.at(3).column == 1);
}

TEST_CASE("asking for an earlier offset starts again from the top") {
    std::string const text = "a\nb\nc";
    LineIndex index(text);
    CHECK(index.at(4).line == 3);
    CHECK(index.at(2).line == 2);
}
