// Values are typed by the check stage, not the parser: what a value is depends on the operator
// and, with a schema, on the field it is compared with (SPEC 1.3, 8).
#pragma once

#include "plutora/filter/ast.hpp"
#include "plutora/filter/schema.hpp"

namespace plutora::filter::detail {

/// Types `v` (read as text by the parser) for `op`: a list for IsWithin/NotWithin, else by the
/// field's type when the schema knows the field (a string field's value is text whatever it
/// looks like), else by its shape: date, datetime, number or text. A value that does not fit
/// stays text (the check reports it: E010, E017).
void type_value(Value& v, Operator op, const FieldInfo* field = nullptr);

/// False for a value that cannot be a date, date-time or number: each starts with a digit or `-`.
[[nodiscard]] inline bool may_be_date_or_number(std::string_view s) {
    return !s.empty() && ((s[0] >= '0' && s[0] <= '9') || s[0] == '-');
}

}  // namespace plutora::filter::detail
