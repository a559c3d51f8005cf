// SPEC 7 through cli::run: outputs, streams and exit statuses.
#include <nlohmann/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli/cli.hpp"
#include "cli/in_order.hpp"
#include "helpers.hpp"

namespace {

// A stream whose every write fails, like standard output on a full disk.
struct FullBuffer : std::streambuf {
    int overflow(int) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

struct Run {
    int exit = -1;
    std::string out;
    std::string err;
};

Run run(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    Run r;
    r.exit = pf::cli::run(args, {in, out, err});
    r.out = out.str();
    r.err = err.str();
    return r;
}

const std::string examples = std::string(PLUTORA_FILTER_SOURCE_DIR) + "/examples/filters.txt";
const std::string tenant_schema = std::string(PLUTORA_FILTER_SOURCE_DIR) + "/examples/tenant-schema.json";

}  // namespace

TEST_CASE("lint: a valid filter prints nothing and exits 0") {
    const auto r = run({"lint", "( `Name` contains `ABC` ) or ( `Id` > 5 )"});
    CHECK(r.exit == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "1 input, 0 with errors, 0 warnings\n");
}

TEST_CASE("lint: clang-style text, exit 1 on an error") {
    const auto r = run({"lint", "`name` like `ABC` or ( `displayColor` like `#` )"});
    CHECK(r.exit == 1);
    CHECK(r.out ==
          "<arg1>:1:1: error: this expression is not in parentheses but others in its chain are; wrap every "
          "expression in parentheses [E008]\n"
          "`name` like `ABC` or ( `displayColor` like `#` )\n"
          "^~~~~~~~~~~~~~~~~\n"
          "  fix: ( `name` like `ABC` ) or ( `displayColor` like `#` )\n");
}

TEST_CASE("lint: warnings alone exit 0") {
    const auto r = run({"lint", "( a = 1 )"});
    CHECK(r.exit == 0);
    CHECK(r.out.find("warning:") != std::string::npos);
    CHECK(r.out.find("[W107]") != std::string::npos);
}

TEST_CASE("lint --strict: style findings become errors") {
    const auto r = run({"lint", "--strict", "a = 1 and b = 2"});
    CHECK(r.exit == 1);
    CHECK(r.out.find("<arg1>:1:1: error: several expressions are not wrapped in parentheses") == 0);
    CHECK(r.out.find("[W102]") != std::string::npos);
}

TEST_CASE("lint --format json: one object per input with the SPEC 2 fields") {
    const auto r = run({"lint", "--format", "json", "a = 1", "name contians abc"});
    CHECK(r.exit == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 2);
    CHECK(j[0]["input"] == "a = 1");
    CHECK(j[0]["valid"] == true);
    CHECK(j[0]["diagnostics"].empty());
    CHECK(j[1]["valid"] == false);
    const auto& d = j[1]["diagnostics"][0];
    CHECK(d["code"] == "E004");
    CHECK(d["severity"] == "error");
    CHECK(d["offset"] == 5);
    CHECK(d["length"] == 8);
    CHECK(d["line"] == 1);
    CHECK(d["column"] == 6);
    CHECK(d["fix"]["replacement"] == "Contains");
    CHECK(run({"lint", "--format=json", "a = 1"}).exit == 0);
    CHECK(j[0]["version"] == 1);
    CHECK_FALSE(j[0].contains("file"));
}

TEST_CASE("lint --format json: the form read, the filter of bodies, the file and line of --file inputs") {
    const auto dir = std::filesystem::temp_directory_path() / "plutora_filter_lint_json";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "filters.txt").string();
    std::ofstream(path) << "a = 1\n\n# comment\n{\"searchFilters\":[{\"property\":\"n\",\"operator\":\"equals\",\"value\":\"x\"}]}\n";
    const auto j = nlohmann::json::parse(run({"lint", "--format", "json", "--file", path}).out);
    REQUIRE(j.size() == 2);
    CHECK(j[0]["file"] == path);
    CHECK(j[0]["line"] == 1);
    CHECK(j[1]["line"] == 4);
    CHECK(j[1]["form"] == "searchfilters");
    CHECK(j[1]["filter"] == "`n` Equals `x`");
    std::filesystem::remove_all(dir);
}

TEST_CASE("lint --file: one input per line, comments and blank lines skipped, file line numbers") {
    const auto r = run({"lint", "--file", examples});
    CHECK(r.exit == 1);
    CHECK(r.out.find(examples + ":6:1: error:") != std::string::npos);  // the INCORRECT example
    CHECK(r.out.find("[E008]") != std::string::npos);
    CHECK(r.out.find(":5:") == std::string::npos);  // the CORRECT example is clean
    CHECK(r.err.find("18 inputs") == 0);
}

TEST_CASE("lint reads standard input, one filter per line, with --file - or no input at all") {
    const std::string text = "# comment\n\na = 1\r\nb contians 2\n";
    for (const auto& args : {std::vector<std::string>{"lint", "--file", "-"}, std::vector<std::string>{"lint"}}) {
        const auto r = run(args, text);
        CHECK(r.exit == 1);
        CHECK(r.out.find("<stdin>:4:3: error:") == 0);
        CHECK(r.err == "2 inputs, 1 with errors, 0 warnings\n");
    }
}

