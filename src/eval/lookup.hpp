// SPEC 5 field lookup: a top-level key ignoring case, else a dotted path, else a custom field
// of `additionalInformation`. No allocation: keys are compared in place.
#pragma once

#include "util/text.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace plutora::filter::detail {

using json = nlohmann::json;

/// A field name prepared once, when the filter is compiled.
struct FieldPath {
    std::string name;                ///< as written in the filter
    std::vector<std::string> steps;  ///< `a.b.c` split on dots; empty when there is no dot
    explicit FieldPath(std::string field);
};

/// What a lookup found.
struct Found {
    const json* value = nullptr;  ///< nullptr: no such field
    /// `value` is a custom MultiListField's `multiListItem` array: the field's values are the
    /// `value` members of its items.
    bool item_values = false;
};

[[nodiscard]] Found lookup(const json& record, const FieldPath& path);

/// The member of `object` named `key`: the exact spelling first (a map lookup), then any
/// spelling ignoring ASCII case. nullptr when there is none or `object` is not an object.
[[nodiscard]] const json* member(const json& object, std::string_view key);

}  // namespace plutora::filter::detail
