#include "util/numbers.hpp"

#include <charconv>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace plutora::filter::detail {

std::optional<double> read_short_decimal(std::string_view s) {
    static constexpr double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const bool negative = s.starts_with('-');
    std::uint64_t digits = 0;
    int count = 0;
    int fraction = -1;  // digits after the point; -1: no point
    for (std::size_t i = negative ? 1 : 0; i < s.size(); ++i) {
        if (s[i] == '.' && fraction < 0 && count > 0) {
            fraction = 0;
            continue;
        }
        if (s[i] < '0' || s[i] > '9' || ++count > 15) return std::nullopt;
        digits = digits * 10 + static_cast<std::uint64_t>(s[i] - '0');
        if (fraction >= 0) ++fraction;
    }
    if (count == 0 || fraction == 0) return std::nullopt;
    const double value = static_cast<double>(digits) / powers[fraction < 0 ? 0 : fraction];
    return negative ? -value : value;
}

bool is_number_text(std::string_view s) {
    std::size_t i = s.starts_with('-') ? 1 : 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > start;
    };
    if (!digits()) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    return i == s.size();
}

std::optional<double> number_in_text(std::string_view s) {
    if (const auto quick = read_short_decimal(s)) return quick;
    if (!is_number_text(s)) return std::nullopt;
    return read_double(s);
}

double read_double_portable(std::string_view s) {
    const std::string text(s);  // strtod needs the NUL
    return std::strtod(text.c_str(), nullptr);
}

std::size_t write_double_portable(double value, char* out) {
    if (!std::isfinite(value)) {
        std::memcpy(out, "null", 4);
        return 4;
    }
    char* p = out;
    if (std::signbit(value)) *p++ = '-', value = -value;
    if (value == 0) {
        *p++ = '0';
        return static_cast<std::size_t>(p - out);
    }
    // The shortest precision whose correctly rounded digits read back to the value.
    char sci[48];
    for (int n = 1; n <= 17; ++n) {
        std::snprintf(sci, sizeof sci, "%.*e", n - 1, value);
        if (std::strtod(sci, nullptr) == value) break;
    }
    char digits[24];
    int count = 0;
    const char* s = sci;
    for (; *s != 'e'; ++s)
        if (*s != '.') digits[count++] = *s;
    const int exponent = std::atoi(s + 1);
    const std::size_t sci_length = std::strlen(sci);
    const bool integer = exponent >= count - 1;
    const auto fixed_length = static_cast<std::size_t>(integer ? exponent + 1 : exponent >= 0 ? count + 1 : 1 - exponent + count);
    if (fixed_length > sci_length) {
        std::memcpy(p, sci, sci_length);
        return static_cast<std::size_t>(p - out) + sci_length;
    }
    if (integer) {  // an integer's exact digits, as %f writes them
        const int written = std::snprintf(p, max_double_text - static_cast<std::size_t>(p - out), "%.0f", value);
        return static_cast<std::size_t>(p - out + written);
    }
    if (exponent >= 0) {
        std::memcpy(p, digits, static_cast<std::size_t>(exponent + 1)), p += exponent + 1;
        *p++ = '.';
        std::memcpy(p, digits + exponent + 1, static_cast<std::size_t>(count - exponent - 1)), p += count - exponent - 1;
    } else {
        *p++ = '0', *p++ = '.';
        std::memset(p, '0', static_cast<std::size_t>(-exponent - 1)), p += -exponent - 1;
        std::memcpy(p, digits, static_cast<std::size_t>(count)), p += count;
    }
    return static_cast<std::size_t>(p - out);
}

#if defined(__EMSCRIPTEN__)

double read_double(std::string_view s) { return read_double_portable(s); }
std::size_t write_double(double value, char* out) { return write_double_portable(value, out); }

#else

double read_double(std::string_view s) {
    double x = 0;
    std::from_chars(s.data(), s.data() + s.size(), x);
    return x;
}

std::size_t write_double(double value, char* out) {
    if (!std::isfinite(value)) {
        std::memcpy(out, "null", 4);
        return 4;
    }
    return static_cast<std::size_t>(std::to_chars(out, out + max_double_text, value).ptr - out);
}

#endif

}  // namespace plutora::filter::detail
