#include "io/mapped_text.hpp"

namespace claimcheck::io {

void MappedText::anchor(std::size_t text_byte, std::size_t original_byte) {
    auto& anchors = map_.anchors;
    if (!anchors.empty() && anchors.back() == std::pair(text_byte, original_byte)) return;
    anchors.emplace_back(text_byte, original_byte);
}

// A piece that does not continue the last one byte for byte: mark where the last one ended,
// then where this one starts (OffsetMap's pair of anchors on one text byte).
void MappedText::start_piece(std::size_t from) {
    if (!map_.anchors.empty()) anchor(text_.size(), end_);
    anchor(text_.size(), from);
}

void MappedText::copy(std::size_t from, std::size_t to) {
    if (to <= from) return;
    if (!linear_ || from != end_ || map_.anchors.empty()) start_piece(from);
    text_.append(original_.substr(from, to - from));
    end_ = to;
    linear_ = true;
}

void MappedText::copy_as(std::size_t at, char c) {
    copy(at, at + 1);
    text_.back() = c;
}

void MappedText::replace(std::size_t from, std::size_t to, std::string_view text) {
    if (text.empty()) return;  // a removal: the next piece's anchors record the gap
    start_piece(from);
    text_.append(text);
    end_ = to;
    linear_ = false;
}

void MappedText::trim_back(std::string_view chars) {
    std::size_t size = text_.size();
    while (size > 0 && chars.find(text_[size - 1]) != std::string_view::npos) --size;
    if (size == text_.size()) return;
    text_.resize(size);
    // Anchors of the bytes dropped go; of those on the new end, the first (where the text kept
    // ends in the original) stays.
    auto& anchors = map_.anchors;
    while (!anchors.empty() && anchors.back().first > size) anchors.pop_back();
    while (anchors.size() >= 2 && anchors.back().first == size && anchors[anchors.size() - 2].first == size)
        anchors.pop_back();
    if (anchors.empty()) {
        end_ = 0;
        linear_ = false;
    } else if (anchors.back().first == size) {
        end_ = anchors.back().second;
        linear_ = false;
    } else {  // the end of a copied piece
        end_ = anchors.back().second + (size - anchors.back().first);
        linear_ = true;
    }
}

MappedText::Result MappedText::finish() {
    if (!linear_ && !map_.anchors.empty()) anchor(text_.size(), end_);  // where a last replacement ends
    return {std::move(text_), std::move(map_)};
}

}  // namespace claimcheck::io
