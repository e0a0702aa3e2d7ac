// Glob patterns of the project file (`include`, `exclude`), matched against a file's path
// relative to the file's directory, '/'-separated ("articles/2024/a.txt").
//
//   **      as a whole segment: any number of directories, none included
//   *       any run of characters but '/'
//   ?       one character (a code point) but '/'
//   [abc]   one character of the set; [a-z] a range; [!abc] or [^abc] one character not in it
//   \x      the character x itself
//
// As in a shell, a wildcard does not match the '.' that starts a hidden file or directory
// (`**/*.txt` does not look into .git/); write the dot to match it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::config {

// What is wrong with `pattern`, or nullopt when it is a glob.
std::optional<std::string> glob_error(std::string_view pattern);

// Whether `path` matches `pattern`. "." segments of either are ignored; a pattern with an
// error matches nothing.
bool glob_matches(std::string_view pattern, std::string_view path);

// The directories of `pattern` before its first wildcard ("articles/2024" for
// "articles/2024/**/*.txt"): only below them can a file match. The whole pattern when it has no
// wildcard at all.
std::string glob_base(std::string_view pattern);

// Whether `pattern` has a wildcard, or names one path.
bool has_wildcard(std::string_view pattern);

}  // namespace claimcheck::config
