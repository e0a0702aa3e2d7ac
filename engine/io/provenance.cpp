#include <claimcheck/claim.hpp>

#include "report/line_index.hpp"

#include <algorithm>

namespace claimcheck {

std::size_t OffsetMap::to_original(std::size_t text_byte) const {
    if (anchors.empty()) return text_byte;
    auto it = std::upper_bound(anchors.begin(), anchors.end(), text_byte,
                               [](std::size_t b, auto const& a) { return b < a.first; });
    if (it == anchors.begin()) return text_byte;
    --it;
    return it->second + (text_byte - it->first);
}

Location locate(Document const& doc, std::size_t text_byte) {
    auto const& p = doc.provenance;
    std::string_view const original = p.original ? std::string_view(*p.original) : std::string_view(doc.bytes);
    Location at;
    at.file = doc.file;
    at.record_id = p.record_id;
    at.offset = std::min(p.offsets.to_original(text_byte), original.size());
    auto const lc = report::LineIndex(original).at(at.offset);
    at.line = lc.line;
    at.column = lc.column;
    return at;
}

std::string document_id(Document const& doc) {
    return doc.provenance.record_id.empty() ? doc.file : doc.file + "#" + doc.provenance.record_id;
}

}  // namespace claimcheck
