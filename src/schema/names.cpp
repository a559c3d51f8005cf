// Which entity a name or a URL path means: names and aliases compare ignoring case, `_`, `-` and
// spaces; paths are matched against the endpoints that take a filter or return records.
#include <algorithm>
#include <array>

#include "plutora/filter/schema.hpp"
#include "schema/names.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"
#include "util/text.hpp"

namespace plutora::filter {

std::string detail::normalized_entity_name(std::string_view name) {
    std::string out;
    for (const char c : ascii_lower(name))
        if (c != '_' && c != '-' && c != ' ') out += c;
    return out;
}

std::string detail::bad_entity_name(std::string_view name) {
    if (name.find_first_of("/?#") != std::string_view::npos) return "a name holds no /, ? or # (write paths in \"endpoints\")";
    const bool word = std::any_of(name.begin(), name.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (!word) return "a name needs a letter or a digit";
    return {};
}

namespace {

using detail::normalized_entity_name;

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        if (slash > start) out.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return out;
}

// The kinds of endpoint that say which records a request is about.
constexpr std::array<std::string_view, 3> record_endpoints = {"get", "get_by_id", "post_filter"};

}  // namespace

std::shared_ptr<const Entity> Catalogue::entity_for_path(std::string_view path) const {
    if (const auto scheme = path.find("://"); scheme != std::string_view::npos) {
        const auto slash = path.find('/', scheme + 3);
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash);
    }
    path = path.substr(0, std::min(path.find('?'), path.find('#')));
    const auto have = segments(path);
    std::shared_ptr<const Entity> best;
    std::pair<std::size_t, std::size_t> best_score{0, 0};  // segments matched, of them literal
    for (const auto& entity : entities_) {
        for (const auto& endpoint : entity->endpoints) {
            if (std::find(record_endpoints.begin(), record_endpoints.end(), endpoint.kind) == record_endpoints.end()) continue;
            const auto want = segments(endpoint.path);
            if (want.empty() || want.size() > have.size()) continue;
            std::size_t literal = 0;
            bool match = true;
            for (std::size_t i = 0; i < want.size() && match; ++i) {
                const auto w = want[want.size() - 1 - i];
                const auto h = have[have.size() - 1 - i];
                if (w.starts_with('{') && w.ends_with('}')) continue;
                match = detail::iequals(w, h);
                ++literal;
            }
            const std::pair<std::size_t, std::size_t> score{want.size(), literal};
            if (match && literal > 0 && score > best_score) best = entity, best_score = score;
        }
    }
    return best;
}

std::shared_ptr<const Entity> Catalogue::entity(std::string_view name) const {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string_view::npos) return nullptr;
    name = name.substr(first, name.find_last_not_of(" \t") + 1 - first);
    if (name.starts_with('/') || name.find("://") != std::string_view::npos) return entity_for_path(name);
    const std::string want = normalized_entity_name(name);
    // An entity's own name first, then its singular and aliases.
    for (const auto& entity : entities_)
        if (normalized_entity_name(entity->name) == want) return entity;
    for (const auto& entity : entities_) {
        if (normalized_entity_name(entity->name) == want + "s") return entity;
        for (const auto& alias : entity->aliases)
            if (normalized_entity_name(alias) == want) return entity;
    }
    if (name.find('/') != std::string_view::npos) return entity_for_path("/" + std::string(name));
    return nullptr;
}

std::optional<std::string> Catalogue::suggest(std::string_view name) const {
    // The nearest entity by any of its names; a word that begins only one entity's names also counts.
    const std::string want = normalized_entity_name(name);
    if (want.empty()) return std::nullopt;
    const std::size_t limit = want.size() <= 4 ? 1 : 2;
    std::shared_ptr<const Entity> best, prefixed;
    std::size_t best_distance = limit + 1;
    bool tie = false, many_prefixed = false;
    for (const auto& entity : entities_) {
        std::size_t d = limit + 1;
        bool prefix = false;
        const auto consider = [&](std::string_view n) {
            const std::string folded = normalized_entity_name(n);
            d = std::min(d, detail::edit_distance(want, folded));
            prefix = prefix || (want.size() >= 3 && folded.starts_with(want));
        };
        consider(entity->name);
        for (const auto& alias : entity->aliases) consider(alias);
        if (d < best_distance) best = entity, best_distance = d, tie = false;
        else if (d == best_distance && d <= limit) tie = true;
        if (prefix) many_prefixed = prefixed != nullptr, prefixed = entity;
    }
    if (best && !tie) return best->name;
    if (prefixed && !many_prefixed) return prefixed->name;
    return std::nullopt;
}

}  // namespace plutora::filter
