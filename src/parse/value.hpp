#pragma once

#include <string>

#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

/// Types a value once, at parse time (SPEC 1.3): a list for IsWithin/NotWithin, else date,
/// datetime, number or text. A date-shaped value that is no real date stays text (lint
/// reports it as E010).
[[nodiscard]] Value make_value(std::string raw, Span span, Operator op);

}  // namespace plutora::filter::detail
