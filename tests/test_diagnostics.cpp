// SPEC 2: every diagnostic code of the text language with its span, message and fix.
#include "helpers.hpp"

namespace {

struct Golden {
    const char* input;
    const char* code;
    std::uint32_t offset;
    std::uint32_t length;
    const char* fixed;  ///< the input after applying the fix, or nullptr when there is none
};

// One row per finding; the input may report others too (checked elsewhere).
const Golden goldens[] = {
    {"a = 1\x01", "E001", 5, 1, "a = 1"},
    {"a = 1\x7f", "E001", 5, 1, "a = 1"},
    {"= 1", "E001", 0, 1, nullptr},
    {"and=1", "E001", 0, 3, nullptr},
    {"( Or=5 )", "E001", 2, 2, nullptr},
    {"`a` = `1` `b`", "E001", 10, 3, nullptr},
    {"a = 1 and", "E001", 6, 3, nullptr},
    {"( a = 1 ) or", "E001", 10, 2, nullptr},
    {"name", "E001", 0, 4, nullptr},
    {"( a = 1 ) ( b = 2 )", "E001", 10, 1, nullptr},
    {"( a = 1 b = 2 )", "E007", 6, 7, "( a = `1 b = 2` )"},
    {"`name = 1", "E002", 0, 1, nullptr},
    {"a = `abc", "E002", 4, 1, nullptr},
    {"( a = 1", "E003", 0, 1, "( a = 1 )"},
    {"( ( a = 1 ) or ( b = 2 )", "E003", 0, 1, "( ( a = 1 ) or ( b = 2 ) )"},
    {"a = 1 )", "E003", 6, 1, "a = 1 "},
    {"name contians abc", "E004", 5, 8, "name Contains abc"},
    {"a `Greatr Than` 5", "E004", 2, 13, "a GreaterThan 5"},
    {"a greatr than 5", "E004", 2, 6, "a GreaterThan 5"},
    {"a == 1", "E004", 2, 2, "a = 1"},
    {"a => 1", "E004", 2, 2, "a >= 1"},
    {"a <> 1", "E004", 2, 2, "a != 1"},
    {"a \xC3\x98", "E004", 2, 2, "a \xE2\x88\x85"},
    {"a !\xC3\xB8", "E004", 2, 3, "a !\xE2\x88\x85"},
    {"a frobnicate 1", "E004", 2, 10, nullptr},
    {"a equals", "E005", 2, 6, nullptr},
    {"( a = )", "E005", 4, 1, nullptr},
    {"a contains and b = 1", "E005", 2, 8, nullptr},
    {"a hasvalue abc", "E006", 11, 3, "a hasvalue"},
    {"a \xE2\x88\x85 `x` or b = 1", "E006", 6, 3, "a \xE2\x88\x85 or b = 1"},
    {"name contains abc xyz and b = 1", "E007", 14, 7, "name contains `abc xyz` and b = 1"},
    {"name contains abc xyz", "E007", 14, 7, "name contains `abc xyz`"},
    {"name ~ \"abc def\"", "E007", 7, 9, "name ~ `abc def`"},
    {"name = 'John Smith'", "E007", 7, 12, "name = `John Smith`"},
    {"a = 1 && b = 2", "E001", 6, 2, "a = 1 and b = 2"},
    {"( a = 1 ) || ( b = 2 )", "E001", 10, 2, "( a = 1 ) or ( b = 2 )"},
    {"( a = 1 && b = 2 )", "E001", 8, 2, "( a = 1 and b = 2 )"},
    {"`name` like `ABC` or ( `displayColor` like `#` )", "E008", 0, 17,
     "( `name` like `ABC` ) or ( `displayColor` like `#` )"},
    {"( a = 1 ) and b = 2 or ( c = 3 )", "E008", 14, 5, "( a = 1 ) and ( b = 2 ) or ( c = 3 )"},
    {"", "E009", 0, 0, nullptr},
    {"  \n\t", "E009", 0, 4, nullptr},
    {"d = 2019-02-30", "E010", 4, 10, nullptr},
    {"a = ``", "E011", 4, 2, nullptr},
    {"`` = 1", "E011", 0, 2, nullptr},
    {"`` has value", "E011", 0, 2, nullptr},
    {"x iswithin `a,,b`", "E011", 14, 1, "x iswithin `a,b`"},
    {"x iswithin `a,`", "E011", 13, 1, "x iswithin `a`"},
    {"x iswithin `a, ,b`", "E011", 14, 2, "x iswithin `a,b`"},
    {"`LastModifiedDate` GreaterOrEqual \xE2\x80\x98" "2019-02-01`", "E013", 34, 3,
     "`LastModifiedDate` GreaterOrEqual `2019-02-01`"},
    {"a = \xE2\x80\x9C" "abc\xE2\x80\x9D", "E013", 4, 3, "a = `abc\xE2\x80\x9D"},
    {"name\xC2\xA0" "contains abc", "E001", 4, 2, "name contains abc"},
    {"name contains\xE2\x80\x8B abc", "E001", 13, 3, "name contains abc"},
    {"( )", "E014", 0, 3, nullptr},
    {"(", "E003", 0, 1, nullptr},
    {"( a = 1 ) or (", "E003", 13, 1, nullptr},
    {"\"\"", "E009", 0, 2, nullptr},
    {"( a = 1 ) or (  )", "E014", 13, 4, nullptr},
    {"a = \xFF", "E022", 4, 1, nullptr},
    {"a = \xC0\x80", "E022", 4, 1, nullptr},
    {"a = \xED\xA0\x80", "E022", 4, 1, nullptr},
    {"(a = 1)", "W101", 0, 1, "( a = 1)"},
    {"( a = 1 )and ( b = 2 )", "W101", 8, 1, "( a = 1 ) and ( b = 2 )"},
    {"x iswithin `a, b`", "W103", 14, 2, "x iswithin `a,b`"},
    {"x notwithin `a ,b`", "W103", 13, 2, "x notwithin `a,b`"},
    {"n > abc", "W105", 4, 3, nullptr},
    {"n <= `abc`", "W105", 5, 5, nullptr},
    {"\"name contains abc\"", "W106", 0, 19, "name contains abc"},
    {"\"`name` = `a\"b`\"", "W106", 0, 16, "`name` = `a\"b`"},  // a quote inside backticks is part of the value
    {"( a = 1 )", "W107", 0, 9, "a = 1"},
    {"( ( a = 1 ) )", "W107", 0, 13, "a = 1"},
    {"d = 2019-2-1", "W109", 4, 8, nullptr},
    {"d = 2019.02.01", "W109", 4, 10, nullptr},
    {"d = 02/01/19", "W109", 4, 8, nullptr},
    {"d = `2019-02-01 10:00`", "W109", 4, 18, nullptr},
    {"a = 'abc'", "W110", 4, 5, "a = `abc`"},
    {"a = \"abc\"", "W110", 4, 5, "a = `abc`"},
    {"a ~ `x,y`", "W113", 4, 5, nullptr},
    {"a !~ x,y", "W113", 5, 3, nullptr},
};

}  // namespace

