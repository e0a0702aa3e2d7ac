// counter: a cumulative figure never goes down from one date to a later one, and a stated daily
// increment ("736 120 soldats (+1 530)") equals the difference from the previous day's total.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind counter_check_kind();
}
