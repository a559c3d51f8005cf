// Operator spellings outside the grammar: JSON bodies name operators as strings, and the
// did-you-mean of E004/E023 compares against the same list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

/// Any spelling of SPEC 1.2, ignoring case and spaces: "not equal", "GreaterThan", ">=", "∅".
[[nodiscard]] std::optional<Operator> operator_from_spelling(std::string_view spelling);

struct Closest {
    std::string_view name;  ///< canonical
    std::size_t distance;
};
/// The operator closest to a misspelled word (edit distance ≤ 2, ≤ 1 for words of four letters
/// or fewer), or nothing.
[[nodiscard]] std::optional<Closest> closest_operator(std::string_view word);

/// Lower case, whitespace removed: how word spellings are compared.
[[nodiscard]] std::string fold_spelling(std::string_view s);

}  // namespace plutora::filter::detail
