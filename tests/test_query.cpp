// SPEC 4.2: query strings and URLs, both ways.
#include "helpers.hpp"

namespace {

pf::Request request_of(std::string_view text) {
    auto r = pf::read_text(text);
    REQUIRE_MESSAGE(r.ok(), text);
    return std::move(*r.request);
}

const pf::Diagnostic& only(const pf::ReadResult& r, pf::Code code) {
    const pf::Diagnostic* found = nullptr;
    for (const auto& d : r.diagnostics)
        if (d.code == code) found = &d;
    REQUIRE_MESSAGE(found != nullptr, pf::code_name(code));
    return *found;
}

}  // namespace

TEST_CASE("percent-encoding: UTF-8 bytes, unreserved kept, upper-case hex, %20 for space") {
    CHECK(pf::percent_encode("`Name` contains `ABC`") == "%60Name%60%20contains%20%60ABC%60");
    CHECK(pf::percent_encode("\xE2\x88\x85") == "%E2%88%85");
    CHECK(pf::percent_encode("AZaz09-._~") == "AZaz09-._~");
    CHECK(pf::percent_encode("( ) , / ? & = + % ' \"") == "%28%20%29%20%2C%20%2F%20%3F%20%26%20%3D%20%2B%20%25%20%27%20%22");
    CHECK(pf::percent_encode("\xC3\xA9") == "%C3%A9");
}

TEST_CASE("to_query: canonical filter, pagination, base URL") {
    const auto r = request_of("`Name` contains `ABC`");
    CHECK(pf::to_query(r).value == "filter=%60Name%60%20Contains%20%60ABC%60&pageNum=0&recordsPerPage=100");
    CHECK(pf::to_query(r, "https://usapi.plutora.com/releases").value ==
          "https://usapi.plutora.com/releases?filter=%60Name%60%20Contains%20%60ABC%60&pageNum=0&recordsPerPage=100");
    CHECK(pf::to_query(r, "https://x/releases?").value->starts_with("https://x/releases?filter="));
    CHECK(pf::to_query(r, "https://x/releases?a=1").value->starts_with("https://x/releases?a=1&filter="));
    auto paged = r;
    paged.paging = {2, 15};
    CHECK(pf::to_query(paged).value->ends_with("&pageNum=2&recordsPerPage=15"));
    CHECK(pf::to_query(request_of("x \xE2\x88\x85")).value == "filter=%60x%60%20HasNoValue&pageNum=0&recordsPerPage=100");
}

TEST_CASE("source: its URLs decode to the filters shown beside them") {
    struct Row {
        const char* url;
        const char* filter;
    };
    const Row rows[] = {
        {"https://[domain]/releases?filter=%60Name%60%20contains%20%60ABC%60&pageNum=0&recordsPerPage=100",
         "`Name` contains `ABC`"},
        {"https://[domain]/environments?filter=%60Name%60%20contains%20%60API%20UAT%20Connect%20Legacy%60&pageNum=0&"
         "recordsPerPage=100",
         "`Name` contains `API UAT Connect Legacy`"},
        {"https://[domain]/users?filter=%60firstName%60%20equals%20%60John%60%20and%20%60userName%60%20not%20contains%"
         "20%60Smith%60&pageNum=0&recordsPerPage=100",
         "`firstName` equals `John` and `userName` not contains `Smith`"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.url);
        const auto r = pf::read_query(row.url);
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        CHECK(r.filter_text == row.filter);
        CHECK(r.request->filter == *pf::parse(row.filter).filter);
        CHECK(r.request->paging == pf::Paging{0, 100});
    }
}

TEST_CASE("source: the URL with a typographic quote decodes to it, and E013 points into the filter") {
    const auto r = pf::read_query(
        "https://[domain]/changes?filter=%60LastModifiedDate%60%20GreaterOrEqual%20%E2%80%982019-02-01%60&pageNum=0&"
        "recordsPerPage=100");
    CHECK(r.filter_text == "`LastModifiedDate` GreaterOrEqual \xE2\x80\x98" "2019-02-01`");
    const auto& d = only(r, pf::Code::E013);
    CHECK(d.pointer == "filter");
    CHECK(d.offset == 34);
    CHECK(d.column == 35);
    CHECK_FALSE(r.ok());
}

