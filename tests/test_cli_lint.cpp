// SPEC 7 through cli::run: lint — its output formats, --file on several cores in input order
// (cli/in_order.hpp), --fix, and its exit statuses.
#include <nlohmann/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli_run.hpp"
#include "cli/in_order.hpp"

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
