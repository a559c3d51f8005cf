// RecordSet: records loaded once answer exactly as the nlohmann path does (a differential test
// over random filters and records, pages with sort keys included), keep their bytes, and refuse
// what evaluate_text refuses, with the same reason.
#include <sstream>

#include "generator.hpp"
#include "helpers.hpp"
#include "records_generator.hpp"

namespace {

using json = nlohmann::json;

pf::RecordSet load(std::string text) {
    auto loaded = pf::RecordSet::load(std::move(text));
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return std::move(*loaded.records);
}

}  // namespace

TEST_CASE("records: JSON Lines and arrays, each record's bytes as written") {
    const std::string lines = "{\"b\":1,\"a\":123456789012345678901234567890}\n\n  {\"name\":\"x\", \"n\": 2.50}  \r\n";
    const auto set = load(lines);
    REQUIRE(set.size() == 2);
    CHECK(set.record(0) == "{\"b\":1,\"a\":123456789012345678901234567890}");
    CHECK(set.record(1) == "{\"name\":\"x\", \"n\": 2.50}");
    const auto array = load(" [ {\"z\":[1,{\"y\":\"]\"}]} , {\"s\":\"a,\\\"b\"}\n]");
    REQUIRE(array.size() == 2);
    CHECK(array.record(0) == "{\"z\":[1,{\"y\":\"]\"}]}");
    CHECK(array.record(1) == "{\"s\":\"a,\\\"b\"}");
    CHECK(load("").size() == 0);
    CHECK(load("[]").size() == 0);
}

TEST_CASE("records: pages are made of the records' own bytes, key order and number spelling kept") {
    const auto set = load("{\"name\":\"ABC 1\",\"n\":2,\"big\":123456789012345678901234567890}\n{\"n\":10,\"name\":\"abc 2\"}\n{\"name\":\"x\"}\n");
    const auto r = pf::read_text("name ~ abc");
    REQUIRE(r.ok());
    auto request = *r.request;
    request.sort = {pf::SortKey{"n", true}};
    CHECK(set.evaluate(request) ==
          R"({"resultSet":[{"n":10,"name":"abc 2"},{"name":"ABC 1","n":2,"big":123456789012345678901234567890}],"returnCount":2,"totalCount":2,"pageNum":0,"recordsPerPage":100})");
    request.paging = {1, 1};
    CHECK(set.evaluate(request) ==
          R"({"resultSet":[{"name":"ABC 1","n":2,"big":123456789012345678901234567890}],"returnCount":1,"totalCount":2,"pageNum":1,"recordsPerPage":1})");
}

