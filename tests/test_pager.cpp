// SPEC 5 sorting and pagination, and the envelope of the source.
#include <random>
#include <sstream>

#include "helpers.hpp"

namespace {

using json = nlohmann::json;

pf::Request request(std::string_view filter, std::vector<pf::SortKey> sort = {}, pf::Paging paging = {}) {
    auto r = pf::read_text(filter);
    REQUIRE(r.request);
    r.request->sort = std::move(sort);
    r.request->paging = paging;
    return *r.request;
}

std::vector<std::string> ids(const json& envelope) {
    std::vector<std::string> out;
    for (const auto& r : envelope["resultSet"]) out.push_back(r["id"].get<std::string>());
    return out;
}

const json records = json::parse(R"([
  {"id":"a","n":10,"d":"2019-02-01","t":"banana"},
  {"id":"b","n":"9","d":"2019-01-15T10:00:00Z","t":"Apple"},
  {"id":"c","d":"03/01/2019","t":"cherry"},
  {"id":"d","n":10,"t":null},
  {"id":"e","n":-1,"d":"01-01-2018","t":"apple"}
])");

}  // namespace

TEST_CASE("envelope: resultSet, returnCount, totalCount, pageNum, recordsPerPage; defaults 0 and 100") {
    const auto e = pf::evaluate(request("id has value"), records);
    CHECK(e["returnCount"] == 5);
    CHECK(e["totalCount"] == 5);
    CHECK(e["pageNum"] == 0);
    CHECK(e["recordsPerPage"] == 100);
    CHECK(ids(e) == std::vector<std::string>{"a", "b", "c", "d", "e"});  // input order without sort keys
    const auto none = pf::evaluate(request("id = zzz"), records);
    CHECK(none["resultSet"].empty());
    CHECK(none["totalCount"] == 0);
}

TEST_CASE("pagination: pageNum × recordsPerPage; totalCount counts every match") {
    const auto page1 = pf::evaluate(request("id has value", {}, {1, 2}), records);
    CHECK(ids(page1) == std::vector<std::string>{"c", "d"});
    CHECK(page1["returnCount"] == 2);
    CHECK(page1["totalCount"] == 5);
    CHECK(ids(pf::evaluate(request("id has value", {}, {2, 2}), records)) == std::vector<std::string>{"e"});
    CHECK(pf::evaluate(request("id has value", {}, {3, 2}), records)["returnCount"] == 0);
}

TEST_CASE("sorting: numbers numerically (numeric strings too), stable, missing last in both directions") {
    CHECK(ids(pf::evaluate(request("id has value", {{"n", false}}), records)) ==
          std::vector<std::string>{"e", "b", "a", "d", "c"});
    CHECK(ids(pf::evaluate(request("id has value", {{"n", true}}), records)) ==
          std::vector<std::string>{"a", "d", "b", "e", "c"});  // a before d: stable
}

TEST_CASE("sorting: dates by instant, whatever their format") {
    CHECK(ids(pf::evaluate(request("id has value", {{"D", false}}), records)) ==
          std::vector<std::string>{"e", "b", "a", "c", "d"});
    CHECK(ids(pf::evaluate(request("id has value", {{"d", true}}), records)) ==
          std::vector<std::string>{"c", "a", "b", "e", "d"});
}

TEST_CASE("sorting: text ignoring case; several keys in order") {
    CHECK(ids(pf::evaluate(request("id has value", {{"t", false}}), records)) ==
          std::vector<std::string>{"b", "e", "a", "c", "d"});
    CHECK(ids(pf::evaluate(request("id has value", {{"t", false}, {"n", true}}), records)) ==
          std::vector<std::string>{"b", "e", "a", "c", "d"});
    CHECK(ids(pf::evaluate(request("id has value", {{"t", true}, {"n", false}}), records)) ==
          std::vector<std::string>{"c", "a", "e", "b", "d"});
}

TEST_CASE("sorted pages, each kept in a bounded heap, add up to the whole sorted list") {
    std::mt19937 rng(5);
    json many = json::array();
    for (int i = 0; i < 250; ++i) {
        json r{{"id", std::to_string(i)}, {"k", static_cast<int>(rng() % 20)}};
        if (rng() % 7 == 0) r.erase("k");
        many.push_back(r);
    }
    std::vector<std::string> whole;
    for (std::uint32_t page = 0; page < 3; ++page) {
        const auto e = pf::evaluate(request("id has value", {{"k", true}}, {page, 100}), many);
        CHECK(e["totalCount"] == 250);
        for (const auto& id : ids(e)) whole.push_back(id);
    }
    REQUIRE(whole.size() == 250);
    std::vector<std::string> small_pages;
    for (std::uint32_t page = 0; page < 25; ++page)
        for (const auto& id : ids(pf::evaluate(request("id has value", {{"k", true}}, {page, 10}), many))) small_pages.push_back(id);
    CHECK(small_pages == whole);
    // Sorted by k descending, missing last, equal keys in input order.
    for (std::size_t i = 1; i < whole.size(); ++i) {
        const auto& a = many[std::stoul(whole[i - 1])];
        const auto& b = many[std::stoul(whole[i])];
        if (!a.contains("k")) CHECK_FALSE(b.contains("k"));
        else if (b.contains("k")) CHECK((a["k"] > b["k"] || (a["k"] == b["k"] && std::stoul(whole[i - 1]) < std::stoul(whole[i]))));
    }
}

