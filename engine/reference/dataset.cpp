#include "reference/dataset.hpp"

#include <cstdlib>

namespace claimcheck::reference {

Series const* Dataset::find(std::string const& kind) const {
    for (auto const& s : series)
        if (s.kind == kind) return &s;
    return nullptr;
}

std::optional<DatedValue> value_on(Series const& s, std::string const& day) {
    auto const it = s.values.find(day);
    if (it == s.values.end()) return std::nullopt;
    return DatedValue{it->first, it->second};
}

std::optional<DatedValue> value_before(Series const& s, std::string const& day) {
    auto it = s.values.lower_bound(day);  // ISO dates sort as text
    if (it == s.values.begin()) return std::nullopt;
    --it;
    return DatedValue{it->first, it->second};
}

std::filesystem::path data_root_from_environment() {
    char const* value = std::getenv("CLAIMCHECK_DATA");
    return value ? std::filesystem::path(value) : std::filesystem::path();
}

}  // namespace claimcheck::reference
