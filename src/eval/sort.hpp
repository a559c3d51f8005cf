// SPEC 5 sort keys: one record's value for one key (numbers, then instants, then text; missing
// last in both directions), shared by every pager.
#pragma once

#include <string>

#include "eval/match.hpp"

namespace plutora::filter::detail {

// One record's value for one sort key. Kinds order numbers, then instants, then text.
struct SortValue {
    enum Kind : std::uint8_t { number, instant, text, missing } kind = missing;
    double num = 0;
    std::int64_t ticks = 0;
    std::string folded;
};

template <RecordView V>
SortValue sort_value(const V& record, const FieldPath& path) {
    const Found<V> f = lookup(record, path);
    std::optional<V> v = f.value;
    if (v && f.item_values) v = v->size() == 0 ? std::nullopt : v->item(0).member(lookup_keys().value);
    else if (v && v->kind() == ValueKind::array) v = v->size() == 0 ? std::nullopt : std::optional<V>(v->item(0));
    SortValue s;
    if (!v) return s;
    const auto kind = v->kind();
    if (kind == ValueKind::null || kind == ValueKind::object || kind == ValueKind::array) return s;
    if (const auto n = v->number()) {
        s.kind = SortValue::number, s.num = *n;
    } else if (const auto t = v->instant()) {
        s.kind = SortValue::instant, s.ticks = *t;
    } else {
        const auto text = v->text();
        s.kind = SortValue::text;
        s.folded = ascii_lower(text.view().value_or(""));
    }
    return s;
}

// <0 when a goes first for this key.
inline int compare(const SortValue& a, const SortValue& b, bool descending) {
    if (a.kind == SortValue::missing || b.kind == SortValue::missing)
        return (a.kind == SortValue::missing) - (b.kind == SortValue::missing);  // missing last, always
    int c = 0;
    if (a.kind != b.kind) c = a.kind < b.kind ? -1 : 1;
    else if (a.kind == SortValue::number) c = a.num < b.num ? -1 : (b.num < a.num ? 1 : 0);
    else if (a.kind == SortValue::instant) c = a.ticks < b.ticks ? -1 : (b.ticks < a.ticks ? 1 : 0);
    else c = a.folded.compare(b.folded) < 0 ? -1 : (a.folded == b.folded ? 0 : 1);
    return descending ? -c : c;
}

}  // namespace plutora::filter::detail
