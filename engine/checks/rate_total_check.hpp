// rate-total: a rate times its period against the total stated for that period
// ("30 km² par jour" against "4 500 km² cette année"), within the rule's tolerance.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind rate_total_check_kind();
}
