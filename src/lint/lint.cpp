#include "lint/lint.hpp"

namespace plutora::filter::detail {
namespace {

template <typename F>
void for_each_comparison(const Node& node, const F& f) {
    if (const auto* c = std::get_if<Comparison>(&node.node)) {
        f(*c);
        return;
    }
    for (const auto& operand : std::get<Chain>(node.node).operands) for_each_comparison(operand, f);
}

}  // namespace

void lint(const Filter& filter, const LintContext& ctx) {
    check_mixed_grouping(ctx);
    check_single_group(filter, ctx);
    check_paren_spacing(ctx);
    for_each_comparison(filter.root, [&](const Comparison& c) {
        check_empty_field(c, ctx);
        if (!c.value) return;
        check_empty_value(c, ctx);
        if (c.value->raw.empty()) return;
        check_list_items(c, ctx);
        check_date_shape(c, ctx);
        check_ordering_on_text(c, ctx);
        check_contains_list(c, ctx);
        check_ascii_quotes(c, ctx);
    });
}

}  // namespace plutora::filter::detail
