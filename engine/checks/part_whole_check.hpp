// part-whole: a figure for a sub-period never exceeds the figure for the whole period
// ("725 km² en novembre" within "4 500 km² cette année"), nor does a sum of disjoint parts.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind part_whole_check_kind();
}
