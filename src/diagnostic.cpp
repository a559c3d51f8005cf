#include <algorithm>
#include <cstdio>

#include "plutora/filter/diagnostic.hpp"
#include "util/report.hpp"
#include "util/utf8.hpp"

namespace plutora::filter {

std::string code_name(Code code) {
    const auto n = static_cast<unsigned>(code);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%c%03u", n < 100 ? 'E' : 'W', n);
    return buf;
}

std::string_view code_summary(Code code) {
    switch (code) {
        case Code::E001: return "syntax error";
        case Code::E002: return "unterminated backtick";
        case Code::E003: return "unbalanced parenthesis";
        case Code::E004: return "unknown operator";
        case Code::E005: return "binary operator without a value";
        case Code::E006: return "value given to HasValue / HasNoValue";
        case Code::E007: return "multi-word value without backticks";
        case Code::E008: return "grouped and bare expressions mixed in one chain";
        case Code::E009: return "empty filter";
        case Code::E010: return "not a real calendar date or time";
        case Code::E011: return "empty value or empty IsWithin item";
        case Code::E012: return "input over a limit (length, nesting)";
        case Code::E013: return "typographic quotes used instead of backticks";
        case Code::E014: return "empty parentheses";
        case Code::E015: return "invalid pagination parameter";
        case Code::E016: return "unknown field";
        case Code::E017: return "operator or value does not fit the field's type";
        case Code::E018: return "a body form for an entity without POST /filter";
        case Code::E020: return "the filter cannot be expressed in the requested output form";
        case Code::E021: return "invalid percent-encoding in a query string";
        case Code::E022: return "invalid UTF-8";
        case Code::E023: return "invalid JSON filter body";
        case Code::W101: return "no space around a parenthesis";
        case Code::W102: return "several expressions not wrapped in parentheses";
        case Code::W103: return "IsWithin item with surrounding spaces";
        case Code::W104: return "recordsPerPage over 100";
        case Code::W105: return "ordering operator on a text value";
        case Code::W106: return "filter wrapped in double quotes";
        case Code::W107: return "a single expression wrapped in parentheses";
        case Code::W109: return "date-like value in an unsupported format";
        case Code::W110: return "ASCII quotes around a bare value";
        case Code::W111: return "recordsPerPage empty or 0, or pageNum empty: a default applies";
        case Code::W112: return "unknown key in a JSON filter body";
        case Code::W113: return "Contains / NotContains value with commas";
        case Code::W114: return "sort keys dropped: the query string form has no sort parameter";
        case Code::W115: return "Contains / NotContains on a date, date-time or GUID field";
        case Code::W116: return "value not among the field's known values";
        case Code::W117: return "custom field in a filter sent to the server";
        case Code::W118: return "query parameter given more than once; the first is used";
    }
    return "unknown code";
}

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

Position position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    Position p;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') ++p.line, line_start = i + 1;
    for (std::size_t i = line_start; i < offset; ++i)
        if (!detail::is_continuation(static_cast<unsigned char>(text[i]))) ++p.column;
    return p;
}

std::string apply_fix(std::string_view text, const Fix& fix) {
    const std::size_t at = std::min<std::size_t>(fix.offset, text.size());
    const std::size_t len = std::min<std::size_t>(fix.length, text.size() - at);
    std::string out(text.substr(0, at));
    out += fix.replacement;
    out += text.substr(at + len);
    return out;
}

std::string apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics, std::size_t& applied) {
    std::vector<const Fix*> fixes;
    for (const auto& d : diagnostics)
        if (d.fix && d.pointer != "filter" && d.fix->offset <= text.size() && d.fix->length <= text.size() - d.fix->offset)
            fixes.push_back(&*d.fix);
    std::stable_sort(fixes.begin(), fixes.end(), [](const Fix* a, const Fix* b) { return a->offset < b->offset; });
    std::string out;
    std::size_t at = 0;  // copied up to here
    std::size_t last = 0;  // where the last applied fix started
    applied = 0;
    for (const Fix* f : fixes) {
        if (f->offset < at || (applied > 0 && f->offset == last)) continue;  // overlaps one applied before
        last = f->offset;
        out += text.substr(at, f->offset - at);
        out += f->replacement;
        at = f->offset + f->length;
        ++applied;
    }
    out += text.substr(std::min(at, text.size()));
    return out;
}

namespace {

// Echoes one source line safely: control characters and stray bytes become '?'.
std::string printable(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t start = i;
        const char32_t c = detail::next_code_point(line, i);
        const bool stray = i - start == 1 && c >= 0x80;
        if (stray || (c < 0x20 && c != '\t') || c == 0x7F) out += '?';
        else out += line.substr(start, i - start);
    }
    return out;
}

// Spaces (tabs kept) that bring the caret under `line[upto]`, in terminal cells.
std::string pad_to(std::string_view line, std::size_t upto) {
    std::string out;
    for (std::size_t i = 0; i < upto && i < line.size();) {
        const char32_t c = detail::next_code_point(line, i);
        if (c == '\t') out += '\t';
        else out.append(detail::display_width(c), ' ');
    }
    return out;
}

std::size_t cells(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) n += detail::display_width(detail::next_code_point(s, i));
    return n;
}