TEST_CASE("every diagnostic code: span, severity and fix") {
    for (const auto& g : goldens) {
        const std::string input = g.input;
        CAPTURE(input);
        const auto r = pf::parse(g.input);
        const pf::Diagnostic* d = nullptr;
        for (const auto& x : r.diagnostics)
            if (pf::code_name(x.code) == g.code && x.offset == g.offset) d = &x;
        const std::string expected = g.code;
        REQUIRE_MESSAGE(d != nullptr, "missing " << expected << "; got " << doctest::toString(codes(r)));
        CHECK(d->length == g.length);
        CHECK(d->severity == (g.code[0] == 'E' ? pf::Severity::error : pf::Severity::warning));
        CHECK_FALSE(d->message.empty());
        if (g.fixed == nullptr) {
            CHECK_FALSE(d->fix.has_value());
        } else {
            REQUIRE(d->fix.has_value());
            CHECK(pf::apply_fix(g.input, *d->fix) == g.fixed);
        }
    }
}

TEST_CASE("a control character, a byte that is not UTF-8 or wrapping quotes are found at any offset of any length") {
    // The source checks skip their byte-by-byte scans for printable ASCII, tested eight bytes at
    // a time: every offset of every word and of every tail must still be seen.
    for (std::size_t length = 1; length <= 17; ++length) {
        const std::string filter = "`n` = `" + std::string(length, 'v') + "`";
        CHECK(pf::parse(filter).diagnostics.empty());
        const auto wrapped = pf::parse("\"" + filter + "\"");
        REQUIRE(find_code(wrapped, pf::Code::W106) != nullptr);
        for (std::size_t at = 0; at < filter.size(); ++at)
            for (const auto& [byte, code] : {std::pair{'\x01', pf::Code::E001}, std::pair{'\xFF', pf::Code::E022}}) {
                std::string bad = filter;
                bad[at] = byte;
                const auto r = pf::parse(bad);
                CAPTURE(bad);
                const auto* d = find_code(r, code);
                REQUIRE(d != nullptr);
                CHECK(d->offset == at);
            }
    }
}

