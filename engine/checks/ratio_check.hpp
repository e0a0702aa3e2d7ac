// ratio: in "x sur les y", "x des y", "un sur deux", the part never exceeds the whole.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind ratio_check_kind();
}
