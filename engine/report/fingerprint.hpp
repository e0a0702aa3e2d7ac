// Fingerprints: a finding's identity across runs, for baselines and for SARIF's partialFingerprints.
//
// The contract (fingerprint format "claimcheck/v1"), which baselines rely on:
//   - A fingerprint is 16 lower-case hex digits (FNV-1a, 64 bits), a colon and an occurrence
//     number from 1: "9c1f0e5a7d3b2c41:1".
//   - The hash covers, in order: the rule id; the finding's document id (its file, lexically
//     normalised so "./a.txt" is "a.txt", then "#record" for a JSON Lines record); and for each
//     claim the finding binds, in the rule's role order, its role and its text folded (ICU
//     NFKC case folding, every run of white space one space, trimmed), preceded by the claim's
//     own document id when that is another document (contradictions across articles).
//   - It does not cover line, column, byte offsets, the message or the arithmetic: copy-editing
//     elsewhere in the article, or rewording a rule's message, keeps it; changing a figure, its
//     hedge or its unit, moving the article to another path, or renaming the rule changes it.
//   - Findings whose hashes are equal (the same figures bound twice by a rule in one document)
//     are told apart by the occurrence number: the n-th such finding of the same verdict in
//     report order (rule order, then text order) is ":n". Counting per verdict keeps the
//     fingerprints of failures the same with or without --verdicts all.
//   - A change to any of this is a new version ("claimcheck/v2"), never a silent one.
#pragma once

#include <claimcheck/rules.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report {

// The key SARIF files this fingerprint under (result.partialFingerprints).
inline constexpr std::string_view fingerprint_version = "claimcheck/v1";

// FNV-1a, 64 bits: small, stable across platforms and compilers, no dependency.
std::uint64_t fnv1a64(std::string_view bytes);

// The claim text as fingerprints see it: case-folded, white space collapsed and trimmed.
std::string fingerprint_text(std::string_view text);

// The finding's fingerprint, given its occurrence among findings with the same hash (from 1).
std::string fingerprint(Finding const& f, std::size_t occurrence = 1);

// The fingerprints of a whole report, in order, each with its occurrence counted.
std::vector<std::string> fingerprints(std::span<Finding const> findings);

}  // namespace claimcheck::report
