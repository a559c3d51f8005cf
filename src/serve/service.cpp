// The service: routes a request to a collection and answers as the Plutora API does — the
// token, the page envelope, POST /filter, a record by id — with useful errors.
#include "serve/service.hpp"

#include <algorithm>
#include <random>

#include "plutora/filter/filter.hpp"
#include "serve/routes.hpp"
#include "util/percent.hpp"
#include "util/text.hpp"

namespace plutora::filter::serve {
namespace {

using json = nlohmann::ordered_json;

constexpr auto token_lifetime = std::chrono::seconds(12000);  // the seed: "Tokens expire in 3.3 hours"
constexpr std::size_t max_body = std::size_t{1} << 20;
constexpr std::size_t max_tokens = 10000;  // memory stays bounded however many tokens are asked for

HttpResponse answer(int status, const json& body) {
    return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
}

HttpResponse message(int status, std::string text) { return answer(status, json{{"message", std::move(text)}}); }

// A filter the API would refuse (or answer wrongly): 400 with every diagnostic, each with its
// code, position and fix. An unknown field is refused even where E016 is only a warning: the
// server answers HTTP 500 there (docs/SERVE.md).
bool refused(const Diagnostic& d) { return d.severity == Severity::error || d.code == Code::E016; }

HttpResponse bad_filter(const ReadResult& r) {
    const auto errors = static_cast<std::size_t>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), refused));
    const auto first = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), refused);
    json body{{"message", "the filter has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                              (first != r.diagnostics.end() ? ": " + first->message + " [" + code_name(first->code) + "]" : "")}};
    if (!r.filter_text.empty()) body["filter"] = r.filter_text;
    body["diagnostics"] = to_json(r.diagnostics);
    return answer(400, body);
}

// The page, with the warnings a request raised named in a header.
HttpResponse page(const Collection& c, const Request& request, const std::vector<Diagnostic>& diagnostics) {
    HttpResponse r{200, c.records.evaluate(request), {}};
    std::string warnings;
    for (const auto& d : diagnostics)
        if (d.severity == Severity::warning) warnings += (warnings.empty() ? "" : ", ") + code_name(d.code) + " " + d.message;
    if (!warnings.empty()) r.headers.emplace_back("X-Plutora-Filter-Warnings", warnings);
    return r;
}

// application/x-www-form-urlencoded: `+` is a space.
std::vector<std::pair<std::string, std::string>> form_fields(std::string_view body) {
    std::vector<std::pair<std::string, std::string>> out;
    // a bad escape keeps its bytes, as servers of forms are lenient
    const auto decode = [](std::string_view s) { return detail::percent_decoded(s, true).value_or(std::string(s)); };
    for (std::size_t at = 0; at <= body.size();) {
        std::size_t amp = body.find('&', at);
        if (amp == std::string_view::npos) amp = body.size();
        const std::string_view pair = body.substr(at, amp - at);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            out.emplace_back(decode(pair.substr(0, eq)), eq == std::string_view::npos ? "" : decode(pair.substr(eq + 1)));
        }
        at = amp + 1;
    }
    return out;
}

std::string new_token() {
    std::random_device random;
    static constexpr char hex[] = "0123456789abcdef";
    std::string token;
    for (int i = 0; i < 8; ++i) {
        const unsigned bits = random();
        for (int k = 0; k < 8; ++k) token += hex[(bits >> (4 * k)) & 15];
    }
    return token;
}

}  // namespace

std::string_view HttpRequest::header(std::string_view name) const {
    for (const auto& [key, value] : headers)
        if (detail::iequals(key, name)) return value;
    return {};
}

Service::Service(Settings settings, std::vector<Collection> collections)
    : settings_(std::move(settings)), collections_(std::move(collections)) {}

Options Service::options_for(const Collection& c) const {
    Options options(settings_.strict ? Profile::strict : Profile::standard);
    options.catalogue = settings_.catalogue;
    options.entity = c.entity;
    options.to_server = true;
    return options;
}

bool Service::authorized(const HttpRequest& request) const {
    const std::string_view value = request.header("Authorization");
    if (value.size() < 8 || !detail::iequals(value.substr(0, 7), "bearer ")) return false;
    std::string_view token = value.substr(7);
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    const std::lock_guard lock(tokens_mutex_);
    const auto it = tokens_.find(std::string(token));
    if (it == tokens_.end()) return false;
    if (it->second < std::chrono::steady_clock::now()) {
        tokens_.erase(it);
        return false;
    }
    return true;
}

