// The service behind `plutora-filter serve`, driven directly with arbitrary requests:
//   METHOD TARGET\n HEADER: VALUE\n … \n\n BODY
// (`TOKEN` in a header stands for a valid token, so the fuzzer reaches past authorization).
// Every answer is a status the API uses and a JSON body; nothing crashes, hangs or throws.
#include "checks.hpp"
#include "serve/service.hpp"

namespace {

namespace serve = plutora::filter::serve;

struct Fixture {
    std::unique_ptr<serve::Service> service;
    std::string token;
    Fixture() {
        serve::Settings settings;
        std::vector<serve::Collection> collections;
        auto releases = fuzz::pf::RecordSet::load(
            "{\"id\":\"3d6034e7-d531-42c7-b2d0-2d8341d624e6\",\"name\":\"UAT 1\",\"lastModifiedDate\":\"2019-02-03T10:00:00\",\"n\":5}\n"
            "{\"id\":\"0f2b6e3a-1111-4c2d-9e8f-000000000002\",\"name\":\"Core\",\"additionalInformation\":[{\"name\":\"Tier\",\"dataType\":\"Text\",\"text\":\"gold\"}]}\n");
        auto hosts = fuzz::pf::RecordSet::load("[{\"id\":\"h1\",\"name\":\"web01\"}]");
        if (!releases.ok() || !hosts.ok()) fuzz::fail("the fuzz records load");
        collections.push_back({settings.catalogue->entity("releases"), std::move(*releases.records), "releases"});
        collections.push_back({settings.catalogue->entity("hosts"), std::move(*hosts.records), "hosts"});
        service = std::make_unique<serve::Service>(std::move(settings), std::move(collections));
        const auto answer = service->handle({"POST", "/oauth/token", {}, "grant_type=password&username=u&password=p"});
        token = nlohmann::json::parse(answer.body)["access_token"];
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Fixture fixture;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    serve::HttpRequest request;
    std::size_t at = input.find('\n');
    const std::string_view line = input.substr(0, at);
    const auto space = line.find(' ');
    request.method = std::string(line.substr(0, space));
    request.target = space == std::string_view::npos ? "/" : std::string(line.substr(space + 1));
    while (at != std::string_view::npos && at + 1 < input.size()) {
        const std::size_t next = input.find('\n', at + 1);
        const std::string_view header = input.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
        at = next;
        if (header.empty()) break;
        const auto colon = header.find(':');
        std::string value(colon == std::string_view::npos ? std::string_view{} : header.substr(colon + 1));
        if (const auto t = value.find("TOKEN"); t != std::string::npos) value.replace(t, 5, fixture.token);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        request.headers.emplace_back(std::string(header.substr(0, colon)), value);
    }
    if (at != std::string_view::npos && at + 1 <= input.size()) request.body = std::string(input.substr(at + 1));

    const auto response = fixture.service->handle(request);
    const int s = response.status;
    fuzz::require(s == 200 || s == 400 || s == 401 || s == 404 || s == 405 || s == 413 || s == 415, "a status the API uses");
    fuzz::require(nlohmann::json::accept(response.body), "the body is JSON", response.body);
    if (s != 200) {  // the API's errors: {"message": …}, the token endpoint's {"error": …, "error_description": …}
        const auto body = nlohmann::json::parse(response.body);
        fuzz::require(body.is_object() && (body.contains("message") || body.contains("error_description")), "an error says what is wrong",
                      response.body);
    }
    return 0;
}
