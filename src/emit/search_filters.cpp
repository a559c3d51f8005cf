// SPEC 4.4: the searchFilters body. Its entries are joined by and, nothing else.
#include <algorithm>
#include <cctype>

#include "emit/sort_entries.hpp"
#include "plutora/filter/emit.hpp"
#include "util/report.hpp"
#include "util/text.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::ordered_json;

json entry(const Comparison& c) {
    return json{{"property", c.field.name}, {"operator", detail::ascii_lower(operator_name(c.op))}, {"value", c.value ? c.value->raw : ""}};
}

}  // namespace

namespace detail {

void add_sort_entries(const std::vector<SortKey>& sort, json& entries) {
    std::size_t next = 0;  // a key may attach only after the entry the previous key used
    for (const auto& key : sort) {
        const char* direction = key.descending ? "desc" : "asc";
        auto it = std::find_if(entries.begin() + static_cast<std::ptrdiff_t>(next), entries.end(), [&](const json& e) {
            // Same spelling only: the key reads back with the spelling of the entry it is on.
            return e.contains("operator") && !e.contains("direction") && e["property"].get<std::string>() == key.field;
        });
        if (it != entries.end()) {
            (*it)["direction"] = direction;
            next = static_cast<std::size_t>(it - entries.begin()) + 1;
        } else {
            entries.push_back(json{{"property", key.field}, {"direction", direction}});
            next = entries.size();
        }
    }
}

}  // namespace detail

Emitted<json> to_search_filters(const Request& request) {
    Emitted<json> out;
    std::vector<const Comparison*> conditions;
    const Node& root = request.filter.root;
    if (const auto* c = std::get_if<Comparison>(&root.node)) {
        conditions.push_back(c);
    } else {
        const auto& chain = std::get<Chain>(root.node);
        const Chain* needs_or = chain.junction == Junction::Or ? &chain : nullptr;
        for (const auto& operand : chain.operands) {
            if (const auto* cmp = std::get_if<Comparison>(&operand.node)) conditions.push_back(cmp);
            else if (needs_or == nullptr) needs_or = &std::get<Chain>(operand.node);
        }
        if (needs_or != nullptr) {
            out.diagnostics.push_back(detail::make_diagnostic(
                Code::E020, needs_or->span,
                "this filter needs `or`, which searchFilters cannot express (its entries are joined by and); emit it as "
                "an ExpandoObject body instead (--to expando)"));
            return out;
        }
    }
    json entries = json::array();
    for (const auto* c : conditions) entries.push_back(entry(*c));
    detail::add_sort_entries(request.sort, entries);
    out.value = json{{"searchFilters", std::move(entries)},
                     {"recordsPerPage", request.paging.records_per_page},
                     {"pageNum", request.paging.page_num}};
    return out;
}

}  // namespace plutora::filter
