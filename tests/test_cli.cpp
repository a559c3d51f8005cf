// SPEC 7 through cli::run: the commands other than lint and eval, help, usage and I/O errors,
// input forms and sources.
#include <nlohmann/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_run.hpp"

namespace {

// A stream whose every write fails, like standard output on a full disk.
struct FullBuffer : std::streambuf {
    int overflow(int) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

}  // namespace

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
