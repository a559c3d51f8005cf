#pragma once

#include <string_view>

#include "parse/builder.hpp"
#include "plutora/filter/diagnostic.hpp"

namespace plutora::filter::detail {

/// The diagnostic for a point where the grammar could not go on: what was expected, what was
/// found, and a fix where one is certain.
[[nodiscard]] Diagnostic describe(const SyntaxFailure& failure, std::string_view source, const Builder& builder);

}  // namespace plutora::filter::detail
