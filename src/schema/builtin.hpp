// The built-in catalogue's text: src/schema/entities.json, embedded by the build
// (cmake/embed.cmake writes builtin_schema.cpp).
#pragma once

#include <string_view>

namespace plutora::filter::detail {

[[nodiscard]] std::string_view builtin_schema();

}  // namespace plutora::filter::detail
