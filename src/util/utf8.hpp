// UTF-8 helpers shared by the source checks, positions and the caret renderer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plutora::filter::detail {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
/// surrogates and values above U+10FFFF are ill-formed), or nothing.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view s);

/// The first byte that is not well-formed UTF-8 or is a control character (U+0000–U+001F
/// but tab, CR and LF; U+007F), in one pass: what a filter may not contain.
struct TextProblem {
    enum Kind { none, invalid_utf8, control } kind = none;
    std::size_t offset = 0;
};
[[nodiscard]] TextProblem first_problem(std::string_view s, std::size_t from = 0);

/// Decodes the code point at `i` (well-formed input assumed; a stray byte decodes as itself)
/// and advances `i` past it.
[[nodiscard]] char32_t next_code_point(std::string_view s, std::size_t& i);

/// Terminal cells a code point takes: 2 for East Asian wide and emoji, else 1.
[[nodiscard]] unsigned display_width(char32_t c);

/// True for a byte that continues a multi-byte sequence.
[[nodiscard]] inline bool is_continuation(unsigned char b) { return (b & 0xC0U) == 0x80U; }

}  // namespace plutora::filter::detail
