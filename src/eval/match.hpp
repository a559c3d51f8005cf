// One comparison, compiled: the operator reduced to its positive form plus a negation (so
// every negated operator is the exact complement of its positive one), the value prepared
// once — folded text, number, day, instant, folded list items. Matching is one template over
// any record view (eval/view.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/lookup.hpp"
#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

struct CompiledComparison {
    FieldPath field;
    Operator positive;  ///< Equals, HasValue, Contains, an ordering, or IsWithin
    bool negate = false;
    ValueType type = ValueType::text;
    std::string folded;  ///< the value's text, ASCII lower case
    double number = 0;
    std::int64_t day = 0;    ///< date: days since 1970-01-01
    std::int64_t ticks = 0;  ///< datetime: 100 ns since 1970-01-01T00:00:00Z
    std::vector<std::string> items;  ///< IsWithin items, ASCII lower case

    explicit CompiledComparison(const Comparison& c);
};

/// Days since 1970-01-01 of an instant in ticks (floor division).
[[nodiscard]] std::int64_t day_of(std::int64_t ticks);

namespace match_detail {

// The record value against the filter value: <0, 0, >0, or nothing when they cannot compare.
template <RecordView V>
std::optional<int> compare(const CompiledComparison& c, const V& v) {
    const auto order = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (c.type) {
        case ValueType::date: {
            const auto t = v.instant();
            if (!t) return std::nullopt;
            return order(day_of(*t), c.day);
        }
        case ValueType::datetime: {
            const auto t = v.instant();
            if (!t) return std::nullopt;
            return order(*t, c.ticks);
        }
        case ValueType::number:
            if (const auto n = v.number()) {
                const int o = order(*n, c.number);
                // Equal as doubles: the texts decide where they hold the numbers exactly (integers
                // past 2^53, decimals as written). A JSON fraction was a double already.
                if (o != 0 || !v.exact()) return o;
                const auto text = v.text();
                return text.view() ? compare_decimal(*text.view(), c.folded) : o;
            }
            [[fallthrough]];
        default: {
            const auto text = v.text();
            if (!text.view()) return std::nullopt;
            return text.compare(c.folded);
        }
    }
}

// A positive operator on one scalar value.
template <RecordView V>
bool test(const CompiledComparison& c, const V& v) {
    const ValueKind kind = v.kind();
    if (kind == ValueKind::null || kind == ValueKind::object || kind == ValueKind::array) return false;
    switch (c.positive) {
        case Operator::Contains: return v.text().contains(c.folded);
        case Operator::IsWithin: {
            const auto text = v.text();
            if (!text.view()) return false;
            for (const auto& item : c.items)
                if (item.size() == text.view()->size() && text.compare(item) == 0) return true;
            return false;
        }
        default: break;
    }
    const auto cmp = compare(c, v);
    if (!cmp) return false;
    switch (c.positive) {
        case Operator::Equals: return *cmp == 0;
        case Operator::GreaterThan: return *cmp > 0;
        case Operator::GreaterOrEqual: return *cmp >= 0;
        case Operator::LessThan: return *cmp < 0;
        case Operator::LessOrEquals: return *cmp <= 0;
        default: return false;
    }
}

template <RecordView V>
bool has_value(const Found<V>& f) {
    if (!f.value) return false;
    switch (f.value->kind()) {
        case ValueKind::null: return false;
        case ValueKind::string:
        case ValueKind::array: return f.value->size() > 0;
        default: return true;
    }
}

// The positive operator on what the lookup found: any element of an array matches.
template <RecordView V>
bool positive(const CompiledComparison& c, const Found<V>& f) {
    if (c.positive == Operator::HasValue) return has_value(f);
    if (!f.value) return false;
    const V& v = *f.value;
    if (f.item_values) {
        const Key& value_key = lookup_keys().value;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (const auto item = v.item(i).member(value_key); item && test(c, *item)) return true;
        return false;
    }
    if (v.kind() != ValueKind::array) return test(c, v);
    for (std::size_t i = 0; i < v.size(); ++i)
        if (test(c, v.item(i))) return true;
    return false;
}

}  // namespace match_detail

template <RecordView V>
[[nodiscard]] bool matches(const CompiledComparison& c, const V& record) {
    const bool result = match_detail::positive(c, lookup(record, c.field));
    return c.negate ? !result : result;
}

}  // namespace plutora::filter::detail