// A long line is shown as a window around `at` (bytes into the line), on code point boundaries:
// one error on a 1 MB line prints a few hundred bytes, not the line three times.
struct Window {
    std::string_view text;  ///< the part shown
    std::size_t start = 0;  ///< where it starts in the line
    bool before = false;    ///< text was cut before it
    bool after = false;     ///< and after it
};
constexpr std::size_t window_limit = 160;

Window window_around(std::string_view line, std::size_t at) {
    if (line.size() <= window_limit) return {line, 0, false, false};
    std::size_t start = at > 60 ? at - 60 : 0;
    while (start > 0 && detail::is_continuation(static_cast<unsigned char>(line[start]))) --start;
    std::size_t end = std::min(line.size(), start + window_limit);
    while (end < line.size() && detail::is_continuation(static_cast<unsigned char>(line[end]))) ++end;
    return {line.substr(start, end - start), start, start > 0, end < line.size()};
}

std::string shown(const Window& w, std::string_view printed) {
    return (w.before ? "…" : "") + std::string(printed) + (w.after ? "…" : "");
}

}  // namespace

std::string render(const Diagnostic& d, std::string_view source, std::string_view where, std::uint32_t first_line, Style style) {
    const bool ansi = style == Style::terminal;
    const auto paint = [ansi](std::string_view code, std::string_view text) {
        return ansi ? "\x1b[" + std::string(code) + 'm' + std::string(text) + "\x1b[0m" : std::string(text);
    };
    // Line and column come from the span and the text it points into, here: one source of truth
    // for every producer (an emitter's E020 included).
    const Position position = position_of(source, d.offset);
    std::string out;
    out += paint("1", std::string(where) + ':' + std::to_string(position.line + first_line - 1) + ':' +
                          std::to_string(position.column) + ":");
    out += ' ';
    out += paint(d.severity == Severity::error ? "1;31" : "1;35", std::string(severity_name(d.severity)) + ":");
    out += ' ';
    std::string message;
    if (!d.pointer.empty() && d.pointer != "filter" && !d.message.starts_with(d.pointer)) message += d.pointer + ": ";
    message += d.message;
    out += paint("1", message) + " [" + code_name(d.code) + "]\n";

    const std::size_t offset = std::min<std::size_t>(d.offset, source.size());
    const std::size_t begin = source.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
    const std::size_t line_start = (offset == 0 || begin == std::string_view::npos) ? 0 : begin + 1;
    std::size_t line_end = source.find('\n', offset);
    if (line_end == std::string_view::npos) line_end = source.size();
    std::string_view line = source.substr(line_start, line_end - line_start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    const Window w = window_around(line, offset - line_start);
    const std::size_t col = offset - line_start - w.start;
    const std::size_t span_end = std::min<std::size_t>(offset + d.length, line_start + w.start + w.text.size());
    const std::size_t width = span_end > offset ? cells(printable(source.substr(offset, span_end - offset))) : 1;
    out += shown(w, printable(w.text)) + '\n';
    out += (w.before ? " " : "") + pad_to(w.text, col) + paint("1;32", '^' + std::string(width > 1 ? width - 1 : 0, '~')) + '\n';
    if (d.fix) {
        // The line as it reads once fixed: unambiguous even when the fix is made of backticks
        // and quotes.
        const std::string fixed = apply_fix(source, *d.fix);
        // The line of the fixed text where the fix lands (a fix may join or split lines).
        const std::size_t at = std::min<std::size_t>(d.fix->offset, fixed.size());
        const std::size_t before = at == 0 ? std::string::npos : fixed.rfind('\n', at - 1);
        const std::size_t fixed_start = before == std::string::npos ? 0 : before + 1;
        const std::size_t fixed_end = fixed.find('\n', at);
        std::string_view fixed_line = std::string_view(fixed).substr(
            fixed_start, fixed_end == std::string::npos ? std::string_view::npos : fixed_end - fixed_start);
        if (!fixed_line.empty() && fixed_line.back() == '\r') fixed_line.remove_suffix(1);
        const Window fw = window_around(fixed_line, at - fixed_start);
        out += "  " + paint("36", "fix:") + ' ' + shown(fw, printable(fw.text)) + '\n';
    }
    return out;
}

namespace detail {

void finish(std::vector<Diagnostic>& diagnostics, std::string_view text, Profile profile) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.code < b.code;
    });
    Position p;
    std::size_t at = 0;
    for (auto& d : diagnostics) {
        if (profile == Profile::strict && (d.code == Code::W101 || d.code == Code::W102 || d.code == Code::W107 || d.code == Code::W115))
            d.severity = Severity::error;
        const std::size_t target = std::min<std::size_t>(d.offset, text.size());
        for (; at < target; ++at) {
            if (text[at] == '\n') ++p.line, p.column = 1;
            else if (!is_continuation(static_cast<unsigned char>(text[at]))) ++p.column;
        }
        d.line = p.line;
        d.column = p.column;
    }
}

std::string quote(std::string_view text) {
    constexpr std::size_t max = 40;
    if (text.find('`') != std::string_view::npos) {  // a backtick inside backticks reads badly
        std::string out = "\"";
        out += text.substr(0, max);
        out += text.size() > max ? "…\"" : "\"";
        return out;
    }
    if (text.size() <= max) return backticked(text);
    std::size_t cut = max;
    while (cut > 0 && is_continuation(static_cast<unsigned char>(text[cut]))) --cut;
    std::string shortened(text.substr(0, cut));
    shortened += "…";
    return backticked(shortened);
}

}  // namespace detail
}  // namespace plutora::filter
