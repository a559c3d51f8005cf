// Which endpoint a request is for: the request target split and decoded, then matched against
// each served entity's endpoints (the catalogue's templates, `/releases/{id}`), ignoring case
// as the API does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "serve/service.hpp"

namespace plutora::filter::serve {

struct Target {
    std::string path;                   ///< decoded, as shown in messages
    std::vector<std::string> segments;  ///< decoded, empty ones dropped
    std::string query;                  ///< raw, without `?` and any `#fragment`
};

/// Nothing when the path has a bad percent-escape, a NUL byte or invalid UTF-8.
[[nodiscard]] std::optional<Target> split_target(std::string_view target);

/// The decoded names of a query string's parameters, in order.
[[nodiscard]] std::vector<std::string> query_names(std::string_view query);

struct Route {
    enum class Kind { none, token, no_data, list, by_id, filter };
    Kind kind = Kind::none;
    const Collection* collection = nullptr;  ///< list, by_id, filter
    std::string id;                          ///< by_id: the `{id}` segment
    std::string entity;                      ///< no_data: the entity with no records served
};

/// The endpoint `segments` name: a collection's list (its `get` endpoint, or `/{name}`), one of
/// its records (`get_by_id`, or the list's path + `/{id}`) or its POST `/filter`; the token
/// endpoint; an entity of the catalogue that has no data; or nothing. The most literal match
/// wins (`/releases/filter` over `/releases/{id}`).
[[nodiscard]] Route find_route(const std::vector<Collection>& collections, const std::shared_ptr<const Catalogue>& catalogue,
                               const std::vector<std::string>& segments);

}  // namespace plutora::filter::serve
