#include "serve/routes.hpp"

#include "util/percent.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace plutora::filter::serve {
namespace {

// An endpoint template's segments: `/releases/{id}` → {"releases", "{id}"}.
std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at <= path.size();) {
        std::size_t slash = path.find('/', at);
        if (slash == std::string_view::npos) slash = path.size();
        if (slash > at) out.push_back(path.substr(at, slash - at));
        at = slash + 1;
    }
    return out;
}

// How many literal segments of `pattern` match `segments` (each `{…}` matches any one), or -1.
int match(const std::vector<std::string_view>& pattern, const std::vector<std::string>& segments, std::string* captured) {
    if (pattern.size() != segments.size()) return -1;
    int literals = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i].starts_with('{')) {
            if (captured) *captured = segments[i];
            continue;
        }
        if (!detail::iequals(pattern[i], segments[i])) return -1;
        ++literals;
    }
    return literals;
}

struct Candidate {
    Route::Kind kind;
    int literals = -1;
    std::string id;
};

// The best endpoint of `entity` for `segments`: lists, then records by id, then POST /filter.
Candidate best_of(const Entity& entity, const std::vector<std::string>& segments) {
    std::vector<std::string> lists, by_ids;
    for (const auto& e : entity.endpoints) {
        if (e.kind == "get") lists.push_back(e.path);
        if (e.kind == "get_by_id") by_ids.push_back(e.path);
    }
    lists.push_back("/" + entity.name);
    for (const auto& l : std::vector<std::string>(lists)) by_ids.push_back(l + "/{id}");
    Candidate best{Route::Kind::none, -1, {}};
    const auto consider = [&](const std::string& path, Route::Kind kind) {
        std::string id;
        const int literals = match(split_path(path), segments, &id);
        if (literals > best.literals) best = {kind, literals, id};
    };
    for (const auto& e : entity.endpoints)
        if (e.kind == "post_filter") consider(e.path, Route::Kind::filter);
    for (const auto& l : lists) consider(l, Route::Kind::list);
    for (const auto& b : by_ids) consider(b, Route::Kind::by_id);
    return best;
}

}  // namespace

std::optional<Target> split_target(std::string_view target) {
    Target t;
    if (const auto hash = target.find('#'); hash != std::string_view::npos) target = target.substr(0, hash);
    const auto question = target.find('?');
    if (question != std::string_view::npos) t.query = std::string(target.substr(question + 1));
    const auto path = detail::percent_decoded(target.substr(0, question), false);
    if (!path || path->find('\0') != std::string::npos || detail::first_invalid_utf8(*path)) return std::nullopt;
    t.path = *path;
    for (const auto segment : split_path(t.path)) t.segments.emplace_back(segment);
    return t;
}

std::vector<std::string> query_names(std::string_view query) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at <= query.size();) {
        std::size_t amp = query.find('&', at);
        if (amp == std::string_view::npos) amp = query.size();
        const std::string_view pair = query.substr(at, amp - at);
        const auto name = detail::percent_decoded(pair.substr(0, pair.find('=')), true);
        if (name) out.push_back(*name);
        at = amp + 1;
    }
    return out;
}

Route find_route(const std::vector<Collection>& collections, const std::shared_ptr<const Catalogue>& catalogue,
                 const std::vector<std::string>& segments) {
    if (segments.size() == 2 && detail::iequals(segments[0], "oauth") && detail::iequals(segments[1], "token"))
        return {Route::Kind::token, nullptr, {}, {}};
    Route route;
    int best = -1;
    for (const auto& c : collections) {
        auto candidate = best_of(*c.entity, segments);
        if (candidate.literals > best) {
            best = candidate.literals;
            route = {candidate.kind, &c, std::move(candidate.id), {}};
        }
    }
    if (catalogue) {  // an entity the catalogue knows better, with no records served
        for (const auto& e : catalogue->entities()) {
            const auto candidate = best_of(*e, segments);
            if (candidate.literals > best) {
                best = candidate.literals;
                route = {Route::Kind::no_data, nullptr, {}, e->name};
            }
        }
    }
    return route;
}

}  // namespace plutora::filter::serve
