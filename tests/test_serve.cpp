// The service behind `plutora-filter serve`, called directly: the token, authorization, the
// page envelope (the same page `eval` gives), POST /filter, a record by id, paths and
// parameters in any case, errors as 4xx with every diagnostic, and a read-only API.
#include <filesystem>
#include <fstream>

#include "helpers.hpp"
#include "serve/service.hpp"

namespace {

using json = nlohmann::json;
namespace serve = pf::serve;

const std::string releases =
    R"({"id":"3d6034e7-d531-42c7-b2d0-2d8341d624e6","name":"UAT Mobile","lastModifiedDate":"2019-02-03T10:00:00","releaseStatusType":"Draft"})"
    "\n"
    R"({"id":"0f2b6e3a-1111-4c2d-9e8f-000000000002","name":"Core","lastModifiedDate":"2018-12-31T23:00:00","releaseStatusType":"Cancelled"})"
    "\n"
    R"({"id":"0f2b6e3a-1111-4c2d-9e8f-000000000003","name":"uat web","lastModifiedDate":"2020-05-01T00:00:00","releaseStatusType":"Approved","big":123456789012345678901234567890})"
    "\n";

serve::Service make_service(serve::Settings settings = {}) {
    std::vector<serve::Collection> collections;
    auto loaded = pf::RecordSet::load(releases);
    REQUIRE(loaded.ok());
    collections.push_back({settings.catalogue->entity("releases"), std::move(*loaded.records), "releases.jsonl"});
    auto hosts = pf::RecordSet::load(R"([{"id":"h1","name":"web01"}])");
    REQUIRE(hosts.ok());
    collections.push_back({settings.catalogue->entity("hosts"), std::move(*hosts.records), "hosts.json"});
    return serve::Service(std::move(settings), std::move(collections));
}

serve::HttpResponse call(const serve::Service& s, std::string method, std::string target, std::string token = "",
                         std::string body = "", std::string type = "application/json") {
    serve::HttpRequest r{std::move(method), std::move(target), {}, std::move(body)};
    if (!token.empty()) r.headers.emplace_back("Authorization", "Bearer " + token);
    if (!type.empty()) r.headers.emplace_back("content-type", type);
    return s.handle(r);
}

std::string token_of(const serve::Service& s) {
    const auto r = call(s, "POST", "/oauth/token", "", "client_id=id&client_secret=secret&grant_type=password&username=a%40b.com&password=pw",
                        "application/x-www-form-urlencoded");
    REQUIRE(r.status == 200);
    return json::parse(r.body)["access_token"];
}

std::string eval_page(const std::string& filter, std::uint32_t page, std::uint32_t per_page) {
    pf::Request request{*pf::parse(filter).filter, {page, per_page}, {}};
    return pf::page_of(request, releases).envelope.value();
}

}  // namespace

TEST_CASE("serve: a token as the seed describes it; API calls without one are 401") {
    serve::Settings settings;
    settings.client_id = "id";
    settings.client_secret = "secret";
    const auto s = make_service(settings);
    const auto t = call(s, "POST", "/oauth/token", "", "client_id=id&client_secret=secret&grant_type=password&username=u&password=p",
                        "application/x-www-form-urlencoded");
    CHECK(t.status == 200);
    const auto body = json::parse(t.body);
    CHECK(body["token_type"] == "bearer");
    CHECK(body["expires_in"] == 12000);
    CHECK(body["access_token"].get<std::string>().size() >= 32);
    const auto wrong = call(s, "POST", "/OAuth/Token", "", "client_id=id&client_secret=nope&grant_type=password&username=u&password=p");
    CHECK(wrong.status == 400);
    CHECK(json::parse(wrong.body) == json::parse(R"({"error":"invalid_grant","error_description":"The client_id or client_secret is incorrect."})"));
    CHECK(json::parse(call(s, "POST", "/oauth/token", "", "grant_type=client_credentials").body)["error"] == "unsupported_grant_type");
    CHECK(call(s, "GET", "/oauth/token").status == 405);

    const auto denied = call(s, "GET", "/releases");
    CHECK(denied.status == 401);
    CHECK(json::parse(denied.body)["message"] == "Authorization has been denied for this request.");
    CHECK(call(s, "GET", "/releases", "not-a-token").status == 401);
    CHECK(call(s, "GET", "/releases", body["access_token"]).status == 200);
}

TEST_CASE("serve: tokens asked for in a loop do not grow memory without bound: the oldest goes") {
    const auto s = make_service();
    const std::string first = token_of(s);
    CHECK(call(s, "GET", "/releases", first).status == 200);
    for (int i = 0; i < 10000; ++i) static_cast<void>(token_of(s));
    CHECK(call(s, "GET", "/releases", first).status == 401);
    CHECK(call(s, "GET", "/releases", token_of(s)).status == 200);
}

