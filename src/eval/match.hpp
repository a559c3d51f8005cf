// One comparison, compiled: the operator reduced to its positive form plus a negation (so
// every negated operator is the exact complement of its positive one), the value prepared
// once — folded text, number, day, instant, folded list items.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/lookup.hpp"
#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

struct CompiledComparison {
    FieldPath field;
    Operator positive;  ///< Equals, HasValue, Contains, an ordering, or IsWithin
    bool negate = false;
    ValueType type = ValueType::text;
    std::string folded;  ///< the value's text, ASCII lower case
    double number = 0;
    std::int64_t day = 0;    ///< date: days since 1970-01-01
    std::int64_t ticks = 0;  ///< datetime: 100 ns since 1970-01-01T00:00:00Z
    std::vector<std::string> items;  ///< IsWithin items, ASCII lower case

    explicit CompiledComparison(const Comparison& c);
};

[[nodiscard]] bool matches(const CompiledComparison& c, const json& record);

/// A record value read as a number: a JSON number, or a string like `-12.5`.
[[nodiscard]] std::optional<double> as_number(const json& v);
/// A record value read as an instant (100 ns ticks, UTC): an ISO 8601 date-time, or a date in
/// one of the four formats at midnight.
[[nodiscard]] std::optional<std::int64_t> as_instant(const json& v);

/// The text of a scalar record value: a string as it is, a number or boolean as JSON writes it.
class ScalarText {
public:
    explicit ScalarText(const json& v);
    ScalarText(const ScalarText&) = delete;  // the view may point into the buffer
    ScalarText& operator=(const ScalarText&) = delete;
    [[nodiscard]] std::optional<std::string_view> view() const { return view_; }

private:
    char buffer_[32];
    std::optional<std::string_view> view_;
};

/// Compares `record` with `folded` (already lower case) ignoring ASCII case: <0, 0, >0.
[[nodiscard]] int compare_folded(std::string_view record, std::string_view folded);

}  // namespace plutora::filter::detail