TEST_CASE("lint: usage and I/O errors exit 2") {
    CHECK(run({"lint", "--file", "/does/not/exist"}).exit == 2);
    CHECK(run({"lint", "--format", "xml", "a = 1"}).exit == 2);
    CHECK(run({"lint", "--bogus"}).exit == 2);
    CHECK(run({"lint", "--file"}).exit == 2);
    const auto r = run({"lint", "--strict=yes", "a = 1"});
    CHECK(r.exit == 2);
    CHECK(r.err.find("plutora-filter: --strict takes no value") == 0);
}

TEST_CASE("format: canonical text on stdout, diagnostics on stderr") {
    const auto r = run({"format", "name contains abc and type not equal Defect"});
    CHECK(r.exit == 0);
    CHECK(r.out == "( `name` Contains `abc` ) and ( `type` NotEquals `Defect` )\n");
    CHECK(r.err.empty());
    const auto dates = run({"format", "--normalize-dates", "d = 01/02/2019"});
    CHECK(dates.out == "`d` Equals `2019-01-02`\n");
    const auto warned = run({"format", "( a = 1 )"});
    CHECK(warned.exit == 0);
    CHECK(warned.out == "`a` Equals `1`\n");
    CHECK(warned.err.find("[W107]") != std::string::npos);
    const auto bad = run({"format", "a = 2019-02-30"});
    CHECK(bad.exit == 1);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("<input>:1:5: error:") == 0);
    CHECK(run({"format"}, "name ~ abc\n").out == "`name` Contains `abc`\n");
    CHECK(run({"format", "-"}, "name ~ abc").out == "`name` Contains `abc`\n");
    CHECK(run({"format", "a = 1", "b = 2"}).exit == 2);
}

TEST_CASE("parse: the AST as JSON") {
    const auto r = run({"parse", "modifiedDate > 2010-02-01"});
    CHECK(r.exit == 0);
    CHECK(r.out ==
          R"({"field":"modifiedDate","operator":"GreaterThan","value":"2010-02-01","type":"date","date":"2010-02-01"})"
          "\n");
    CHECK(run({"parse", "--from", "text", "a = 1"}).exit == 0);
    CHECK(run({"parse", "name contians abc"}).exit == 1);
    CHECK(run({"parse", "--from", "yaml", "a = 1"}).exit == 2);
}

TEST_CASE("inputs are detected by their first bytes") {
    CHECK(pf::detect_form(R"({"ExpandoObject":{}})") == pf::Form::expando);
    CHECK(pf::detect_form("  {}") == pf::Form::expando);
    CHECK(pf::detect_form("https://x/releases?filter=a") == pf::Form::query);
    CHECK(pf::detect_form("?filter=a") == pf::Form::query);
    CHECK(pf::detect_form("filter=a") == pf::Form::query);
    CHECK(pf::detect_form("  name = 1") == pf::Form::text);
    CHECK(pf::detect_form("filtered = 1") == pf::Form::text);
}

TEST_CASE("parse --from: every form") {
    const char* expected = R"({"field":"Name","operator":"Contains","value":"ABC","type":"text"})" "\n";
    CHECK(run({"parse", "https://x/releases?filter=%60Name%60%20contains%20%60ABC%60"}).out == expected);
    CHECK(run({"parse", "--from", "query", "filter=Name+contains+ABC"}).out == expected);
    CHECK(run({"parse", "--from", "expando", R"({"ExpandoObject":{"Left":"Name","Operator":"contains","Right":"ABC"}})"}).out ==
          expected);
    CHECK(run({"parse", "--from", "searchfilters", R"({"searchFilters":[{"property":"Name","operator":"contains","value":"ABC"}]})"})
              .out == expected);
    CHECK(run({"parse", "--from", "text", "filter=1"}).out ==
          R"({"field":"filter","operator":"Equals","value":"1","type":"number"})" "\n");
    const auto bad = run({"parse", R"({"ExpandoObject":{"Left":"a","Operator":"equalz","Right":"x"}})"});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find(R"(/ExpandoObject/Operator: unknown operator "equalz"; did you mean "Equals"? [E023])") != std::string::npos);
}

TEST_CASE("emit: every form, flags over what the input carries") {
    const auto query = run({"emit", "--to", "query", "--base-url", "https://x/releases", "name contains abc"});
    CHECK(query.exit == 0);
    CHECK(query.out == "https://x/releases?filter=%60name%60%20Contains%20%60abc%60&pageNum=0&recordsPerPage=100\n");
    const auto carried = run({"emit", "--to", "query", "filter=a%3D1&page=2&limit=10"});
    CHECK(carried.out == "filter=%60a%60%20Equals%20%601%60&pageNum=2&recordsPerPage=10\n");
    const auto flags = run({"emit", "--to", "query", "--page-num", "3", "--records-per-page", "150", "filter=a%3D1&page=2"});
    CHECK(flags.out == "filter=%60a%60%20Equals%20%601%60&pageNum=3&recordsPerPage=100\n");
    CHECK(flags.err.find("[W104]") != std::string::npos);
    CHECK(run({"emit", "--to", "query", "--records-per-page", "0", "a = 1"}).err.find("[W111]") != std::string::npos);
    const auto text = run({"emit", "--to", "text", R"({"ExpandoObject":{"Left":"n","Operator":"not equal","Right":"x"}})"});
    CHECK(text.out == "`n` NotEquals `x`\n");
    const auto expando = run({"emit", "--to", "expando", "--sort", "name:desc", "a = 1"});
    const auto j = nlohmann::json::parse(expando.out);
    CHECK(j["ExpandoObject"]["Operator"] == "Equals");
    CHECK(j["searchFilters"][0]["direction"] == "desc");
    const auto sf = run({"emit", "--to", "searchfilters", "--sort", "b", "--sort", "a:desc",
                         R"({"searchFilters":[{"property":"a","operator":"=","value":"1","direction":"asc"}]})"});
    const auto k = nlohmann::json::parse(sf.out);
    // The flags replace `a` asc; b comes first and has no condition, so both keys get entries
    // of their own, in order.
    REQUIRE(k["searchFilters"].size() == 3);
    CHECK_FALSE(k["searchFilters"][0].contains("direction"));
    CHECK(k["searchFilters"][1] == nlohmann::json{{"property", "b"}, {"direction", "asc"}});
    CHECK(k["searchFilters"][2] == nlohmann::json{{"property", "a"}, {"direction", "desc"}});
}