TEST_CASE("serve: GET with filter and paging answers the page eval gives; names in any case") {
    const auto s = make_service();
    const auto token = token_of(s);
    const auto r = call(s, "GET", "/releases?filter=%60name%60%20contains%20%60uat%60&pageNum=0&recordsPerPage=1", token);
    CHECK(r.status == 200);
    CHECK(r.body == eval_page("`name` contains `uat`", 0, 1));
    CHECK(json::parse(r.body)["totalCount"] == 2);
    // aliases, parameter names and paths in any case, the seed's own spelling (`+` for spaces)
    CHECK(call(s, "GET", "/RELEASES?Filter=%60name%60+contains+%60uat%60&page=1&LIMIT=1", token).body == eval_page("`name` contains `uat`", 1, 1));
    // without paging: the envelope with the defaults (page 0, 100 per page); without a filter: every record
    const auto all = json::parse(call(s, "GET", "/releases/", token).body);
    CHECK(all["totalCount"] == 3);
    CHECK(all["recordsPerPage"] == 100);
    CHECK(json::parse(call(s, "GET", "/releases?pageNum=1&recordsPerPage=2", token).body)["returnCount"] == 1);
    // a record's own bytes: numbers past 2^53 as written
    CHECK(call(s, "GET", "/releases?filter=%60name%60%20%3D%20%60uat%20web%60", token).body.find("123456789012345678901234567890") !=
          std::string::npos);
    // warnings do not refuse; they are named in a header
    const auto capped = call(s, "GET", "/releases?recordsPerPage=500", token);
    CHECK(capped.status == 200);
    REQUIRE(capped.headers.size() == 1);
    CHECK(capped.headers[0].first == "X-Plutora-Filter-Warnings");
    CHECK(capped.headers[0].second.starts_with("W104 "));
}

TEST_CASE("serve: a filter with errors is 400 with every diagnostic, code, position and fix") {
    const auto s = make_service();
    const auto token = token_of(s);
    auto r = call(s, "GET", "/releases?filter=%60name%60%20contians%20abc", token);
    CHECK(r.status == 400);
    auto body = json::parse(r.body);
    CHECK(body["message"] == "the filter has 1 error: expected an operator after field `name`, found `contians`; did you mean `Contains`? [E004]");
    CHECK(body["filter"] == "`name` contians abc");
    CHECK(body["diagnostics"][0]["code"] == "E004");
    CHECK(body["diagnostics"][0]["column"] == 8);
    CHECK(body["diagnostics"][0]["fix"]["replacement"] == "Contains");
    // an unknown field: 400 (the real server answers HTTP 500), with the did-you-mean
    r = call(s, "GET", "/releases?filter=%60nmae%60%20%3D%201", token);
    CHECK(r.status == 400);
    CHECK(json::parse(r.body)["diagnostics"][0]["code"] == "E016");
    // hosts' field list may be incomplete (E016 a warning): still refused rather than answered wrongly
    CHECK(call(s, "GET", "/hosts?filter=%60nmae%60%20%3D%201", token).status == 400);
    CHECK(call(s, "GET", "/releases?filter=", token).status == 400);                       // E009
    CHECK(call(s, "GET", "/releases?filter=a%2", token).status == 400);                    // E021
    CHECK(call(s, "GET", "/releases?filter=%60name%60%20%3D%20%00", token).status == 400);  // a NUL byte
    CHECK(call(s, "GET", "/releases?filter=%60name%60%20%3D%20%FF", token).status == 400);  // invalid UTF-8
    CHECK(call(s, "GET", "/releases?pageNum=-1", token).status == 400);                    // E015
    CHECK(call(s, "GET", "/releases%00", token).status == 400);
    CHECK(call(s, "GET", "/rel%zzeases", token).status == 400);
}

TEST_CASE("serve: --strict refuses what the strict profile calls an error") {
    serve::Settings settings;
    settings.strict = true;
    const auto s = make_service(settings);
    const auto token = token_of(s);
    CHECK(call(s, "GET", "/releases?filter=(%60name%60%20%3D%201)", token).status == 400);  // W101, W107
    CHECK(call(make_service(), "GET", "/releases?filter=(%60name%60%20%3D%201)", token_of(make_service())).status != 400);
}

