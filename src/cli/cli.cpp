#include "cli/cli.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

constexpr std::string_view usage = R"(usage:
  plutora-filter lint   [--strict] [--format text|json] [--file PATH|-] [INPUT...]
  plutora-filter format [--normalize-dates] [INPUT|-]
  plutora-filter parse  [--from auto|text] [INPUT|-]
  plutora-filter --help | --version
)";

constexpr std::string_view help = R"(plutora-filter: check, format and convert Plutora REST API filters.

commands:
  lint     report every problem of each input, clang-style or as JSON
           --strict          follow the documentation to the letter: W101, W102, W107 are errors
           --format text|json
           --file PATH|-     one input per line; blank lines and lines starting with # are skipped
           with no INPUT and no --file, inputs are read from standard input, one per line
  format   print the canonical text of one filter
           --normalize-dates rewrite dates as YYYY-MM-DD
  parse    print the syntax tree of one filter as JSON
           --from auto|text  what the input is (query strings and JSON bodies: not yet)

INPUT is the filter itself; "-" or none reads it from standard input.
exit status: 0 ok (warnings allowed), 1 an input has an error, 2 usage or I/O error.
)";

// The one filter of `format` and `parse`: the argument, or all of standard input.
std::string single_input(const Arguments& a, Streams io) {
    if (a.positionals.size() > 1) throw UsageError{"expected one INPUT, got " + std::to_string(a.positionals.size())};
    if (!a.positionals.empty() && a.positionals[0] != "-") return a.positionals[0];
    std::string text = read_all("-", io.in);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

void require_text(std::string_view input) {
    if (detect(input) != InputKind::text)
        throw UsageError{"this input looks like a query string or a JSON body; only filter text is read so far"};
}

// Parses one filter, printing its diagnostics to stderr; the result when there is no error.
std::optional<Filter> checked(const std::string& text, const Options& options, Streams io) {
    auto result = parse(text, options);
    for (const auto& d : result.diagnostics) io.err << render(d, text, "<input>");
    if (!result.ok()) return std::nullopt;
    return std::move(result.filter);
}

int format_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--normalize-dates", "--strict"}, {});
    if (a.has("--help")) return io.out << usage, ok;
    const std::string text = single_input(a, io);
    require_text(text);
    const Options options{a.has("--strict") ? Profile::strict : Profile::standard, {}};
    const auto filter = checked(text, options, io);
    if (!filter) return invalid;
    io.out << format(*filter, FormatOptions{a.has("--normalize-dates")}) << '\n';
    return ok;
}

int parse_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"}, {"--from"});
    if (a.has("--help")) return io.out << usage, ok;
    const std::string from = a.last("--from").value_or("auto");
    if (from == "query" || from == "expando" || from == "searchfilters")
        throw UsageError{"--from " + from + " is not supported yet; only filter text is read so far"};
    if (from != "auto" && from != "text") throw UsageError{"--from takes auto, text, query, expando or searchfilters"};
    const std::string text = single_input(a, io);
    if (from == "auto") require_text(text);
    const Options options{a.has("--strict") ? Profile::strict : Profile::standard, {}};
    const auto filter = checked(text, options, io);
    if (!filter) return invalid;
    io.out << to_json(*filter).dump() << '\n';
    return ok;
}

}  // namespace

InputKind detect(std::string_view input) {
    const auto first = input.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return InputKind::text;
    input.remove_prefix(first);
    if (input.starts_with('{')) return InputKind::body;
    if (input.starts_with("http") || input.starts_with('?') || input.starts_with("filter=")) return InputKind::query;
    return InputKind::text;
}

std::string read_all(const std::string& path, std::istream& in) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << in.rdbuf();
        if (in.bad()) throw UsageError{"cannot read standard input"};
        return buffer.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) throw UsageError{"cannot open " + path};
    buffer << file.rdbuf();
    if (file.bad()) throw UsageError{"cannot read " + path};
    return buffer.str();
}

int run(const std::vector<std::string>& args, Streams io) {
    if (args.empty()) {
        io.err << usage;
        return usage_error;
    }
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (command == "--help" || command == "-h" || command == "help") return io.out << help << '\n' << usage, ok;
        if (command == "--version") return io.out << "plutora-filter " << version << '\n', ok;
        if (command == "lint") return lint_command(rest, io);
        if (command == "format") return format_command(rest, io);
        if (command == "parse") return parse_command(rest, io);
        if (command == "emit" || command == "eval") throw UsageError{"'" + command + "' is not implemented yet"};
        throw UsageError{"unknown command '" + command + "'"};
    } catch (const UsageError& e) {
        io.err << "plutora-filter: " << e.message << '\n' << usage;
        return usage_error;
    }
}

}  // namespace plutora::filter::cli