TEST_CASE("emit: E020 exits 1 with the reason; bad flags exit 2") {
    const auto r = run({"emit", "--to", "searchfilters", "a = 1 or b = 2"});
    CHECK(r.exit == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("emit it as an ExpandoObject body instead (--to expando) [E020]") != std::string::npos);
    CHECK(run({"emit", "a = 1"}).exit == 2);
    CHECK(run({"emit", "--to", "yaml", "a = 1"}).exit == 2);
    CHECK(run({"emit", "--to", "query", "--page-num", "-1", "a = 1"}).exit == 2);
    CHECK(run({"emit", "--to", "query", "--sort", "a:sideways", "a = 1"}).exit == 2);
    CHECK(run({"emit", "--to", "text", "--base-url", "https://x", "a = 1"}).exit == 2);
    CHECK(run({"emit", "--to", "text", "a contians 1"}).exit == 1);
}

TEST_CASE("lint: URLs and JSON bodies, text and JSON output") {
    const auto r = run({"lint", "https://x/r?filter=name%20contians%20abc&limit=500",
                        R"({"ExpandoObject":{"Left":"d","Operator":"=","Right":"2019-02-30"}})"});
    CHECK(r.exit == 1);
    CHECK(r.out.find("<arg1>:1:48: warning: limit 500 is over 100; the API caps it at 100 [W104]\n") == 0);
    CHECK(r.out.find("<arg1> (filter):1:6: error: expected an operator after field `name`") != std::string::npos);
    CHECK(r.out.find("\nname contians abc\n     ^~~~~~~~\n") != std::string::npos);
    CHECK(r.out.find("<arg2>:1:53: error: /ExpandoObject/Right: `2019-02-30` is not a real date") != std::string::npos);
    const auto j = nlohmann::json::parse(run({"lint", "--format", "json", "filter=a%3D1", R"({"ExpandoObject":{"Left":"a"}})"}).out);
    CHECK(j[0]["form"] == "query");
    CHECK(j[0]["filter"] == "a=1");
    CHECK(j[0]["valid"] == true);
    CHECK(j[1]["form"] == "expando");
    CHECK(j[1]["diagnostics"][0]["code"] == "E023");
    CHECK(j[1]["diagnostics"][0]["pointer"] == "/ExpandoObject");
}

TEST_CASE("eval: JSON Lines or an array, from a file or stdin; the envelope in the source's order") {
    const std::string lines = "{\"name\":\"ABC 1\",\"n\":2}\n\n{\"name\":\"abc 2\",\"n\":10}\n{\"name\":\"x\"}\n";
    const auto r = run({"eval", "--filter", "name ~ abc", "--sort", "n:desc"}, lines);
    CHECK(r.exit == 0);
    CHECK(r.out ==
          R"({"resultSet":[{"name":"abc 2","n":10},{"name":"ABC 1","n":2}],"returnCount":2,"totalCount":2,"pageNum":0,"recordsPerPage":100})"
          "\n");
    const auto array = run({"eval", "--filter", "name != x", "-"}, R"( [{"name":"x"},{"name":"y"},{}])");
    CHECK(array.out == R"({"resultSet":[{"name":"y"},{}],"returnCount":2,"totalCount":2,"pageNum":0,"recordsPerPage":100})" "\n");
}

TEST_CASE("eval: matched records come back as written: key order, number spelling, escapes") {
    const std::string lines = R"({"z":1,"name":"abc","big":123456789012345678901234567890,"d":2.50,"s":"\u00e9\n"})" "\n";
    const auto r = run({"eval", "--filter", "name = abc"}, lines);
    CHECK(r.exit == 0);
    CHECK(r.out == R"({"resultSet":[{"z":1,"name":"abc","big":123456789012345678901234567890,"d":2.50,"s":"\u00e9\n"}],)"
                   R"("returnCount":1,"totalCount":1,"pageNum":0,"recordsPerPage":100})" "\n");
    // Integers past 2^53 are read (as the nlohmann path reads them) and compared as numbers.
    CHECK(run({"eval", "--filter", "big > 1"}, lines).out.find(R"("totalCount":1)") != std::string::npos);
}

