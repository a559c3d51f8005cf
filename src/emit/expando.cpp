// SPEC 4.3: the ExpandoObject body, chains folded to the left.
#include <algorithm>

#include "emit/sort_entries.hpp"
#include "plutora/filter/emit.hpp"
#include "util/report.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::ordered_json;

// How deep a node's ExpandoObject nests: a leaf is one object; folding k operands adds k - 1.
std::size_t folded_depth(const Node& node) {
    const auto* chain = std::get_if<Chain>(&node.node);
    if (chain == nullptr) return 1;
    std::size_t depth = folded_depth(chain->operands.front());
    for (std::size_t i = 1; i < chain->operands.size(); ++i) depth = 1 + std::max(depth, folded_depth(chain->operands[i]));
    return depth;
}

json expando(const Node& node) {
    if (const auto* c = std::get_if<Comparison>(&node.node))
        return json{{"Left", c->field.name}, {"Operator", operator_name(c->op)}, {"Right", c->value ? c->value->raw : ""}};
    const auto& chain = std::get<Chain>(node.node);
    const char* junction = chain.junction == Junction::And ? "And" : "Or";
    json folded = expando(chain.operands.front());
    for (std::size_t i = 1; i < chain.operands.size(); ++i)
        folded = json{{"Left", std::move(folded)}, {"Operator", junction}, {"Right", expando(chain.operands[i])}};
    return folded;
}

}  // namespace

Emitted<json> to_expando(const Request& request) {
    Emitted<json> out;
    constexpr std::size_t max_depth = Limits{}.max_depth;
    if (const std::size_t depth = 1 + folded_depth(request.filter.root); depth > max_depth) {
        out.diagnostics.push_back(detail::make_diagnostic(
            Code::E020, request.filter.root.span(),
            "as an ExpandoObject this filter nests " + std::to_string(depth) + " levels deep, over the limit of " +
                std::to_string(max_depth) + "; split it, or use the query string form"));
        return out;
    }
    json body{{"PageNum", request.paging.page_num},
              {"RecordsPerPage", request.paging.records_per_page},
              {"ExpandoObject", expando(request.filter.root)}};
    if (!request.sort.empty()) {
        json entries = json::array();
        detail::add_sort_entries(request.sort, entries);
        body["searchFilters"] = std::move(entries);
    }
    out.value = std::move(body);
    return out;
}

}  // namespace plutora::filter