TEST_CASE("a fix resolves what it was offered for") {
    for (const auto& g : goldens) {
        if (g.fixed == nullptr) continue;
        const std::string input = g.input;
        CAPTURE(input);
        const auto before = pf::parse(g.input);
        const auto after = pf::parse(g.fixed);
        const auto count = [&](const pf::ParseResult& r) {
            return std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                 [&](const pf::Diagnostic& d) { return pf::code_name(d.code) == g.code; });
        };
        CHECK(count(after) < count(before));
    }
}

TEST_CASE("an ordering operator on a date-like text value reports both W105 and W109") {
    CHECK(codes(pf::parse("lastModifiedDate > 2019.02.01")) == std::vector<std::string>{"W105", "W109"});
    CHECK(codes(pf::parse("lastModifiedDate = 2019.02.01")) == std::vector<std::string>{"W109"});
    CHECK(codes(pf::parse("lastModifiedDate > 2019-02-30")) == std::vector<std::string>{"E010"});
}

TEST_CASE("invisible characters pasted from a web page are named; inside backticks they are content") {
    const auto r = pf::parse("name\xC2\xA0" "contains abc");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "a no-break space (U+00A0) outside backticks; write a plain space");
    CHECK(pf::parse("name = `a\xC2\xA0" "b`").ok());
}

TEST_CASE("syntax errors say what was expected and what was found, in the user's words") {
    const auto message = [](std::string_view input) {
        const auto r = pf::parse(input);
        REQUIRE(!r.diagnostics.empty());
        return r.diagnostics.front().message;
    };
    CHECK(message("name contians abc") ==
          "expected an operator after field `name`, found `contians`; did you mean `Contains`?");
    CHECK(message("name") == "expected an operator after field `name`, found the end of the filter");
    CHECK(message("= 1") == "expected a field or `(`, found `=`");
    CHECK(message("and = 1") == "expected a field or `(`, found `and`; a field named `and` must be written in backticks");
    CHECK(message("and=1") == "expected a field or `(`, found `and`; a field named `and` must be written in backticks");
    CHECK(message("a = 1 and ( OR>5 )") == "expected a field or `(`, found `OR`; a field named `OR` must be written in backticks");
    CHECK(pf::parse("andrew=1").ok());
    CHECK(pf::parse("`and`=1").ok());
    CHECK(message("a = 1 or") == "expected a field or `(` after `or`, found the end of the filter");
    CHECK(message("( a = 1 ) x") == "expected `and`, `or` or the end of the filter, found `x`");
    CHECK(message("( a = 1 x") == "values with spaces must be wrapped in backticks: write `1 x`");
    CHECK(message("( a = `1` x") == "expected `and`, `or` or `)`, found `x`");
    CHECK(message("a equals") ==
          "expected a value after `equals`, found the end of the filter; write it in backticks, as in `Name` contains `abc`");
    for (const char* input : {"name contians abc", "= 1", "( a = 1", "a = `x", "a equals", "( )", "a hasvalue b"}) {
        CAPTURE(input);
        const auto m = message(input);
        CHECK(m.find("pegtl") == std::string::npos);
        CHECK(m.find("grammar") == std::string::npos);
        CHECK(m.find("::") == std::string::npos);
    }
}

