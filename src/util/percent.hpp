// Percent-encoding (RFC 3986), read in one place: query strings, request paths, form bodies.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plutora::filter::detail {

/// The value of a hexadecimal digit, or -1.
[[nodiscard]] inline int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// `s` with its `%XX` escapes decoded (and `+` as a space when `plus_is_space`, as forms and
/// query strings write it); nothing at a `%` not followed by two hexadecimal digits.
[[nodiscard]] inline std::optional<std::string> percent_decoded(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+' && plus_is_space) {
            out += ' ';
        } else if (s[i] != '%') {
            out += s[i];
        } else {
            const int hi = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
            const int lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        }
    }
    return out;
}

}  // namespace plutora::filter::detail
