#pragma once

namespace claimcheck {
inline constexpr char const* version = "0.1.0";
}
