// conversion: a figure and its bracketed or appositive equivalent ("3 km (2 miles)") agree within rounding.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind conversion_check_kind();
}
