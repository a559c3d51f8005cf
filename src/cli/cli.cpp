#include "cli/cli.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "util/suggest.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

constexpr std::string_view usage = R"(usage:
  plutora-filter lint   [--strict] [--format text|json|github|sarif] [--entity NAME] [--schema FILE] [--from FORM] [--fix] [--quiet]
                        [--file PATH|-] [INPUT|@PATH|-]...
  plutora-filter format [--normalize-dates] [--entity NAME] [--schema FILE] [INPUT|-]
  plutora-filter parse  [--from auto|text|query|expando|searchfilters] [--entity NAME] [--schema FILE] [INPUT|-]
  plutora-filter emit   --to text|query|expando|searchfilters [--page-num N] [--records-per-page N]
                        [--sort FIELD[:asc|desc]]... [--base-url URL] [--entity NAME] [--schema FILE] [INPUT|-]
  plutora-filter eval   --filter INPUT [--sort FIELD[:asc|desc]]... [--page-num N]
                        [--records-per-page N] [--entity NAME] [--schema FILE] [RECORDS_FILE|-]
  plutora-filter schema [--format text|json] [--schema FILE] [ENTITY]
  plutora-filter serve  --data DIR [--host HOST] [--port N] [--threads N] [--timeout SECONDS] [--schema FILE] [--strict]
                        [--client-id ID] [--client-secret SECRET]
  plutora-filter --help | --version
)";

constexpr std::string_view help = R"(plutora-filter: check, format and convert Plutora REST API filters.

commands:
  lint     report every problem of each input, clang-style or as JSON
           --strict          follow the documentation to the letter: W101, W102, W107 are errors
           --format text|json|github|sarif   (github: workflow commands; sarif: a SARIF 2.1.0 log)
           --fix             rewrite each --file with the fixes that do not overlap; --quiet: no summary
           --file PATH|-     one input per line; blank lines and lines starting with # are skipped
           with no INPUT and no --file, inputs are read from standard input, one per line
  format   print the canonical text of one filter
           --normalize-dates rewrite dates as YYYY-MM-DD
  parse    print the syntax tree of one input as JSON
           --from auto|text|query|expando|searchfilters   what the input is (default: auto)
  emit     print one input in another form
           --to text|query|expando|searchfilters
           --page-num N, --records-per-page N, --sort FIELD[:asc|desc] (repeatable), --base-url URL
           flags win over what the input carries; any --sort replaces the input's sort keys

  eval     print the API's result page for a filter over local records
           --filter INPUT    the filter, in any form; its paging and sort keys carry over
           RECORDS_FILE      a JSON array of objects, or JSON Lines (streamed); "-" or none: stdin
  schema   list the entities the schema checks know, or one entity's fields and types
           --format text|json
  serve    answer the API's read calls (token, GET with filter and paging, POST /filter, GET by
           id) from local records, so scripts can be tested offline (docs/SERVE.md)

every command but schema:
  --entity NAME   check fields and values against this entity (releases, Release, /TECRs/filter, ...);
                  without it, a URL input's path names the entity (https://x/releases?filter=...)
  --schema FILE   add entities or a tenant's fields to the built-in catalogue (docs/SCHEMAS.md)

INPUT is filter text, a query string or URL (starting with http, ?, filter= or /path?), or a JSON
body (starting with {); --from FORM says which. @PATH reads it from a file, "-" or none from
standard input.
exit status: 0 ok (warnings allowed), 1 an input has an error, 2 usage or I/O error.
)";

}  // namespace

std::optional<Form> form_of(const Arguments& a) {
    const std::string from = a.last("--from").value_or("auto");
    const auto form = form_from_name(from);
    if (!form && from != "auto") throw UsageError{"--from takes auto, text, query, expando or searchfilters"};
    return form;
}

std::string input_of(const std::string& argument, Streams io) {
    const bool from_file = argument.starts_with('@') && argument.size() > 1;
    if (argument != "-" && !from_file) return std::string(without_bom(argument));
    std::string text(without_bom(read_all(from_file ? argument.substr(1) : argument, io.in)));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

std::optional<std::string> at_file(const std::string& argument, Streams io) {
    if (!argument.starts_with('@') || argument.size() < 2) return std::nullopt;
    return input_of(argument, io);
}

std::string single_input(const Arguments& a, Streams io) {
    if (a.positionals.size() > 1)
        throw UsageError{"expected one INPUT, got " + std::to_string(a.positionals.size()) +
                         " (a filter with spaces goes in quotes: '`name` contains `abc`')"};
    return input_of(a.positionals.empty() ? "-" : a.positionals[0], io);
}

std::optional<ReadResult> checked(const std::string& input, std::optional<Form> form, const Options& options, Streams io) {
    auto result = read(input, form, options);
    report(result, input, "<input>", 1, io.err, io.err_style);
    if (!result.ok()) return std::nullopt;
    return result;
}

std::shared_ptr<const Catalogue> catalogue_of(const Arguments& a, Streams io) {
    auto catalogue = Catalogue::builtin();
    for (const auto& o : a.options) {
        if (o.name != "--schema") continue;
        auto loaded = Catalogue::load(read_all(o.value, io.in), catalogue);
        if (!loaded.ok()) throw UsageError{(o.value == "-" ? "<stdin>" : o.value) + ": bad schema file: " + loaded.error, false};
        catalogue = std::move(loaded.catalogue);
    }
    return catalogue;
}

Options options_of(const Arguments& a, Streams io) {
    Options options;
    options.profile = a.has("--strict") ? Profile::strict : Profile::standard;
    options.catalogue = catalogue_of(a, io);
    if (const auto name = a.last("--entity")) {
        options.entity = options.catalogue->entity(*name);
        if (!options.entity) {
            const auto close = options.catalogue->suggest(*name);
            throw UsageError{"unknown entity '" + *name + "'" + (close ? "; did you mean '" + *close + "'?" : "") +
                                 " (plutora-filter schema lists them)",
                             false};
        }
    }
    return options;
}

int format_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--normalize-dates", "--strict"}, {"--from", "--entity", "--schema"});
    if (a.has("--help")) return io.out << help_for("format"), ok;
    const auto options = options_of(a, io);
    const std::string text = single_input(a, io);
    const auto result = checked(text, form_of(a), options, io);
    if (!result) return invalid;
    io.out << format(result->request->filter, FormatOptions{a.has("--normalize-dates")}) << '\n';
    return ok;
}

