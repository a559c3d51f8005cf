// The `plutora-filter` command line (SPEC 7), as a function so tests can run it in-process.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace plutora::filter::cli {

/// Exit statuses, the same for every command.
enum Exit : int {
    ok = 0,          ///< success; warnings allowed
    invalid = 1,     ///< an input has an error
    usage_error = 2, ///< bad arguments, unreadable file, unsupported input
};

struct Streams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

/// Runs one command; `args` excludes the program name.
[[nodiscard]] int run(const std::vector<std::string>& args, Streams io);

// ---- shared by the commands

/// Thrown for a usage error; run() prints it with the usage line and returns 2.
struct UsageError {
    std::string message;
};

/// What an input is, by its first bytes (SPEC 7): a JSON body, a query string or URL, text.
enum class InputKind { text, query, body };
[[nodiscard]] InputKind detect(std::string_view input);

/// Reads a whole file, or standard input for "-"; throws UsageError when it cannot.
[[nodiscard]] std::string read_all(const std::string& path, std::istream& in);

int lint_command(const std::vector<std::string>& args, Streams io);

}  // namespace plutora::filter::cli
