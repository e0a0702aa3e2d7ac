// Runs a program as a child process for end-to-end tests: feeds its stdin, collects its
// stdout and stderr through pipes, and reports its exit code and peak memory (wait4's rusage).
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace claimcheck::test {

struct RunOptions {
    std::string stdin_data;                // written to the child's stdin, which is then closed
    std::filesystem::path cwd;             // the child's working directory; empty: ours
    std::size_t keep_stdout = std::string::npos;  // bytes of stdout to keep (the rest is only counted)
};

struct RunResult {
    int exit_code = -1;           // -1 when the child was killed by a signal
    int signal = 0;               // the signal that killed it, or 0
    std::string out;              // stdout, up to RunOptions::keep_stdout bytes
    std::string err;              // stderr
    std::size_t out_bytes = 0;    // all of stdout, kept or not
    std::size_t out_lines = 0;    // newlines in all of stdout
    std::size_t peak_rss_bytes = 0;  // the child's maximum resident set size
};

namespace detail {

[[noreturn]] inline void fail(char const* what) {
    throw std::runtime_error(std::string("run: ") + what + ": " + std::strerror(errno));
}

struct Pipe {
    int fd[2] = {-1, -1};
    Pipe() {
        if (::pipe2(fd, O_CLOEXEC) != 0) fail("pipe2");
    }
    ~Pipe() { close_both(); }
    void close_end(int i) {
        if (fd[i] >= 0) ::close(fd[i]);
        fd[i] = -1;
    }
    void close_both() {
        close_end(0);
        close_end(1);
    }
};

}  // namespace detail

// Runs `program` with `args` (argv[0] is the program) and waits for it.
inline RunResult run(std::string const& program, std::vector<std::string> const& args, RunOptions const& options = {}) {
    detail::Pipe in, out, err;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
    if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());

    std::vector<std::string> argv_strings{program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings) argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    int const spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        errno = spawned;
        detail::fail(program.c_str());
    }
    in.close_end(0);
    out.close_end(1);
    err.close_end(1);

    // A child that stops reading stdin must not kill us with SIGPIPE.
    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous);

    RunResult result;
    std::size_t written = 0;
    if (options.stdin_data.empty()) in.close_end(1);
    std::vector<char> buffer(1 << 16);
    while (out.fd[0] >= 0 || err.fd[0] >= 0) {
        pollfd fds[3] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}, {in.fd[1], POLLOUT, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            detail::fail("poll");
        }
        if (fds[2].revents & (POLLOUT | POLLERR | POLLHUP)) {
            auto const n = ::write(in.fd[1], options.stdin_data.data() + written, options.stdin_data.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n < 0 || written == options.stdin_data.size()) in.close_end(1);
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            auto const n = ::read(out.fd[0], buffer.data(), buffer.size());
            if (n <= 0) {
                out.close_end(0);
            } else {
                std::string_view const chunk(buffer.data(), static_cast<std::size_t>(n));
                result.out_bytes += chunk.size();
                for (char c : chunk) result.out_lines += c == '\n';
                if (result.out.size() < options.keep_stdout)
                    result.out.append(chunk.substr(0, options.keep_stdout - result.out.size()));
            }
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            auto const n = ::read(err.fd[0], buffer.data(), buffer.size());
            if (n <= 0) err.close_end(0);
            else result.err.append(buffer.data(), static_cast<std::size_t>(n));
        }
    }
    in.close_end(1);

    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) detail::fail("wait4");
    }
    ::sigaction(SIGPIPE, &previous, nullptr);
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.peak_rss_bytes = static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
    return result;
}

// Runs the program in `dir`, so the messages name files as a user there would type them.
inline RunResult run_in(std::string const& program, std::filesystem::path const& dir, std::vector<std::string> const& args) {
    RunOptions options;
    options.cwd = dir;
    return run(program, args, options);
}

}  // namespace claimcheck::test
