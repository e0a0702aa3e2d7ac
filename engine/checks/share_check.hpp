// share: a part stated with its percentage of a whole ("1.100 km2, soit plus de 86 %") is a
// possible share, and is consistent with the whole where the text states it.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind share_check_kind();
}
