// Doubles as text. Emscripten's libc++ has neither floating-point std::from_chars nor
// std::to_chars, so there `read_double` is strtod (correctly rounded, as from_chars) and
// `write_double` is printf's correctly rounded digits laid out as std::to_chars lays out its
// shortest form. Both portable versions are built and compared with the native ones in every
// native test run, so WebAssembly answers as native does.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace plutora::filter::detail {

/// The double that `s` (already known to be a decimal number: `-12.5`) spells.
[[nodiscard]] double read_double(std::string_view s);
/// Writes `value` as std::to_chars(first, last, value) does — the shortest digits that read back
/// to it, fixed or scientific, whichever is shorter (fixed on a tie; an integer's exact digits in
/// fixed) — into `out` (at least `max_double_text` bytes); returns the length. NaN and
/// infinities (JSON has none) write `null`.
std::size_t write_double(double value, char* out);

/// True for `-?[0-9]+(\.[0-9]+)?`: how a number is written in a filter, and a number in a string.
[[nodiscard]] bool is_number_text(std::string_view s);
/// The double that `s` spells when it is `-?[0-9]+(\.[0-9]+)?`, else nothing: one scan for up
/// to 15 digits (read_short_decimal), read_double past that.
[[nodiscard]] std::optional<double> number_in_text(std::string_view s);
/// `-?[0-9]+(\.[0-9]+)?` with at most 15 digits, read without a library call: the digits are
/// an exact double and so is the power of ten they are divided by, and IEEE division rounds
/// correctly, so this is the double from_chars and strtod give (Clinger's fast path). Nothing
/// for longer or other text.
[[nodiscard]] std::optional<double> read_short_decimal(std::string_view s);

/// The portable versions (what WebAssembly uses), for the tests to compare.
[[nodiscard]] double read_double_portable(std::string_view s);
std::size_t write_double_portable(double value, char* out);

/// Room `write_double` needs: fixed is chosen only when it is no longer than scientific
/// (at most 24 characters with the sign).
inline constexpr std::size_t max_double_text = 32;

}  // namespace plutora::filter::detail
