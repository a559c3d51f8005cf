// text → form → AST equals text → AST, for every form, over hand-written and generated filters,
// with pagination and sort keys carried where the form has them.
#include "../fuzz/checks.hpp"
#include "generator.hpp"
#include "helpers.hpp"

namespace {

const char* hand_written[] = {
    "( `name` like `ABC` ) or ( `displayColor` like `#` )",
    "`Name` contains `API UAT Connect Legacy`",
    "`firstName` equals `John` and `userName` not contains `Smith`",
    "name contains abc and type not equal Defect",
    "modifiedDate `Greater Than` 2010-02-01",
    "`LastModifiedDate` >= `2025-07-15T09:00:00+02:00`",
    "`name` iswithin `Change 1,Change 2,Change 3`",
    "x notwithin `a, b` and y !\xE2\x88\x85 and z \xE2\x88\x85",
    "( a = 1 ) or ( b = 2 and c = 3 ) or ( ( d = 4 ) and ( e = 5 or f = 6 ) )",
    "`\xE5\x90\x8D\xE5\x89\x8D` = `\xE5\x80\xA4 \xE2\x88\x85 caf\xC3\xA9` and n < -3.5",
    "`a/b~c` = `100%` and `q` ~ `a&b=c+d`",
    "d = 01/02/2019 and e = 01-02-2019 and f = 2019/02/01",
};

// Emits `request` as `form`, reads it back, and checks it is the same request.
void round_trip(const pf::Request& request, pf::Form form) {
    CAPTURE(pf::form_name(form));
    const auto out = pf::emit(request, form);
    REQUIRE_MESSAGE(out.ok(), (out.diagnostics.empty() ? "" : out.diagnostics[0].message));
    const auto back = pf::read(*out.value, form == pf::Form::text ? pf::Form::text : std::optional<pf::Form>{});
    CAPTURE(*out.value);
    REQUIRE(back.request);
    CHECK(back.request->filter == request.filter);
    if (form != pf::Form::text) CHECK(back.request->paging == request.paging);
    if (form == pf::Form::expando || form == pf::Form::search_filters) CHECK(back.request->sort == request.sort);
}

std::size_t checked = 0;

void all_forms(const std::string& text, unsigned salt) {
    CAPTURE(text);
    const auto r = pf::read_text(text);
    REQUIRE(r.ok());
    pf::Request request = *r.request;
    request.paging = {salt % 7, 1 + salt % 100};
    round_trip(request, pf::Form::text);
    round_trip(request, pf::Form::query);
    if (salt % 2 == 0) request.sort = {{"name", salt % 4 == 0}, {"Id", false}};
    round_trip(request, pf::Form::expando);
    if (!fuzz::needs_or(request.filter.root)) round_trip(request, pf::Form::search_filters), ++checked;
}

}  // namespace

TEST_CASE("every form round-trips: hand-written filters") {
    unsigned salt = 0;
    for (const char* text : hand_written) all_forms(text, salt++);
}

TEST_CASE("every form round-trips: 300 generated filters, and 200 and-only ones for searchFilters") {
    checked = 0;
    pf::Options options;
    Generator any(7);
    for (unsigned i = 0; i < 300; ++i) all_forms(any.filter(), i);
    Generator and_only(11, false);
    for (unsigned i = 0; i < 200; ++i) all_forms(and_only.filter(), i);
    CHECK(checked >= 200);
}
