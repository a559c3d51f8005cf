// SPEC 4.3 and 4.4: POST bodies in, with the source document's own examples.
#include <sstream>

#include "helpers.hpp"

namespace {

pf::Filter filter_of(std::string_view text) {
    auto r = pf::parse(text);
    REQUIRE_MESSAGE(r.filter, text);
    return std::move(*r.filter);
}

const pf::Diagnostic& only(const pf::ReadResult& r, pf::Code code) {
    const pf::Diagnostic* found = nullptr;
    for (const auto& d : r.diagnostics)
        if (d.code == code) found = &d;
    REQUIRE_MESSAGE(found != nullptr, pf::code_name(code) << " not in " << doctest::toString(codes_of(r)));
    return *found;
}

}  // namespace

TEST_CASE("source: its ExpandoObject bodies read back to the filters they describe") {
    struct Row {
        const char* body;
        const char* filter;
    };
    const Row rows[] = {
        {R"({
"PageNum":0,
"RecordsPerPage":25,
"ExpandoObject":{"Left":"Name","Operator":"contains","Right":"abc"}
})",
         "`Name` contains `abc`"},
        {R"({"PageNum":0,"RecordsPerPage":25,"ExpandoObject":{"Left":"Name","Operator":"contains","Right":"abc xyz"}})",
         "`Name` contains `abc xyz`"},
        {R"({"PageNum":0,"RecordsPerPage":25,"ExpandoObject":{"Left":"modifiedDate","Operator":"GreaterThan","Right":"2010-02-01"}})",
         "modifiedDate > 2010-02-01"},
        {R"({
"PageNum":0,
"RecordsPerPage":25,
"ExpandoObject":{
"Left":{ "Left":"name","Operator":"contains","Right":"abc" },
"Operator":"And",
"Right":{ "Left":"type","Operator":"not equal","Right":"Defect" }
}
})",
         "name contains abc and type not equal Defect"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.body);
        const auto r = pf::read_body(row.body);
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        CHECK(r.request->filter == filter_of(row.filter));
        CHECK(r.request->paging == pf::Paging{0, 25});
        // And out again: the same tree.
        const auto again = pf::read_body(pf::to_expando(*r.request).value->dump());
        CHECK(again.request->filter == r.request->filter);
    }
}

TEST_CASE("source: the body with both searchFilters and ExpandoObject means both, with the sort key") {
    const auto r = pf::read_body(R"({
"searchFilters": [
{
"property": "name",
"direction": "desc",
"value": "ABC",
"operator": "contains"
}
],
"ExpandoObject": {
"Left": "identifier",
"Operator": "contains",
"Right": "XYZ"
},
"recordsPerPage": 25,
"pageNum": 0
})");
    REQUIRE(r.ok());
    CHECK(r.request->filter == filter_of("name contains ABC and identifier contains XYZ"));
    CHECK(r.request->sort == std::vector<pf::SortKey>{{"name", true}});
    CHECK(r.request->paging == pf::Paging{0, 25});
}

TEST_CASE("source: the IsWithin body has a trailing comma, which is not JSON (E023); without it, it reads") {
    const std::string as_published = R"({
"searchFilters": [
{
"property": "name",
"direction": "ASC",
"value": "Change 1,Change 2,Change 3",
"operator": "iswithin",
}
],
"recordsPerPage": 25,
"pageNum": 0
})";
    const auto r = pf::read_body(as_published);
    const auto& d = only(r, pf::Code::E023);
    CHECK(d.message.starts_with("invalid JSON: "));
    CHECK(d.line == 8);  // where `}` stands instead of another key
    CHECK_FALSE(r.request);
    std::string fixed = as_published;
    fixed.erase(fixed.find("\"iswithin\",") + 10, 1);
    const auto ok = pf::read_body(fixed);
    REQUIRE(ok.ok());
    CHECK(ok.request->filter == filter_of("name iswithin `Change 1,Change 2,Change 3`"));
    CHECK(ok.request->sort == std::vector<pf::SortKey>{{"name", false}});
}

TEST_CASE("keys and operator spellings ignore case; numbers and booleans are values, verbatim") {
    const auto r = pf::read_body(
        R"({"pagenum":1,"RECORDSPERPAGE":"10","expandoobject":{"LEFT":{"left":"n","operator":"=","right":2.50},)"
        R"("OPERATOR":"or","RIGHT":{"Left":"b","Operator":"NOT EQUALS","Right":true}}})");
    REQUIRE(r.ok());
    CHECK(r.request->paging == pf::Paging{1, 10});
    CHECK(r.request->filter == filter_of("n = 2.50 or b != true"));
    const auto& n = std::get<pf::Comparison>(std::get<pf::Chain>(r.request->filter.root.node).operands[0].node);
    CHECK(n.value->raw == "2.50");
    CHECK(n.value->type() == pf::ValueType::number);
}

