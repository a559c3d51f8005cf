// The `plutora-filter` command line (SPEC 7), as a function so tests can run it in-process.
#pragma once

#include <fstream>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/request.hpp"
#include "plutora/filter/schema.hpp"

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
    /// Diagnostics written to `out` / `err` are drawn for a terminal (colour); main() sets these
    /// when the stream is a TTY and NO_COLOR is not set.
    Style out_style = Style::plain;
    Style err_style = Style::plain;
};

/// Runs one command; `args` excludes the program name.
[[nodiscard]] int run(const std::vector<std::string>& args, Streams io);

// ---- shared by the commands

/// Thrown for a usage or I/O error; run() prints it (with the usage text when it is about the
/// command line) and returns 2.
struct UsageError {
    std::string message;
    bool show_usage = true;
};

/// Reads a whole file, or standard input for "-"; throws UsageError (naming the path and the
/// reason) when it cannot, a directory included.
[[nodiscard]] std::string read_all(const std::string& path, std::istream& in);
/// Opens a file for reading, or throws UsageError naming the path and the reason.
[[nodiscard]] std::ifstream open_file(const std::string& path, std::ios::openmode mode);
/// One INPUT argument: `-` is all of standard input, `@PATH` the whole file (a JSON body may span
/// lines), anything else itself; a byte-order mark skipped, final line breaks of read text dropped.
[[nodiscard]] std::string input_of(const std::string& argument, Streams io);
/// `@PATH`: the whole file at PATH as one input; else nothing.
[[nodiscard]] std::optional<std::string> at_file(const std::string& argument, Streams io);
/// `text` without a leading UTF-8 byte-order mark.
[[nodiscard]] std::string_view without_bom(std::string_view text);

/// Prints every diagnostic of a read input, each against the text it is positioned in (the
/// decoded filter of a query string, else the input), with `where` and the input's first line.
void report(const ReadResult& result, std::string_view input, std::string_view where, std::uint32_t first_line,
            std::ostream& out, Style style);

struct Arguments;
/// `--from auto|text|query|expando|searchfilters`: nothing for auto.
[[nodiscard]] std::optional<Form> form_of(const Arguments& a);
/// The one input of `format`, `parse` and `emit`: the argument, or all of standard input.
[[nodiscard]] std::string single_input(const Arguments& a, Streams io);
/// Reads one input, printing its diagnostics to stderr; the result (with its request) when there
/// is no error.
[[nodiscard]] std::optional<ReadResult> checked(const std::string& input, std::optional<Form> form, const Options& options,
                                                Streams io);
/// The built-in catalogue extended by each `--schema FILE`; a bad file is a usage error (exit 2)
/// naming the file and the JSON pointer.
[[nodiscard]] std::shared_ptr<const Catalogue> catalogue_of(const Arguments& a, Streams io);
/// What the arguments ask for: the profile (`--strict`), the catalogue and `--entity` (an
/// unknown one is a usage error with a did-you-mean). The catalogue also finds the entity of a
/// URL's path when there is no `--entity`.
[[nodiscard]] Options options_of(const Arguments& a, Streams io);

/// `--page-num`, `--records-per-page` (W104/W111 to stderr; E015 is a usage error) and `--sort`
/// (any replaces the request's sort keys), applied over what the input carried.
void apply_request_flags(const Arguments& a, Request& request, Streams io);

/// A command's usage and every option it takes; empty for an unknown command.
[[nodiscard]] std::string help_for(std::string_view command);

int format_command(const std::vector<std::string>& args, Streams io);
int serve_command(const std::vector<std::string>& args, Streams io);
int parse_command(const std::vector<std::string>& args, Streams io);
int lint_command(const std::vector<std::string>& args, Streams io);
int emit_command(const std::vector<std::string>& args, Streams io);
int eval_command(const std::vector<std::string>& args, Streams io);
int schema_command(const std::vector<std::string>& args, Streams io);

}  // namespace plutora::filter::cli
