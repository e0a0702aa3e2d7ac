#include <claimcheck/claim.hpp>

#include "report/line_index.hpp"

#include <algorithm>
#include <iterator>

namespace claimcheck {

std::size_t OffsetMap::to_original(std::size_t text_byte) const {
    if (anchors.empty()) return text_byte;
    auto it = std::upper_bound(anchors.begin(), anchors.end(), text_byte,
                               [](std::size_t b, auto const& a) { return b < a.first; });
    if (it == anchors.begin()) return text_byte;
    --it;
    return it->second + (text_byte - it->first);
}

std::size_t OffsetMap::end_to_original(std::size_t text_end) const {
    if (anchors.empty() || text_end == 0) return to_original(text_end);
    // The anchor after the segment that holds the span's last byte: the first at or past text_end.
    auto next = std::upper_bound(anchors.begin(), anchors.end(), text_end - 1,
                                 [](std::size_t b, auto const& a) { return b < a.first; });
    if (next == anchors.begin()) return text_end;
    if (next != anchors.end() && next->first == text_end) return next->second;
    auto const& segment = *std::prev(next);
    return segment.second + (text_end - segment.first);
}

Location locate(Document const& doc, std::size_t text_byte) {
    auto const& p = doc.provenance;
    std::string_view const original = p.original ? std::string_view(*p.original) : std::string_view(doc.bytes);
    Location at;
    at.file = doc.file;
    at.record_id = p.record_id;
    at.offset = std::min(p.offsets.to_original(text_byte), original.size());
    // Lines are counted from the line the text starts on (a JSON Lines record's own line).
    std::size_t const from = at.offset >= p.first_line_byte ? p.first_line_byte : 0;
    auto const lc = report::LineIndex(original.substr(from)).at(at.offset - from);
    at.line = lc.line + (from == 0 ? 0 : p.first_line - 1);
    at.column = lc.column;
    return at;
}

std::string document_id(Document const& doc) {
    return doc.provenance.record_id.empty() ? doc.file : doc.file + "#" + doc.provenance.record_id;
}

}  // namespace claimcheck
