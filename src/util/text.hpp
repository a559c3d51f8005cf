#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace plutora::filter::detail {

/// ASCII lower case: keys, parameter names and operator names compare this way.
[[nodiscard]] inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace plutora::filter::detail
