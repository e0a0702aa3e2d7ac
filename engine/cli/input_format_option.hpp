// The --input-format option shared by the commands that read documents.
#pragma once

#include "io/input.hpp"

#include <CLI/CLI.hpp>

namespace claimcheck::cli {

// --input-format auto|text|markdown|html|jsonl: how to read every input; auto (the default)
// goes by extension, and reads standard input as plain text.
CLI::Option* add_input_format_option(CLI::App& command, io::InputFormat& format);

}  // namespace claimcheck::cli
