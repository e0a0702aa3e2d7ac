#include "cli/progress.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace claimcheck::cli {

Progress::Progress(std::size_t total)
    : total_(total), terminal_(isatty(fileno(stderr)) != 0), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
}

void Progress::step(std::string const& name) {
    if (name == last_) return;
    last_ = name;
    ++done_;
    if (!terminal_) return;
    auto const now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    shown_ = true;
    constexpr std::size_t width = 30;
    std::size_t const filled = total_ ? std::min(width, done_ * width / total_) : 0;
    std::string const shown_name = name.size() > 40 ? "…" + name.substr(name.size() - 39) : name;
    std::fputs(fmt::format("\r\033[K[{}{}] {}/{} {}", std::string(filled, '#'), std::string(width - filled, '.'), done_,
                           total_, shown_name).c_str(), stderr);
    std::fflush(stderr);
}

}  // namespace claimcheck::cli
