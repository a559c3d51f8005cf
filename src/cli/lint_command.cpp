// `plutora-filter lint`: every input, every finding, text or JSON.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
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

// A line of a file of inputs that is one: not blank, not a `#` comment.
bool is_input(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] != '#';
}

// Where the inputs come from, in order: files and standard input read one input per line,
// arguments and `@PATH` files one input each. Owns what the inputs point into.
class Sources {
public:
    // One input per line (filter text, a URL or query string, or a one-line JSON body).
    void add_lines(const std::string& path, std::istream& in) {
        std::optional<MappedFile> file = path == "-" ? std::nullopt : MappedFile::open(path);
        const std::string_view all = file ? files_.emplace_back(std::move(*file)).text() : std::string_view(texts_.emplace_back(read_all(path, in)));
        sources_.push_back({without_bom(all), names_.emplace_back(path == "-" ? "<stdin>" : path), true});
    }
    // One input: the text, named `where`.
    void add_whole(std::string text, std::string where) {
        sources_.push_back({texts_.emplace_back(std::move(text)), names_.emplace_back(std::move(where)), false});
    }

    // Appends up to `limit` of the next inputs to `out`; blank lines and `#` comments are skipped.
    void next(std::vector<Input>& out, std::size_t limit) {
        for (; source_ < sources_.size() && out.size() < limit; ++source_, at_ = 0, line_ = 0) {
            const Source& s = sources_[source_];
            if (!s.lines) {
                out.push_back({s.text, s.where, 1, s.text});
                continue;
            }
            while (at_ < s.text.size() && out.size() < limit) {
                ++line_;
                std::size_t end = s.text.find('\n', at_);
                if (end == std::string_view::npos) end = s.text.size();
                std::string_view line = s.text.substr(at_, end - at_);
                at_ = end + 1;
                if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
                if (is_input(line)) out.push_back({line, s.where, line_, s.text});
            }
            if (at_ < s.text.size()) return;  // `limit` reached inside this source
        }
    }

private:
    struct Source {
        std::string_view text;
        std::string_view where;
        bool lines;
    };
    std::deque<std::string> texts_;
    std::deque<MappedFile> files_;
    std::deque<std::string> names_;
    std::vector<Source> sources_;
    std::size_t source_ = 0;  // the cursor of next(): a source, a byte and a line in it
    std::size_t at_ = 0;
    std::uint32_t line_ = 0;
};

// One input linted, on a worker: its counts, and either its report already rendered (text,
// GitHub) or the result itself for the reports built from every input (JSON, SARIF).
struct Linted {
    bool error = false;
    std::size_t warnings = 0;
    std::string rendered;
    std::unique_ptr<ReadResult> result;  // a pointer: a batch of products stays small
};

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
            if (is_input(line)) {
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

// The inputs in the order given: arguments (an argument, @PATH's whole file, or - for standard
// input a line each), then each --file a line each; standard input when there is nothing else.
Sources sources_of(const Arguments& a, Streams io) {
    Sources sources;
    for (std::size_t i = 0; i < a.positionals.size(); ++i) {
        if (a.positionals[i] == "-") sources.add_lines("-", io.in);
        else if (auto text = at_file(a.positionals[i], io)) sources.add_whole(std::move(*text), a.positionals[i].substr(1));
        else sources.add_whole(std::string(without_bom(a.positionals[i])), "<arg" + std::to_string(i + 1) + ">");
    }
    for (const auto& o : a.options)
        if (o.name == "--file") sources.add_lines(o.value, io.in);
    if (a.positionals.empty() && !a.has("--file")) sources.add_lines("-", io.in);
    return sources;
}

// `plutora-filter lint name contains abc`: when the shell split one filter into several inputs
// and, joined, they read without error, a hint to quote them.
void hint_unquoted(const Arguments& a, std::optional<Form> from, const Options& options, Streams io) {
    const bool plain_arguments = a.positionals.size() >= 2 && std::none_of(a.positionals.begin(), a.positionals.end(), [](const std::string& p) {
        return p == "-" || p.starts_with('@');
    });
    if (!plain_arguments) return;
    std::string joined;
    for (const auto& p : a.positionals) joined += (joined.empty() ? "" : " ") + p;
    if (read(joined, from, options).ok())
        io.err << "plutora-filter: hint: the shell passed " << a.positionals.size()
               << " inputs; as one filter they read without error: quote it, plutora-filter lint '" << joined << "'\n";
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

    Sources sources = sources_of(a, io);
    const std::size_t cores = std::thread::hardware_concurrency();
    const auto next = [&](std::vector<Input>& batch, std::size_t limit) { sources.next(batch, limit); };
    const bool rendered_here = out_format == "text" || out_format == "github";  // else built from every input
    const auto lint = [&](const Input& input) {
        ReadResult result = read(input.text, from, options);
        const auto warned = std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::warning; });
        Linted linted{!result.ok(), static_cast<std::size_t>(warned), {}, nullptr};
        if (!rendered_here) {
            linted.result = std::make_unique<ReadResult>(std::move(result));
        } else if (!result.diagnostics.empty()) {
            std::ostringstream text;
            if (out_format == "github") github_report(result, input, text);
            else report(result, input.text, input.where, input.first_line, text, io.out_style);
            linted.rendered = std::move(text).str();
        }
        return linted;
    };
    std::size_t inputs = 0, with_errors = 0, warnings = 0;
    auto json_report = nlohmann::ordered_json::array();
    SarifLog sarif;
    in_order<Input, Linted>(cores, next, lint, [&](const Input& input, const Linted& linted) {
        ++inputs;
        with_errors += linted.error ? 1 : 0;
        warnings += linted.warnings;
        if (out_format == "json") json_report.push_back(json_entry(input, *linted.result));
        else if (out_format == "sarif") sarif.add(input, *linted.result);
        else io.out << linted.rendered;
    });
    if (out_format == "json") io.out << json_report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (out_format == "sarif") io.out << std::move(sarif).json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (with_errors > 0) hint_unquoted(a, from, options, io);
    if (!a.has("--quiet"))
        io.err << inputs << (inputs == 1 ? " input" : " inputs") << ", " << with_errors << " with errors, "
               << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
    return with_errors > 0 ? invalid : ok;
}

}  // namespace plutora::filter::cli
