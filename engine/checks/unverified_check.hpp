// unverified: a figure whose only support is one side of the conflict, or a text that says it
// could not be verified, is reported as such, with who said it.
#pragma once

#include "checks/check.hpp"

namespace claimcheck::checks {
CheckKind unverified_check_kind();
}
