// Where things are in a JSON text, which nlohmann's DOM does not keep: the byte span of the
// value at every JSON pointer, so body diagnostics can point into the body.
#pragma once

#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "plutora/filter/ast.hpp"

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

}  // namespace plutora::filter::detail
