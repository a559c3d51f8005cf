// SPEC 4.3 and 4.4 out: ExpandoObject folded to the left, searchFilters with directions, E020.
#include "helpers.hpp"

namespace {

pf::Request request_of(std::string_view text) {
    auto r = pf::read_text(text);
    REQUIRE_MESSAGE(r.request, text);
    return std::move(*r.request);
}

}  // namespace

TEST_CASE("ExpandoObject: leaves, unary Right \"\", chains folded to the left") {
    CHECK(pf::to_expando(request_of("Name contains abc")).value->dump() ==
          R"({"PageNum":0,"RecordsPerPage":100,"ExpandoObject":{"Left":"Name","Operator":"Contains","Right":"abc"}})");
    CHECK(pf::to_expando(request_of("x !\xE2\x88\x85")).value->at("ExpandoObject").dump() ==
          R"({"Left":"x","Operator":"HasValue","Right":""})");
    CHECK(pf::to_expando(request_of("a = 1 and b = 2 and c = 3")).value->at("ExpandoObject").dump() ==
          R"({"Left":{"Left":{"Left":"a","Operator":"Equals","Right":"1"},"Operator":"And",)"
          R"("Right":{"Left":"b","Operator":"Equals","Right":"2"}},"Operator":"And",)"
          R"("Right":{"Left":"c","Operator":"Equals","Right":"3"}})");
    auto paged = request_of("a = 1");
    paged.paging = {3, 25};
    paged.sort = {{"Name", true}, {"Id", false}};
    CHECK(pf::to_expando(paged).value->dump() ==
          R"({"PageNum":3,"RecordsPerPage":25,"ExpandoObject":{"Left":"a","Operator":"Equals","Right":"1"},)"
          R"("searchFilters":[{"property":"Name","direction":"desc"},{"property":"Id","direction":"asc"}]})");
}

TEST_CASE("ExpandoObject: E020 when folding would nest past the readers' limit") {
    std::string chain = "a = 0";
    for (int i = 1; i < 150; ++i) chain += " and a = " + std::to_string(i);
    const auto out = pf::to_expando(request_of(chain));
    CHECK_FALSE(out.ok());
    REQUIRE(out.diagnostics.size() == 1);
    CHECK(out.diagnostics[0].code == pf::Code::E020);
    CHECK(out.diagnostics[0].message.find("151 levels deep") != std::string::npos);  // with the body
    std::string fits = "a = 0";
    for (int i = 1; i < 98; ++i) fits += " and a = " + std::to_string(i);
    CHECK(pf::to_expando(request_of(fits)).ok());
}

TEST_CASE("searchFilters: lower-case operator names, entries joined by and") {
    CHECK(pf::to_search_filters(request_of("name ~ ABC and d >= 2019-02-01 and x has value")).value->dump() ==
          R"({"searchFilters":[{"property":"name","operator":"contains","value":"ABC"},)"
          R"({"property":"d","operator":"greaterorequal","value":"2019-02-01"},)"
          R"({"property":"x","operator":"hasvalue","value":""}],"recordsPerPage":100,"pageNum":0})");
}

TEST_CASE("searchFilters: sort directions on the entry of their property, else an entry of their own, in order") {
    auto r = request_of("name ~ ABC and id ~ XYZ");
    r.sort = {{"name", true}};
    CHECK(pf::to_search_filters(r).value->at("searchFilters").dump() ==
          R"([{"property":"name","operator":"contains","value":"ABC","direction":"desc"},)"
          R"({"property":"id","operator":"contains","value":"XYZ"}])");
    r.sort = {{"NAME", true}};  // another spelling: its own entry, so it reads back as written
    CHECK(pf::to_search_filters(r).value->at("searchFilters").size() == 3);
    r.sort = {{"id", false}, {"name", true}};  // name comes after id: it may not attach before it
    CHECK(pf::to_search_filters(r).value->at("searchFilters").dump() ==
          R"([{"property":"name","operator":"contains","value":"ABC"},)"
          R"({"property":"id","operator":"contains","value":"XYZ","direction":"asc"},)"
          R"({"property":"name","direction":"desc"}])");
    const auto back = pf::read_body(pf::to_search_filters(r).value->dump());
    REQUIRE(back.ok());
    CHECK(back.request->sort == r.sort);
    CHECK(back.request->filter == r.filter);
}

TEST_CASE("searchFilters: a filter that needs or is E020, pointing to the ExpandoObject form") {
    for (const char* text : {"a = 1 or b = 2", "a = 1 and ( b = 2 or c = 3 )"}) {
        CAPTURE(text);
        const auto out = pf::to_search_filters(request_of(text));
        CHECK_FALSE(out.ok());
        REQUIRE(out.diagnostics.size() == 1);
        CHECK(out.diagnostics[0].code == pf::Code::E020);
        CHECK(out.diagnostics[0].message.find("ExpandoObject") != std::string::npos);
    }
    const auto nested = pf::to_search_filters(request_of("a = 1 and ( b = 2 or c = 3 )"));
    CHECK(nested.diagnostics[0].offset == 12);  // the or chain
}

TEST_CASE("text and query: E020 for a backtick in a body value; W114 drops sort keys from a query") {
    const auto body = pf::read_body(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":"x`y"}})");
    REQUIRE(body.ok());
    for (const auto& out : {pf::to_text(*body.request), pf::to_query(*body.request)}) {
        CHECK_FALSE(out.ok());
        REQUIRE(out.diagnostics.size() == 1);
        CHECK(out.diagnostics[0].code == pf::Code::E020);
        CHECK(out.diagnostics[0].offset == 52);
    }
    CHECK(pf::to_expando(*body.request).ok());
    const auto control = pf::read_body(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":"x\u0001y"}})");
    REQUIRE(control.ok());
    CHECK(pf::to_text(*control.request).diagnostics.at(0).message.find("a control character") != std::string::npos);
    CHECK(pf::to_text(*pf::read_body(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":"x\ny"}})").request).ok());
    auto sorted = request_of("a = 1");
    sorted.sort = {{"a", false}};
    const auto query = pf::to_query(sorted);
    REQUIRE(query.ok());  // SPEC 4.2: the URL is written, the sort keys dropped with a warning
    CHECK(*query.value == "filter=%60a%60%20Equals%20%601%60&pageNum=0&recordsPerPage=100");
    REQUIRE(query.diagnostics.size() == 1);
    CHECK(query.diagnostics[0].code == pf::Code::W114);
    CHECK(query.diagnostics[0].severity == pf::Severity::warning);
    CHECK(pf::to_text(sorted).ok());
}

TEST_CASE("emit() dispatches by form") {
    const auto r = request_of("a = 1");
    CHECK(pf::emit(r, pf::Form::text).value == "`a` Equals `1`");
    CHECK(pf::emit(r, pf::Form::query).value == "filter=%60a%60%20Equals%20%601%60&pageNum=0&recordsPerPage=100");
    CHECK(pf::emit(r, pf::Form::expando).value->starts_with("{\n  \"PageNum\": 0,"));
    CHECK(pf::emit(r, pf::Form::search_filters).value->starts_with("{\n  \"searchFilters\": ["));
    CHECK(pf::form_name(pf::Form::search_filters) == "searchfilters");
    CHECK(pf::form_from_name("expando") == pf::Form::expando);
    CHECK_FALSE(pf::form_from_name("yaml"));
}
