// Rule tables: each grammar rule on its own, input → bytes consumed (or rejected).
#include <doctest/doctest.h>

#include <plutora/filter/grammar/rules.hpp>
#include <string>
#include <tao/pegtl/contrib/analyze.hpp>

namespace g = plutora::filter::grammar;
namespace pegtl = tao::pegtl;

namespace {

constexpr long rejected = -1;
constexpr long raised = -2;

// How many bytes Rule consumes from input: rejected when it does not match, raised when a
// must<> inside it fails.
template <typename Rule>
long consumed(const std::string& input) {
    pegtl::memory_input in(input, "test");
    try {
        if (!pegtl::parse<Rule>(in)) return rejected;
    } catch (const pegtl::parse_error&) {
        return raised;
    }
    return static_cast<long>(input.size() - in.size());
}

}  // namespace

TEST_CASE("the grammar has no rule that can loop without consuming input") {
    CHECK(pegtl::analyze<g::filter>(-1) == 0);
}

TEST_CASE("whitespace and words") {
    CHECK(consumed<g::ws>(" ") == 1);
    CHECK(consumed<g::ws>("\t") == 1);
    CHECK(consumed<g::ws>("\n") == 1);
    CHECK(consumed<g::ws>("\r") == 1);
    CHECK(consumed<g::ws>("\v") == rejected);
    CHECK(consumed<g::kw_and>("and x") == 3);
    CHECK(consumed<g::kw_and>("AND(") == 3);
    CHECK(consumed<g::kw_and>("And`") == 3);
    CHECK(consumed<g::kw_and>("andy") == rejected);
    CHECK(consumed<g::kw_or>("Or") == 2);
    CHECK(consumed<g::kw_or>("order") == rejected);
}

TEST_CASE("operators: word spellings ignore case and the spaces between words") {
    CHECK(consumed<g::op_not_equals>("not equal x") == 9);
    CHECK(consumed<g::op_not_equals>("NotEquals x") == 9);
    CHECK(consumed<g::op_not_equals>("not   EQUAL x") == 11);
    CHECK(consumed<g::op_not_equals>("not equality") == rejected);
    CHECK(consumed<g::op_has_no_value>("has no value") == 12);
    CHECK(consumed<g::op_has_no_value>("\xE2\x88\x85") == 3);
    CHECK(consumed<g::op_has_value>("!\xE2\x88\x85 ") == 4);
    CHECK(consumed<g::op_greater_or_equal>(">=5") == 2);
    CHECK(consumed<g::op_greater_than>(">=5") == rejected);  // `>` may not run into `=`
    CHECK(consumed<g::op_equals>("==") == rejected);
    CHECK(consumed<g::binary_op>("`Greater Than` 5") == 14);
    CHECK(consumed<g::unary_op>("` has value `") == 13);
}

TEST_CASE("fields and values") {
    CHECK(consumed<g::field>("`Last Modified` =") == 15);
    CHECK(consumed<g::field>("modifiedDate>2010") == 12);
    CHECK(consumed<g::field>("a\xE2\x88\x85") == 1);
    CHECK(consumed<g::field>("and") == rejected);
    CHECK(consumed<g::field>("`unterminated") == raised);
    CHECK(consumed<g::value>("`abc xyz` and") == 9);
    CHECK(consumed<g::value>("a=b)") == 3);
    CHECK(consumed<g::value>("2019-02-01 or") == 10);
    CHECK(consumed<g::value>("abc xyz") == raised);  // E007
    CHECK(consumed<g::value>("or") == rejected);
    CHECK(consumed<g::value>("``") == 2);
}

TEST_CASE("comparisons, groups and chains") {
    CHECK(consumed<g::comparison>("`Name` contains `ABC` or") == 21);
    CHECK(consumed<g::comparison>("Name !\xE2\x88\x85 )") == 9);
    CHECK(consumed<g::comparison>("Name has value abc") == raised);  // E006
    CHECK(consumed<g::comparison>("Name contians abc") == raised);   // E004
    CHECK(consumed<g::group>("( a = 1 ) and") == 9);
    CHECK(consumed<g::group>("( )") == raised);  // E014
    CHECK(consumed<g::expr>("a = 1 and b = 2 or c = 3 )") == 24);
    CHECK(consumed<g::filter>("  ( a = 1 ) or ( b = 2 )  ") == 26);
    CHECK(consumed<g::filter>("a = 1 )") == raised);
}
