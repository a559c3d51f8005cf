#include "eval/lookup.hpp"

#include <array>

namespace plutora::filter::detail {
namespace {


const json null_value;

// A custom field's value by its dataType, else the first non-null member (SPEC 5).
Found custom_value(const json& field) {
    struct Member {
        std::string_view data_type;
        std::string_view key;
    };
    static constexpr std::array<Member, 6> scalars = {{{"text", "text"},
                                                       {"number", "number"},
                                                       {"decimal", "decimal"},
                                                       {"date", "date"},
                                                       {"datetime", "dateTime"},
                                                       {"time", "time"}}};
    const auto list_item = [&]() -> Found {
        const json* item = member(field, "listItem");
        const json* v = item != nullptr ? member(*item, "value") : nullptr;
        return {v != nullptr ? v : &null_value, false};
    };
    const auto multi = [&]() -> Found {
        const json* items = member(field, "multiListItem");
        return items != nullptr && items->is_array() ? Found{items, true} : Found{&null_value, false};
    };
    const json* type = member(field, "dataType");
    // Both arms string_view: with "" on one side the other would be copied into a temporary.
    const std::string_view data_type =
        type != nullptr && type->is_string() ? std::string_view(type->get_ref<const std::string&>()) : std::string_view();
    for (const auto& m : scalars) {
        if (!iequals(data_type, m.data_type)) continue;
        const json* v = member(field, m.key);
        return {v != nullptr ? v : &null_value, false};
    }
    if (iequals(data_type, "listfield")) return list_item();
    if (iequals(data_type, "multilistfield")) return multi();
    for (const auto& m : scalars)
        if (const json* v = member(field, m.key); v != nullptr && !v->is_null()) return {v, false};
    if (Found f = list_item(); !f.value->is_null()) return f;
    if (Found f = multi(); f.item_values && !f.value->empty()) return f;
    return {&null_value, false};
}

}  // namespace

FieldPath::FieldPath(std::string field) : name(std::move(field)) {
    if (name.find('.') == std::string::npos) return;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        steps.push_back(name.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
}

const json* member(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    if (const auto it = object.find(key); it != object.end()) return &*it;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (iequals(it.key(), key)) return &*it;
    return nullptr;
}

Found lookup(const json& record, const FieldPath& path) {
    if (const json* v = member(record, path.name)) return {v, false};
    if (!path.steps.empty()) {
        const json* at = &record;
        for (const auto& step : path.steps)
            if (at != nullptr) at = member(*at, step);
        if (at != nullptr) return {at, false};
    }
    const json* custom = member(record, "additionalInformation");
    if (custom == nullptr || !custom->is_array()) return {};
    for (const auto& field : *custom) {
        const json* name = member(field, "name");
        if (name != nullptr && name->is_string() && iequals(name->get_ref<const std::string&>(), path.name))
            return custom_value(field);
    }
    return {};
}

}  // namespace plutora::filter::detail
