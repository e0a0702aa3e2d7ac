#include "report/original_positions.hpp"

#include <algorithm>

namespace claimcheck::report {
namespace {

std::string_view counted_bytes(std::string_view text, Provenance const* p) {
    if (!p || !p->original) return text;
    std::string_view const original = *p->original;
    return original.substr(std::min(p->first_line_byte, original.size()));
}

}  // namespace

OriginalPositions::OriginalPositions(std::string_view text, Provenance const* provenance)
    : lines_(counted_bytes(text, provenance)) {
    if (!provenance || !provenance->original) return;
    offsets_ = &provenance->offsets;
    first_line_byte_ = provenance->first_line_byte;
    first_line_ = provenance->first_line;
}

ByteSpan OriginalPositions::span(ByteSpan s) const {
    if (!offsets_) return s;
    return {offsets_->to_original(s.start), offsets_->end_to_original(s.end)};
}

LineColumn OriginalPositions::at(std::size_t text_byte) {
    if (!offsets_) return lines_.at(text_byte);
    std::size_t const original = offsets_->to_original(text_byte);
    auto lc = lines_.at(original >= first_line_byte_ ? original - first_line_byte_ : 0);
    lc.line += first_line_ - 1;
    return lc;
}

}  // namespace claimcheck::report