int parse_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"}, {"--from", "--entity", "--schema"});
    if (a.has("--help")) return io.out << help_for("parse"), ok;
    const auto options = options_of(a, io);
    const std::string text = single_input(a, io);
    const auto result = checked(text, form_of(a), options, io);
    if (!result) return invalid;
    io.out << to_json(result->request->filter).dump() << '\n';
    return ok;
}


void report(const ReadResult& result, std::string_view input, std::string_view where, std::uint32_t first_line,
            std::ostream& out, Style style) {
    const std::string filter_where = std::string(where) + " (filter)";
    for (const auto& d : result.diagnostics) {
        if (d.pointer == "filter") out << render(d, result.filter_text, filter_where, 1, style);
        else out << render(d, input, where, first_line, style);
    }
}

std::string_view without_bom(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

std::ifstream open_file(const std::string& path, std::ios::openmode mode) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw UsageError{"cannot read " + path + ": it is a directory", false};
    errno = 0;
    std::ifstream file(path, mode);
    if (!file) throw UsageError{"cannot open " + path + ": " + (errno != 0 ? std::strerror(errno) : "unknown error"), false};
    return file;
}

std::string read_all(const std::string& path, std::istream& in) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << in.rdbuf();
        if (in.bad()) throw UsageError{"cannot read standard input", false};
        return buffer.str();
    }
    auto file = open_file(path, std::ios::binary | std::ios::ate);
    const auto size = file.tellg();
    if (size > 0) {  // a regular file: one read into a string of its size
        std::string text(static_cast<std::size_t>(size), '\0');
        file.seekg(0);
        file.read(text.data(), size);
        if (file.gcount() == size) return text;
        file.clear();
        file.seekg(0);
    } else {
        file.seekg(0);
    }
    buffer << file.rdbuf();
    if (file.bad()) throw UsageError{"cannot read " + path, false};
    return std::move(buffer).str();
}

namespace {

// A command's status, unless its output could not be written (a full disk, a closed pipe).
int written(int status, Streams io) {
    io.out.flush();
    if (io.out) return status;
    io.err << "plutora-filter: cannot write the output (" << (errno != 0 ? std::strerror(errno) : "write error") << ")\n";
    return usage_error;
}

}  // namespace

int run(const std::vector<std::string>& args, Streams io) {
    if (args.empty()) {
        io.err << usage;
        return usage_error;
    }
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (command == "help" && !rest.empty()) {  // help CMD
            const std::string text = help_for(rest[0]);
            if (text.empty()) throw UsageError{"no command '" + rest[0] + "'; see `plutora-filter --help`", false};
            return io.out << text, ok;
        }
        if (command == "--help" || command == "-h" || command == "help") return io.out << help << '\n' << usage, ok;
        if (command == "--version") return io.out << "plutora-filter " << version << '\n', ok;
        if (command == "lint") return written(lint_command(rest, io), io);
        if (command == "format") return written(format_command(rest, io), io);
        if (command == "parse") return written(parse_command(rest, io), io);
        if (command == "emit") return written(emit_command(rest, io), io);
        if (command == "eval") return written(eval_command(rest, io), io);
        if (command == "schema") return written(schema_command(rest, io), io);
        if (command == "serve") return serve_command(rest, io);
        const std::vector<std::string_view> commands = {"lint", "format", "parse", "emit", "eval", "schema", "serve", "help"};
        const auto close = detail::closest_name(command, commands);
        throw UsageError{"unknown command '" + command + "'" + (close ? "; did you mean '" + *close + "'?" : "") +
                         "\nsee `plutora-filter --help`", false};
    } catch (const UsageError& e) {
        io.err << "plutora-filter: " << e.message << '\n';
        if (e.show_usage) io.err << "see `plutora-filter " << command << " --help`\n";
        return usage_error;
    }
}

}  // namespace plutora::filter::cli
