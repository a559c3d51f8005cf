#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "cli/cli.hpp"

namespace {

// Colour when the stream is a terminal, unless NO_COLOR (https://no-color.org) is set and not
// empty, or TERM is "dumb".
plutora::filter::Style style_of(int fd) {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    const bool color = isatty(fd) == 1 && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
    return color ? plutora::filter::Style::terminal : plutora::filter::Style::plain;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return plutora::filter::cli::run(args, {std::cin, std::cout, std::cerr, style_of(STDOUT_FILENO), style_of(STDERR_FILENO)});
    } catch (const std::exception& e) {  // out of memory and the like: still no crash
        std::cerr << "plutora-filter: " << e.what() << '\n';
        return plutora::filter::cli::usage_error;
    }
}