TEST_CASE("serve: POST /filter with a body, only where the API has it; a record by id") {
    const auto s = make_service();
    const auto token = token_of(s);
    auto r = call(s, "POST", "/Releases/Filter", token,
                  R"({"PageNum":0,"RecordsPerPage":1,"ExpandoObject":{"Left":"name","Operator":"Contains","Right":"uat"}})");
    CHECK(r.status == 200);
    CHECK(r.body == eval_page("`name` contains `uat`", 0, 1));
    r = call(s, "POST", "/releases/filter", token,
             R"({"searchFilters":[{"property":"releaseStatusType","operator":"equals","value":"draft","direction":"desc"}]})");
    CHECK(json::parse(r.body)["totalCount"] == 1);
    r = call(s, "POST", "/releases/filter", token, R"({"ExpandoObject":{"Left":"name","Operator":"equalz","Right":"x"}})");
    CHECK(r.status == 400);
    CHECK(json::parse(r.body)["diagnostics"][0]["pointer"] == "/ExpandoObject/Operator");
    r = call(s, "POST", "/releases/filter", token, "{\"ExpandoObject\":", "application/json");
    CHECK(r.status == 400);
    r = call(s, "POST", "/releases/filter", token, R"({"ExpandoObject":{"Left":"name","Operator":"Equals","Right":"x"}})", "text/plain");
    CHECK(r.status == 415);
    CHECK(json::parse(r.body)["message"] == "The request entity's media type 'text/plain' is not supported for this resource.");
    CHECK(call(s, "POST", "/releases/filter", token, std::string((1 << 20) + 1, ' ')).status == 413);
    CHECK(call(s, "POST", "/hosts/filter", token, R"({"ExpandoObject":{"Left":"name","Operator":"Equals","Right":"x"}})").status == 405);

    r = call(s, "GET", "/releases/3D6034E7-D531-42C7-B2D0-2D8341D624E6", token);
    CHECK(r.status == 200);
    CHECK(json::parse(r.body)["name"] == "UAT Mobile");
    CHECK(call(s, "GET", "/Hosts/h1", token).status == 200);
    CHECK(call(s, "GET", "/releases/00000000-0000-0000-0000-000000000000", token).status == 404);
    CHECK(call(s, "GET", "/releases/a%60b", token).status == 404);
}

TEST_CASE("serve: unknown paths are 404, entities without data say so, writes are 405") {
    const auto s = make_service();
    const auto token = token_of(s);
    CHECK(call(s, "GET", "/nothing", token).status == 404);
    CHECK(call(s, "GET", "/", token).status == 404);
    const auto r = call(s, "GET", "/TECRs?filter=a%3D1", token);
    CHECK(r.status == 404);
    CHECK(json::parse(r.body)["message"].get<std::string>().starts_with("no records for tecrs"));
    CHECK(call(s, "GET", "/users/UserGroups", token).status == 404);  // not a user's id: an entity of its own
    CHECK(call(s, "POST", "/releases", token, "{}").status == 405);
    CHECK(call(s, "PUT", "/releases/3d6034e7-d531-42c7-b2d0-2d8341d624e6", token, "{}").status == 405);
    CHECK(call(s, "DELETE", "/releases/3d6034e7-d531-42c7-b2d0-2d8341d624e6", token).status == 405);
    CHECK(call(s, "GET", "/releases/filter", token).status == 405);
}

TEST_CASE("serve: the data directory: one file per entity; a bad one names file, line and reason") {
    const auto dir = std::filesystem::temp_directory_path() / "pf-serve-data";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto write = [&](const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; };
    write("Releases.jsonl", releases);
    write("TECRs.json", R"({"resultSet":[{"id":"t1","title":"x"}],"totalCount":1})");  // a saved answer
    write("README.md", "not records");
    auto loaded = serve::Service::load(dir.string(), {});
    REQUIRE_MESSAGE(loaded.service, loaded.error);
    CHECK(loaded.service->collections().size() == 2);
    write("changes.jsonl", "{\"id\":1}\n{\"id\":\n");
    loaded = serve::Service::load(dir.string(), {});
    CHECK_FALSE(loaded.service);
    CHECK(loaded.error.starts_with((dir / "changes.jsonl").string() + ":2: not valid JSON"));
    std::filesystem::remove(dir / "changes.jsonl");
    write("releasez.json", "[]");
    loaded = serve::Service::load(dir.string(), {});
    CHECK(loaded.error.find("no entity is called 'releasez'; did you mean 'releases'?") != std::string::npos);
    std::filesystem::remove(dir / "releasez.json");
    write("release.json", "[]");  // the singular names releases too
    loaded = serve::Service::load(dir.string(), {});
    CHECK(loaded.error.find("already holds the records of releases") != std::string::npos);
    CHECK(serve::Service::load((dir / "nope").string(), {}).error.ends_with("no such directory"));
    std::filesystem::remove_all(dir);
}
