#include "eval/match.hpp"

#include "util/calendar.hpp"
#include "util/text.hpp"

namespace plutora::filter::detail {
namespace {

// The positive operator a negated one complements, or the operator itself.
Operator positive_of(Operator op) {
    switch (op) {
        case Operator::NotEquals: return Operator::Equals;
        case Operator::HasNoValue: return Operator::HasValue;
        case Operator::NotContains: return Operator::Contains;
        case Operator::NotWithin: return Operator::IsWithin;
        default: return op;
    }
}

}  // namespace

std::int64_t day_of(std::int64_t ticks) {
    return ticks / ticks_per_day - ((ticks % ticks_per_day != 0) && (ticks < 0) ? 1 : 0);
}

CompiledComparison::CompiledComparison(const Comparison& c)
    : field(c.field.name), positive(positive_of(c.op)), negate(positive != c.op) {
    if (!c.value) return;
    type = c.value->type();
    folded = ascii_lower(c.value->raw);
    if (const auto* n = std::get_if<NumberValue>(&c.value->typed)) number = n->value;
    if (const auto* d = std::get_if<DateValue>(&c.value->typed)) day = days_from_civil(d->date);
    if (const auto* t = std::get_if<DateTimeValue>(&c.value->typed)) ticks = t->ticks;
    if (const auto* list = std::get_if<ListValue>(&c.value->typed))
        for (const auto& item : list->items) items.push_back(ascii_lower(item));
}

}  // namespace plutora::filter::detail
