// `plutora-filter lint`: every input, every finding, text or JSON.
#include <deque>
#include <sstream>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

// An input and where it came from; the text and names live in `Sources`.
struct Input {
    std::string_view text;
    std::string_view where;        ///< `<arg1>`, a file's path, `<stdin>`
    std::uint32_t first_line = 1;  ///< the input's line in that file
};

// What the inputs point into: whole files, and the names of where inputs came from.
struct Sources {
    std::deque<std::string> texts;
    std::deque<std::string> names;
};

// One input per line (filter text, a URL or query string, or a one-line JSON body); blank lines
// and `#` comments are skipped.
void read_lines(const std::string& path, std::istream& in, Sources& sources, std::vector<Input>& out) {
    const std::string_view all = without_bom(sources.texts.emplace_back(read_all(path, in)));
    const std::string_view where = sources.names.emplace_back(path == "-" ? "<stdin>" : path);
    std::uint32_t n = 0;
    for (std::size_t at = 0; at < all.size();) {
        ++n;
        std::size_t end = all.find('\n', at);
        if (end == std::string_view::npos) end = all.size();
        std::string_view line = all.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') continue;
        out.push_back({line, where, n});
    }
}

}  // namespace

int lint_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"}, {"--format", "--file", "--schema", "--entity", "--from"});
    if (a.has("--help")) {
        io.out << "usage: plutora-filter lint [--strict] [--format text|json] [--entity NAME] [--schema FILE]\n"
                  "                           [--from auto|text|query|expando|searchfilters] [--file PATH|-] [INPUT|@PATH|-]...\n";
        return ok;
    }
    const std::string out_format = a.last("--format").value_or("text");
    if (out_format != "text" && out_format != "json") throw UsageError{"--format takes text or json"};

    Sources sources;
    std::vector<Input> inputs;
    for (std::size_t i = 0; i < a.positionals.size(); ++i) {
        if (a.positionals[i] == "-") read_lines("-", io.in, sources, inputs);  // standard input, one per line
        else if (auto text = at_file(a.positionals[i], io))                  // @PATH: one input, the whole file
            inputs.push_back({sources.texts.emplace_back(std::move(*text)), sources.names.emplace_back(a.positionals[i].substr(1)), 1});
        else inputs.push_back({without_bom(a.positionals[i]), sources.names.emplace_back("<arg" + std::to_string(i + 1) + ">"), 1});
    }
    for (const auto& o : a.options)
        if (o.name == "--file") read_lines(o.value, io.in, sources, inputs);
    if (a.positionals.empty() && !a.has("--file")) read_lines("-", io.in, sources, inputs);
    const Options options = options_of(a, io);
    const auto from = form_of(a);
    auto json_report = nlohmann::ordered_json::array();
    std::size_t with_errors = 0, warnings = 0;
    for (const auto& input : inputs) {
        const auto result = read(input.text, from, options);
        const bool valid = result.ok();
        with_errors += valid ? 0 : 1;
        for (const auto& d : result.diagnostics) warnings += d.severity == Severity::warning ? 1 : 0;
        if (out_format == "json") {
            auto diagnostics = nlohmann::ordered_json::array();
            for (const auto& d : result.diagnostics) diagnostics.push_back(to_json(d));
            nlohmann::ordered_json entry{{"version", 1}, {"input", std::string(input.text)}};
            if (input.where != "" && !input.where.starts_with("<arg")) entry["file"] = std::string(input.where), entry["line"] = input.first_line;
            entry["form"] = form_name(result.form);
            // The filter as text: a query string's decoded filter (what its diagnostics point into),
            // a body's tree in canonical text.
            if (result.form == Form::query && !result.filter_text.empty()) entry["filter"] = result.filter_text;
            else if (result.form != Form::text && result.request) entry["filter"] = format(result.request->filter);
            entry["valid"] = valid;
            entry["diagnostics"] = std::move(diagnostics);
            json_report.push_back(std::move(entry));
        } else {
            report(result, input.text, input.where, input.first_line, io.out);
        }
    }
    if (out_format == "json") io.out << json_report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    io.err << inputs.size() << (inputs.size() == 1 ? " input" : " inputs") << ", " << with_errors << " with errors, "
           << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
    return with_errors > 0 ? invalid : ok;
}

}  // namespace plutora::filter::cli
