// SPEC 8: the catalogue, entity names and URL paths, every schema check with its fix, typing by
// the schema, user schema files, and the promise that nothing changes without a schema.
#include <algorithm>

#include "helpers.hpp"

namespace {

std::shared_ptr<const pf::Entity> entity(std::string_view name) {
    auto e = pf::Catalogue::builtin()->entity(name);
    REQUIRE_MESSAGE(e != nullptr, name);
    return e;
}

pf::Options for_entity(std::string_view name, pf::Profile profile = pf::Profile::standard) {
    pf::Options o(profile);
    o.entity = entity(name);
    return o;
}

pf::ParseResult check(std::string_view text, std::string_view entity_name, pf::Profile profile = pf::Profile::standard) {
    return pf::parse(text, for_entity(entity_name, profile));
}

const pf::Diagnostic* with_code(const std::vector<pf::Diagnostic>& ds, std::string_view code) {
    for (const auto& d : ds)
        if (pf::code_name(d.code) == code) return &d;
    return nullptr;
}

struct Golden {
    const char* entity;
    const char* input;
    const char* code;
    pf::Severity severity;
    std::uint32_t offset;
    std::uint32_t length;
    const char* fixed;  ///< the input after the fix, or nullptr when there is none
};

constexpr auto error = pf::Severity::error;
constexpr auto warning = pf::Severity::warning;

const Golden goldens[] = {
    // E016: unknown fields, with a did-you-mean (edit distance, or a unique prefix) and its fix.
    {"releases", "`nmae` contains `abc`", "E016", error, 0, 6, "`name` contains `abc`"},
    {"releases", "nmae contains abc", "E016", error, 0, 4, "name contains abc"},
    {"releases", "`implementation` >= 2019-02-01", "E016", error, 0, 16, "`implementationDate` >= 2019-02-01"},
    {"releases", "`frobnicate` = 1", "E016", error, 0, 12, nullptr},
    {"changes", "( `name` = `a` ) and ( `chngeId` = 5 )", "E016", error, 23, 9, "( `name` = `a` ) and ( `changeId` = 5 )"},
    {"users", "`usrName` = `bob`", "E016", warning, 0, 9, "`userName` = `bob`"},  // users: fields seen so far
    // E017: values that do not fit the type, item by item in lists; ordering on GUIDs and booleans.
    {"releases", "`id` = `42`", "E017", error, 8, 2, nullptr},
    {"releases", "`id` iswithin `ec934f4d-f6bd-466f-be98-00005e7dbcc9,nope`", "E017", error, 52, 4, nullptr},
    {"releases", "`id` > `ec934f4d-f6bd-466f-be98-00005e7dbcc9`", "E017", error, 5, 1, nullptr},
    {"releases", "`implementationDate` >= `soon`", "E017", error, 25, 4, nullptr},
    {"releases", "`implementationDate` >= `2019.02.01`", "E017", error, 25, 10, nullptr},
    {"releases", "`plutoraReleaseType` = `Enterprize`", "E017", error, 24, 10, "`plutoraReleaseType` = `Enterprise`"},
    {"releases", "`releaseProjectType` iswithin `None,IsProjekt`", "E017", error, 36, 9,
     "`releaseProjectType` iswithin `None,IsProject`"},
    {"changes", "`changeId` = `12a`", "E017", error, 14, 3, nullptr},
    {"environmentgroups", "`isAutoApproved` = `yes`", "E017", error, 20, 3, "`isAutoApproved` = `true`"},
    {"environmentgroups", "`isAutoApproved` >= `true`", "E017", error, 17, 2, nullptr},
    {"builds", "`releaseImplementationDate` = `soon`", "E017", warning, 31, 4, nullptr},  // type from one sample
    // E010 still names a date that is not one.
    {"releases", "`implementationDate` = 2019-02-30", "E010", error, 23, 10, nullptr},
    // W115: Contains on dates, date-times and GUIDs; W116: outside the values seen so far.
    {"releases", "`implementationDate` contains `2019`", "W115", warning, 21, 8, nullptr},
    {"releases", "`id` !~ `ec93`", "W115", warning, 5, 2, nullptr},
    {"tecrs", "`outage` = `Maybe`", "W116", warning, 12, 5, nullptr},
    {"systems", "`status` iswithin `Active,Retired`", "E017", error, 26, 7, nullptr},
};

}  // namespace

