#include "report/line_index.hpp"

#include <algorithm>

namespace claimcheck::report {

LineColumn LineIndex::at(std::size_t byte) {
    byte = std::min(byte, bytes_.size());
    if (byte < byte_) {
        byte_ = 0;
        pos_ = {};
    }
    for (; byte_ < byte; ++byte_) {
        auto const c = static_cast<unsigned char>(bytes_[byte_]);
        if (c == '\n') {
            ++pos_.line;
            pos_.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos_.column;
        }
    }
    return pos_;
}

}  // namespace claimcheck::report
