// SPEC 1.3: a value is typed once, at parse time.
#include "helpers.hpp"

using pf::ValueType;

namespace {

const pf::Value& value_of(const pf::ParseResult& r) {
    const auto& c = only_comparison(r);
    REQUIRE(c.value);
    return *c.value;
}

pf::CivilDate date_of(std::string_view v) {
    const auto r = pf::parse("`d` = `" + std::string(v) + "`");
    const auto* d = std::get_if<pf::DateValue>(&value_of(r).typed);
    REQUIRE_MESSAGE(d != nullptr, v);
    return d->date;
}

}  // namespace

TEST_CASE("the four date formats; the separator decides the order") {
    CHECK(date_of("2019/02/01") == pf::CivilDate{2019, 2, 1});
    CHECK(date_of("2019-02-01") == pf::CivilDate{2019, 2, 1});
    CHECK(date_of("01/02/2019") == pf::CivilDate{2019, 1, 2});  // MM/DD/YYYY: 2 January
    CHECK(date_of("01-02-2019") == pf::CivilDate{2019, 2, 1});  // DD-MM-YYYY: 1 February
    CHECK(date_of("2020-02-29") == pf::CivilDate{2020, 2, 29});
    CHECK(date_of("2000-02-29") == pf::CivilDate{2000, 2, 29});
    CHECK(date_of("0001-01-01") == pf::CivilDate{1, 1, 1});
    CHECK(date_of("9999-12-31") == pf::CivilDate{9999, 12, 31});
}

TEST_CASE("impossible calendar dates are E010 and stay text") {
    for (const char* bad : {"2019-02-30", "13/01/2020", "2019-02-29", "1900-02-29", "2019/04/31", "32-01-2019",
                            "0000-01-01", "2019-00-10", "00/10/2019"}) {
        CAPTURE(bad);
        const auto r = pf::parse(std::string("`d` = ") + bad);
        CHECK(codes(r) == std::vector<std::string>{"E010"});
        CHECK_FALSE(r.ok());
        CHECK(value_of(r).type() == ValueType::text);
        const auto* d = find_code(r, pf::Code::E010);
        CHECK(d->offset == 6);
        CHECK(d->length == 10);
    }
}

TEST_CASE("ISO date-times are normalized to UTC") {
    const auto dt = [](std::string_view v) {
        const auto r = pf::parse("`d` <= `" + std::string(v) + "`");
        CHECK_MESSAGE(r.ok(), v);
        const auto* t = std::get_if<pf::DateTimeValue>(&value_of(r).typed);
        REQUIRE_MESSAGE(t != nullptr, v);
        return pf::to_iso(*t);
    };
    CHECK(dt("2025-07-15T09:00:00") == "2025-07-15T09:00:00Z");
    CHECK(dt("2025-07-15T09:00") == "2025-07-15T09:00:00Z");
    CHECK(dt("2025-07-15t09:00:00z") == "2025-07-15T09:00:00Z");
    CHECK(dt("2025-07-15T09:00:00+02:00") == "2025-07-15T07:00:00Z");
    CHECK(dt("2025-01-01T00:30:00+01:00") == "2024-12-31T23:30:00Z");
    CHECK(dt("2025-07-15T23:30:00-05:30") == "2025-07-16T05:00:00Z");
    CHECK(dt("2022-07-29T06:08:45.158Z") == "2022-07-29T06:08:45.158Z");
    CHECK(dt("2022-07-29T06:08:45.1500000Z") == "2022-07-29T06:08:45.15Z");
    CHECK(dt("2022-07-29T06:08:45.000Z") == "2022-07-29T06:08:45Z");
    CHECK(dt("2022-07-29T06:08:45.1234567Z") == "2022-07-29T06:08:45.1234567Z");
}

TEST_CASE("invalid date-times are E010") {
    for (const char* bad : {"2025-07-15T25:00:00", "2025-07-15T09:60", "2025-02-30T09:00", "2025-07-15T09:00:61",
                            "0001-01-01T00:30+01:00"}) {
        CAPTURE(bad);
        CHECK(codes(pf::parse(std::string("`d` = `") + bad + "`")) == std::vector<std::string>{"E010"});
    }
    // Not date-time shaped at all: eight fraction digits is plain text.
    CHECK(value_of(pf::parse("`d` = `2025-07-15T09:00:00.12345678`")).type() == ValueType::text);
}

TEST_CASE("numbers, texts and the JSON type names") {
    const auto type = [](std::string_view v) { return value_of(pf::parse("`n` = `" + std::string(v) + "`")).type(); };
    CHECK(type("5") == ValueType::number);
    CHECK(type("007") == ValueType::number);
    CHECK(type("-12.50") == ValueType::number);
    CHECK(type("1.") == ValueType::text);
    CHECK(type(".5") == ValueType::text);
    CHECK(type("1e5") == ValueType::text);
    CHECK(type("abc") == ValueType::text);
    CHECK(type("") == ValueType::text);
    const auto negative = pf::parse("`n` = -12.5");
    const auto* n = std::get_if<pf::NumberValue>(&value_of(negative).typed);
    REQUIRE(n != nullptr);
    CHECK(n->value == doctest::Approx(-12.5));
    CHECK(value_of(pf::parse("`n` = 007")).raw == "007");  // verbatim
}

TEST_CASE("IsWithin and NotWithin values are lists, items verbatim") {
    const auto r = pf::parse("`name` iswithin `Change 1,Change 2,Change 3`");
    CHECK(r.ok());
    const auto* list = std::get_if<pf::ListValue>(&value_of(r).typed);
    REQUIRE(list != nullptr);
    CHECK(list->items == std::vector<std::string>{"Change 1", "Change 2", "Change 3"});
    const auto single = pf::parse("`id` notwithin 5");
    CHECK(value_of(single).type() == ValueType::list);
    CHECK(std::get<pf::ListValue>(value_of(single).typed).items == std::vector<std::string>{"5"});
}

TEST_CASE("value text is kept verbatim, field spelling too") {
    const auto r = pf::parse("`NAME` contains `  Mixed Case  `");
    const auto& c = only_comparison(r);
    CHECK(c.field.name == "NAME");
    CHECK(c.value->raw == "  Mixed Case  ");
}
