// `plutora-filter lint`: every input, every finding, text or JSON.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/in_order.hpp"
#include "cli/mapped_file.hpp"
#include "cli/lint_reports.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

// What the inputs point into: whole files, and the names of where inputs came from.
struct Sources {
    std::deque<std::string> texts;
    std::deque<MappedFile> files;
    std::deque<std::string> names;
};

// One input per line (filter text, a URL or query string, or a one-line JSON body); blank lines
// and `#` comments are skipped.
void read_lines(const std::string& path, std::istream& in, Sources& sources, std::vector<Input>& out) {
    std::optional<MappedFile> file = path == "-" ? std::nullopt : MappedFile::open(path);
    const std::string_view all = without_bom(file ? sources.files.emplace_back(std::move(*file)).text()
                                                  : std::string_view(sources.texts.emplace_back(read_all(path, in))));
    const std::string_view where = sources.names.emplace_back(path == "-" ? "<stdin>" : path);
    out.reserve(out.size() + static_cast<std::size_t>(std::count(all.begin(), all.end(), '\n')) + 1);
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
        out.push_back({line, where, n, all});
    }
}

// What a text or GitHub report needs of one input, rendered where the input was read.
struct Rendered {
    std::string text;
    bool error = false;
    std::size_t warnings = 0;
};

std::size_t warnings_in(const ReadResult& result) {
    return static_cast<std::size_t>(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

// `--fix`: rewrites each --file with the machine-applicable fixes of its lines, then relints.
void fix_files(const Arguments& a, const Options& options, std::optional<Form> from, Streams io) {
    for (const auto& o : a.options) {
        if (o.name != "--file") continue;
        if (o.value == "-") throw UsageError{"--fix rewrites files: give --file PATH, not standard input"};
        const std::string original = read_all(o.value, io.in);
        std::string fixed;
        std::size_t total = 0;
        std::size_t at = 0;
        const bool bom = original.starts_with("\xEF\xBB\xBF");
        if (bom) fixed = "\xEF\xBB\xBF", at = 3;
        while (at <= original.size()) {
            std::size_t end = original.find('\n', at);
            if (end == std::string::npos) end = original.size();
            std::string_view line = std::string_view(original).substr(at, end - at);
            const bool cr = !line.empty() && line.back() == '\r';
            if (cr) line.remove_suffix(1);
            const auto first = line.find_first_not_of(" \t");
            if (first != std::string_view::npos && line[first] != '#') {
                std::size_t applied = 0;
                fixed += apply_fixes(line, read(line, from, options).diagnostics, applied);
                total += applied;
            } else {
                fixed += line;
            }
            if (cr) fixed += '\r';
            if (end < original.size()) fixed += '\n';
            at = end + 1;
        }
        if (fixed != original) {
            std::ofstream file(o.value, std::ios::binary | std::ios::trunc);
            file << fixed;
            if (!file) throw UsageError{"cannot write " + o.value + ": " + std::strerror(errno), false};
        }
        io.err << "plutora-filter: " << o.value << ": " << total << (total == 1 ? " fix" : " fixes") << " applied\n";
    }
}

}  // namespace

int lint_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict", "--fix", "--quiet"}, {"--format", "--file", "--schema", "--entity", "--from"});
    if (a.has("--help")) return io.out << help_for("lint"), ok;
    const std::string out_format = a.last("--format").value_or("text");
    if (out_format != "text" && out_format != "json" && out_format != "github" && out_format != "sarif")
        throw UsageError{"--format takes text, json, github or sarif"};
    const Options options = options_of(a, io);
    const auto from = form_of(a);
    if (a.has("--fix")) {
        if (!a.has("--file")) throw UsageError{"--fix rewrites files: give --file PATH"};
        fix_files(a, options, from, io);
    }

    Sources sources;
    std::vector<Input> inputs;
    for (std::size_t i = 0; i < a.positionals.size(); ++i) {
        if (a.positionals[i] == "-") read_lines("-", io.in, sources, inputs);  // standard input, one per line
        else if (auto text = at_file(a.positionals[i], io))                  // @PATH: one input, the whole file
        {
            const std::string_view whole = sources.texts.emplace_back(std::move(*text));
            inputs.push_back({whole, sources.names.emplace_back(a.positionals[i].substr(1)), 1, whole});
        } else {
            const std::string_view whole = without_bom(a.positionals[i]);
            inputs.push_back({whole, sources.names.emplace_back("<arg" + std::to_string(i + 1) + ">"), 1, whole});
        }
    }
    for (const auto& o : a.options)
        if (o.name == "--file") read_lines(o.value, io.in, sources, inputs);
    if (a.positionals.empty() && !a.has("--file")) read_lines("-", io.in, sources, inputs);

    const std::size_t cores = std::thread::hardware_concurrency();
    const auto read_input = [&](std::size_t i) { return read(inputs[i].text, from, options); };
    std::size_t with_errors = 0, warnings = 0;
    auto json_report = nlohmann::ordered_json::array();
    SarifLog sarif;
    if (out_format == "json" || out_format == "sarif") {
        in_order<ReadResult>(inputs.size(), cores, read_input, [&](std::size_t i, const ReadResult& result) {
            with_errors += result.ok() ? 0 : 1;
            warnings += warnings_in(result);
            if (out_format == "json") json_report.push_back(json_entry(inputs[i], result));
            else sarif.add(inputs[i], result);
        });
    } else {  // text and GitHub reports are rendered on the cores too; the output is written in order
        const auto render_input = [&](std::size_t i) {
            const ReadResult result = read_input(i);
            Rendered rendered{{}, !result.ok(), warnings_in(result)};
            if (result.diagnostics.empty()) return rendered;
            std::ostringstream text;
            if (out_format == "github") github_report(result, inputs[i], text);
            else report(result, inputs[i].text, inputs[i].where, inputs[i].first_line, text, io.out_style);
            rendered.text = std::move(text).str();
            return rendered;
        };
        in_order<Rendered>(inputs.size(), cores, render_input, [&](std::size_t, const Rendered& rendered) {
            with_errors += rendered.error ? 1 : 0;
            warnings += rendered.warnings;
            io.out << rendered.text;
        });
    }
    if (out_format == "json") io.out << json_report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (out_format == "sarif") io.out << std::move(sarif).json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    // `plutora-filter lint name contains abc`: the shell split one filter into several inputs.
    const bool plain_arguments = a.positionals.size() >= 2 && std::none_of(a.positionals.begin(), a.positionals.end(), [](const std::string& p) {
        return p == "-" || p.starts_with('@');
    });
    if (plain_arguments && with_errors > 0) {
        std::string joined;
        for (const auto& p : a.positionals) joined += (joined.empty() ? "" : " ") + p;
        if (read(joined, from, options).ok())
            io.err << "plutora-filter: hint: the shell passed " << a.positionals.size()
                   << " inputs; as one filter they read without error: quote it, plutora-filter lint '" << joined << "'\n";
    }
    if (!a.has("--quiet"))
        io.err << inputs.size() << (inputs.size() == 1 ? " input" : " inputs") << ", " << with_errors << " with errors, "
               << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
    return with_errors > 0 ? invalid : ok;
}

}  // namespace plutora::filter::cli