TEST_CASE("unary operators in bodies take an empty Right") {
    for (const char* right : {R"("")", "null"}) {
        const auto r = pf::read_body(std::string(R"({"ExpandoObject":{"Left":"x","Operator":"HasNoValue","Right":)") + right + "}}");
        REQUIRE(r.ok());
        CHECK(r.request->filter == filter_of("x has no value"));
    }
    CHECK(pf::read_body(R"({"searchFilters":[{"property":"x","operator":"hasvalue"}]})").ok());
    const auto bad = pf::read_body(R"({"ExpandoObject":{"Left":"x","Operator":"!∅","Right":"abc"}})");
    CHECK(only(bad, pf::Code::E006).pointer == "/ExpandoObject/Right");
    CHECK_FALSE(bad.request);
}

TEST_CASE("E023: every malformed body names the JSON pointer of the fault") {
    struct Row {
        const char* body;
        const char* message;  ///< empty: only the offset is checked
        const char* at;       ///< the diagnostic starts where this first occurs in the body
    };
    const Row rows[] = {
        {R"({"ExpandoObject":{"Left":{"Left":"a","Operator":"=","Right":"1"},"Operator":"And","Right":{"Left":"b","Operator":"equalz","Right":"x"}}})",
         R"(/ExpandoObject/Right/Operator: unknown operator "equalz"; did you mean "Equals"?)", R"("equalz")"},
        {R"([1,2])", R"(/: a filter body is a JSON object with "ExpandoObject" or "searchFilters")", "["},
        {R"({"ExpandoObject":"name contains abc"})", "/ExpandoObject: expected an object with Left, Operator and Right", R"("name)"},
        {R"({"ExpandoObject":{"Left":"a","Right":"b"}})", R"(/ExpandoObject: missing "Operator")", R"({"Left)"},
        {R"({"ExpandoObject":{"Left":5,"Operator":"=","Right":"b"}})", "/ExpandoObject/Left: expected the field name as a string", "5"},
        {R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":["b"]}})", "/ExpandoObject/Right: expected a string, a number or a boolean", "["},
        {R"({"ExpandoObject":{"Left":"a","Operator":"="}})", R"(/ExpandoObject: missing "Right": Equals needs a value)", R"({"Left)"},
        {R"({"ExpandoObject":{"Left":{"Left":"a","Operator":"=","Right":"1"},"Operator":"Contains","Right":"x"}})",
         R"(/ExpandoObject/Operator: an object on the left needs the operator "And" or "Or", found "Contains")", R"("Contains")"},
        {R"({"ExpandoObject":{"Left":{"Left":"a","Operator":"=","Right":"1"},"Operator":"And"}})",
         R"(/ExpandoObject: "And" needs both "Left" and "Right")", R"({"Left":{)"},
        {R"({"searchFilters":{"property":"a"}})", R"(/searchFilters: expected an array of {"property", "operator", "value"} entries)", R"({"property)"},
        {R"({"searchFilters":[{"property":"a","value":"b"}]})",
         R"(/searchFilters/0: an entry needs an "operator" (a condition) or a "direction" (a sort key))", R"({"property)"},
        {R"({"searchFilters":[{"property":"a","direction":"up"}]})", R"(/searchFilters/0/direction: expected "asc" or "desc", found "up")", R"("up")"},
        {R"({"searchFilters":[{"operator":"=","value":"b"}]})", "/searchFilters/0: missing the field name", R"({"operator)"},
        {R"({"searchFilters":[{"property":"a","operator":"containz","value":"b"}]})",
         R"(/searchFilters/0/operator: unknown operator "containz"; did you mean "Contains"?)", R"("containz")"},
        {R"({"ExpandoObject":{"Left":"a", "Operator":"=" "Right":"b"}})", "", R"("Right")"},
    };
    for (const auto& row : rows) {
        const std::string body = row.body;
        CAPTURE(body);
        const auto r = pf::read_body(body);
        const auto& d = only(r, pf::Code::E023);
        if (*row.message != '\0') CHECK(d.message == std::string(row.message));
        CHECK(d.offset == body.find(row.at));
        CHECK_FALSE(r.request);
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("W112: unknown keys are ignored, with their pointer") {
    const auto r = pf::read_body(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":"1","Extra":0},"sort":"x"})");
    REQUIRE(r.ok());
    CHECK(codes_of(r) == std::vector<std::string>{"W112", "W112"});
    CHECK(r.diagnostics[0].pointer == "/ExpandoObject/Extra");
    CHECK(r.diagnostics[1].pointer == "/sort");
    CHECK(r.diagnostics[1].offset == std::string_view(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":"1","Extra":0},"sort":"x"})").find(R"("x")"));
}

TEST_CASE("the text form's value lints apply to body values, located by pointer and token") {
    const std::string body =
        R"({"searchFilters":[{"property":"d","operator":"=","value":"2019-02-30"},)"
        R"({"property":"s","operator":"iswithin","value":"Open, Closed"},)"
        R"({"property":"e","operator":"=","value":""},)"
        R"({"property":"q","operator":"=","value":"'x'"}]})";
    const auto r = pf::read_body(body);
    REQUIRE(r.request);
    CHECK_FALSE(r.ok());
    CHECK(codes_of(r) == std::vector<std::string>{"E010", "W103", "E011", "W110"});
    CHECK(only(r, pf::Code::E010).pointer == "/searchFilters/0/value");
    CHECK(only(r, pf::Code::E010).offset == body.find(R"("2019-02-30")"));  // the JSON string, quotes included
    CHECK(only(r, pf::Code::E010).length == 12);
    CHECK(only(r, pf::Code::W103).pointer == "/searchFilters/1/value");
    CHECK_FALSE(only(r, pf::Code::W103).fix.has_value());  // a JSON string may hold escapes
    CHECK(only(r, pf::Code::E011).pointer == "/searchFilters/2/value");
    CHECK(only(r, pf::Code::W110).pointer == "/searchFilters/3/value");
    const auto field = pf::read_body(R"({"ExpandoObject":{"Left":"","Operator":"=","Right":"1"}})");
    CHECK(only(field, pf::Code::E011).pointer == "/ExpandoObject/Left");
}

TEST_CASE("pagination in bodies: E015, W104, and W111 for the API's own template value 0") {
    CHECK(only(pf::read_body(R"({"pageNum":-1,"ExpandoObject":{"Left":"a","Operator":"=","Right":"1"}})"), pf::Code::E015).pointer ==
          "/pageNum");
    CHECK_FALSE(pf::read_body(R"({"pageNum":1.5,"ExpandoObject":{"Left":"a","Operator":"=","Right":"1"}})").ok());
    CHECK_FALSE(pf::read_body(R"({"pageNum":true,"ExpandoObject":{"Left":"a","Operator":"=","Right":"1"}})").ok());
    const auto capped = pf::read_body(R"({"RecordsPerPage":500,"ExpandoObject":{"Left":"a","Operator":"=","Right":"1"}})");
    CHECK(capped.ok());
    CHECK(capped.request->paging.records_per_page == 100);
    CHECK(only(capped, pf::Code::W104).pointer == "/RecordsPerPage");
    const auto zero = pf::read_body(R"({"recordsPerPage":0,"ExpandoObject":{"Left":"a","Operator":"=","Right":"1"}})");
    CHECK(zero.ok());
    CHECK(only(zero, pf::Code::W111).pointer == "/recordsPerPage");
    CHECK(zero.request->paging.records_per_page == 100);
}

TEST_CASE("limits and bad bytes: E012, E022, E009") {
    std::string deep = R"({"ExpandoObject":)";
    for (int i = 0; i < 10000; ++i) deep += R"({"Left":)";
    const auto r = pf::read_body(deep);
    CHECK(only(r, pf::Code::E012).offset == 17 + 99 * 8);
    CHECK(only(pf::read_body("{\"ExpandoObject\":{\"Left\":\"a\xFF\"}}"), pf::Code::E022).offset == 27);
    CHECK(only(pf::read_body(R"({"pageNum":0})"), pf::Code::E009).message.starts_with("the body has no condition"));
    CHECK(only(pf::read_body(""), pf::Code::E023).offset == 0);
}

TEST_CASE("regression (fuzzing): a number too large for a double is E023, not an escaping exception") {
    const std::string body = std::string(44, '2') + "e" + std::string(40, '2');
    const auto r = pf::read_body(body);
    const auto& d = only(r, pf::Code::E023);
    CHECK(d.message.starts_with("invalid JSON: number overflow"));
    CHECK(d.message.size() < 260);
    CHECK_FALSE(pf::read_body(R"({"ExpandoObject":{"Left":"a","Operator":"=","Right":1e999}})").ok());
    std::istringstream lines(R"({"n":1e999})");
    CHECK_FALSE(pf::evaluate_lines(pf::Request{*pf::parse("n = 1").filter, {}, {}}, lines).envelope);
    CHECK_FALSE(pf::evaluate_text(pf::Request{*pf::parse("n = 1").filter, {}, {}}, R"([{"n":1e999}])").envelope);
}

TEST_CASE("garbage never escapes as an exception") {
    for (const char* body : {"{", "}", "{\"ExpandoObject\":", "nul", "{\"a\":\"\\u12\"}", "{\"ExpandoObject\":[]}",
                             "{\"searchFilters\":[null,1,\"x\",[]]}", "\"just a string\"", "{\"ExpandoObject\":{\"Operator\":5}}",
                             "{\"ExpandoObject\":{\"Left\":{},\"Operator\":\"and\",\"Right\":{}}}"}) {
        CAPTURE(body);
        const auto r = pf::read_body(body);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.diagnostics.empty());
    }
}
