#pragma once
#include <string_view>
namespace plutora::filter {
/// The library's version, "MAJOR.MINOR.PATCH".
inline constexpr std::string_view version = "0.1.0";
}  // namespace plutora::filter
