#include "util/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace plutora::filter::detail {

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((b & 0xE0U) == 0xC0U) {
            len = 2, min = 0x80, cp = b & 0x1FU;
        } else if ((b & 0xF0U) == 0xE0U) {
            len = 3, min = 0x800, cp = b & 0x0FU;
        } else if ((b & 0xF8U) == 0xF0U) {
            len = 4, min = 0x10000, cp = b & 0x07U;
        } else {
            return i;
        }
        if (n - i < len) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if (!is_continuation(p[i + k])) return i;
            cp = (cp << 6U) | (p[i + k] & 0x3FU);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

namespace {

// True when all eight bytes are printable ASCII (0x20..0x7E): no byte below 0x20 and none
// above 0x7E, tested a word at a time.
bool all_printable(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const std::uint64_t below = (w - ones * 0x20) & ~w & highs;
    const std::uint64_t above = ((w + ones * (127 - 0x7E)) | w) & highs;
    return (below | above) == 0;
}

}  // namespace

TextProblem first_problem(std::string_view s, std::size_t from) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = from; i < s.size(); ++i) {
        while (i + 8 <= s.size()) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (!all_printable(w)) break;
            i += 8;
        }
        if (i >= s.size()) break;
        const unsigned char b = p[i];
        if (b >= 0x20 && b < 0x7F) continue;  // printable ASCII: nearly every byte of a filter
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
        if (b < 0x80) return {TextProblem::control, i};
        const auto bad = first_invalid_utf8(s.substr(i, std::min<std::size_t>(4, s.size() - i)));
        if (bad == 0) return {TextProblem::invalid_utf8, i};
        i += (b & 0xE0U) == 0xC0U ? 1 : (b & 0xF0U) == 0xE0U ? 2 : 3;
    }
    return {};
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    char32_t cp = b;
    if ((b & 0xE0U) == 0xC0U) len = 2, cp = b & 0x1FU;
    else if ((b & 0xF0U) == 0xE0U) len = 3, cp = b & 0x0FU;
    else if ((b & 0xF8U) == 0xF0U) len = 4, cp = b & 0x07U;
    if (len == 1 || s.size() - i < len) {
        ++i;
        return b;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if (!is_continuation(c)) {
            ++i;
            return b;
        }
        cp = (cp << 6U) | (c & 0x3FU);
    }
    i += len;
    return cp;
}

unsigned display_width(char32_t c) {
    struct Range {
        char32_t first, last;
    };
    static constexpr Range wide[] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
    };
    for (const auto& r : wide)
        if (c >= r.first && c <= r.last) return 2;
    return 1;
}

}  // namespace plutora::filter::detail