TEST_CASE("records: a saved API answer is read as its resultSet; one object on many lines is one record") {
    const auto request = [](const char* filter) { return pf::Request{*pf::parse(filter).filter, {}, {}}; };
    struct Case {
        std::string text;
        const char* filter;
        std::size_t total;
        bool answer;
        const char* first;  // the first record of the page, as written
    };
    const std::vector<Case> cases{
        // `curl …/releases > answer.json`: the envelope, pretty-printed or not, any case of the key
        {"{\"resultSet\":[{\"name\":\"a\",\"n\":1.50},{\"name\":\"b\"}],\"returnCount\":2,\"totalCount\":2,\"pageNum\":0,\"recordsPerPage\":20}",
         "name = a", 1, true, "{\"name\":\"a\",\"n\":1.50}"},
        {"{\n  \"totalCount\": 2,\n  \"meta\": {\"x\": [\"[\", \"resultSet\"]},\n  \"ResultSet\": [\n    {\"name\": \"b\"},\n    {\n      \"name\": \"a\"\n    }\n  ]\n}\n",
         "name = a", 1, true, "{\n      \"name\": \"a\"\n    }"},
        {"{\"resultSet\":[]}", "name = a", 0, true, nullptr},
        // one record written over several lines
        {"\n{\n  \"name\": \"a\",\n  \"resultSet\": 5\n}\n", "name = a", 1, false, "{\n  \"name\": \"a\",\n  \"resultSet\": 5\n}"},
        // JSON Lines still stream, a one-line envelope among them is a record like any other
        {"{\"name\":\"a\"}\n{\"resultSet\":[{\"name\":\"a\"}]}\n", "name = a", 1, false, "{\"name\":\"a\"}"},
        // a pretty-printed array
        {"[\n  {\n    \"name\": \"a\"\n  }\n]\n", "name = a", 1, false, "{\n    \"name\": \"a\"\n  }"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto reference = pf::evaluate_text(request(c.filter), c.text);
        REQUIRE(reference.envelope);
        CHECK((*reference.envelope)["totalCount"] == c.total);
        CHECK(reference.saved_answer == c.answer);
        const auto loaded = pf::RecordSet::load(c.text);
        REQUIRE(loaded.ok());
        CHECK(loaded.saved_answer == c.answer);
        const auto streamed = pf::page_of(request(c.filter), c.text);
        REQUIRE(streamed.envelope);
        CHECK(streamed.saved_answer == c.answer);
        std::istringstream in(c.text);
        const auto from_stream = pf::page_of(request(c.filter), in);
        REQUIRE(from_stream.envelope);
        CHECK(from_stream.saved_answer == c.answer);
        CHECK(*from_stream.envelope == *streamed.envelope);
        CHECK(loaded.records->evaluate(request(c.filter)) == *streamed.envelope);
        CHECK(json::parse(*streamed.envelope) == *reference.envelope);
        if (c.first) CHECK(streamed.envelope->find(std::string("[") + c.first) != std::string::npos);
    }
    // Refused alike on every path: an invalid object by its position in the object, JSON Lines by
    // the line.
    for (const std::string& bad : {std::string("{\n\"a\": 1,\n}\n"), std::string("{\"resultSet\":[1]}"),
                                  std::string("{\"a\":1}\n{\n\"b\":2\n}\n")}) {
        CAPTURE(bad);
        const auto reference = pf::evaluate_text(request("a = 1"), bad);
        REQUIRE_FALSE(reference.envelope);
        const auto loaded = pf::RecordSet::load(bad);
        CHECK(loaded.line == reference.line);
        CHECK(loaded.error == reference.error);
        const auto streamed = pf::page_of(request("a = 1"), bad);
        CHECK(streamed.line == reference.line);
        CHECK(streamed.error == reference.error);
    }
    CHECK(pf::evaluate_text(request("a = 1"), "{\"resultSet\":[1]}").error == "record 0 is not a JSON object");
    CHECK(pf::evaluate_text(request("a = 1"), "{\n\"a\": 1,\n}\n").error ==
          "not valid JSON: line 3, column 1: syntax error while parsing object key - unexpected '}'; expected string literal");
}

TEST_CASE("records: refused as evaluate_text refuses them, with the same line and reason") {
    for (const std::string& bad : {std::string("{\"a\":1}\n{\"a\":\n"), std::string("{\"a\":1}\n[1]\n"), std::string("\n\n\"x\"\n"),
                                  std::string("[{\"a\":1},2]"), std::string("[{\"a\":1},"), std::string("{\"a\":1} x\n"),
                                  std::string(600, '[') + std::string(600, ']'), "{\"a\":" + std::string(600, '[') + "\n",
                                  std::string("{\"a\":\"\xff\"}\n")}) {
        CAPTURE(bad);
        const auto loaded = pf::RecordSet::load(bad);
        const auto reference = pf::evaluate_text(pf::Request{*pf::parse("a = 1").filter, {}, {}}, bad);
        REQUIRE_FALSE(reference.envelope);
        CHECK_FALSE(loaded.ok());
        CHECK(loaded.line == reference.line);
        CHECK(loaded.error == reference.error);
        const auto streamed = pf::page_of(pf::Request{*pf::parse("a = 1").filter, {}, {}}, bad);
        CHECK_FALSE(streamed.envelope);
        CHECK(streamed.line == reference.line);
        CHECK(streamed.error == reference.error);
    }
}

TEST_CASE("records: the same answers as nlohmann records, over random filters and records") {
    Generator filters(2026);
    RecordGenerator records(7);
    std::vector<json> sample;
    std::string lines, array = "[", sparse;
    for (int i = 0; i < 80; ++i) {
        sample.push_back(records.record());
        lines += sample.back().dump() + "\n";
        array += (i > 0 ? "," : "") + sample.back().dump(1);
        sparse += sample.back().dump() + "\n" + std::string(20, '\n') + "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n";
    }
    array += "]";
    const auto from_lines = load(lines);
    const auto from_array = load(array);
    // Every key in fewer than one record in 16: no columns, the records' own members answer.
    const auto from_sparse = load(sparse);
    REQUIRE(from_sparse.size() == sample.size() * 21);
    REQUIRE(from_lines.size() == sample.size());
    REQUIRE(from_array.size() == sample.size());
    std::size_t compared = 0, matched = 0;
    for (int i = 0; i < 400; ++i) {
        const std::string text = filters.filter();
        CAPTURE(text);
        const auto r = pf::parse(text);
        REQUIRE(r.filter);
        const pf::Predicate predicate(*r.filter);
        std::vector<std::size_t> expected;
        for (std::size_t k = 0; k < sample.size(); ++k)
            if (predicate(sample[k])) expected.push_back(k);
        CHECK(from_lines.select(predicate) == expected);
        CHECK(from_array.select(predicate) == expected);
        CHECK(from_lines.count(predicate) == expected.size());
        const bool empty_matches = predicate(json::object());
        std::vector<std::size_t> sparse_expected;
        for (const auto k : expected) sparse_expected.push_back(k);
        std::vector<std::size_t> sparse_selected;
        for (const auto k : from_sparse.select(predicate)) {
            if (k % 21 == 0) sparse_selected.push_back(k / 21);
            else CHECK(empty_matches);
        }
        CHECK(sparse_selected == sparse_expected);
        compared += sample.size();
        matched += expected.size();
        // Pages: sorted on two keys, a page past the first; the same records in the same order.
        pf::Request request{*r.filter, {1, 7}, {pf::SortKey{"Name", i % 2 == 0}, pf::SortKey{"LastModifiedDate", false}}};
        const json reference = pf::evaluate(request, json(sample));
        const json page = json::parse(from_lines.evaluate(request));
        CHECK(page == reference);
        // One pass over simdjson's DOM (page_of), from JSON Lines and from an array.
        const auto streamed = pf::page_of(request, lines);
        REQUIRE(streamed.envelope);
        CHECK(json::parse(*streamed.envelope) == reference);
        request.sort.clear();
        CHECK(json::parse(from_array.evaluate(request)) == pf::evaluate(request, json(sample)));
        const auto streamed_array = pf::page_of(request, array);
        REQUIRE(streamed_array.envelope);
        CHECK(json::parse(*streamed_array.envelope) == pf::evaluate(request, json(sample)));
    }
    CHECK(compared >= 32000);
    CHECK(matched > 1000);
}

TEST_CASE("records: keys in several cases answer as nlohmann::json does") {
    // The exact spelling first (its last duplicate), else the first spelling ignoring case in
    // byte order.
    const std::string text = R"({"NAME":"upper","name":"lower","Name":"title"})" "\n" R"({"NAME":"upper","nAme":"odd"})" "\n";
    const auto set = load(text);
    const auto count = [&](std::string_view filter) { return set.count(pf::Predicate(*pf::parse(filter).filter)); };
    CHECK(count("name = lower") == 1);
    CHECK(count("Name = title") == 1);
    CHECK(count("nAME = upper") == 2);  // no exact spelling: NAME comes first in byte order
    CHECK(count("nAme = odd") == 1);
}
