// SPEC 6: over a limit is E012, never a crash or a stack overflow.
#include "helpers.hpp"
#include "parse/stack.hpp"

namespace {

// `( ( … a = 1 … ) )`, `depth` parentheses deep.
std::string nested(int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += "( ";
    text += "a = 1";
    for (int i = 0; i < depth; ++i) text += " )";
    return text;
}

}  // namespace

TEST_CASE("a filter over 1 MiB is E012") {
    std::string big = "a = `" + std::string((1U << 20) - 5, 'x') + "`";
    REQUIRE(big.size() == (1U << 20) + 1);
    const auto r = pf::parse(big);
    CHECK(codes(r) == std::vector<std::string>{"E012"});
    CHECK_FALSE(r.filter);
}

TEST_CASE("a filter of exactly 1 MiB is read") {
    std::string big;
    while (big.size() + 20 < (1U << 20)) big += "a = 1 or ";
    big += "b = 2";
    big.append((1U << 20) - big.size(), ' ');
    REQUIRE(big.size() == (1U << 20));
    const auto r = pf::parse(big);
    CHECK(r.ok());
}

TEST_CASE("10,000 nested parentheses are E012 at the first one past the limit") {
    const auto r = pf::parse(nested(10000));
    REQUIRE(codes(r) == std::vector<std::string>{"E012"});
    CHECK(r.diagnostics[0].offset == 200);  // the 101st `(`
    CHECK_FALSE(r.filter);
}

TEST_CASE("100 nested parentheses are within the limit") {
    const auto r = pf::parse(nested(100));
    CHECK(codes(r) == std::vector<std::string>{"W107"});
    CHECK(r.ok());
}

TEST_CASE("limits are options") {
    pf::Options tight;
    tight.limits.max_depth = 2;
    tight.limits.max_bytes = 64;
    CHECK(codes(pf::parse("( ( ( a = 1 ) ) )", tight)) == std::vector<std::string>{"E012"});
    CHECK(codes(pf::parse(std::string(65, ' '), tight)) == std::vector<std::string>{"E012"});
    CHECK(pf::parse("( ( a = 1 ) )", tight).ok());
}

TEST_CASE("long runs of operators, backticks, parentheses and NULs end in one clear error") {
    const std::string runs[] = {
        "a " + std::string(100000, '='),
        std::string(100001, '`'),
        "a = " + std::string(100000, '`'),
        std::string(100000, ')'),
        std::string(50000, '(') + std::string(50000, ')'),
        std::string(100000, '\0'),
        "a = " + std::string(100000, '\xE2'),
        std::string(100000, 'a'),
        "a = 1" + std::string(100000, ' ') + "and",
    };
    for (const auto& text : runs) {
        const auto r = pf::parse(text);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.size() <= 20);
    }
}

TEST_CASE("a long chain parses iteratively") {
    std::string chain = "( a = 0 )";
    for (int i = 1; i < 20000; ++i) chain += " or ( a = " + std::to_string(i) + " )";
    const auto r = pf::parse(chain);
    REQUIRE(r.ok());
    CHECK(std::get<pf::Chain>(r.filter->root.node).operands.size() == 20000);
}

TEST_CASE("the parser's stacks keep every value as they grow past the room they have inside") {
    plutora::filter::detail::Stack<std::uint32_t, 4> stack;
    for (std::uint32_t i = 0; i < 1000; ++i) stack.push_back(i);
    REQUIRE(stack.size() == 1000);
    bool kept = true;
    for (std::uint32_t i = 0; i < 1000; ++i) kept = kept && stack[i] == i;
    CHECK(kept);
    stack.shrink_to(3);
    const std::uint32_t more[] = {7, 8, 9, 10, 11, 12};
    stack.append(std::begin(more), std::end(more));
    CHECK(std::vector<std::uint32_t>(stack.begin(), stack.end()) == std::vector<std::uint32_t>{0, 1, 2, 7, 8, 9, 10, 11, 12});
    plutora::filter::detail::Stack<std::uint32_t, 2> small;
    small.append(std::begin(more), std::end(more));  // grows more than once in one append
    CHECK(std::vector<std::uint32_t>(small.begin(), small.end()) == std::vector<std::uint32_t>(std::begin(more), std::end(more)));
    // Through the parser: 40 groups of two comparisons each, nested 40 deep.
    std::string deep;
    for (int i = 0; i < 40; ++i) deep += "( `f" + std::to_string(i) + "` = " + std::to_string(i) + " and `g` = 1 ) or ( ";
    deep += "`last` = 1";
    for (int i = 0; i < 40; ++i) deep += " )";
    const auto r = pf::parse(deep);
    REQUIRE(r.ok());
    CHECK(pf::parse(pf::format(*r.filter)).filter == r.filter);
}
