// parse(format(x)) == parse(x) and format idempotence over generated filters: random
// spellings, letter cases, spacing, backticks, value types and nesting.
#include "generator.hpp"
#include "helpers.hpp"


TEST_CASE("generated filters: valid, and canonical text round-trips") {
    Generator gen(20261122);
    for (int i = 0; i < 600; ++i) {
        const std::string text = gen.filter();
        CAPTURE(text);
        const auto r = pf::parse(text);
        REQUIRE(r.ok());
        const std::string once = pf::format(*r.filter);
        const auto again = pf::parse(once);
        REQUIRE(again.ok());
        CHECK(*again.filter == *r.filter);
        CHECK(pf::format(*again.filter) == once);
        CHECK(pf::to_json(*again.filter) == pf::to_json(*r.filter));
        CHECK(parse_strict(once).ok());
    }
}
