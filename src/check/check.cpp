#include "check/check.hpp"
#include "check/typing.hpp"

namespace plutora::filter::detail {
namespace {

template <typename F>
void for_each_comparison(Node& node, const F& f) {
    if (auto* c = std::get_if<Comparison>(&node.node)) {
        f(*c);
        return;
    }
    for (auto& operand : std::get<Chain>(node.node).operands) for_each_comparison(operand, f);
}

}  // namespace

void check(Filter& filter, const CheckContext& ctx) {
    check_mixed_grouping(ctx);
    check_single_group(filter, ctx);
    check_paren_spacing(ctx);
    const Entity* entity = ctx.options.entity.get();
    for_each_comparison(filter.root, [&](Comparison& c) {
        check_empty_field(c, ctx);
        // With a schema, the field decides what its value is; without, the value's shape does.
        const FieldInfo* field = entity != nullptr && !c.field.name.empty() ? check_field_known(c, *entity, ctx) : nullptr;
        if (field != nullptr) {
            check_custom_field(c, *field, ctx);
            check_operator_fits(c, *field, ctx);
        }
        if (!c.value) return;
        type_value(*c.value, c.op, field);
        check_empty_value(c, ctx);
        if (c.value->raw.empty()) return;
        check_list_items(c, ctx);
        if (field != nullptr) {
            check_value_fits(c, *field, ctx);
        } else {
            check_date_shape(c, ctx);
            check_ordering_on_text(c, ctx);
        }
        check_contains_list(c, ctx);
        check_ascii_quotes(c, ctx);
    });
}

}  // namespace plutora::filter::detail