TEST_CASE("the built-in catalogue: 20 entities from the facts, fields by any case") {
    const auto catalogue = pf::Catalogue::builtin();
    CHECK(catalogue->entities().size() == 20);
    const auto releases = entity("releases");
    CHECK(releases->has_post_filter());
    CHECK(releases->fields_complete);
    CHECK(releases->field("IMPLEMENTATIONDATE") == releases->field("implementationDate"));
    REQUIRE(releases->field("implementationdate") != nullptr);
    CHECK(releases->field("implementationdate")->type == pf::FieldType::datetime);
    CHECK(releases->field("implementationdate")->source.find("S1") != std::string::npos);
    CHECK(releases->field("nmae") == nullptr);
    const auto* kind = releases->field("plutoraReleaseType");
    REQUIRE(kind != nullptr);
    CHECK(kind->values == std::vector<std::string>{"Enterprise", "Integrated", "Independent"});
    CHECK(kind->values_complete);
    CHECK_FALSE(entity("environments")->has_post_filter());
    std::size_t fields = 0;
    for (const auto& e : catalogue->entities()) fields += e->fields.size();
    CHECK(fields > 200);
    // Only releases, changes, TECRs and TEBRs take POST /filter.
    std::vector<std::string> with_post;
    for (const auto& e : catalogue->entities())
        if (e->has_post_filter()) with_post.push_back(e->name);
    CHECK(with_post == std::vector<std::string>{"releases", "changes", "tecrs", "tebrs"});
}

TEST_CASE("entity names: singular, plural, path spellings, any case; unknown ones get a did-you-mean") {
    const auto catalogue = pf::Catalogue::builtin();
    const std::pair<const char*, const char*> names[] = {
        {"releases", "releases"}, {"release", "releases"}, {"Releases", "releases"}, {"RELEASE", "releases"},
        {"/releases/filter", "releases"}, {"/releases", "releases"}, {"TECRs", "tecrs"}, {"/TECRs/filter", "tecrs"},
        {"ChangeRequest", "tecrs"}, {"BookingRequest", "tebrs"}, {"tebr", "tebrs"}, {"change", "changes"},
        {"Environment Groups", "environmentgroups"}, {"environment_groups", "environmentgroups"},
        {"/users/UserGroups", "usergroups"}, {"users/usergroups", "usergroups"}, {"workitemnames/phases", "workitemnames_phases"},
        {"phases", "workitemnames_phases"}, {"connectivity", "connectivities"}, {" systems ", "systems"},
    };
    for (const auto& [name, expected] : names) {
        const std::string input = name;
        CAPTURE(input);
        const auto e = catalogue->entity(name);
        REQUIRE(e != nullptr);
        CHECK(e->name == expected);
    }
    CHECK(catalogue->entity("relases") == nullptr);
    CHECK(catalogue->entity("") == nullptr);
    CHECK(catalogue->suggest("relases") == "releases");
    CHECK(catalogue->suggest("enviroments") == "environments");
    CHECK(catalogue->suggest("tecr5") == "tecrs");
    CHECK(catalogue->suggest("zzzzzz") == std::nullopt);
}