TEST_CASE("a syntax error stops the parse: one diagnostic, no tree") {
    const auto r = pf::parse("a = 2019-02-30 and b contians c");
    CHECK(codes(r) == std::vector<std::string>{"E004"});
    CHECK_FALSE(r.filter);
    CHECK_FALSE(r.ok());
}

TEST_CASE("all semantic and style findings of a filter that parses are reported together") {
    const auto r = pf::parse("(a = 2019-02-30 ) or b ~ `x,y` or ( c iswithin `p, q` ) or ( n > abc )");
    CHECK(codes(r) == std::vector<std::string>{"W101", "E010", "E008", "W113", "W103", "W105"});
    REQUIRE(r.filter);
    CHECK_FALSE(r.ok());
}

TEST_CASE("warnings alone leave the filter valid") {
    const auto r = pf::parse("\"name contains abc\"");
    CHECK(codes(r) == std::vector<std::string>{"W106"});
    CHECK(r.ok());
}

TEST_CASE("profiles: strict makes W101 and W107 errors and adds W102") {
    const char* bare_chain = "a = 1 and b = 2 or c = 3";
    CHECK(pf::parse(bare_chain).diagnostics.empty());
    const auto strict = parse_strict(bare_chain);
    REQUIRE(codes(strict) == std::vector<std::string>{"W102"});
    CHECK(strict.diagnostics[0].severity == pf::Severity::error);
    CHECK(strict.diagnostics[0].offset == 0);
    CHECK(strict.diagnostics[0].length == 24);
    CHECK(pf::apply_fix(bare_chain, *strict.diagnostics[0].fix) == "( a = 1 ) and ( b = 2 ) or ( c = 3 )");
    CHECK_FALSE(strict.ok());

    const auto lone = parse_strict("( a = 1 )");
    CHECK(codes(lone) == std::vector<std::string>{"W107"});
    CHECK(lone.diagnostics[0].severity == pf::Severity::error);
    const auto spacing = parse_strict("( a = 1 )and ( b = 2 )");
    CHECK(codes(spacing) == std::vector<std::string>{"W101"});
    CHECK(spacing.diagnostics[0].severity == pf::Severity::error);
    CHECK(pf::parse("( a = 1 )and ( b = 2 )").ok());

    // The documented CORRECT form is clean in both profiles.
    CHECK(parse_strict("( `name` like `ABC` ) or ( `displayColor` like `#` )").diagnostics.empty());
    // Other warnings keep their severity in strict.
    CHECK(parse_strict("a = 'x'").diagnostics[0].severity == pf::Severity::warning);
}

TEST_CASE("W101: one finding per missing space, inside backticks never") {
    CHECK(codes(pf::parse("((a = 1))")) == std::vector<std::string>{"W101", "W107", "W101", "W101", "W101"});
    CHECK(pf::parse("a = `(x)`").diagnostics.empty());
    CHECK(pf::parse("( a = `(x)` ) or ( b = 1 )").diagnostics.empty());
}

TEST_CASE("typographic quotes inside backticks or inside a word are text") {
    CHECK(pf::parse("a = `\xE2\x80\x98quoted\xE2\x80\x99`").ok());
    CHECK(pf::parse("a = O\xE2\x80\x99" "Brien").ok());
}

TEST_CASE("diagnostic codes have stable names") {
    CHECK(pf::code_name(pf::Code::E001) == "E001");
    CHECK(pf::code_name(pf::Code::E023) == "E023");
    CHECK(pf::code_name(pf::Code::W101) == "W101");
    CHECK(pf::code_name(pf::Code::W113) == "W113");
    CHECK(pf::severity_name(pf::Severity::warning) == "warning");
}
