// `plutora-filter eval`: the API's result page for a filter over local records — a JSON array,
// or JSON Lines streamed line by line.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

// The envelope in the source's key order: resultSet, returnCount, totalCount, pageNum, recordsPerPage.
void print_envelope(const nlohmann::json& e, std::ostream& out) {
    out << "{\"resultSet\":" << e["resultSet"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    for (const char* key : {"returnCount", "totalCount", "pageNum", "recordsPerPage"}) out << ",\"" << key << "\":" << e[key];
    out << "}\n";
}

// A JSON array of records, or JSON Lines: decided by the first byte that is not whitespace.
int evaluate_stream(const Request& request, std::istream& in, const std::string& where, Streams io) {
    while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\r' || in.peek() == '\n') in.get();
    if (in.peek() == '[') {  // an array is read whole; JSON Lines are streamed
        std::ostringstream text;
        text << in.rdbuf();
        const auto result = evaluate_text(request, text.str());
        if (!result.envelope) throw UsageError{where + ": " + result.error, false};
        print_envelope(*result.envelope, io.out);
        return ok;
    }
    auto result = evaluate_lines(request, in);
    if (!result.envelope)
        throw UsageError{where + (result.line > 0 ? ":" + std::to_string(result.line) : "") + ": " + result.error, false};
    print_envelope(*result.envelope, io.out);
    return ok;
}

}  // namespace

int eval_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"},
                                   {"--filter", "--from", "--page-num", "--records-per-page", "--sort", "--entity", "--schema"});
    if (a.has("--help")) {
        io.out << "usage: plutora-filter eval --filter INPUT [--sort FIELD[:asc|desc]]... [--page-num N] "
                  "[--records-per-page N] [RECORDS_FILE|-]\n";
        return ok;
    }
    const auto filter = a.last("--filter");
    if (!filter) throw UsageError{"eval needs --filter INPUT"};
    if (a.positionals.size() > 1) throw UsageError{"expected one RECORDS_FILE, got " + std::to_string(a.positionals.size())};
    auto options = options_of(a, io);
    options.to_server = false;  // local records have their custom fields
    auto result = checked(*filter, form_of(a), options, io);
    if (!result) return invalid;
    auto& request = result->request;
    apply_request_flags(a, *request, io);

    const std::string path = a.positionals.empty() ? "-" : a.positionals[0];
    if (path == "-") return evaluate_stream(*request, io.in, "<stdin>", io);
    std::ifstream file(path, std::ios::binary);
    if (!file) throw UsageError{"cannot open " + path, false};
    return evaluate_stream(*request, file, path, io);
}

}  // namespace plutora::filter::cli