TEST_CASE("URL paths name the entity: a table of real endpoint shapes") {
    const std::pair<const char*, const char*> urls[] = {
        {"https://usapi.plutora.com/releases?filter=`name` = `x`", "releases"},
        {"https://x/releases?filter=%60name%60%20%3D%20x", "releases"},
        {"/releases?filter=`name` = `x`", "releases"},
        {"/TECRs/filter?filter=`title` = `x`", "tecrs"},
        {"https://x/tecrs?filter=`title` = `x`", "tecrs"},
        {"/releases/ec934f4d-f6bd-466f-be98-00005e7dbcc9/changes?filter=`name` = `x`", "changes"},
        {"https://ukapi.plutora.com/environments?filter=`name` contains `UAT`&pageNum=0&recordsPerPage=100", "environments"},
        {"https://x/Bookings?filter=`status` = `Pending`", "bookings"},
        {"https://x/users/UserGroups?filter=`name` = `x`", "usergroups"},
        {"https://x/users?filter=`userName` = `x`", "users"},
        {"https://x/lookupfields/ReleaseType?filter=`value` = `x`", "lookupfield_values"},
        {"https://x/lookupfields?filter=`name` = `x`", "lookupfields"},
        {"https://x/workitemnames/phases?filter=`name` = `x`", "workitemnames_phases"},
        {"https://x/api/v1/systems?filter=`name` = `x`", "systems"},
        {"https://x/TEBRs/filter?filter=`name` = `x`", "tebrs"},
        {"https://x/environmentgroups?filter=`name` = `x`#top", "environmentgroups"},
    };
    pf::Options options;
    options.catalogue = pf::Catalogue::builtin();
    for (const auto& [url, expected] : urls) {
        const std::string input = url;
        CAPTURE(input);
        const auto r = pf::read_query(url, options);
        REQUIRE(r.entity != nullptr);
        CHECK(r.entity->name == expected);
    }
    for (const std::string none : {"filter=`name` = `x`", "?filter=`name` = `x`", "https://x/frobnicate?filter=`nmae` = `x`",
                             "https://x?filter=`nmae` = `x`"}) {
        CAPTURE(none);
        const auto r = pf::read_query(none, options);
        CHECK(r.entity == nullptr);
        CHECK(r.ok());
    }
    // The detected entity is checked; `Options::entity` wins over the path.
    const auto r = pf::read_query("https://x/releases?filter=`nmae` = `x`", options);
    CHECK(codes_of(r) == std::vector<std::string>{"E016"});
    options.entity = entity("users");
    CHECK(pf::read_query("https://x/releases?filter=`userName` = `x`", options).ok());
}

TEST_CASE("every schema code: span, severity and fix; the fix resolves it") {
    for (const auto& g : goldens) {
        const std::string input = g.input;
        const std::string entity_name = g.entity;
        CAPTURE(input);
        CAPTURE(entity_name);
        const auto r = check(g.input, g.entity);
        const pf::Diagnostic* d = nullptr;
        for (const auto& x : r.diagnostics)
            if (pf::code_name(x.code) == g.code && x.offset == g.offset) d = &x;
        const std::string expected = g.code;
        REQUIRE_MESSAGE(d != nullptr, "missing " << expected << "; got " << doctest::toString(codes(r)));
        CHECK(d->length == g.length);
        CHECK(d->severity == g.severity);
        CHECK_FALSE(d->message.empty());
        if (g.fixed == nullptr) {
            CHECK_FALSE(d->fix.has_value());
            continue;
        }
        REQUIRE(d->fix.has_value());
        const std::string fixed = pf::apply_fix(g.input, *d->fix);
        CHECK(fixed == g.fixed);
        const auto after = check(fixed, g.entity);
        CHECK_MESSAGE(after.ok(), doctest::toString(codes(after)));
        CHECK(with_code(after.diagnostics, g.code) == nullptr);
    }
}

TEST_CASE("messages say what is wrong and what to write") {
    const auto message = [](std::string_view input, std::string_view e) {
        const auto r = check(input, e);
        REQUIRE(!r.diagnostics.empty());
        return r.diagnostics.front().message;
    };
    CHECK(message("`nmae` contains `abc`", "releases") == "unknown field `nmae` of releases; did you mean `name`?");
    CHECK(message("`id` = `42`", "releases") ==
          "`42` is not a GUID; `id` is a guid field (8-4-4-4-12 hex digits, like ec934f4d-f6bd-466f-be98-00005e7dbcc9)");
    CHECK(message("`implementationDate` contains `2019`", "releases") ==
          "Contains does not apply to `implementationDate`, a datetime field (the API documents it so); use Equals or an "
          "ordering operator");
    CHECK(message("`plutoraReleaseType` = `Enterprize`", "releases") ==
          "`Enterprize` is not a value of `plutoraReleaseType` (Enterprise, Integrated, Independent); did you mean "
          "`Enterprise`?");
    CHECK(message("`zzz` = 1", "hosts").starts_with("unknown field `zzz` of hosts (`plutora-filter schema hosts` lists"));
    CHECK(message("`zzz` = 1", "hosts").ends_with("(a warning only: the catalogue may not know every field of hosts)"));
}

