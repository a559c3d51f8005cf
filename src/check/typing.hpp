// Values are typed by the check stage, not the parser: what a value is depends on the operator
// and, with a schema, on the field it is compared with (SPEC 1.3, 8).
#pragma once

#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

/// Types `v` (read as text by the parser) for `op`: a list for IsWithin/NotWithin, else date,
/// datetime, number or text. A date-shaped value that is no real date stays text (the check
/// reports it as E010).
void type_value(Value& v, Operator op);

/// True for `-?[0-9]+(\.[0-9]+)?`.
[[nodiscard]] bool is_number_text(std::string_view s);

}  // namespace plutora::filter::detail