TEST_CASE("eval: JSON Lines are read in chunks; a bad line is reported by its number in the whole input") {
    std::string lines;
    for (int i = 0; i < 120000; ++i) lines += R"({"name":"record )" + std::to_string(i) + R"(","n":)" + std::to_string(i % 7) + "}\n";
    lines += "{\"name\":\n";  // line 120,001, after the first chunk
    auto r = run({"eval", "--filter", "n = 3"}, lines);
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: <stdin>:120001: not valid JSON: column 9: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal\n");
    lines.resize(lines.size() - 10);
    r = run({"eval", "--filter", "n = 3", "--sort", "name:desc", "--records-per-page", "2"}, lines);
    CHECK(r.exit == 0);
    CHECK(r.out == R"({"resultSet":[{"name":"record 99998","n":3},{"name":"record 99991","n":3}],"returnCount":2,"totalCount":17143,"pageNum":0,"recordsPerPage":2})" "\n");
}

TEST_CASE("eval: the filter's paging and sort keys carry over; flags win") {
    const std::string lines = "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n";
    const char* body = R"({"searchFilters":[{"property":"n","operator":">","value":"0","direction":"desc"}],"recordsPerPage":2,"pageNum":0})";
    CHECK(run({"eval", "--filter", body}, lines).out ==
          R"({"resultSet":[{"n":3},{"n":2}],"returnCount":2,"totalCount":3,"pageNum":0,"recordsPerPage":2})" "\n");
    CHECK(run({"eval", "--filter", body, "--page-num", "1", "--sort", "n"}, lines).out ==
          R"({"resultSet":[{"n":3}],"returnCount":1,"totalCount":3,"pageNum":1,"recordsPerPage":2})" "\n");
    const auto capped = run({"eval", "--filter", "n > 0", "--records-per-page", "500"}, lines);
    CHECK(capped.out.find(R"("recordsPerPage":100})") != std::string::npos);
    CHECK(capped.err.find("[W104]") != std::string::npos);
}

TEST_CASE("eval: a malformed record is exit 2 with its line, and no partial answer") {
    const auto r = run({"eval", "--filter", "n > 0"}, "{\"n\":1}\n{\"n\":\n{\"n\":3}\n");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("plutora-filter: <stdin>:2: not valid JSON: column "));
    CHECK(run({"eval", "--filter", "n > 0"}, "[{\"n\":1},2]").err == "plutora-filter: <stdin>: record 1 is not a JSON object\n");
    CHECK(run({"eval", "--filter", "n > 0", "/does/not/exist"}).exit == 2);
    CHECK(run({"eval", "n > 0"}).exit == 2);  // no --filter
    CHECK(run({"eval", "--filter", "n contians 0"}, "{}").exit == 1);
}

TEST_CASE("--help, --version, unknown commands") {
    const auto v = run({"--version"});
    CHECK(v.exit == 0);
    CHECK(v.out == "plutora-filter " + std::string(pf::version) + "\n");
    const auto h = run({"--help"});
    CHECK(h.exit == 0);
    CHECK(h.out.find("plutora-filter lint") != std::string::npos);
    CHECK(run({"lint", "--help"}).exit == 0);
    CHECK(run({}).exit == 2);
    const auto u = run({"frobnicate"});
    CHECK(u.exit == 2);
    CHECK(u.err.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("CMD --help and help CMD describe every option the command's usage line names") {
    const std::string usage = run({"--help"}).out;
    for (const std::string command : {"lint", "format", "parse", "emit", "eval", "schema", "serve"}) {
        CAPTURE(command);
        const auto help = run({command, "--help"});
        CHECK(help.exit == 0);
        CHECK(help.out.starts_with("usage: plutora-filter " + command));
        CHECK(run({"help", command}).out == help.out);
        // the command's lines of the overall usage: every option there has a line of its own here
        const auto at = usage.find("  plutora-filter " + command + " ");
        REQUIRE(at != std::string::npos);
        auto end = usage.find("\n  plutora-filter ", at + 1);
        const std::string line = usage.substr(at, end - at);
        for (std::size_t i = line.find("--"); i != std::string::npos; i = line.find("--", i + 2)) {
            std::size_t j = i + 2;
            while (j < line.size() && (std::isalpha(static_cast<unsigned char>(line[j])) || line[j] == '-')) ++j;
            const std::string option = line.substr(i, j - i);
            CAPTURE(option);
            CHECK(help.out.find("\n  " + option + " ") != std::string::npos);
        }
    }
    CHECK(run({"help", "frobnicate"}).exit == 2);
}

TEST_CASE("in_order: every item's product, used in input order, across batch boundaries and core counts") {
    using plutora::filter::cli::in_order;
    using plutora::filter::cli::in_order_batch;
    for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{255}, std::size_t{256}, in_order_batch - 1, in_order_batch,
                                    in_order_batch + 1, 2 * in_order_batch, 3 * in_order_batch + 7})
        for (const std::size_t cores : {1, 2, 3, 8}) {
            std::size_t given = 0, fills = 0, used = 0;
            bool in_sequence = true;
            const auto fill = [&](std::vector<std::size_t>& batch, std::size_t limit) {
                ++fills;
                while (given < count && batch.size() < limit) batch.push_back(given++);
            };
            in_order<std::size_t, std::string>(
                cores, fill, [](std::size_t i) { return std::to_string(i * i); },
                [&](std::size_t i, std::string&& product) {
                    in_sequence = in_sequence && i == used && product == std::to_string(i * i);
                    ++used;
                });
            CAPTURE(count);
            CAPTURE(cores);
            CHECK(in_sequence);
            CHECK(used == count);
            CHECK(fills <= count / in_order_batch + 2);  // a batch at a time, one more to see the end
        }
}

