#include <array>
#include <cstdio>

#include "plutora/filter/ast.hpp"
#include "util/calendar.hpp"

namespace plutora::filter {

std::string_view operator_name(Operator op) {
    static constexpr std::array<std::string_view, 12> names = {
        "Equals",      "NotEquals",      "HasValue", "HasNoValue",   "Contains", "NotContains",
        "GreaterThan", "GreaterOrEqual", "LessThan", "LessOrEquals", "IsWithin", "NotWithin"};
    return names[static_cast<std::size_t>(op)];
}

bool is_unary(Operator op) { return op == Operator::HasValue || op == Operator::HasNoValue; }
bool takes_list(Operator op) { return op == Operator::IsWithin || op == Operator::NotWithin; }
bool is_ordering(Operator op) {
    return op == Operator::GreaterThan || op == Operator::GreaterOrEqual || op == Operator::LessThan ||
           op == Operator::LessOrEquals;
}

std::string_view value_type_name(ValueType t) {
    static constexpr std::array<std::string_view, 5> names = {"text", "number", "date", "datetime", "list"};
    return names[static_cast<std::size_t>(t)];
}

std::string to_iso(const CivilDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, d.month, d.day);
    return buf;
}

std::string to_iso(const DateTimeValue& dt) {
    using detail::ticks_per_day;
    using detail::ticks_per_second;
    std::int64_t days = dt.ticks / ticks_per_day;
    std::int64_t rest = dt.ticks % ticks_per_day;
    if (rest < 0) rest += ticks_per_day, --days;
    const auto seconds = rest / ticks_per_second;
    auto fraction = rest % ticks_per_second;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d", to_iso(detail::civil_from_days(days)).c_str(),
                  static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    std::string out = buf;
    if (fraction != 0) {
        char frac[16];
        std::snprintf(frac, sizeof frac, ".%07lld", static_cast<long long>(fraction));
        std::string f = frac;
        while (f.back() == '0') f.pop_back();
        out += f;
    }
    return out + "Z";
}

bool operator==(const Value& a, const Value& b) { return a.raw == b.raw && a.typed == b.typed; }

bool operator==(const Comparison& a, const Comparison& b) {
    return a.field.name == b.field.name && a.op == b.op && a.value == b.value;
}

bool operator==(const Chain& a, const Chain& b) { return a.junction == b.junction && a.operands == b.operands; }

bool operator==(const Node& a, const Node& b) { return a.node == b.node; }

const Span& Node::span() const {
    return std::visit([](const auto& n) -> const Span& { return n.span; }, node);
}

}  // namespace plutora::filter