TEST_CASE("W115 is an error in the strict profile") {
    const auto r = check("`implementationDate` contains `2019`", "releases", pf::Profile::strict);
    const auto* d = with_code(r.diagnostics, "W115");
    REQUIRE(d != nullptr);
    CHECK(d->severity == pf::Severity::error);
    CHECK_FALSE(r.ok());
}

TEST_CASE("typing follows the schema") {
    // A string field's value is text, whatever it looks like: no W109, no W105, no E010.
    CHECK(check("`identifier` = `2019.02.01`", "releases").diagnostics.empty());
    CHECK(check("`identifier` > `2019.02.01`", "releases").diagnostics.empty());
    CHECK(check("`name` = 2019-02-30", "releases").diagnostics.empty());
    CHECK(only_comparison(check("`identifier` = 2019-02-01", "releases")).value->type() == pf::ValueType::text);
    CHECK(only_comparison(check("`name` = 42", "releases")).value->type() == pf::ValueType::text);
    // Without a schema the same values are typed by their shape.
    CHECK(codes(pf::parse("`identifier` = `2019.02.01`")) == std::vector<std::string>{"W109"});
    CHECK(only_comparison(pf::parse("`identifier` = 2019-02-01")).value->type() == pf::ValueType::date);
    // A datetime field's date is a date; an integer field's number a number.
    CHECK(only_comparison(check("`implementationDate` >= 2019-02-01", "releases")).value->type() == pf::ValueType::date);
    CHECK(only_comparison(check("`lastModifiedDate` < 2025-07-15T09:00:00", "releases")).value->type() ==
          pf::ValueType::datetime);
    CHECK(only_comparison(check("`changeId` >= 173", "changes")).value->type() == pf::ValueType::number);
    // The AST JSON says so too.
    const auto json = pf::to_json(*check("`identifier` = 2019-02-01", "releases").filter);
    CHECK(json["type"] == "text");
    CHECK_FALSE(json.contains("date"));
    // A Contains value is a substring: not checked against the field's values or type.
    CHECK(check("`plutoraReleaseType` contains `Enter`", "releases").diagnostics.empty());
    CHECK(check("`changeId` contains `17`", "changes").diagnostics.empty());
    // A dotted path into a known field is not checked against its type; its first step is.
    CHECK(check("`parentRelease.name` = `x`", "releases").diagnostics.empty());
    CHECK(codes(check("`parentRelese.name` = `x`", "releases")) == std::vector<std::string>{"E016"});
}

TEST_CASE("every field of the catalogue lints clean with a value of its type, under both profiles") {
    for (const auto& e : pf::Catalogue::builtin()->entities()) {
        for (const auto& f : e->fields) {
            std::string value = "abc";
            switch (f.type) {
                case pf::FieldType::guid: value = "ec934f4d-f6bd-466f-be98-00005e7dbcc9"; break;
                case pf::FieldType::integer: value = "13793"; break;
                case pf::FieldType::number: value = "-2.5"; break;
                case pf::FieldType::boolean: value = "TRUE"; break;
                case pf::FieldType::date:
                case pf::FieldType::datetime: value = "2019-02-01"; break;
                case pf::FieldType::enumeration: value = f.values.back(); break;
                case pf::FieldType::string: break;
            }
            const std::string filter = "`" + f.name + "` Equals `" + value + "`";
            CAPTURE(e->name);
            CAPTURE(filter);
            pf::Options options(pf::Profile::strict);
            options.entity = e;
            const auto r = pf::parse(filter, options);
            CHECK(r.ok());
            CHECK(r.diagnostics.empty());
            // Field names match ignoring case, and a custom-field-free entity gives no W117.
            std::string upper = f.name;
            std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            CHECK(pf::parse("`" + upper + "` HasValue", options).diagnostics.empty());
        }
    }
}

