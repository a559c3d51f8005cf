// Diagnostics are values: every stage returns them, none throws them.
//
//   for (const auto& d : plutora::filter::parse(text).diagnostics)
//       std::cerr << plutora::filter::render(d, text, "<arg>");
//
// Offsets and lengths are bytes into the input; line and column are 1-based and the column
// counts Unicode code points, which is what an editor shows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plutora::filter {

/// Stable diagnostic codes. The numeric value is the number in the code's name.
enum class Code : std::uint16_t {
    E001 = 1,    ///< syntax error: says what was expected and what was found
    E002 = 2,    ///< unterminated backtick
    E003 = 3,    ///< unbalanced parenthesis
    E004 = 4,    ///< unknown operator, with a did-you-mean where one is close
    E005 = 5,    ///< binary operator without a value
    E006 = 6,    ///< value given to HasValue / HasNoValue
    E007 = 7,    ///< multi-word value without backticks
    E008 = 8,    ///< grouped and bare expressions mixed in one chain
    E009 = 9,    ///< empty filter
    E010 = 10,   ///< not a real calendar date or time
    E011 = 11,   ///< empty value or empty IsWithin item
    E012 = 12,   ///< input over a limit (length, nesting)
    E013 = 13,   ///< typographic quotes used instead of backticks
    E014 = 14,   ///< empty parentheses
    E015 = 15,   ///< invalid pagination parameter
    E016 = 16,   ///< unknown field (with a schema)
    E017 = 17,   ///< operator or value does not fit the field's type (with a schema)
    E018 = 18,   ///< a body form for an entity without POST /filter (with an entity)
    E020 = 20,   ///< the filter cannot be expressed in the requested output form
    E021 = 21,   ///< invalid percent-encoding in a query string
    E022 = 22,   ///< invalid UTF-8
    E023 = 23,   ///< invalid JSON filter body
    W101 = 101,  ///< no space around a parenthesis
    W102 = 102,  ///< several expressions not wrapped in parentheses (strict profile only)
    W103 = 103,  ///< IsWithin item with surrounding spaces
    W104 = 104,  ///< recordsPerPage over 100
    W105 = 105,  ///< ordering operator on a text value
    W106 = 106,  ///< filter wrapped in double quotes
    W107 = 107,  ///< a single expression wrapped in parentheses
    W109 = 109,  ///< date-like value in an unsupported format
    W110 = 110,  ///< ASCII quotes around a bare value
    W111 = 111,  ///< recordsPerPage empty or 0, or pageNum empty: a default applies
    W112 = 112,  ///< unknown key in a JSON filter body
    W113 = 113,  ///< Contains / NotContains value with commas
    W114 = 114,  ///< sort keys dropped: the query string form has no sort parameter
    W115 = 115,  ///< Contains / NotContains on a date, date-time or GUID field (error in strict)
    W116 = 116,  ///< value not among the field's known values (the known set may be incomplete)
    W117 = 117,  ///< custom field in a filter sent to the server, which does not filter on them
    W118 = 118,  ///< query parameter given more than once; the first is used
};

/// "E008".
[[nodiscard]] std::string code_name(Code code);
/// What a code stands for, in a few words: "unbalanced parenthesis".
[[nodiscard]] std::string_view code_summary(Code code);

enum class Severity : std::uint8_t { error, warning };
/// "error" or "warning".
[[nodiscard]] std::string_view severity_name(Severity s);

/// An edit that resolves the diagnostic: replace `length` bytes at `offset` with `replacement`.
struct Fix {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::string replacement;
    friend bool operator==(const Fix&, const Fix&) = default;
};

struct Diagnostic {
    Code code = Code::E001;
    Severity severity = Severity::error;
    std::string message;  ///< what is wrong and what to write instead
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::optional<Fix> fix;
    /// Where in a structured input: a JSON pointer into a body (`/ExpandoObject/Right/Operator`),
    /// or `filter` for the filter of a query string (offsets are then into the decoded filter).
    /// Empty for filter text.
    std::string pointer;
};

/// 1-based line and code-point column of a byte offset.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};
/// The one conversion from byte offsets to what a user sees; everything that shows a
/// position uses it.
[[nodiscard]] Position position_of(std::string_view text, std::size_t offset);

/// How `render` draws: plain text, or for a terminal with ANSI colours (the severity in red or
/// magenta, the caret in green, the fix in cyan; the characters are the same).
enum class Style : std::uint8_t { plain, terminal };
/// clang-style text: `where:line:col: error: message [E008]`, the source line, a caret line
/// under the span and, if there is one, the fix. `first_line` shifts the line number (an
/// input read from line 7 of a file passes 7).
[[nodiscard]] std::string render(const Diagnostic& d, std::string_view source, std::string_view where,
                                 std::uint32_t first_line = 1, Style style = Style::plain);

/// Applies one fix to `text`.
[[nodiscard]] std::string apply_fix(std::string_view text, const Fix& fix);

/// Applies every fix of `diagnostics` that positions into `text` itself (no `filter` pointer)
/// and does not overlap one applied before it (by offset); `applied` counts them. A second pass
/// over the result picks up the rest.
[[nodiscard]] std::string apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics, std::size_t& applied);

}  // namespace plutora::filter
