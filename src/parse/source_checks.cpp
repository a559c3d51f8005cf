#include "parse/source_checks.hpp"

#include <cstdio>

#include "util/report.hpp"
#include "util/utf8.hpp"

namespace plutora::filter::detail {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Enough findings of one kind to fix a file by; past this the input is not a filter.
constexpr std::size_t max_reported = 20;

}  // namespace

bool plain_ascii(std::string_view text) {
    unsigned char other = 0;  // no early exit: the compiler vectorizes this (3x faster than 8 bytes at a time)
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        other |= static_cast<unsigned char>((static_cast<unsigned char>(c - 0x20) > 0x7E - 0x20) | (c == '"'));
    }
    return other == 0;
}

bool check_text(std::string_view text, const Limits& limits, std::vector<Diagnostic>& out, bool plain) {
    if (text.size() > limits.max_bytes) {
        out.push_back(make_diagnostic(
            Code::E012, {static_cast<std::uint32_t>(std::min<std::size_t>(limits.max_bytes, UINT32_MAX)), 0},
            "the filter is " + std::to_string(text.size()) + " bytes long; the limit is " +
                std::to_string(limits.max_bytes) + " bytes"));
        return false;
    }
    // Control characters (each with a fix), then invalid UTF-8, which ends the scan.
    std::size_t controls = 0;
    for (auto problem = plain ? TextProblem{} : first_problem(text); problem.kind != TextProblem::none && controls < max_reported;
         problem = first_problem(text, problem.offset + 1)) {
        const auto at = static_cast<std::uint32_t>(problem.offset);
        const auto byte = static_cast<unsigned char>(text[problem.offset]);
        char hex[8];
        if (problem.kind == TextProblem::invalid_utf8) {
            std::snprintf(hex, sizeof hex, "0x%02X", byte);
            out.push_back(make_diagnostic(Code::E022, {at, 1},
                                          std::string("invalid UTF-8: byte ") + hex +
                                              " does not start a valid character; save the filter as UTF-8"));
            return false;
        }
        std::snprintf(hex, sizeof hex, "U+%04X", byte);
        out.push_back(make_diagnostic(Code::E001, {at, 1},
                                      std::string("control character ") + hex + " is not allowed in a filter; remove it",
                                      Fix{at, 1, ""}));
        ++controls;
    }
    if (controls > 0) return false;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.push_back(make_diagnostic(Code::E009, {0, static_cast<std::uint32_t>(text.size())},
                                      "the filter is empty; write a comparison such as `Name` contains `abc`"));
        return false;
    }
    return true;
}

std::optional<std::pair<std::size_t, std::size_t>> outer_double_quotes(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    if (first == std::string_view::npos || last <= first || text[first] != '"' || text[last] != '"') return std::nullopt;
    // Quotes inside backticks are part of a name or value (`"`name` = `a"b`"` is wrapped); one
    // outside them means the outer quotes belong to values (`"a" = "b"`).
    bool in_backticks = false;
    for (const char c : text.substr(first + 1, last - first - 1)) {
        if (c == '`') in_backticks = !in_backticks;
        else if (c == '"' && !in_backticks) return std::nullopt;
    }
    return std::pair{first, last};
}

bool check_typographic_quotes(std::string_view text, std::vector<Diagnostic>& out) {
    // ‘ ’ “ ” are E2 80 98/99/9C/9D. They count as delimiters at the edge of a token, outside
    // backticks: `‘2019-02-01`` is a mistake, `O’Brien` is a name.
    if (text.find('\xE2') == std::string_view::npos) return true;  // the common case: none at all
    std::size_t found = 0;
    bool in_backticks = false;
    for (std::size_t i = 0; i < text.size() && found < max_reported; ++i) {
        if (text[i] == '`') {
            in_backticks = !in_backticks;
            continue;
        }
        if (in_backticks || text.compare(i, 2, "\xE2\x80") != 0 || i + 2 >= text.size()) continue;
        const auto third = static_cast<unsigned char>(text[i + 2]);
        if (third != 0x98 && third != 0x99 && third != 0x9C && third != 0x9D) continue;
        const char before = i == 0 ? ' ' : text[i - 1];
        const char after = i + 3 >= text.size() ? ' ' : text[i + 3];
        const bool opens = is_ws(before) || before == '(' || before == '=' || before == '<' || before == '>' || before == '~';
        const bool closes = is_ws(after) || after == ')' || after == '`';
        if (!opens && !closes) continue;
        const auto at = static_cast<std::uint32_t>(i);
        out.push_back(make_diagnostic(Code::E013, {at, 3},
                                      "typographic quote " + quote(text.substr(i, 3)) +
                                          " used as a delimiter; fields and values are quoted with backticks (`)",
                                      Fix{at, 3, "`"}));
        ++found;
        i += 2;
    }
    return found == 0;
}

}  // namespace plutora::filter::detail

namespace plutora::filter::detail {

bool check_invisible_characters(std::string_view text, std::vector<Diagnostic>& out) {
    // Pasted from a web page or a word processor: no-break and other spaces the grammar does not
    // take as whitespace, and zero-width characters. Outside backticks they silently glue words
    // together (`name contains` becomes one field), so each is named and fixed.
    struct Invisible {
        std::string_view bytes;
        const char* name;
        const char* replacement;
    };
    static constexpr Invisible invisible[] = {
        {"\xC2\xA0", "a no-break space (U+00A0)", " "},       {"\xE2\x80\xAF", "a narrow no-break space (U+202F)", " "},
        {"\xE2\x80\x87", "a figure space (U+2007)", " "},         {"\xE2\x80\x8B", "a zero-width space (U+200B)", ""},
        {"\xE2\x80\x8C", "a zero-width non-joiner (U+200C)", ""}, {"\xE2\x80\x8D", "a zero-width joiner (U+200D)", ""},
        {"\xE2\x81\xA0", "a word joiner (U+2060)", ""},           {"\xEF\xBB\xBF", "a zero-width no-break space (U+FEFF)", ""},
    };
    // The common case, none at all, in three memchr scans.
    if (text.find('\xC2') == std::string_view::npos && text.find('\xE2') == std::string_view::npos &&
        text.find('\xEF') == std::string_view::npos)
        return true;
    std::size_t found = 0;
    bool in_backticks = false;
    for (std::size_t i = 0; i < text.size() && found < max_reported; ++i) {
        if (text[i] == '`') in_backticks = !in_backticks;
        if (in_backticks) continue;  // inside a value it is content
        for (const auto& x : invisible) {
            if (text.compare(i, x.bytes.size(), x.bytes) != 0) continue;
            const auto at = static_cast<std::uint32_t>(i);
            const auto len = static_cast<std::uint32_t>(x.bytes.size());
            out.push_back(make_diagnostic(Code::E001, {at, len},
                                          std::string(x.name) + " outside backticks; " +
                                              (*x.replacement == ' ' ? "write a plain space" : "remove it"),
                                          Fix{at, len, x.replacement}));
            ++found;
            i += x.bytes.size() - 1;
            break;
        }
    }
    return found == 0;
}

}  // namespace plutora::filter::detail
