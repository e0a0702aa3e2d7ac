// reference: a figure of a mapped kind agrees with a source's published series on its date —
// a total with the day's value, an increment with the change since the previous available day.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind reference_check_kind();
}
