// SPEC 7 through cli::run: eval — records in, the answer envelope out, records as written.
#include "cli_run.hpp"

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