HttpResponse Service::token(const HttpRequest& request) const {
    std::string client_id, client_secret, grant_type, username, password;
    for (const auto& [key, value] : form_fields(request.body)) {
        const std::string k = detail::ascii_lower(key);
        if (k == "client_id") client_id = value;
        else if (k == "client_secret") client_secret = value;
        else if (k == "grant_type") grant_type = value;
        else if (k == "username") username = value;
        else if (k == "password") password = value;
    }
    if (grant_type != "password")
        return answer(400, json{{"error", "unsupported_grant_type"},
                                {"error_description", "grant_type must be \"password\" (the word, not your password)"}});
    if ((settings_.client_id && client_id != *settings_.client_id) || (settings_.client_secret && client_secret != *settings_.client_secret))
        return answer(400, json{{"error", "invalid_grant"}, {"error_description", "The client_id or client_secret is incorrect."}});
    if (username.empty() || password.empty())
        return answer(400, json{{"error", "validation_error"}, {"error_description", "Login failed: give username and password"}});
    std::string token = new_token();
    {
        const std::lock_guard lock(tokens_mutex_);
        const auto now = std::chrono::steady_clock::now();
        std::erase_if(tokens_, [&](const auto& t) { return t.second < now; });
        if (tokens_.size() >= max_tokens)  // a client asking for tokens in a loop: the oldest goes
            tokens_.erase(std::min_element(tokens_.begin(), tokens_.end(), [](const auto& a, const auto& b) { return a.second < b.second; }));
        tokens_.emplace(token, now + token_lifetime);
    }
    return answer(200, json{{"access_token", token}, {"token_type", "bearer"}, {"expires_in", token_lifetime.count()}});
}

HttpResponse Service::list(const Collection& c, std::string_view query) const {
    const auto names = query_names(query);
    const bool has_filter = std::any_of(names.begin(), names.end(), [](const std::string& name) { return detail::iequals(name, "filter"); });
    if (has_filter) {
        const auto r = read_query(query, options_for(c));
        if (!r.request || std::any_of(r.diagnostics.begin(), r.diagnostics.end(), refused)) return bad_filter(r);
        return page(c, *r.request, r.diagnostics);
    }
    // No filter: every record, paged by the one paging rule (read with a stand-in filter, which
    // is then dropped along with anything said about it).
    auto r = read_query(std::string(query) + (query.empty() ? "" : "&") + "filter=a%20%3D%201", Options{});
    std::erase_if(r.diagnostics, [](const Diagnostic& d) { return d.pointer == "filter"; });
    if (!r.request || std::any_of(r.diagnostics.begin(), r.diagnostics.end(), refused)) return bad_filter(r);
    Request all = *r.request;
    all.filter = Filter{Node{Chain{Junction::And, {}, {}}}};  // an empty `and`: every record
    return page(c, all, r.diagnostics);
}

HttpResponse Service::by_id(const Collection& c, std::string_view id) const {
    const auto r = read_text("`id` = `" + std::string(id) + "`");
    if (r.ok() && id.find('`') == std::string_view::npos) {
        const Predicate predicate(r.request->filter);
        const auto found = c.records.select(predicate);
        if (!found.empty()) return {200, std::string(c.records.record(found.front())), {}};
    }
    return message(404, "no " + c.entity->name + " has id " + std::string(id));
}

HttpResponse Service::filter(const Collection& c, const HttpRequest& request) const {
    const std::string_view type = request.header("Content-Type");
    if (type.find("json") == std::string_view::npos && type.find("JSON") == std::string_view::npos)
        return message(415, "The request entity's media type '" + std::string(type.empty() ? "text/plain" : type) +
                                "' is not supported for this resource.");
    if (request.body.size() > max_body) return message(413, "the body is over 1 MiB");
    const auto r = read_body(request.body, options_for(c));
    if (!r.request || std::any_of(r.diagnostics.begin(), r.diagnostics.end(), refused)) return bad_filter(r);
    return page(c, *r.request, r.diagnostics);
}

HttpResponse Service::handle(const HttpRequest& request) const {
    const auto target = split_target(request.target);
    if (!target) return message(400, "the request path is not valid: bad percent-encoding, a NUL byte or invalid UTF-8");
    const Route route = find_route(collections_, settings_.catalogue, target->segments);
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    switch (route.kind) {
        case Route::Kind::token:
            return post ? token(request) : message(405, "POST the token request to /oauth/token");
        case Route::Kind::none:
            return message(404, "no such endpoint: " + target->path);
        case Route::Kind::no_data:
            return message(404, "no records for " + route.entity + ": put " + route.entity + ".json (an array) or " + route.entity +
                                    ".jsonl in the data directory");
        default: break;
    }
    if (!authorized(request))
        return {401, json{{"message", "Authorization has been denied for this request."}}.dump(), {{"WWW-Authenticate", "Bearer"}}};
    const Collection& c = *route.collection;
    switch (route.kind) {
        case Route::Kind::list:
            if (get) return list(c, target->query);
            return message(405, "plutora-filter serve is read-only: " + request.method + " " + target->path + " is not served");
        case Route::Kind::by_id:
            if (get) return by_id(c, route.id);
            return message(405, "plutora-filter serve is read-only: " + request.method + " " + target->path + " is not served");
        case Route::Kind::filter:
            if (post) return filter(c, request);
            return message(405, "POST a filter body to " + target->path);
        default: return message(404, "no such endpoint: " + target->path);
    }
}

}  // namespace plutora::filter::serve
