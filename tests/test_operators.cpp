// SPEC 1.2: every accepted spelling of every operator, in several letter cases, bare and in
// backticks.
#include <algorithm>
#include <cctype>

#include "helpers.hpp"

using pf::Operator;

namespace {

struct Spelling {
    const char* text;
    Operator op;
};

constexpr Spelling spellings[] = {
    {"=", Operator::Equals},
    {"equals", Operator::Equals},
    {"equal", Operator::Equals},
    {"!=", Operator::NotEquals},
    {"notequals", Operator::NotEquals},
    {"notequal", Operator::NotEquals},
    {"not equals", Operator::NotEquals},
    {"not equal", Operator::NotEquals},
    {"!\xE2\x88\x85", Operator::HasValue},
    {"hasvalue", Operator::HasValue},
    {"has value", Operator::HasValue},
    {"\xE2\x88\x85", Operator::HasNoValue},
    {"hasnovalue", Operator::HasNoValue},
    {"has no value", Operator::HasNoValue},
    {"~", Operator::Contains},
    {"contains", Operator::Contains},
    {"like", Operator::Contains},
    {"!~", Operator::NotContains},
    {"notcontains", Operator::NotContains},
    {"not contains", Operator::NotContains},
    {"notlike", Operator::NotContains},
    {"not like", Operator::NotContains},
    {">", Operator::GreaterThan},
    {"greaterthan", Operator::GreaterThan},
    {"greater than", Operator::GreaterThan},
    {">=", Operator::GreaterOrEqual},
    {"greaterorequal", Operator::GreaterOrEqual},
    {"greaterorequals", Operator::GreaterOrEqual},
    {"greater or equal", Operator::GreaterOrEqual},
    {"greater or equals", Operator::GreaterOrEqual},
    {"<", Operator::LessThan},
    {"lessthan", Operator::LessThan},
    {"less than", Operator::LessThan},
    {"<=", Operator::LessOrEquals},
    {"lessorequals", Operator::LessOrEquals},
    {"lessorequal", Operator::LessOrEquals},
    {"less or equals", Operator::LessOrEquals},
    {"less or equal", Operator::LessOrEquals},
    {"iswithin", Operator::IsWithin},
    {"is within", Operator::IsWithin},
    {"notwithin", Operator::NotWithin},
    {"not within", Operator::NotWithin},
};

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

// "greater or equal" → "Greater Or Equal"
std::string title(std::string s) {
    bool start = true;
    for (auto& c : s) {
        if (start) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        start = c == ' ';
    }
    return s;
}

std::string comparison_with(const std::string& op, Operator expected) {
    return "`Field` " + op + (pf::is_unary(expected) ? "" : " `v`");
}

}  // namespace

TEST_CASE("every spelling of every operator parses to its canonical operator") {
    for (const auto& s : spellings) {
        for (const std::string& variant : {std::string(s.text), upper(s.text), title(s.text)}) {
            CAPTURE(variant);
            const auto r = pf::parse(comparison_with(variant, s.op));
            CHECK(r.ok());
            CHECK(only_comparison(r).op == s.op);
        }
    }
}

TEST_CASE("a word operator may be backticked as a whole, as the source's `Greater Than`") {
    for (const auto& s : spellings) {
        if (std::string_view(s.text).find(' ') == std::string_view::npos) continue;
        const std::string variant = "`" + title(s.text) + "`";
        CAPTURE(variant);
        const auto r = pf::parse(comparison_with(variant, s.op));
        CHECK(r.ok());
        CHECK(only_comparison(r).op == s.op);
    }
}

TEST_CASE("spaces between the words of an operator are ignored") {
    CHECK(only_comparison(pf::parse("a not    equal b")).op == Operator::NotEquals);
    CHECK(only_comparison(pf::parse("a greater\tor  equals 5")).op == Operator::GreaterOrEqual);
    CHECK(only_comparison(pf::parse("a has  no\nvalue")).op == Operator::HasNoValue);
}

TEST_CASE("symbolic operators need no whitespace around them") {
    const auto r = pf::parse("modifiedDate>2010-02-01");
    CHECK(r.ok());
    const auto& c = only_comparison(r);
    CHECK(c.field.name == "modifiedDate");
    CHECK(c.op == Operator::GreaterThan);
    CHECK(c.value->raw == "2010-02-01");
    CHECK(only_comparison(pf::parse("a!=b")).op == Operator::NotEquals);
    CHECK(only_comparison(pf::parse("a!\xE2\x88\x85")).op == Operator::HasValue);
    CHECK(only_comparison(pf::parse("a\xE2\x88\x85")).op == Operator::HasNoValue);
    CHECK(only_comparison(pf::parse("a<=5")).op == Operator::LessOrEquals);
    CHECK(only_comparison(pf::parse("a~x")).op == Operator::Contains);
}

TEST_CASE("canonical names and arity") {
    CHECK(pf::operator_name(Operator::LessOrEquals) == "LessOrEquals");
    CHECK(pf::operator_name(Operator::GreaterOrEqual) == "GreaterOrEqual");
    CHECK(pf::is_unary(Operator::HasValue));
    CHECK(pf::is_unary(Operator::HasNoValue));
    CHECK_FALSE(pf::is_unary(Operator::Equals));
    CHECK(pf::takes_list(Operator::NotWithin));
    CHECK_FALSE(pf::takes_list(Operator::Contains));
}
