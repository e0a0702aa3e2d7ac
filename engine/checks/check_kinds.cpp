// Every check kind, registered in one place, in alphabetical order (as clang-tidy modules do).
#include "checks/check.hpp"
#include "checks/contradiction_check.hpp"
#include "checks/conversion_check.hpp"
#include "checks/counter_check.hpp"
#include "checks/expression_check.hpp"
#include "checks/part_whole_check.hpp"
#include "checks/rate_total_check.hpp"
#include "checks/ratio_check.hpp"
#include "checks/record_check.hpp"
#include "checks/reference_check.hpp"
#include "checks/share_check.hpp"
#include "checks/unverified_check.hpp"

namespace claimcheck::checks {

std::vector<CheckKind> const& check_kinds() {
    static std::vector<CheckKind> const kinds{
        contradiction_check_kind(),
        conversion_check_kind(),
        counter_check_kind(),
        expression_check_kind(),
        part_whole_check_kind(),
        rate_total_check_kind(),
        ratio_check_kind(),
        record_check_kind(),
        reference_check_kind(),
        share_check_kind(),
        unverified_check_kind(),
    };
    return kinds;
}

CheckKind const* find_check_kind(std::string_view name) {
    for (auto const& kind : check_kinds())
        if (kind.name == name) return &kind;
    return nullptr;
}

}  // namespace claimcheck::checks
