// Where things are in a JSON text, which nlohmann's DOM does not keep: the byte span of the
// value at every JSON pointer, so body diagnostics can point into the body; where a value ends;
// how records' text is laid out.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "plutora/filter/ast.hpp"
#include "util/text.hpp"

namespace plutora::filter::detail {

/// The offset of the first `{` or `[` nested deeper than `max_depth`, on any input (strings
/// are skipped); nothing when the nesting is within the limit.
[[nodiscard]] std::optional<std::size_t> first_too_deep(std::string_view json, std::size_t max_depth);

using JsonSpans = std::unordered_map<std::string, Span>;
/// Every value's span by JSON pointer ("" is the whole document). `json` must be valid JSON
/// nested no deeper than first_too_deep allowed.
[[nodiscard]] JsonSpans json_spans(std::string_view json);

/// A key as a JSON pointer token: `~` → `~0`, `/` → `~1`.
[[nodiscard]] std::string pointer_token(std::string_view key);

/// Why `json` is not valid JSON, for a message: `line 2, column 7: syntax error while parsing
/// object - unexpected end of input; expected '}'` (the line only when the text has several;
/// columns in code points). Empty when it is valid.
[[nodiscard]] std::string json_problem(std::string_view json);

/// One record of JSON Lines read as the nlohmann path reads it, into `out`; or why it is refused
/// (nested too deep, not valid JSON, not an object). `raw` is the whole line as written, which
/// the message's column counts in; `text` the part that is parsed.
[[nodiscard]] std::optional<std::string> read_record(std::string_view text, std::string_view raw, nlohmann::json& out);

/// A JSON array of records read as the nlohmann path reads it, into `out`; or why it is refused.
[[nodiscard]] std::optional<std::string> read_records_array(std::string_view text, nlohmann::json& out);

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Where the JSON value starting at `i` stops, by structure alone (strings and nesting): at the
// `,`, `}` or `]` that closes it at depth 0 (a scalar or a closed container), or at the end.
inline std::size_t value_stop(std::string_view text, std::size_t i) {
    int depth = 0;
    bool in_string = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0) break;
            if (--depth == 0) return i + 1;
        } else if (c == ',' && depth == 0) break;
    }
    return std::min(i, text.size());
}

/// How records' text is laid out (a UTF-8 byte-order mark already skipped):
///   array   first byte `[`: the whole text
///   answer  one JSON object with a `resultSet` array member (any case), as the API answers
///           and as a script saves it: the records are that array's elements
///   object  one JSON object, however many lines it spans: one record
///   lines   anything else: JSON Lines, one record per line
struct Layout {
    enum class Kind : std::uint8_t { array, answer, object, lines };
    Kind kind = Kind::lines;
    std::size_t begin = 0;  ///< array, answer: the array's `[`; object: its `{`
    std::size_t size = 0;   ///< the array's or object's bytes
};

/// The 1-based line of byte `at`.
inline std::size_t line_at(std::string_view text, std::size_t at) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(at, text.size())), '\n'));
}

inline Layout layout_of(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    if (text[first] == '[') return {Layout::Kind::array, 0, text.size()};
    if (text[first] != '{') return {};
    const std::size_t end = value_stop(text, first);
    if (end > text.size() || end == first || text[end - 1] != '}' || text.find_first_not_of(" \t\r\n", end) != std::string_view::npos)
        return {};
    const std::string_view object = text.substr(first, end - first);
    if (!nlohmann::json::accept(object)) return {Layout::Kind::object, first, object.size()};  // refused with its position
    // Its members at depth 1: a key, `:`, a value.
    for (std::size_t i = 1; i < object.size();) {
        while (i < object.size() && (is_ws(object[i]) || object[i] == ',')) ++i;
        if (i >= object.size() || object[i] != '"') break;
        std::size_t key_end = i + 1;
        while (key_end < object.size() && object[key_end] != '"') key_end += object[key_end] == '\\' ? 2 : 1;
        const std::string_view key = object.substr(i, key_end + 1 - i);
        i = object.find(':', key_end) + 1;
        while (i < object.size() && is_ws(object[i])) ++i;
        const std::size_t value_end = value_stop(object, i);
        if (key.size() == 11 && i < object.size() && object[i] == '[') {
            if (iequals(key.substr(1, 9), "resultset")) return {Layout::Kind::answer, first + i, value_end - i};
        }
        i = value_end;
    }
    return {Layout::Kind::object, first, object.size()};
}

}  // namespace plutora::filter::detail
