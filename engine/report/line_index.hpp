// Byte offsets → 1-based line and column (in code points), for every position a user sees.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck::report {

struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Walks forward from the last position asked, so a document's records in text order cost
// one pass over its bytes; asking for an earlier offset starts again from the top.
class LineIndex {
public:
    explicit LineIndex(std::string_view bytes) : bytes_(bytes) {}
    LineColumn at(std::size_t byte);

private:
    std::string_view bytes_;
    std::size_t byte_ = 0;
    LineColumn pos_;
};

}  // namespace claimcheck::report