TEST_CASE("in_order: an exception in any thread stops the work and reaches the caller, with no thread left behind") {
    using plutora::filter::cli::in_order;
    for (const std::size_t cores : {1, 2, 4})
        for (const bool in_use : {false, true}) {
            std::size_t given = 0, used = 0;
            const auto fill = [&](std::vector<std::size_t>& batch, std::size_t limit) {
                while (given < 20000 && batch.size() < limit) batch.push_back(given++);
            };
            const auto produce = [&](std::size_t i) {
                if (!in_use && i == 9000) throw std::runtime_error("produce 9000");
                return i;
            };
            const auto use = [&](std::size_t i, std::size_t) {
                if (in_use && i == 9000) throw std::runtime_error("use 9000");
                ++used;
            };
            CAPTURE(cores);
            const auto run_all = [&] { in_order<std::size_t, std::size_t>(cores, fill, produce, use); };
            CHECK_THROWS_WITH(run_all(), in_use ? "use 9000" : "produce 9000");
            CHECK(used <= 9000);
        }
}

TEST_CASE("lint --file: thousands of inputs are read on several cores and reported in input order") {
    std::string file;
    for (int i = 1; i <= 10000; ++i) file += i % 7 == 0 ? "`f" + std::to_string(i) + "` contians x\n" : "`f" + std::to_string(i) + "` = 1\n";
    const auto r = run({"lint", "--format", "json", "--file", "-"}, file);
    CHECK(r.exit == 1);
    const auto report = nlohmann::json::parse(r.out);
    REQUIRE(report.size() == 10000);
    for (std::size_t i = 0; i < report.size(); ++i) {
        const auto line = static_cast<int>(i) + 1;
        CHECK(report[i]["line"] == line);
        CHECK(report[i]["input"].get<std::string>().starts_with("`f" + std::to_string(line) + "`"));
        CHECK(report[i]["valid"] == (line % 7 != 0));
    }
    CHECK(r.err == "10000 inputs, 1428 with errors, 0 warnings\n");
    // The text and GitHub reports are rendered on the cores: still one finding per bad line, in order.
    for (const std::string format : {"text", "github"}) {
        const auto t = run({"lint", "--format", format, "--file", "-"}, file);
        CHECK(t.exit == 1);
        std::istringstream lines(t.out);
        int expected = 7, seen = 0;
        for (std::string line; std::getline(lines, line);) {
            const std::string head = format == "text" ? "<stdin>:" + std::to_string(expected) + ":"
                                                      : "::error line=" + std::to_string(expected) + ",";
            if (!line.starts_with(format == "text" ? "<stdin>:" : "::")) continue;
            CHECK(line.starts_with(head));
            expected += 7, ++seen;
        }
        CHECK(seen == 1428);
        CHECK(t.err == "10000 inputs, 1428 with errors, 0 warnings\n");
    }
    // A file on disk is memory-mapped rather than read: the same report, line numbers and all.
    const auto dir = std::filesystem::temp_directory_path() / "plutora_filter_lint_mapped";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "filters.txt").string();
    std::ofstream(path, std::ios::binary) << file;
    const auto piped = run({"lint", "--file", "-"}, file);
    const auto mapped = run({"lint", "--file", path});
    CHECK(mapped.exit == 1);
    std::string expected = piped.out;
    for (std::size_t at = 0; (at = expected.find("<stdin>:", at)) != std::string::npos; at += path.size())
        expected.replace(at, 7, path);
    CHECK(mapped.out == expected);
    CHECK(mapped.err == piped.err);
    std::filesystem::remove_all(dir);
}

TEST_CASE("lint: a filter split by the shell into several inputs gets a hint to quote it") {
    auto r = run({"lint", "name", "contains", "abc"});
    CHECK(r.exit == 1);
    CHECK(r.err.find("hint: the shell passed 3 inputs; as one filter they read without error: quote it, "
                     "plutora-filter lint 'name contains abc'") != std::string::npos);
    r = run({"lint", "name contians", "abc"});  // joined, still wrong: no hint
    CHECK(r.err.find("hint") == std::string::npos);
}

TEST_CASE("--entity: schema checks on every command; an unknown entity is a usage error with a did-you-mean") {
    auto r = run({"lint", "--entity", "Release", "`nmae` contains `abc`"});
    CHECK(r.exit == 1);
    CHECK(r.out ==
          "<arg1>:1:1: error: unknown field `nmae` of releases; did you mean `name`? [E016]\n"
          "`nmae` contains `abc`\n"
          "^~~~~~\n"
          "  fix: `name` contains `abc`\n");
    CHECK(run({"lint", "`nmae` contains `abc`"}).exit == 0);  // no entity, no schema checks
    r = run({"lint", "--entity", "relases", "a = 1"});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: unknown entity 'relases'; did you mean 'releases'? (plutora-filter schema lists them)\n");
    CHECK(run({"format", "--entity", "releases", "`id` = `42`"}).exit == 1);
    r = run({"parse", "--entity", "releases", "identifier = 2019-02-01"});
    CHECK(r.exit == 0);
    CHECK(r.out == R"({"field":"identifier","operator":"Equals","value":"2019-02-01","type":"text"})" "\n");
    CHECK(run({"parse", "identifier = 2019-02-01"}).out.find(R"("type":"date")") != std::string::npos);
    // The entity from a URL's path; --entity wins.
    r = run({"lint", "https://x/releases?filter=%60nmae%60%20%3D%20x"});
    CHECK(r.exit == 1);
    CHECK(r.out.find("[E016]") != std::string::npos);
    CHECK(run({"lint", "--entity", "users", "/releases?filter=`userName` = `x`"}).exit == 0);
}

