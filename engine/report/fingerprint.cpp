#include "report/fingerprint.hpp"

#include "text/normalized_text.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <filesystem>
#include <map>
#include <tuple>

namespace claimcheck::report {
namespace {

// "./examples/a.txt#r1" and "examples/a.txt#r1" are one document; the record part is kept as is.
std::string normalised_document_id(std::string const& file, std::string_view id) {
    std::string const normal = file.empty() ? file : std::filesystem::path(file).lexically_normal().generic_string();
    if (id.starts_with(file)) return normal + std::string(id.substr(file.size()));
    return std::string(id);
}

std::string claim_document_id(FoundClaim const& c) {
    return normalised_document_id(c.file, c.at.record_id.empty() ? c.file : c.file + "#" + c.at.record_id);
}

// Fields are separated by a byte no text holds, so ("ab", "c") and ("a", "bc") differ.
constexpr char separator = '\x1f';

std::string identity(Finding const& f) {
    std::string const document = normalised_document_id(f.file, f.document_id);
    std::string key = fmt::format("{}{}{}{}{}", fingerprint_version, separator, f.rule, separator, document);
    for (auto const& c : f.claims) {
        key += separator;
        if (auto const other = claim_document_id(c); other != document) key += other + separator;
        key += c.role + separator + fingerprint_text(c.text);
    }
    return key;
}

std::string hex(std::uint64_t hash) { return fmt::format("{:016x}", hash); }

}  // namespace

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;  // the FNV offset basis
    for (unsigned char const b : bytes) {
        hash ^= b;
        hash *= 0x100000001b3ULL;  // the FNV prime
    }
    return hash;
}

std::string fingerprint_text(std::string_view text) {
    static text::Folder const folder;  // immutable: ICU's NFKC_Casefold singleton
    std::u32string out;
    bool space = false;
    for (char32_t const c : folder.fold_phrase(text)) {
        if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += U' ';
        space = false;
        out += c;
    }
    return text::to_utf8(out);
}

std::string fingerprint(Finding const& f, std::size_t occurrence) {
    return fmt::format("{}:{}", hex(fnv1a64(identity(f))), occurrence);
}

std::vector<std::string> fingerprints(std::span<Finding const> findings) {
    std::map<std::tuple<std::uint64_t, Verdict>, std::size_t> seen;
    std::vector<std::string> out;
    out.reserve(findings.size());
    for (auto const& f : findings) {
        auto const hash = fnv1a64(identity(f));
        auto const occurrence = ++seen[{hash, f.verdict}];
        out.push_back(fmt::format("{}:{}", hex(hash), occurrence));
    }
    return out;
}

}  // namespace claimcheck::report
