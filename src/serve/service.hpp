// `plutora-filter serve`: a local stand-in for the Plutora API. The service is a function from
// an HTTP request to an HTTP response over records loaded once (immutable, shared by the
// worker threads); `http.cpp` puts it behind cpp-httplib, and a libFuzzer target drives it
// directly. What it answers, and where it knowingly differs from the API: docs/SERVE.md.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "plutora/filter/records.hpp"
#include "plutora/filter/schema.hpp"

namespace plutora::filter::serve {

struct HttpRequest {
    std::string method;  ///< "GET", "POST", …
    std::string target;  ///< as sent: `/releases?filter=%60name%60…&pageNum=0`
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    /// The first header called `name`, ignoring case; empty if none.
    [[nodiscard]] std::string_view header(std::string_view name) const;
};

struct HttpResponse {
    int status = 200;
    std::string body;  ///< JSON
    std::vector<std::pair<std::string, std::string>> headers;
};

struct Settings {
    std::shared_ptr<const Catalogue> catalogue = Catalogue::builtin();
    /// When set, POST /oauth/token answers `invalid_grant` unless the form carries these.
    std::optional<std::string> client_id, client_secret;
    /// Filters are checked under the strict profile (W101, W102, W107 are errors: HTTP 400).
    bool strict = false;
};

/// One entity's records, loaded once.
struct Collection {
    std::shared_ptr<const Entity> entity;
    RecordSet records;
    std::string file;  ///< where they came from
};

class Service {
public:
    Service(Settings settings, std::vector<Collection> collections);

    /// One file per entity in `dir`, named after it (`releases.json`, `TECRs.jsonl`, any name
    /// the catalogue knows the entity by); other files are ignored. Nothing, and the file, line
    /// and reason in `error`, when a file names no entity, two files name one, or a file's
    /// records are refused.
    struct Loaded {
        std::unique_ptr<Service> service;
        std::string error;
    };
    [[nodiscard]] static Loaded load(const std::string& dir, Settings settings);

    /// The answer to one request. Safe to call from many threads at once.
    [[nodiscard]] HttpResponse handle(const HttpRequest& request) const;

    [[nodiscard]] const std::vector<Collection>& collections() const { return collections_; }

private:
    HttpResponse token(const HttpRequest& request) const;
    HttpResponse list(const Collection& c, std::string_view query) const;
    HttpResponse by_id(const Collection& c, std::string_view id) const;
    HttpResponse filter(const Collection& c, const HttpRequest& request) const;
    [[nodiscard]] bool authorized(const HttpRequest& request) const;
    [[nodiscard]] Options options_for(const Collection& c) const;

    Settings settings_;
    std::vector<Collection> collections_;
    // Tokens handed out by POST /oauth/token, with when they expire: the one mutable part.
    mutable std::mutex tokens_mutex_;
    mutable std::unordered_map<std::string, std::chrono::steady_clock::time_point> tokens_;
};

}  // namespace plutora::filter::serve
