// Reading records' text: where each element of an array starts and ends, and the words the
// error messages use. Shared by RecordSet loading and stream evaluation.
#pragma once

#if PLUTORA_FILTER_SIMDJSON
#include <simdjson.h>
#endif
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "read/json_spans.hpp"

namespace plutora::filter::detail {

#if PLUTORA_FILTER_SIMDJSON
inline std::string_view type_name(simdjson::dom::element_type t) {
    using simdjson::dom::element_type;
    switch (t) {
        case element_type::ARRAY: return "array";
        case element_type::OBJECT: return "object";
        case element_type::STRING: return "string";
        case element_type::BOOL: return "boolean";
        case element_type::NULL_VALUE: return "null";
        default: return "number";
    }
}

/// A parser that refuses documents nested deeper than `depth` (what is refused is then read by
/// the nlohmann path's rules, which give the reason); its capacity grows with the input.
using RecordParser = simdjson::dom::parser;
inline constexpr std::size_t parser_padding = simdjson::SIMDJSON_PADDING;
inline RecordParser record_parser(std::size_t depth) {
    simdjson::dom::parser parser;
    const auto error = parser.allocate(1 << 16, depth);
    static_cast<void>(error);  // out of memory here shows again, as an error, at the first parse
    return parser;
}
#else
/// Built without simdjson (WebAssembly): every record is read by the nlohmann path, which
/// accepts, refuses and answers as the simdjson path does (the same rules decide both).
struct RecordParser {};
inline constexpr std::size_t parser_padding = 0;
inline RecordParser record_parser(std::size_t) { return {}; }
#endif

/// A line's record: both parsers end a document at a NUL byte, so the record's bytes do too.
inline std::string_view record_text(std::string_view line) {
    line = line.substr(0, line.find('\0'));
    while (!line.empty() && is_ws(line.back())) line.remove_suffix(1);
    return line;
}

/// Calls `use(begin, stop, raw, n)` for each line of JSON Lines `text` that holds more than white
/// space: [begin, stop) is the line trimmed, `raw` the whole line (what a message's column counts
/// in), `n` its number, the first line being `first_line`. Returns the first refusal `use` returns.
template <typename Refusal, typename Use>
std::optional<Refusal> for_each_line(std::string_view text, std::size_t first_line, Use&& use) {
    std::size_t n = first_line;
    for (std::size_t at = 0; at < text.size(); ++n) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::size_t begin = at;
        std::size_t stop = end;
        const std::string_view raw = text.substr(at, end - at);
        at = end + 1;
        while (begin < stop && is_ws(text[begin])) ++begin;
        while (stop > begin && is_ws(text[stop - 1])) --stop;
        if (begin == stop) continue;
        if (auto refused = use(begin, stop, raw, n)) return refused;
    }
    return std::nullopt;
}

// The byte spans of the elements of the JSON array starting at `at` (its `[`) that a parser has
// accepted (on other text it stops early; it always ends).
inline std::vector<std::pair<std::size_t, std::size_t>> element_spans(std::string_view text, std::size_t at = 0) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t i = text.find('[', at) + 1;
    while (true) {
        while (i < text.size() && is_ws(text[i])) ++i;
        if (i >= text.size() || text[i] == ']') break;
        const std::size_t begin = i;
        i = value_stop(text, i);
        while (i < text.size() && is_ws(text[i])) ++i;
        std::size_t end = i;
        while (end > begin && is_ws(text[end - 1])) --end;
        out.emplace_back(begin, end - begin);
        if (i >= text.size() || text[i] != ',') break;  // `]`, or text that is no array: stop
        ++i;
    }
    return out;
}

}  // namespace plutora::filter::detail
