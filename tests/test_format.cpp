// SPEC 3 and 4.1: canonical text and the AST as JSON.
#include "helpers.hpp"

TEST_CASE("canonical text: backticks, canonical operator names, lower-case junctions") {
    CHECK(canonical("name contains abc") == "`name` Contains `abc`");
    CHECK(canonical("Name !\xE2\x88\x85") == "`Name` HasValue");
    CHECK(canonical("Name has no value") == "`Name` HasNoValue");
    CHECK(canonical("a = 1 AND b != 2") == "( `a` Equals `1` ) and ( `b` NotEquals `2` )");
    CHECK(canonical("a = 1 and b = 2 or c = 3") ==
          "( ( `a` Equals `1` ) and ( `b` Equals `2` ) ) or ( `c` Equals `3` )");
    CHECK(canonical("a = 1 and ( b = 2 or c = 3 )") ==
          "( `a` Equals `1` ) and ( ( `b` Equals `2` ) or ( `c` Equals `3` ) )");
    CHECK(canonical("x `not within` `a, b`") == "`x` NotWithin `a, b`");
    CHECK(canonical("d greater or equals 2019-02-01") == "`d` GreaterOrEqual `2019-02-01`");
    CHECK(canonical("d lessorequal 5") == "`d` LessOrEquals `5`");
}

TEST_CASE("canonical text flattens nested chains of one kind and drops redundant groups") {
    CHECK(canonical("( ( a = 1 ) and ( b = 2 ) ) and ( c = 3 )") ==
          "( `a` Equals `1` ) and ( `b` Equals `2` ) and ( `c` Equals `3` )");
    CHECK(canonical("( ( ( a = 1 ) ) )") == "`a` Equals `1`");
    CHECK(canonical("( a = 1 or ( b = 2 or c = 3 ) )") ==
          "( `a` Equals `1` ) or ( `b` Equals `2` ) or ( `c` Equals `3` )");
}

TEST_CASE("--normalize-dates rewrites dates only") {
    const auto normalized = [](std::string_view text) {
        const auto r = pf::parse(text);
        REQUIRE(r.filter);
        return pf::format(*r.filter, pf::FormatOptions{true});
    };
    CHECK(normalized("d = 01/02/2019") == "`d` Equals `2019-01-02`");
    CHECK(normalized("d = 01-02-2019") == "`d` Equals `2019-02-01`");
    CHECK(normalized("d = 2019/02/01") == "`d` Equals `2019-02-01`");
    CHECK(normalized("d = `2025-07-15T09:00:00+02:00`") == "`d` Equals `2025-07-15T09:00:00+02:00`");
    CHECK(normalized("d iswithin `01/02/2019`") == "`d` IsWithin `01/02/2019`");
    CHECK(canonical("d = 01/02/2019") == "`d` Equals `01/02/2019`");
}

TEST_CASE("canonical text is idempotent and round-trips") {
    const char* corpus[] = {
        "( `name` like `ABC` ) or ( `displayColor` like `#` )",
        "name contains abc and type not equal Defect",
        "modifiedDate>2010-02-01",
        "a = 1 or b = 2 and c = 3 or d !\xE2\x88\x85",
        "( a = 1 and ( b = 2 or ( c = 3 and d = 4 ) ) )",
        "x iswithin `a,b,c` and y notwithin 1",
        "`Last Modified Date` >= `2025-07-15T09:00:00.1200Z`",
        "\"name contains abc\"",
        "n = -12.5 or n = 007",
        "`\xE5\x90\x8D\xE5\x89\x8D` = `\xE5\x80\xA4 \xE2\x88\x85`",
    };
    for (const char* text : corpus) {
        CAPTURE(text);
        const auto first = pf::parse(text);
        REQUIRE(first.filter);
        const std::string once = pf::format(*first.filter);
        const auto second = pf::parse(once);
        REQUIRE(second.filter);
        CHECK(*second.filter == *first.filter);
        CHECK(pf::format(*second.filter) == once);
        CHECK(parse_strict(once).diagnostics.empty());  // canonical text is clean even in strict
    }
}

TEST_CASE("AST equality ignores spans and spelling, not meaning") {
    const auto a = pf::parse("name contains abc");
    const auto b = pf::parse("  `name`   ~   `abc`  ");
    const auto c = pf::parse("name contains abd");
    const auto d = pf::parse("Name contains abc");
    CHECK(*a.filter == *b.filter);
    CHECK_FALSE(*a.filter == *c.filter);
    CHECK_FALSE(*a.filter == *d.filter);  // field spelling is kept
    CHECK_FALSE(*pf::parse("a = 1 and b = 2").filter == *pf::parse("a = 1 or b = 2").filter);
}

TEST_CASE("AST JSON per SPEC 4.1") {
    const auto json = [](std::string_view text) {
        const auto r = pf::parse(text);
        REQUIRE(r.filter);
        return pf::to_json(*r.filter).dump();
    };
    CHECK(json("Name contains ABC") == R"({"field":"Name","operator":"Contains","value":"ABC","type":"text"})");
    CHECK(json("n = 5") == R"({"field":"n","operator":"Equals","value":"5","type":"number"})");
    CHECK(json("d = 01-02-2019") ==
          R"({"field":"d","operator":"Equals","value":"01-02-2019","type":"date","date":"2019-02-01"})");
    CHECK(json("d = `2025-07-15T09:00:00`") ==
          R"({"field":"d","operator":"Equals","value":"2025-07-15T09:00:00","type":"datetime","datetime":"2025-07-15T09:00:00Z"})");
    CHECK(json("x iswithin `a,b`") == R"({"field":"x","operator":"IsWithin","value":"a,b","type":"list","items":["a","b"]})");
    CHECK(json("x has value") == R"({"field":"x","operator":"HasValue"})");
    CHECK(json("a = 1 or b = 2") ==
          R"({"or":[{"field":"a","operator":"Equals","value":"1","type":"number"},{"field":"b","operator":"Equals","value":"2","type":"number"}]})");
}

TEST_CASE("diagnostics as JSON carry every SPEC 2 field") {
    const auto r = pf::parse("name contians abc");
    const auto j = pf::to_json(r.diagnostics.at(0));
    CHECK(j.dump() ==
          R"({"code":"E004","severity":"error","message":"expected an operator after field `name`, found `contians`; did you mean `Contains`?",)"
          R"("offset":5,"length":8,"line":1,"column":6,"fix":{"offset":5,"length":8,"replacement":"Contains"}})");
    CHECK_FALSE(pf::to_json(pf::parse("a = ``").diagnostics.at(0)).contains("fix"));
}
