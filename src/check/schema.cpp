// SPEC 8: a comparison against what the entity's schema says of its field — that the field
// exists (E016), that its value fits the type (E017, E010 for a date that is not one, W116 for a
// value outside the known ones), that the operator applies (E017, W115), that the server filters
// on it (W117). Where the catalogue is unsure (a field list or value set it does not know to be
// complete, a type from one sample) findings are warnings.
#include <algorithm>

#include "check/check.hpp"
#include "check/typing.hpp"
#include "util/calendar.hpp"
#include "util/numbers.hpp"
#include "util/report.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace plutora::filter::detail {
namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// 8-4-4-4-12 hex digits.
bool is_guid(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !is_hex(s[i])) return false;
    }
    return true;
}

bool is_integer(std::string_view s) {
    const std::size_t start = s.starts_with('-') ? 1 : 0;
    return s.size() > start && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(start), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") + 1 - first);
}

// "a datetime field", "an enum field".
std::string kind_of(const FieldInfo& f) {
    return (f.type == FieldType::enumeration ? "an enum" : "a " + std::string(field_type_name(f.type))) + " field";
}
// "`id` is a guid field".
std::string of_field(const FieldInfo& f) { return quote(f.name) + " is " + kind_of(f); }

// Demotes a finding that rests on an uncertain fact to a warning, saying so.
void demote_unless(bool certain, Diagnostic& d, std::string_view why_unsure) {
    if (certain || d.severity != Severity::error) return;
    d.severity = Severity::warning;
    d.message += " (a warning only: ";
    d.message += why_unsure;
    d.message += ')';
}
void push(const CheckContext& ctx, Diagnostic d, bool certain, std::string_view why_unsure) {
    demote_unless(certain, d, why_unsure);
    ctx.out.push_back(std::move(d));
}
constexpr std::string_view one_sample = "the field's type rests on one sample";

// The text that replaces a field or value token by `name`: backticked when the token was, or
// when the name cannot be written bare; a JSON string in a body.
std::string token_for(std::string_view name, std::string_view source, Span span, bool verbatim) {
    if (!verbatim) return nlohmann::json(std::string(name)).dump();
    const bool bare_ok = !name.empty() && name.find_first_of(" \t\r\n`()=!~<>") == std::string_view::npos &&
                         name.find("\xE2\x88\x85") == std::string_view::npos;
    if (span.offset < source.size() && source[span.offset] == '`') return backticked(name);
    return bare_ok ? std::string(name) : backticked(name);
}

// What is wrong with `word` as a value of the field `f`, if anything: E010, E017 (with the
// replacement, when one is clear), or W116 for a value an incomplete list has not seen.
struct Problem {
    Code code;
    std::string message;
    std::optional<std::string> replacement;
};

std::optional<Problem> type_problem(const FieldInfo& f, std::string_view word) {
    switch (f.type) {
        case FieldType::string: return std::nullopt;
        case FieldType::guid:
            if (is_guid(word)) return std::nullopt;
            return Problem{Code::E017, quote(word) + " is not a GUID; " + of_field(f) + " (8-4-4-4-12 hex digits" +
                                           (f.example.empty() ? std::string(")") : ", like " + f.example + ")"), {}};
        case FieldType::integer:
            if (is_integer(word)) return std::nullopt;
            return Problem{Code::E017, quote(word) + " is not a whole number; " + of_field(f), {}};
        case FieldType::number:
            if (is_number_text(word)) return std::nullopt;
            return Problem{Code::E017, quote(word) + " is not a number; " + of_field(f), {}};
        case FieldType::boolean: {
            const std::string lower = ascii_lower(word);
            if (lower == "true" || lower == "false") return std::nullopt;
            std::optional<std::string> fix;
            if (lower == "yes" || lower == "1") fix = "true";
            if (lower == "no" || lower == "0") fix = "false";
            return Problem{Code::E017, quote(word) + " is not a boolean; " + of_field(f) + ": write true or false", fix};
        }
        case FieldType::date:
        case FieldType::datetime: {
            const auto d = match_date(word);
            const auto dt = match_datetime(word);
            if (d.match == Match::valid || dt.match == Match::valid) return std::nullopt;
            if (d.match == Match::invalid || dt.match == Match::invalid)
                return Problem{Code::E010, quote(word) + " is not a real date: " + (d.match == Match::invalid ? d.problem : dt.problem), {}};
            return Problem{Code::E017, quote(word) + " is not a date; " + of_field(f) +
                                           ": write YYYY-MM-DD (or YYYY/MM/DD, MM/DD/YYYY, DD-MM-YYYY, an ISO date-time)", {}};
        }
        case FieldType::enumeration: {
            const auto known = std::find_if(f.values.begin(), f.values.end(), [&](const std::string& x) { return iequals(x, word); });
            if (known != f.values.end()) return std::nullopt;
            std::string list;
            for (const auto& x : f.values) list += (list.empty() ? "" : ", ") + x;
            if (!f.values_complete)
                return Problem{Code::W116, quote(word) + " is not among the values of " + quote(f.name) + " seen so far (" + list +
                                               "); check the spelling (the list may be incomplete)", {}};
            const std::vector<std::string_view> candidates(f.values.begin(), f.values.end());
            auto close = closest_name(word, candidates, true);
            return Problem{Code::E017, quote(word) + " is not a value of " + quote(f.name) + " (" + list + ")" +
                                           (close ? "; did you mean " + quote(*close) + "?" : std::string()),
                           std::move(close)};
        }
    }
    return std::nullopt;
}