TEST_CASE("the pager keeps only what the page needs") {
    pf::Pager pager(request("n has value", {}, {1, 10}));
    for (int i = 0; i < 100000; ++i) pager.add(json{{"n", i}});
    CHECK(pager.total_count() == 100000);
    const auto e = std::move(pager).envelope();
    CHECK(e["resultSet"].size() == 10);
    CHECK(e["resultSet"][0]["n"] == 10);
}

TEST_CASE("JSON Lines: streamed, blank lines skipped, a bad line is an error with its number") {
    std::istringstream good("{\"id\":\"a\",\"n\":1}\n\n  \n{\"id\":\"b\",\"n\":2}\r\n");
    const auto r = pf::evaluate_lines(request("n > 1"), good);
    REQUIRE(r.envelope);
    CHECK(ids(*r.envelope) == std::vector<std::string>{"b"});
    std::istringstream bad("{\"id\":\"a\"}\n{\"id\":\n");
    const auto e = pf::evaluate_lines(request("id has value"), bad);
    CHECK_FALSE(e.envelope);
    CHECK(e.line == 2);
    std::istringstream not_object("{\"id\":\"a\"}\n[1,2]\n");
    const auto o = pf::evaluate_lines(request("id has value"), not_object);
    CHECK(o.line == 2);
    CHECK(o.error == "a record must be a JSON object, found array");
}

TEST_CASE("records nested past the limit are refused, never walked (a crash before)") {
    const auto nested = [](std::size_t depth) {  // {"a": [[…]]}: depth containers in all
        return "{\"a\":" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
    };
    std::istringstream ok_line(nested(pf::max_record_depth));
    CHECK(pf::evaluate_lines(request("a has value"), ok_line).envelope);
    std::istringstream deep_line("{}\n" + nested(200000) + "\n");
    const auto deep = pf::evaluate_lines(request("a has value"), deep_line);
    CHECK_FALSE(deep.envelope);
    CHECK(deep.line == 2);
    CHECK(deep.error == "the record nests deeper than 512 levels");
    CHECK(pf::evaluate_text(request("a has value"), "[" + nested(pf::max_record_depth) + "]").envelope);
    const auto deep_array = pf::evaluate_text(request("a has value"), "[" + nested(pf::max_record_depth + 1) + "]");
    CHECK_FALSE(deep_array.envelope);
    CHECK(deep_array.error == "a record nests deeper than 512 levels");
    CHECK(pf::evaluate_text(request("a has value"), "[1]").error == "record 0 is not a JSON object");
    CHECK((*pf::evaluate_text(request("a has value"), "{\"a\":1}\n").envelope)["totalCount"] == 1);
}

TEST_CASE("the one paging rule and sort-key rule, as the CLI, C and Python use them") {
    pf::Paging paging;
    CHECK_FALSE(pf::set_paging(paging, true, 25, "recordsPerPage"));
    CHECK(paging.records_per_page == 25);
    auto d = pf::set_paging(paging, true, 500, "recordsPerPage");
    REQUIRE(d);
    CHECK(d->code == pf::Code::W104);
    CHECK(paging.records_per_page == 100);
    d = pf::set_paging(paging, true, 0, "recordsPerPage");
    REQUIRE(d);
    CHECK(d->code == pf::Code::W111);
    d = pf::set_paging(paging, false, -2, "pageNum");
    REQUIRE(d);
    CHECK(d->code == pf::Code::E015);
    CHECK(d->severity == pf::Severity::error);
    CHECK(paging.page_num == 0);
    CHECK(pf::parse_sort_key("name:DESC") == pf::SortKey{"name", true});
    CHECK(pf::parse_sort_key("a.b:asc") == pf::SortKey{"a.b", false});
    CHECK(pf::parse_sort_key("name") == pf::SortKey{"name", false});
    CHECK_FALSE(pf::parse_sort_key("name:up"));
    CHECK_FALSE(pf::parse_sort_key(":desc"));
}
