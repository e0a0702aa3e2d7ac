// A progress bar on standard error for runs over many articles: shown only when standard error
// is a terminal and the run has already taken a second, so pipes, CI logs and quick runs stay clean.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace claimcheck::cli {

class Progress {
public:
    explicit Progress(std::size_t total);
    ~Progress();  // clears the bar
    // A document of `name` was read; the records of one JSON Lines file count as one input.
    void step(std::string const& name);

private:
    std::size_t total_;
    std::size_t done_ = 0;
    std::string last_;
    bool terminal_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace claimcheck::cli
