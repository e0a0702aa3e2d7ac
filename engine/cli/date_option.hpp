// The --date option shared by the commands that read documents.
#pragma once

#include <string>

namespace claimcheck::cli {

// Empty when `s` is a real date written YYYY-MM-DD or YYYY-MM; otherwise what is wrong with it.
std::string check_date(std::string const& s);

}  // namespace claimcheck::cli