TEST_CASE("E018: a body for an entity without POST /filter") {
    const std::string body = R"({"searchFilters":[{"property":"name","operator":"equals","value":"x"}]})";
    pf::Options options;
    options.entity = entity("environments");
    const auto r = pf::read_body(body, options);
    CHECK(codes_of(r) == std::vector<std::string>{"E018"});
    CHECK_FALSE(r.ok());
    CHECK(r.diagnostics[0].offset == 0);
    options.entity = entity("releases");
    CHECK(pf::read_body(body, options).ok());
    // Bodies are checked like text: the fix replaces the whole JSON token.
    const std::string misspelt = R"({"searchFilters":[{"property":"nmae","operator":"equals","value":"x"}]})";
    const auto m = pf::read_body(misspelt, options);
    REQUIRE(codes_of(m) == std::vector<std::string>{"E016"});
    REQUIRE(m.diagnostics[0].fix.has_value());
    CHECK(pf::apply_fix(misspelt, *m.diagnostics[0].fix) == body);
    CHECK(m.diagnostics[0].pointer == "/searchFilters/0/property");
}

TEST_CASE("user schema files: add entities, extend a built-in one with custom fields, override a field") {
    const auto loaded = pf::Catalogue::load(R"({
      "entities": {
        "releases": {
          "fields": {
            "Budget Code": {"type": "string", "custom": true},
            "Risk Score": {"type": "integer", "custom": true},
            "releaseStatusType": {"type": "enum", "values": ["Draft", "Approved", "Closed"], "values_complete": true}
          }
        },
        "widgets": {
          "aliases": ["widget"],
          "endpoints": {"get": "/widgets", "post_filter": "/widgets/filter"},
          "fields_complete": true,
          "fields": {"id": {"type": "guid"}, "size": {"type": "number"}}
        },
        "myReleases": {"extends": "releases", "fields": {"extra": {"type": "boolean"}}}
      }
    })",
                                            pf::Catalogue::builtin());
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    const auto& c = *loaded.catalogue;
    CHECK(c.entities().size() == 22);
    pf::Options options;
    options.entity = c.entity("release");
    REQUIRE(options.entity != nullptr);
    CHECK(options.entity->fields.size() == entity("releases")->fields.size() + 2);
    // A custom field sent to the server: W117; evaluated locally, nothing.
    auto r = pf::parse("`budget code` = `X1`", options);
    CHECK(codes(r) == std::vector<std::string>{"W117"});
    CHECK(r.diagnostics[0].offset == 0);
    CHECK(r.diagnostics[0].length == 13);
    options.to_server = false;
    CHECK(pf::parse("`budget code` = `X1`", options).diagnostics.empty());
    options.to_server = true;
    CHECK(codes(pf::parse("`Risk Score` = `high`", options)) == std::vector<std::string>{"W117", "E017"});
    // The override: a complete enum now, with a did-you-mean.
    r = pf::parse("`releaseStatusType` = `Aproved`", options);
    REQUIRE(codes(r) == std::vector<std::string>{"E017"});
    CHECK(pf::apply_fix("`releaseStatusType` = `Aproved`", *r.diagnostics[0].fix) == "`releaseStatusType` = `Approved`");
    // A new entity, by name, alias and path.
    CHECK(c.entity("widget") == c.entity("/widgets/filter"));
    options.entity = c.entity("widgets");
    CHECK(codes(pf::parse("`size` > `big`", options)) == std::vector<std::string>{"E017"});
    CHECK(options.entity->has_post_filter());
    // extends: a copy of the base's fields under a new name, plus its own.
    const auto mine = c.entity("myReleases");
    REQUIRE(mine != nullptr);
    CHECK(mine->field("implementationDate") != nullptr);
    CHECK(mine->field("extra") != nullptr);
    // Any spelling of a known entity's name extends it.
    const auto respelt = pf::Catalogue::load(R"({"entities": {"Environment_Groups": {"fields": {"x": {"type": "guid"}}}}})",
                                             pf::Catalogue::builtin());
    REQUIRE(respelt.ok());
    CHECK(respelt.catalogue->entities().size() == 20);
    CHECK(respelt.catalogue->entity("environmentgroups")->field("x") != nullptr);
    // The built-in catalogue is untouched.
    CHECK(entity("releases")->field("Budget Code") == nullptr);
}

