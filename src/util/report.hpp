// Building diagnostics inside the library. Positions (line, column) and the profile's
// severities are filled in once, at the end of parse, by `finish`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/parse.hpp"

namespace plutora::filter::detail {

[[nodiscard]] inline Diagnostic make_diagnostic(Code code, Span span, std::string message,
                                                std::optional<Fix> fix = std::nullopt) {
    Diagnostic d;
    d.code = code;
    d.severity = static_cast<unsigned>(code) < 100 ? Severity::error : Severity::warning;
    d.message = std::move(message);
    d.offset = span.offset;
    d.length = span.length;
    d.fix = std::move(fix);
    return d;
}

/// Sorts by offset, applies the profile's severities, fills line and column in one pass.
void finish(std::vector<Diagnostic>& diagnostics, std::string_view text, Profile profile);

/// `text` between backticks, as a field or value is written.
[[nodiscard]] inline std::string backticked(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '`';
    out += text;
    out += '`';
    return out;
}

/// `text` in backticks for a message, shortened past 40 bytes (on a code point boundary).
[[nodiscard]] std::string quote(std::string_view text);

}  // namespace plutora::filter::detail