TEST_CASE("emit: E018 for a body of an entity without POST /filter") {
    auto r = run({"emit", "--to", "searchfilters", "--entity", "environments", "`name` = `x`"});
    CHECK(r.exit == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("environments has no POST /filter endpoint") != std::string::npos);
    CHECK(r.err.find("[E018]") != std::string::npos);
    CHECK(run({"emit", "--to", "query", "--entity", "environments", "`name` = `x`"}).exit == 0);
    CHECK(run({"emit", "--to", "expando", "--entity", "TECRs", "`title` = `x`"}).exit == 0);
    r = run({"lint", "--entity", "hosts", R"({"searchFilters":[{"property":"name","operator":"equals","value":"x"}]})"});
    CHECK(r.exit == 1);
    CHECK(r.out.find("[E018]") != std::string::npos);
}

TEST_CASE("--schema: a tenant's fields; a bad file exits 2 naming the file and the JSON pointer") {
    auto r = run({"lint", "--schema", tenant_schema, "--entity", "releases", "`budget code` = `X1`"});
    CHECK(r.exit == 0);
    CHECK(r.out.find("is a custom field; the API does not filter on custom fields") != std::string::npos);
    CHECK(r.out.find("[W117]") != std::string::npos);
    r = run({"lint", "--schema", tenant_schema, "--entity", "incident", "`severity` >= `high`"});
    CHECK(r.exit == 1);
    CHECK(r.out.find("[E017]") != std::string::npos);
    r = run({"lint", "--schema", "-", "--entity", "releases", "a = 1"}, R"({"entities":{"releases":{"fields":{"x":{"type":"strng"}}}}})");
    CHECK(r.exit == 2);
    CHECK(r.err ==
          "plutora-filter: <stdin>: bad schema file: /entities/releases/fields/x/type: unknown type \"strng\"; a type is "
          "one of guid, string, integer, number, boolean, date, datetime, enum (did you mean \"string\"?)\n");
    CHECK(run({"lint", "--schema", "/does/not/exist.json", "a = 1"}).exit == 2);
    // eval: custom fields are local data, not a request to the server.
    const std::string records = R"({"name":"a","additionalInformation":[{"name":"Budget Code","dataType":"Text","text":"X1"}]})" "\n";
    r = run({"eval", "--schema", tenant_schema, "--entity", "releases", "--filter", "`Budget Code` = `x1`"}, records);
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find(R"("totalCount":1)") != std::string::npos);
}

TEST_CASE("schema: the entities, one entity's fields, text and JSON") {
    auto r = run({"schema"});
    CHECK(r.exit == 0);
    CHECK(r.out.starts_with("entity                fields  POST /filter  GET\nreleases              23      yes           /releases\n"));
    CHECK(r.out.find("20 entities") != std::string::npos);
    r = run({"schema", "TECRs"});
    CHECK(r.exit == 0);
    CHECK(r.out.starts_with("tecrs (also tecr ChangeRequest)\n  get: /TECRs\n"));
    CHECK(r.out.find("  outage ") != std::string::npos);
    CHECK(r.out.find("{Yes, No, …} (seen so far)") != std::string::npos);
    r = run({"schema", "--format", "json", "release"});
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["name"] == "releases");
    CHECK(j["endpoints"]["post_filter"] == "/releases/filter");
    CHECK(j["fields"][0]["name"] == "id");
    CHECK(j["fields"][0]["type"] == "guid");
    CHECK(nlohmann::json::parse(run({"schema", "--format", "json"}).out).size() == 20);
    CHECK(nlohmann::json::parse(run({"schema", "--format", "json", "--schema", tenant_schema}).out).size() == 21);
    r = run({"schema", "relese"});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: unknown entity 'relese'; did you mean 'releases'?\n");
}

TEST_CASE("emit: sort directions in any case; W114 when a query drops sort keys; text warns it drops paging") {
    auto r = run({"emit", "--to", "searchfilters", "--sort", "name:DESC", "name ~ abc"});
    CHECK(r.exit == 0);
    CHECK(r.out.find("\"direction\": \"desc\"") != std::string::npos);
    r = run({"emit", "--to", "query", "--sort", "name:Asc", "name ~ abc"});
    CHECK(r.exit == 0);
    CHECK(r.out == "filter=%60name%60%20Contains%20%60abc%60&pageNum=0&recordsPerPage=100\n");
    CHECK(r.err.find("[W114]") != std::string::npos);
    r = run({"emit", "--to", "text", "--page-num", "2", "name ~ abc"});
    CHECK(r.exit == 0);
    CHECK(r.out == "`name` Contains `abc`\n");
    CHECK(r.err.find("warning: filter text carries no paging or sort keys") != std::string::npos);
    CHECK(run({"emit", "--to", "query", "--sort", "name:sideways", "a = 1"}).exit == 2);
}

TEST_CASE("I/O errors name the path and the reason, exit 2 and print no summary") {
    auto r = run({"lint", "--file", PLUTORA_FILTER_SOURCE_DIR});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: cannot read " + std::string(PLUTORA_FILTER_SOURCE_DIR) + ": it is a directory\n");
    r = run({"lint", "--file", "/does/not/exist.txt"});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: cannot open /does/not/exist.txt: No such file or directory\n");
    r = run({"eval", "--filter", "a = 1", PLUTORA_FILTER_SOURCE_DIR});
    CHECK(r.exit == 2);
    CHECK(r.err.find("it is a directory") != std::string::npos);
}

