// record: a superlative ("le plus important depuis mars 2022", "record") is not beaten by another
// figure of its series stated in the same text.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind record_check_kind();
}