// One item (the whole value, or a list item) against the field's type. `rel`: the item's
// offset in the value's content.
void check_item(const Comparison& c, const FieldInfo& f, std::string_view item, std::uint32_t rel, const CheckContext& ctx) {
    const Value& v = *c.value;
    const std::string_view word = trimmed(item);
    if (word.empty()) return;  // an empty list item is E011's
    auto problem = type_problem(f, word);
    if (!problem) return;
    rel += static_cast<std::uint32_t>(item.find_first_not_of(" \t"));
    const auto wlen = static_cast<std::uint32_t>(word.size());
    if (problem->code == Code::W116) {  // already a warning, whatever the sample
        report_in_value(ctx, v, problem->code, rel, wlen, std::move(problem->message), std::nullopt);
        return;
    }
    if (!ctx.verbatim_values && problem->replacement && !takes_list(c.op)) {  // a body: replace the whole JSON token
        ctx.out.push_back(make_diagnostic(problem->code, v.span, std::move(problem->message),
                                          Fix{v.span.offset, v.span.length, nlohmann::json(*problem->replacement).dump()}));
    } else {
        report_in_value(ctx, v, problem->code, rel, wlen, std::move(problem->message), std::move(problem->replacement));
    }
    demote_unless(f.certain, ctx.out.back(), one_sample);
}

}  // namespace

const FieldInfo* check_field_known(const Comparison& c, const Entity& entity, const CheckContext& ctx) {
    const std::string& name = c.field.name;
    if (const auto* f = entity.field(name)) return f;
    if (const auto dot = name.find('.'); dot != std::string::npos && dot > 0 && entity.field(std::string_view(name).substr(0, dot)))
        return nullptr;  // a path into a known field: nothing to check its value against
    std::vector<std::string_view> names;
    for (const auto& f : entity.fields) names.push_back(f.name);
    const auto close = closest_name(name, names, true);
    std::string message = "unknown field " + quote(name) + " of " + entity.name;
    if (close) message += "; did you mean " + quote(*close) + "?";
    else message += std::string(entity.custom_fields ? "; a custom field must be declared in a schema file (--schema)" : "") +
                    " (`plutora-filter schema " + entity.name + "` lists the fields)";
    std::optional<Fix> fix;
    if (close) fix = Fix{c.field.span.offset, c.field.span.length, token_for(*close, ctx.source, c.field.span, ctx.verbatim_values)};
    push(ctx, make_diagnostic(Code::E016, c.field.span, std::move(message), std::move(fix)), entity.fields_complete,
         "the catalogue may not know every field of " + entity.name);
    return nullptr;
}

void check_operator_fits(const Comparison& c, const FieldInfo& f, const CheckContext& ctx) {
    const Span at = c.op_span.length > 0 ? c.op_span : c.span;
    if ((c.op == Operator::Contains || c.op == Operator::NotContains) &&
        (f.type == FieldType::date || f.type == FieldType::datetime || f.type == FieldType::guid)) {
        const bool negated = c.op == Operator::NotContains;
        ctx.out.push_back(make_diagnostic(Code::W115, at,
                                          std::string(operator_name(c.op)) + " does not apply to " + quote(f.name) + ", " +
                                              kind_of(f) + " (the API documents it so); use " + (negated ? "NotEquals" : "Equals") +
                                              (f.type == FieldType::guid ? "" : " or an ordering operator")));
    }
    if (is_ordering(c.op) && (f.type == FieldType::guid || f.type == FieldType::boolean)) {
        push(ctx,
             make_diagnostic(Code::E017, at,
                             std::string(operator_name(c.op)) + " does not apply to " + quote(f.name) + ", " + kind_of(f) +
                                 " with no order; use Equals or NotEquals"),
             f.certain, one_sample);
    }
}

void check_value_fits(const Comparison& c, const FieldInfo& f, const CheckContext& ctx) {
    // A Contains value is a substring, not a value of the field (on dates and GUIDs, W115 says so).
    if (c.op == Operator::Contains || c.op == Operator::NotContains) return;
    if (const auto* list = std::get_if<ListValue>(&c.value->typed)) {
        std::uint32_t rel = 0;
        for (const auto& item : list->items) {
            check_item(c, f, item, rel, ctx);
            rel += static_cast<std::uint32_t>(item.size()) + 1;
        }
        return;
    }
    check_item(c, f, c.value->raw, 0, ctx);
}

void check_custom_field(const Comparison& c, const FieldInfo& f, const CheckContext& ctx) {
    if (!f.custom || !ctx.options.to_server) return;
    ctx.out.push_back(make_diagnostic(Code::W117, c.field.span,
                                      quote(f.name) + " is a custom field; the API does not filter on custom fields "
                                                      "(only on the entity's own fields), so the server may answer an error "
                                                      "or ignore it"));
}

}  // namespace plutora::filter::detail