TEST_CASE("a write error is exit 2 with a message") {
    FullBuffer full;
    std::ostream out(&full);
    std::istringstream in;
    std::ostringstream err;
    CHECK(pf::cli::run({"format", "a = 1"}, {in, out, err}) == 2);
    CHECK(err.str().starts_with("plutora-filter: cannot write the output"));
}

TEST_CASE("a UTF-8 byte-order mark before an input, a --file or records is skipped") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(run({"lint", bom + "name = 1"}).exit == 0);
    CHECK(run({"parse", bom + "name = 1"}).out == R"({"field":"name","operator":"Equals","value":"1","type":"number"})" "\n");
    auto r = run({"lint", "--file", "-"}, bom + "# a comment\nname = 1\n");
    CHECK(r.exit == 0);
    CHECK(r.err == "1 input, 0 with errors, 0 warnings\n");
    r = run({"eval", "--filter", "name = x"}, bom + "{\"name\":\"x\"}\n");
    CHECK(r.exit == 0);
    CHECK(r.out.find(R"("totalCount":1)") != std::string::npos);
    CHECK(run({"eval", "--filter", "name = x"}, bom + "[{\"name\":\"x\"}]").out.find(R"("totalCount":1)") != std::string::npos);
    // A body after a BOM and leading whitespace is still a body.
    r = run({"parse", bom + "\n  {\"searchFilters\":[{\"property\":\"n\",\"operator\":\"equals\",\"value\":\"x\"}]}"});
    CHECK(r.exit == 0);
    CHECK(r.out == R"({"field":"n","operator":"Equals","value":"x","type":"text"})" "\n");
}

TEST_CASE("- reads standard input: lint INPUT, eval --filter") {
    auto r = run({"lint", "a = 1", "-"}, "b = 2\nc contians 3\n");
    CHECK(r.exit == 1);
    CHECK(r.err == "3 inputs, 1 with errors, 0 warnings\n");
    CHECK(r.out.find("<stdin>:2:3: error:") != std::string::npos);
    const std::string records = std::string(PLUTORA_FILTER_SOURCE_DIR) + "/examples/releases.jsonl";
    r = run({"eval", "--filter", "-", records}, "name ~ uat\n");
    CHECK(r.exit == 0);
    CHECK(r.out.find(R"("totalCount":)") != std::string::npos);
    CHECK(run({"eval", "--filter", "-"}, "name ~ uat\n").exit == 2);
}

TEST_CASE("usage errors: one line, a did-you-mean, and where to read more") {
    auto r = run({"lint", "--fromat", "json", "a = 1"});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: unknown option --fromat; did you mean --format?\nsee `plutora-filter lint --help`\n");
    r = run({"lint", "-x", "a = 1"});
    CHECK(r.exit == 2);
    CHECK(r.err.starts_with("plutora-filter: unknown option -x"));
    CHECK(run({"lint", "--", "-x = 1"}).exit == 0);
    r = run({"lnt", "a = 1"});
    CHECK(r.exit == 2);
    CHECK(r.err == "plutora-filter: unknown command 'lnt'; did you mean 'lint'?\nsee `plutora-filter --help`\n");
}

TEST_CASE("@PATH reads an input from a file (a pretty-printed body included); lint takes --from") {
    const auto dir = std::filesystem::temp_directory_path() / "plutora_filter_at_path";
    std::filesystem::create_directories(dir);
    const auto body = (dir / "body.json").string();
    std::ofstream(body) << "{\n  \"searchFilters\": [\n    {\"property\": \"name\", \"operator\": \"equals\", \"value\": \"x\"}\n  ]\n}\n";
    auto r = run({"lint", "@" + body});
    CHECK(r.exit == 0);
    CHECK(r.err == "1 input, 0 with errors, 0 warnings\n");
    CHECK(run({"parse", "@" + body}).out == R"({"field":"name","operator":"Equals","value":"x","type":"text"})" "\n");
    CHECK(run({"emit", "--to", "text", "@" + body}).out == "`name` Equals `x`\n");
    CHECK(run({"lint", "@/does/not/exist"}).exit == 2);
    // --from: a filter that starts like a URL read as text.
    r = run({"lint", "--from", "text", "filter=1"});
    CHECK(r.exit == 0);
    CHECK(run({"lint", "filter=1"}).exit == 1);  // detected as a query string without a filter value
    std::filesystem::remove_all(dir);
}

TEST_CASE("a filter passed unquoted as several arguments gets a hint") {
    const auto r = run({"format", "name", "contains", "abc"});
    CHECK(r.exit == 2);
    CHECK(r.err.find("a filter with spaces goes in quotes") != std::string::npos);
}

