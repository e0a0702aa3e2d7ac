// contradiction: two claims about the same fact (same kind, unit, period and place, across
// articles or within one) whose ranges cannot both hold; where they agree and their sources are
// independent, one corroborates the other.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind contradiction_check_kind();
}
