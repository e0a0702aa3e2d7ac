// The HTML report's stylesheet and script, inlined in the page: it makes no request at all.
#pragma once

#include <string_view>

namespace claimcheck::report {

std::string_view html_style();
std::string_view html_script();

}  // namespace claimcheck::report
