#include "eval/match.hpp"

#include <charconv>
#include <cstring>

#include "util/calendar.hpp"
#include "util/text.hpp"

namespace plutora::filter::detail {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

bool contains_folded(std::string_view haystack, std::string_view needle) {
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && fold(haystack[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

bool numeric_text(std::string_view s) {
    std::size_t i = s.starts_with('-') ? 1 : 0;
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start) return false;
    if (i < s.size() && s[i] == '.') {
        const std::size_t frac = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == frac) return false;
    }
    return i == s.size();
}

// The record value against the filter value: <0, 0, >0, or nothing when they cannot compare.
std::optional<int> compare(const CompiledComparison& c, const json& v) {
    const auto order = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (c.type) {
        case ValueType::date: {
            const auto t = as_instant(v);
            if (!t) return std::nullopt;
            return order(floor_div(*t, ticks_per_day), c.day);
        }
        case ValueType::datetime: {
            const auto t = as_instant(v);
            if (!t) return std::nullopt;
            return order(*t, c.ticks);
        }
        case ValueType::number:
            if (const auto n = as_number(v)) return order(*n, c.number);
            [[fallthrough]];
        default: {
            const ScalarText text(v);
            if (!text.view()) return std::nullopt;
            return compare_folded(*text.view(), c.folded);
        }
    }
}

// A positive operator on one scalar value.
bool test(const CompiledComparison& c, const json& v) {
    if (v.is_null() || v.is_object() || v.is_array()) return false;
    switch (c.positive) {
        case Operator::Contains: {
            const ScalarText text(v);
            return text.view() && contains_folded(*text.view(), c.folded);
        }
        case Operator::IsWithin: {
            const ScalarText text(v);
            if (!text.view()) return false;
            for (const auto& item : c.items)
                if (item.size() == text.view()->size() && compare_folded(*text.view(), item) == 0) return true;
            return false;
        }
        default: break;
    }
    const auto cmp = compare(c, v);
    if (!cmp) return false;
    switch (c.positive) {
        case Operator::Equals: return *cmp == 0;
        case Operator::GreaterThan: return *cmp > 0;
        case Operator::GreaterOrEqual: return *cmp >= 0;
        case Operator::LessThan: return *cmp < 0;
        case Operator::LessOrEquals: return *cmp <= 0;
        default: return false;
    }
}

bool has_value(const Found& f) {
    if (f.value == nullptr || f.value->is_null()) return false;
    if (f.value->is_string()) return !f.value->get_ref<const std::string&>().empty();
    if (f.value->is_array()) return !f.value->empty();
    return true;
}

// The positive operator on what the lookup found: any element of an array matches.
bool positive(const CompiledComparison& c, const Found& f) {
    if (c.positive == Operator::HasValue) return has_value(f);
    if (f.value == nullptr) return false;
    if (f.item_values) {
        for (const auto& item : *f.value)
            if (const json* v = member(item, "value"); v != nullptr && test(c, *v)) return true;
        return false;
    }
    if (!f.value->is_array()) return test(c, *f.value);
    for (const auto& element : *f.value)
        if (test(c, element)) return true;
    return false;
}

// The positive operator a negated one complements, or the operator itself.
Operator positive_of(Operator op) {
    switch (op) {
        case Operator::NotEquals: return Operator::Equals;
        case Operator::HasNoValue: return Operator::HasValue;
        case Operator::NotContains: return Operator::Contains;
        case Operator::NotWithin: return Operator::IsWithin;
        default: return op;
    }
}

}  // namespace

CompiledComparison::CompiledComparison(const Comparison& c)
    : field(c.field.name), positive(positive_of(c.op)), negate(positive != c.op) {
    if (!c.value) return;
    type = c.value->type();
    folded = ascii_lower(c.value->raw);
    if (const auto* n = std::get_if<NumberValue>(&c.value->typed)) number = n->value;
    if (const auto* d = std::get_if<DateValue>(&c.value->typed)) day = days_from_civil(d->date);
    if (const auto* t = std::get_if<DateTimeValue>(&c.value->typed)) ticks = t->ticks;
    if (const auto* list = std::get_if<ListValue>(&c.value->typed))
        for (const auto& item : list->items) items.push_back(ascii_lower(item));
}

bool matches(const CompiledComparison& c, const json& record) {
    const bool result = positive(c, lookup(record, c.field));
    return c.negate ? !result : result;
}

std::optional<double> as_number(const json& v) {
    if (v.is_number()) return v.get<double>();
    if (!v.is_string()) return std::nullopt;
    const auto& s = v.get_ref<const std::string&>();
    if (!numeric_text(s)) return std::nullopt;
    double x = 0;
    std::from_chars(s.data(), s.data() + s.size(), x);
    return x;
}

std::optional<std::int64_t> as_instant(const json& v) {
    if (!v.is_string()) return std::nullopt;
    const std::string_view s = v.get_ref<const std::string&>();
    if (s.size() == 10) {
        if (const auto d = match_date(s); d.match == Match::valid) return days_from_civil(d.date) * ticks_per_day;
        return std::nullopt;
    }
    if (const auto t = match_datetime(s); t.match == Match::valid) return t.ticks;
    return std::nullopt;
}

ScalarText::ScalarText(const json& v) {
    if (v.is_string()) {
        view_ = v.get_ref<const std::string&>();
    } else if (v.is_boolean()) {
        view_ = v.get<bool>() ? "true" : "false";
    } else if (v.is_number_integer() || v.is_number_float()) {
        std::to_chars_result r{};
        if (v.is_number_unsigned()) r = std::to_chars(buffer_, buffer_ + sizeof buffer_, v.get<std::uint64_t>());
        else if (v.is_number_integer()) r = std::to_chars(buffer_, buffer_ + sizeof buffer_, v.get<std::int64_t>());
        else r = std::to_chars(buffer_, buffer_ + sizeof buffer_, v.get<double>());
        view_ = std::string_view(buffer_, static_cast<std::size_t>(r.ptr - buffer_));
    }
}

int compare_folded(std::string_view record, std::string_view folded) {
    const std::size_t n = std::min(record.size(), folded.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto a = static_cast<unsigned char>(fold(record[i]));
        const auto b = static_cast<unsigned char>(folded[i]);
        if (a != b) return a < b ? -1 : 1;
    }
    return record.size() < folded.size() ? -1 : (record.size() > folded.size() ? 1 : 0);
}

}  // namespace plutora::filter::detail
