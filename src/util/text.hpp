#pragma once

#include <string>
#include <string_view>

namespace plutora::filter::detail {

/// A byte in ASCII lower case; every other byte as it is (whatever the C locale says).
[[nodiscard]] constexpr char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
/// A byte in ASCII upper case; every other byte as it is.
[[nodiscard]] constexpr char upper_byte(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

/// ASCII lower case: keys, parameter names and operator names compare this way.
[[nodiscard]] inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower_byte(c);
    return out;
}

/// True when `a` and `b` are equal ignoring ASCII case: field names and keys compare this way.
[[nodiscard]] inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower_byte(a[i]) != lower_byte(b[i])) return false;
    }
    return true;
}

}  // namespace plutora::filter::detail
