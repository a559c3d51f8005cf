// Checks on the raw text that come before the grammar: they decide whether it is worth
// parsing at all, and undo the double quotes some users wrap a filter in.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/parse.hpp"

namespace plutora::filter::detail {

/// True when every byte is printable ASCII (spaces included, tabs and line breaks not) and
/// none is a double quote, as in nearly every filter: then no check below but the length and
/// the emptiness can find anything.
[[nodiscard]] bool plain_ascii(std::string_view text);

/// E012 (too long), E022 (invalid UTF-8), E001 (control characters), E009 (empty); `plain`
/// (from plain_ascii) skips the byte-by-byte scan. Returns false when parsing must not go on.
[[nodiscard]] bool check_text(std::string_view text, const Limits& limits, std::vector<Diagnostic>& out, bool plain = false);

/// W106: the offsets of double quotes wrapping the whole filter, `"name contains abc"`; double
/// quotes inside backticks do not count (`"`name` = `a"b`"` is wrapped).
[[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> outer_double_quotes(std::string_view text);

/// E013: typographic quotes where a backtick belongs. Returns false when any was found.
[[nodiscard]] bool check_typographic_quotes(std::string_view text, std::vector<Diagnostic>& out);
/// E001 for a no-break, figure or zero-width space outside backticks, named, with its fix.
[[nodiscard]] bool check_invisible_characters(std::string_view text, std::vector<Diagnostic>& out);

}  // namespace plutora::filter::detail