TEST_CASE("source: GET examples with `page` and `limit`, quotes and spaces as typed") {
    const auto r = pf::read_query("/releases?filter=\"name contains abc\"&page=0&limit=25");
    REQUIRE(r.ok());
    CHECK(r.request->paging == pf::Paging{0, 25});
    CHECK(r.request->filter == *pf::parse("name contains abc").filter);
    CHECK(only(r, pf::Code::W106).pointer == "filter");
    const auto paged = pf::read_query("https://[domain]/users?filter=a%3D1&pageNum=2&recordsPerPage=15");
    CHECK(paged.request->paging == pf::Paging{2, 15});
}

TEST_CASE("reading: + is a space, keys ignore case, a fragment is dropped, a bare query string works") {
    const auto plus = pf::read_query("filter=name+contains+%60abc+xyz%60");
    REQUIRE(plus.ok());
    CHECK(plus.filter_text == "name contains `abc xyz`");
    const auto cased = pf::read_query("?FILTER=a%3D1&PAGENUM=3&RecordsPerPage=7#top");
    REQUIRE(cased.ok());
    CHECK(cased.request->paging == pf::Paging{3, 7});
    CHECK(pf::read_query("filter=a%3D1&other=x").ok());
}

TEST_CASE("E021: invalid percent escapes, at their position in the input") {
    const auto short_escape = pf::read_query("filter=a%2");
    const auto& d = only(short_escape, pf::Code::E021);
    CHECK(d.offset == 8);
    CHECK(d.length == 2);
    CHECK(d.pointer.empty());
    CHECK_FALSE(short_escape.request);
    const auto bad_hex = pf::read_query("https://x/r?filter=%zz1");
    CHECK(only(bad_hex, pf::Code::E021).offset == 19);
    CHECK(only(bad_hex, pf::Code::E021).column == 20);
    CHECK(only(pf::read_query("filter=a&page%=1"), pf::Code::E021).offset == 13);
}

TEST_CASE("E022: decoded bytes that are not UTF-8") {
    const auto r = pf::read_query("filter=a%3D%FF");
    const auto& d = only(r, pf::Code::E022);
    CHECK(d.offset == 11);
    CHECK_FALSE(r.request);
}

TEST_CASE("pagination: E015, W104, W111 at the parameter's value") {
    const auto negative = pf::read_query("filter=a%3D1&pageNum=-1");
    CHECK(only(negative, pf::Code::E015).offset == 21);
    CHECK(only(negative, pf::Code::E015).length == 2);
    CHECK_FALSE(negative.ok());
    CHECK(only(pf::read_query("filter=a%3D1&page=abc"), pf::Code::E015).message == "page must be a whole number, found `abc`");
    CHECK_FALSE(pf::read_query("filter=a%3D1&recordsPerPage=2.5").ok());
    const auto capped = pf::read_query("filter=a%3D1&limit=500");
    CHECK(capped.ok());
    CHECK(capped.request->paging.records_per_page == 100);
    CHECK(only(capped, pf::Code::W104).offset == 19);
    const auto zero = pf::read_query("filter=a%3D1&recordsPerPage=0");
    CHECK(zero.ok());
    CHECK(zero.request->paging.records_per_page == 100);
    CHECK(only(zero, pf::Code::W111).offset == 28);
    CHECK(only(pf::read_query("filter=a%3D1&pageNum="), pf::Code::W111).length == 0);
}

TEST_CASE("a query string without a filter is E009") {
    const auto r = pf::read_query("https://[domain]/users?pageNum=2&recordsPerPage=15");
    CHECK(only(r, pf::Code::E009).message == "the query string has no filter parameter; add filter=…");
    CHECK_FALSE(r.ok());
}

TEST_CASE("a parameter given twice (aliases included) is W118 and the first one is used") {
    const std::string url = "https://x/releases?filter=a%20%3D%201&pageNum=2&page=5&filter=b%20%3D%202&limit=10#frag&limit=3";
    const auto r = pf::read_query(url);
    REQUIRE(r.ok());
    CHECK(codes_of(r) == std::vector<std::string>{"W118", "W118"});
    CHECK(r.request->paging == pf::Paging{2, 10});
    CHECK(pf::format(r.request->filter) == "`a` Equals `1`");
    CHECK(r.diagnostics[0].offset == url.find("page=5"));
    CHECK(r.diagnostics[0].length == 6);
    CHECK(r.diagnostics[1].offset == url.find("filter=b"));
}
