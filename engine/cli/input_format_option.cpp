#include "cli/input_format_option.hpp"

#include "io/input_format.hpp"

namespace claimcheck::cli {

CLI::Option* add_input_format_option(CLI::App& command, io::InputFormat& format) {
    return command
        .add_option_function<std::string>(
            "--input-format", [&format](std::string const& name) { format = *io::input_format_named(name); },
            "How to read the inputs: auto (by extension: .md/.markdown Markdown, .html/.htm HTML, .jsonl JSON "
            "Lines, else text; standard input is text), text, markdown, html or jsonl")
        ->check(CLI::IsMember(io::input_format_names()))
        ->default_str("auto");
}

}  // namespace claimcheck::cli