TEST_CASE("lint --fix rewrites the file with the fixes that do not overlap, then reports the rest") {
    const auto dir = std::filesystem::temp_directory_path() / "plutora_filter_fix";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "filters.txt").string();
    std::ofstream(path, std::ios::binary) << "name contians abc\r\n# keep me\n\nx iswithin `a, b`\nname = \"x\"\na = 1 and\nok = 1\n";
    auto r = run({"lint", "--fix", "--file", path});
    CHECK(r.exit == 1);  // `a = 1 and` has no fix
    CHECK(r.err.find(path + ": 3 fixes applied") != std::string::npos);
    std::stringstream text;
    text << std::ifstream(path, std::ios::binary).rdbuf();
    CHECK(text.str() == "name Contains abc\r\n# keep me\n\nx iswithin `a,b`\nname = `x`\na = 1 and\nok = 1\n");
    CHECK(r.out.find("[E004]") == std::string::npos);
    CHECK(r.out.find(path + ":6:") != std::string::npos);  // what is left, on its line
    r = run({"lint", "--fix", "--file", path});
    CHECK(r.err.find(path + ": 0 fixes applied") != std::string::npos);
    CHECK(run({"lint", "--fix", "a = 1"}).exit == 2);
    CHECK(run({"lint", "--fix", "--file", "-"}).exit == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("lint --format github: workflow commands a pull request shows on its lines; --quiet") {
    auto r = run({"lint", "--format", "github", "name contians abc"});
    CHECK(r.exit == 1);
    CHECK(r.out == "::error line=1,col=6,title=E004::expected an operator after field `name`, found `contians`; did you mean `Contains`?\n");
    r = run({"lint", "--format", "github", "--file", "-"}, "a = 1\n(b = 2)\n");
    CHECK(r.out.find("::warning file=<stdin>") == std::string::npos);
    CHECK(r.out.find("::warning line=2,col=1,title=W101::") != std::string::npos);
    r = run({"lint", "--quiet", "a = 1"});
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
}

TEST_CASE("lint --format sarif: one SARIF 2.1.0 log with rules, code-point regions in the file and fixes") {
    const auto dir = std::filesystem::temp_directory_path() / "pf sarif test";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "filters.txt").string();
    std::ofstream(path) << "# comment\n`名前` contians `é`\n(b = 2)\n";
    auto r = run({"lint", "--format", "sarif", "--file", path, "\"a = 1\""});
    CHECK(r.exit == 1);
    const auto log = nlohmann::json::parse(r.out);
    CHECK(log["version"] == "2.1.0");
    const auto& run0 = log["runs"][0];
    CHECK(run0["columnKind"] == "unicodeCodePoints");
    CHECK(run0["tool"]["driver"]["name"] == "plutora-filter");
    // Inputs given as arguments are artifacts by their text; files by a URI (percent-encoded).
    CHECK(run0["artifacts"][0]["contents"]["text"] == "\"a = 1\"");
    std::string uri = "file://" + path;
    for (auto at = uri.find(' '); at != std::string::npos; at = uri.find(' ')) uri.replace(at, 1, "%20");
    CHECK(run0["artifacts"][1]["location"]["uri"] == uri);
    const auto& results = run0["results"];
    REQUIRE(results.size() == 5);  // W106 (argument); E004 (line 2); W101, W107, W101 (line 3)
    CHECK(results[0]["ruleId"] == "W106");
    CHECK(results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "a = 1");
    const auto& e004 = results[1];
    CHECK(e004["ruleId"] == "E004");
    CHECK(e004["level"] == "error");
    CHECK(run0["tool"]["driver"]["rules"][e004["ruleIndex"].get<std::size_t>()]["id"] == "E004");
    const auto& region = e004["locations"][0]["physicalLocation"]["region"];
    CHECK(region == nlohmann::json::parse(R"({"startLine":2,"startColumn":6,"endLine":2,"endColumn":14})"));  // code points
    CHECK(e004["fixes"][0]["description"]["text"] == "replace with \"Contains\"");
    const auto& w101 = results[2];
    CHECK(w101["ruleId"] == "W101");
    CHECK(w101["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"] ==
          nlohmann::json::parse(R"({"startLine":3,"startColumn":2,"endLine":3,"endColumn":2})"));
    CHECK(w101["fixes"][0]["description"]["text"] == "insert \" \"");
    r = run({"lint", "--format", "sarif", "a = 1"});  // nothing found: still a log, with no results
    CHECK(r.exit == 0);
    CHECK(nlohmann::json::parse(r.out)["runs"][0]["results"].empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("positions are computed from the span when rendering: an emitter's E020 too") {
    const std::string body = R"({"ExpandoObject":{"Left":{"Left":"a","Operator":"=","Right":"1"},"Operator":"Or","Right":{"Left":"b","Operator":"=","Right":"2"}}})";
    auto r = run({"emit", "--to", "searchfilters", body});
    CHECK(r.exit == 1);
    CHECK(r.err.starts_with("<input>:1:18: error: this filter needs `or`"));
    r = run({"emit", "--to", "searchfilters", "a = 1\nor b = 2"});
    CHECK(r.err.starts_with("<input>:1:1: error:"));
    // a query string's request points into its decoded filter: shown there, caret and all
    r = run({"emit", "--to", "searchfilters", "filter=%60a%60%20%3D%201%20or%20%60b%60%20%3D%202"});
    CHECK(r.exit == 1);
    CHECK(r.err.starts_with("<input> (filter):1:1: error: this filter needs `or`"));
    CHECK(r.err.find("\n`a` = 1 or `b` = 2\n^~~~~~~~~~~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("form names match ignoring case") {
    CHECK(run({"emit", "--to", "SearchFilters", "a = 1"}).exit == 0);
    CHECK(run({"parse", "--from", "TEXT", "filter=1"}).out == R"({"field":"filter","operator":"Equals","value":"1","type":"number"})" "\n");
    CHECK(pf::form_from_name("Expando") == pf::Form::expando);
}
