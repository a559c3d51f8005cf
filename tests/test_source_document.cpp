// Every filter text shown in "Filter And Paginate API Calls", with the tree it must give.
#include "helpers.hpp"

namespace {

std::string ast(std::string_view text) {
    const auto r = pf::parse(text);
    REQUIRE_MESSAGE(r.filter, text);
    return pf::to_json(*r.filter).dump();
}

}  // namespace

TEST_CASE("source: the CORRECT parenthesization example is clean") {
    const auto r = pf::parse("( `name` like `ABC` ) or ( `displayColor` like `#` )");
    CHECK(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(pf::to_json(*r.filter).dump() ==
          R"({"or":[{"field":"name","operator":"Contains","value":"ABC","type":"text"},)"
          R"({"field":"displayColor","operator":"Contains","value":"#","type":"text"}]})");
}

TEST_CASE("source: the INCORRECT parenthesization example is E008, fixed to the CORRECT one") {
    const char* incorrect = "`name` like `ABC` or ( `displayColor` like `#` )";
    const auto r = pf::parse(incorrect);
    REQUIRE(codes(r) == std::vector<std::string>{"E008"});
    CHECK_FALSE(r.ok());
    CHECK(pf::apply_fix(incorrect, *r.diagnostics[0].fix) == "( `name` like `ABC` ) or ( `displayColor` like `#` )");
}

TEST_CASE("source: \"wrapping one expression only will generate an error\"") {
    CHECK(codes(pf::parse("( `name` like `ABC` )")) == std::vector<std::string>{"W107"});
    CHECK(codes(parse_strict("( `name` like `ABC` )")) == std::vector<std::string>{"W107"});
    CHECK_FALSE(parse_strict("( `name` like `ABC` )").ok());
}

TEST_CASE("source: Swagger UI filter fields") {
    CHECK(pf::parse("`FieldName` contains `Search Value`").diagnostics.empty());
    CHECK(ast("`Name` contains `ABC`") == R"({"field":"Name","operator":"Contains","value":"ABC","type":"text"})");
    CHECK(ast("`Name` contains `API UAT Connect Legacy`") ==
          R"({"field":"Name","operator":"Contains","value":"API UAT Connect Legacy","type":"text"})");
    CHECK(ast("`firstName` equals `John` and `userName` not contains `Smith`") ==
          R"({"and":[{"field":"firstName","operator":"Equals","value":"John","type":"text"},)"
          R"({"field":"userName","operator":"NotContains","value":"Smith","type":"text"}]})");
    CHECK(pf::parse("`firstName` equals `John` and `userName` not contains `Smith`").diagnostics.empty());
}

TEST_CASE("source: the typographic quote the document itself contains is E013") {
    const char* text = "`LastModifiedDate` GreaterOrEqual \xE2\x80\x98" "2019-02-01`";
    const auto r = pf::parse(text);
    REQUIRE(codes(r) == std::vector<std::string>{"E013"});
    const std::string fixed = pf::apply_fix(text, *r.diagnostics[0].fix);
    CHECK(ast(fixed) ==
          R"({"field":"LastModifiedDate","operator":"GreaterOrEqual","value":"2019-02-01","type":"date","date":"2019-02-01"})");
}

TEST_CASE("source: query-string filters, as written in the document (in double quotes)") {
    struct Row {
        const char* text;
        const char* json;
    };
    const Row rows[] = {
        {"\"name contains abc\"", R"({"field":"name","operator":"Contains","value":"abc","type":"text"})"},
        {"\"Field_Name contains abc\"", R"({"field":"Field_Name","operator":"Contains","value":"abc","type":"text"})"},
        {"\"name contains `abc xyz`\"", R"({"field":"name","operator":"Contains","value":"abc xyz","type":"text"})"},
        {"\"name contains abc and type not equal Defect\"",
         R"({"and":[{"field":"name","operator":"Contains","value":"abc","type":"text"},)"
         R"({"field":"type","operator":"NotEquals","value":"Defect","type":"text"}]})"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        const auto r = pf::parse(row.text);
        CHECK(codes(r) == std::vector<std::string>{"W106"});
        CHECK(r.ok());
        CHECK(ast(row.text) == row.json);
        // Without the quotes, the same tree and nothing to say.
        const std::string bare(row.text + 1, std::strlen(row.text) - 2);
        CHECK(pf::parse(bare).diagnostics.empty());
        CHECK(ast(bare) == row.json);
    }
}

TEST_CASE("source: the three spellings of 'modified after February 1' are one filter") {
    const char* expected =
        R"({"field":"modifiedDate","operator":"GreaterThan","value":"2010-02-01","type":"date","date":"2010-02-01"})";
    for (const char* text : {"modifiedDate `Greater Than` 2010-02-01", "modifiedDate greaterThan 2010-02-01",
                             "modifiedDate > 2010-02-01", "\"modifiedDate `Greater Than` 2010-02-01\""}) {
        CAPTURE(text);
        CHECK(ast(text) == expected);
        CHECK(pf::parse(text).ok());
    }
}

TEST_CASE("source: AND takes precedence over OR") {
    CHECK(ast("a = 1 or b = 2 and c = 3") ==
          R"({"or":[{"field":"a","operator":"Equals","value":"1","type":"number"},{"and":[)"
          R"({"field":"b","operator":"Equals","value":"2","type":"number"},)"
          R"({"field":"c","operator":"Equals","value":"3","type":"number"}]}]})");
    CHECK(ast("( a = 1 or b = 2 ) and c = 3") == ast("( ( a = 1 ) or ( b = 2 ) ) and ( c = 3 )"));
}

TEST_CASE("source: filters are not case sensitive, values are kept verbatim") {
    CHECK(ast("NAME CONTAINS Abc AND TYPE NOT EQUAL Defect") ==
          R"({"and":[{"field":"NAME","operator":"Contains","value":"Abc","type":"text"},)"
          R"({"field":"TYPE","operator":"NotEquals","value":"Defect","type":"text"}]})");
}

TEST_CASE("source: the IsWithin example and its space warning") {
    CHECK(pf::parse("`name` iswithin `Change 1,Change 2,Change 3`").diagnostics.empty());
    const auto r = pf::parse("`name` iswithin `Change 1, Change 2, Change 3`");
    CHECK(codes(r) == std::vector<std::string>{"W103", "W103"});
}
