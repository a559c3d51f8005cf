// SPEC 1.3: what a field or value says about itself — empty, a list with gaps or padding, a date that
// is not one, text where an ordering wants a number, quotes that become part of the value.
#include <algorithm>
#include <optional>

#include "check/check.hpp"
#include "check/typing.hpp"
#include "util/calendar.hpp"
#include "util/report.hpp"

namespace plutora::filter::detail {
namespace {

// Offset of the value's first content byte (after the opening backtick, if any).
std::uint32_t content_offset(const Value& v, std::string_view source) {
    return v.span.offset + (source[v.span.offset] == '`' ? 1 : 0);
}

bool is_quoted(const Value& v, std::string_view source) { return source[v.span.offset] == '`'; }

}  // namespace

void report_in_value(const CheckContext& ctx, const Value& v, Code code, std::uint32_t rel, std::uint32_t len,
                     std::string message, std::optional<std::string> replacement) {
    if (!ctx.verbatim_values) {
        ctx.out.push_back(make_diagnostic(code, v.span, std::move(message)));
        return;
    }
    const std::uint32_t at = content_offset(v, ctx.source) + rel;
    std::optional<Fix> fix;
    if (replacement) fix = Fix{at, len, std::move(*replacement)};
    ctx.out.push_back(make_diagnostic(code, {at, len}, std::move(message), std::move(fix)));
}

void check_empty_field(const Comparison& c, const CheckContext& ctx) {
    if (!c.field.name.empty()) return;
    ctx.out.push_back(make_diagnostic(Code::E011, c.field.span, "the field name is empty; write it between the backticks"));
}

void check_empty_value(const Comparison& c, const CheckContext& ctx) {
    if (!c.value->raw.empty()) return;
    ctx.out.push_back(make_diagnostic(Code::E011, c.value->span,
                                      "the value is empty; write it between the backticks (to find records without a "
                                      "value, use HasNoValue)"));
}

void check_list_items(const Comparison& c, const CheckContext& ctx) {
    const auto* list = std::get_if<ListValue>(&c.value->typed);
    if (list == nullptr) return;
    std::uint32_t rel = 0;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const std::string& item = list->items[i];
        const auto len = static_cast<std::uint32_t>(item.size());
        if (item.find_first_not_of(" \t") == std::string::npos) {
            // Remove the gap with the comma after it, or before it when the gap is last.
            const bool last = i + 1 == list->items.size();
            report_in_value(ctx, *c.value, Code::E011, last ? rel - 1 : rel, len + 1,
                            "empty item in the " + std::string(operator_name(c.op)) + " list; remove the extra comma", "");
        } else if (item.front() == ' ' || item.back() == ' ' || item.front() == '\t' || item.back() == '\t') {
            const auto first = item.find_first_not_of(" \t");
            const auto last = item.find_last_not_of(" \t");
            const std::string trimmed = item.substr(first, last - first + 1);
            report_in_value(ctx, *c.value, Code::W103, rel, len,
                            "list item " + quote(item) +
                                " has spaces around it; the API then matches only the first item, so write " + quote(trimmed),
                            trimmed);
        }
        rel += len + 1;
    }
}

void check_date_shape(const Comparison& c, const CheckContext& ctx) {
    if (c.value->type() != ValueType::text) return;
    const std::string& raw = c.value->raw;
    if (!may_be_date_or_number(raw)) return;
    std::string problem;
    if (auto d = match_date(raw); d.match == Match::invalid) problem = std::move(d.problem);
    else if (auto dt = match_datetime(raw); dt.match == Match::invalid) problem = std::move(dt.problem);
    if (!problem.empty()) {
        ctx.out.push_back(make_diagnostic(Code::E010, c.value->span, quote(raw) + " is not a real date: " + problem));
    } else if (looks_like_date(raw)) {
        ctx.out.push_back(make_diagnostic(Code::W109, c.value->span,
                                          quote(raw) +
                                              " looks like a date but is in no supported format (YYYY-MM-DD, "
                                              "YYYY/MM/DD, MM/DD/YYYY, DD-MM-YYYY), so it is compared as text"));
    }
}

void check_ordering_on_text(const Comparison& c, const CheckContext& ctx) {
    if (!is_ordering(c.op) || c.value->type() != ValueType::text) return;
    const std::string& raw = c.value->raw;  // a real date gone wrong (E010) is check_date_shape's to report
    if (match_date(raw).match != Match::no || match_datetime(raw).match != Match::no) return;
    ctx.out.push_back(make_diagnostic(Code::W105, c.value->span,
                                      std::string(operator_name(c.op)) + " on " + quote(c.value->raw) +
                                          ", which is neither a number nor a date, compares text alphabetically"));
}

void check_contains_list(const Comparison& c, const CheckContext& ctx) {
    if ((c.op != Operator::Contains && c.op != Operator::NotContains) || c.value->raw.find(',') == std::string::npos) return;
    ctx.out.push_back(make_diagnostic(Code::W113, c.value->span,
                                      quote(c.value->raw) + " is matched as one string, commas included; to match any "
                                                            "of several values, use IsWithin"));
}

void check_ascii_quotes(const Comparison& c, const CheckContext& ctx) {
    const std::string& raw = c.value->raw;
    if ((ctx.verbatim_values && is_quoted(*c.value, ctx.source)) || raw.size() < 2 ||
        (raw.front() != '\'' && raw.front() != '"') || raw.back() != raw.front())
        return;
    const std::string inner = raw.substr(1, raw.size() - 2);
    std::optional<Fix> fix;
    if (ctx.verbatim_values) fix = Fix{c.value->span.offset, c.value->span.length, backticked(inner)};
    ctx.out.push_back(make_diagnostic(Code::W110, c.value->span,
                                      "the quotes in " + quote(raw) + " become part of the value; remove them" +
                                          (ctx.verbatim_values ? " and quote with backticks: " + backticked(inner) : ""),
                                      std::move(fix)));
}

}  // namespace plutora::filter::detail
