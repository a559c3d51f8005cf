// SPEC 5 field lookup: a top-level key ignoring case, else a dotted path, else a custom field
// of `additionalInformation`. No allocation: keys are prepared once and compared in place.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/view.hpp"

namespace plutora::filter::detail {

/// A field name prepared once, when the filter is compiled.
struct FieldPath {
    std::string name;        ///< as written in the filter
    Key key;                 ///< the whole name
    std::vector<Key> steps;  ///< `a.b.c` split on dots; empty when there is no dot
    explicit FieldPath(std::string field);
};

/// What a lookup found (V: a RecordView; unconstrained so a view can name it in its own body).
template <typename V>
struct Found {
    std::optional<V> value;  ///< nothing: no such field
    /// `value` is a custom MultiListField's `multiListItem` array: the field's values are the
    /// `value` members of its items.
    bool item_values = false;
};

/// The member names a lookup uses, prepared once.
struct LookupKeys {
    Key additional_information{"additionalInformation"}, name{"name"}, data_type{"dataType"}, value{"value"},
        list_item{"listItem"}, multi_list_item{"multiListItem"};
    std::array<std::pair<std::string_view, Key>, 6> scalars{{{"text", Key("text")},
                                                            {"number", Key("number")},
                                                            {"decimal", Key("decimal")},
                                                            {"date", Key("date")},
                                                            {"datetime", Key("dateTime")},
                                                            {"time", Key("time")}}};
};
[[nodiscard]] const LookupKeys& lookup_keys();

namespace lookup_detail {

// A custom field's value by its dataType, else the first non-null member (SPEC 5). A null or
// missing member is "no value" (an empty optional stands for JSON null here).
template <RecordView V>
Found<V> custom_value(const V& field) {
    const auto& k = lookup_keys();
    const auto list_item = [&]() -> Found<V> {
        const auto item = field.member(k.list_item);
        auto v = item ? item->member(k.value) : std::nullopt;
        if (v && v->kind() == ValueKind::null) v.reset();
        return {v, false};
    };
    const auto multi = [&]() -> Found<V> {
        const auto items = field.member(k.multi_list_item);
        if (items && items->kind() == ValueKind::array) return {items, true};
        return {};
    };
    const auto type = field.member(k.data_type);
    const std::string_view data_type = type && type->kind() == ValueKind::string ? type->string() : std::string_view();
    for (const auto& [name, key] : k.scalars) {
        if (!iequals(data_type, name)) continue;
        auto v = field.member(key);
        if (v && v->kind() == ValueKind::null) v.reset();
        return {v, false};
    }
    if (iequals(data_type, "listfield")) return list_item();
    if (iequals(data_type, "multilistfield")) return multi();
    for (const auto& [name, key] : k.scalars)
        if (auto v = field.member(key); v && v->kind() != ValueKind::null) return {v, false};
    if (auto f = list_item(); f.value) return f;
    if (auto f = multi(); f.value && f.value->size() > 0) return f;
    return {};
}

}  // namespace lookup_detail

/// The value a filter's field names in a record. A custom field whose selected member is null
/// or missing is found with no value (SPEC 5: it "has no value").
template <RecordView V>
[[nodiscard]] Found<V> lookup(const V& record, const FieldPath& path) {
    if (auto v = record.member(path.key)) return {v, false};
    if (!path.steps.empty()) {
        std::optional<V> at = record;
        for (const auto& step : path.steps)
            if (at) at = at->member(step);
        if (at) return {at, false};
    }
    if constexpr (requires { record.custom_field(path.key); }) {  // answered once, at load
        if (auto found = record.custom_field(path.key)) return *found;
    }
    const auto& k = lookup_keys();
    const auto custom = record.member(k.additional_information);
    if (!custom || custom->kind() != ValueKind::array) return {};
    for (std::size_t i = 0; i < custom->size(); ++i) {
        const V field = custom->item(i);
        const auto name = field.member(k.name);
        if (name && name->kind() == ValueKind::string && iequals(name->string(), path.name)) {
            return lookup_detail::custom_value(field);
        }
    }
    return {};
}

}  // namespace plutora::filter::detail