TEST_CASE("bad schema files: a clear error naming the JSON pointer, never a throw") {
    const std::pair<const char*, const char*> bad[] = {
        {"", "not valid JSON"},
        {"[1,2]", "/: expected an object with \"entities\""},
        {"{}", "/: missing \"entities\""},
        {R"({"entites": {}})", "/entites: unknown key \"entites\"; did you mean \"entities\"?"},
        {R"({"entities": {"x": {"fields": {"a": {"type": "strng"}}}}})",
         "/entities/x/fields/a/type: unknown type \"strng\"; a type is one of guid, string, integer, number, boolean, date, "
         "datetime, enum (did you mean \"string\"?)"},
        {R"({"entities": {"x": {"fields": {"a": {}}}}})", "/entities/x/fields/a: missing \"type\""},
        {R"({"entities": {"x": {}}})", "/entities/x: missing \"fields\""},
        {R"({"entities": {"x": {"extends": "relases", "fields": {}}}})",
         "/entities/x/extends: \"extends\" names no entity known before it: \"relases\"; did you mean \"releases\"?"},
        {R"({"entities": {"x": {"fields": {"a": {"type": "enum"}}}}})", "/entities/x/fields/a: an enum needs its \"values\""},
        {R"({"entities": {"x": {"fields": {"a": {"type": "string", "values": ["b"]}}}}})",
         "/entities/x/fields/a/values: only an enum has values; write \"type\": \"enum\""},
        {R"({"entities": {"x": {"fields": {"a": {"type": "enum", "values": [1]}}}}})",
         "/entities/x/fields/a/values/0: expected a string, found 1"},
        {R"({"entities": {"x": {"endpoints": {"get": "x"}, "fields": {}}}})", "/entities/x/endpoints/get: a path starts with /"},
        {R"({"entities": {"a~b": {"fields": {"c/d": 5}}}})",
         "/entities/a~0b/fields/c~1d: expected an object with the field's \"type\", found 5"},
        {R"({"entities": {"a/b": {"fields": {}}}})", "/entities/a~1b: a name holds no /, ? or #"},
        {R"({"entities": {"--": {"fields": {}}}})", "/entities/--: a name needs a letter or a digit"},
        {R"({"entities": {"x": {"aliases": ["/x"], "fields": {}}}})", "/entities/x/aliases/0: a name holds no /, ? or #"},
        {R"({"format": "v2", "entities": {}})", "/format: unknown format; this version reads \"plutora-filter-schema/1\""},
        {R"({"entities": {"x": {"fields": {"a": {"type": "guid", "confidence": "sure"}}}}})",
         "/entities/x/fields/a/confidence: expected \"low\", \"medium\" or \"high\""},
    };
    for (const auto& [text, error] : bad) {
        const std::string input = text;
        CAPTURE(input);
        const auto loaded = pf::Catalogue::load(text, pf::Catalogue::builtin());
        CHECK_FALSE(loaded.ok());
        CHECK(loaded.error.starts_with(error));
    }
}

TEST_CASE("without a schema nothing changes") {
    for (const std::string filter : {"`nmae` contains `abc`", "`id` = `42`", "`implementationDate` = `soon`",
                                     "`implementationDate` contains `2019`", "`budget code` = `x`"}) {
        CAPTURE(filter);
        CHECK(pf::parse(filter).diagnostics.empty());
        pf::Options only_catalogue;  // a catalogue alone finds entities in URLs, it checks no text
        only_catalogue.catalogue = pf::Catalogue::builtin();
        CHECK(pf::parse(filter, only_catalogue).diagnostics.empty());
    }
}

TEST_CASE("evaluation compares by the schema's types") {
    const auto records = nlohmann::json::parse(R"([{"identifier":"2019-02-01T10:00:00","changeId":"0173"}])");
    const auto count = [&](std::string_view filter, const pf::Options& options) {
        const auto r = pf::read_text(filter, options);
        REQUIRE(r.ok());
        return pf::evaluate(*r.request, records)["totalCount"].get<int>();
    };
    // By shape, 2019-02-01 is a date and matches the record's day; a string field compares text.
    CHECK(count("`identifier` = 2019-02-01", {}) == 1);
    CHECK(count("`identifier` = 2019-02-01", for_entity("releases")) == 0);
    CHECK(count("`identifier` contains 2019-02-01", for_entity("releases")) == 1);
    // An integer field compares numbers: "0173" is 173.
    CHECK(count("`changeId` = 173", for_entity("changes")) == 1);
}
