// expression: a condition over bound claims, written in a small language
// (`rate * days(total.period) ~ total`), typed when the rule loads, evaluated on ranges.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind expression_check_kind();
}
