#include "check/typing.hpp"

#include <algorithm>

#include "util/calendar.hpp"
#include "util/numbers.hpp"

namespace plutora::filter::detail {
void type_value(Value& v, Operator op, const FieldInfo* field) {
    const std::string& raw = v.raw;
    const auto type = field != nullptr ? field->type : FieldType::string;
    const bool by_shape = field == nullptr;
    const bool shaped = may_be_date_or_number(raw);  // words are text without trying the readers
    const bool dates = shaped && (by_shape || type == FieldType::date || type == FieldType::datetime);
    const bool numbers = shaped && (by_shape || type == FieldType::integer || type == FieldType::number);
    if (takes_list(op)) {
        ListValue list;
        list.items.reserve(static_cast<std::size_t>(std::count(raw.begin(), raw.end(), ',')) + 1);  // one allocation
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = raw.find(',', start);
            list.items.emplace_back(std::string_view(raw).substr(start, comma - start));  // no temporary string
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        v.typed = std::move(list);
    } else if (const auto d = dates ? match_date(raw) : DateMatch{}; d.match == Match::valid) {
        v.typed = DateValue{d.date};
    } else if (const auto dt = dates ? match_datetime(raw) : DateTimeMatch{}; dt.match == Match::valid) {
        v.typed = DateTimeValue{dt.ticks};
    } else if (const auto n = numbers ? number_in_text(raw) : std::nullopt) {
        v.typed = NumberValue{*n};
    } else {
        v.typed = TextValue{};
    }
}

}  // namespace plutora::filter::detail
