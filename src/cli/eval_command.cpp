// `plutora-filter eval`: the API's result page for a filter over local records — a JSON array,
// a saved API answer (its resultSet), one object, or JSON Lines read in chunks — in one pass with simdjson, the page written from the matched
// records' own bytes.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

int evaluate_stream(const Request& request, std::istream& in, const std::string& where, Streams io) {
    const auto page = page_of(request, in);
    if (!page.envelope) throw UsageError{where + (page.line > 0 ? ":" + std::to_string(page.line) : "") + ": " + page.error, false};
    if (page.saved_answer) io.err << "plutora-filter: " << where << " is a saved API answer: filtering the records of its resultSet\n";
    io.out << *page.envelope << '\n';
    return ok;
}

}  // namespace

int eval_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"},
                                   {"--filter", "--from", "--page-num", "--records-per-page", "--sort", "--entity", "--schema"});
    if (a.has("--help")) return io.out << help_for("eval"), ok;
    auto filter = a.last("--filter");
    if (!filter) throw UsageError{"eval needs --filter INPUT"};
    if (a.positionals.size() > 1) throw UsageError{"expected one RECORDS_FILE, got " + std::to_string(a.positionals.size())};
    const std::string path = a.positionals.empty() ? "-" : a.positionals[0];
    if (*filter == "-" && path == "-")  // the filter from standard input: the records from a file
        throw UsageError{"--filter - reads the filter from standard input, so give a RECORDS_FILE"};
    filter = input_of(*filter, io);
    auto options = options_of(a, io);
    options.to_server = false;  // local records have their custom fields
    auto result = checked(*filter, form_of(a), options, io);
    if (!result) return invalid;
    auto& request = result->request;
    apply_request_flags(a, *request, io);

    if (path == "-") return evaluate_stream(*request, io.in, "<stdin>", io);
    auto file = open_file(path, std::ios::binary);
    return evaluate_stream(*request, file, path, io);
}

}  // namespace plutora::filter::cli
