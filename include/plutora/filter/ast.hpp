// The one syntax tree every stage reads: parse builds it, lint checks it, format and the
// emitters print it, eval matches records with it.
//
//   auto r = plutora::filter::parse("( `Name` contains `ABC` ) or ( `Id` > 5 )");
//   const auto& chain = std::get<plutora::filter::Chain>(r.filter->root.node);
//   // chain.junction == Junction::Or, chain.operands.size() == 2
//
// Groups do not survive parsing: `(a and b) and c` is one And chain of three, and a single
// comparison in parentheses is just that comparison. Equality (`==`) is structural: it ignores
// spans and source spelling (backticks, operator spelling, whitespace), which is what the round
// trip `parse(format(x)) == parse(x)` needs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plutora::filter {

/// A range of bytes in the text the node was read from.
struct Span {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    [[nodiscard]] std::uint32_t end() const { return offset + length; }
};

/// The twelve operators, by canonical name.
enum class Operator : std::uint8_t {
    Equals,
    NotEquals,
    HasValue,
    HasNoValue,
    Contains,
    NotContains,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEquals,
    IsWithin,
    NotWithin,
};

/// Canonical name, as `format` prints it: "GreaterOrEqual".
[[nodiscard]] std::string_view operator_name(Operator op);
/// True for HasValue and HasNoValue, which take no value.
[[nodiscard]] bool is_unary(Operator op);
/// True for IsWithin and NotWithin, whose value is a comma-separated list.
[[nodiscard]] bool takes_list(Operator op);
/// True for the four ordering operators (>, >=, <, <=).
[[nodiscard]] bool is_ordering(Operator op);

/// A proleptic Gregorian calendar day, year 1..9999.
struct CivilDate {
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};
/// "YYYY-MM-DD".
[[nodiscard]] std::string to_iso(const CivilDate& d);

/// How a value was typed at parse time.
enum class ValueType : std::uint8_t { text, number, date, datetime, list };
/// "text", "number", "date", "datetime" or "list".
[[nodiscard]] std::string_view value_type_name(ValueType t);

struct TextValue {
    friend bool operator==(const TextValue&, const TextValue&) = default;
};
struct NumberValue {
    double value = 0;
    friend bool operator==(const NumberValue&, const NumberValue&) = default;
};
/// A date in one of the four supported formats; compared at day granularity.
struct DateValue {
    CivilDate date;
    friend bool operator==(const DateValue&, const DateValue&) = default;
};
/// An ISO 8601 date-time, as an instant: 100 ns ticks since 1970-01-01T00:00:00Z.
struct DateTimeValue {
    std::int64_t ticks = 0;
    friend bool operator==(const DateTimeValue&, const DateTimeValue&) = default;
};
/// "YYYY-MM-DDTHH:MM:SS[.f]Z", trailing fraction zeros dropped.
[[nodiscard]] std::string to_iso(const DateTimeValue& dt);
/// The items of an IsWithin / NotWithin value, split on ',' and kept verbatim.
struct ListValue {
    std::vector<std::string> items;
    friend bool operator==(const ListValue&, const ListValue&) = default;
};

/// A value: the verbatim text plus its type.
struct Value {
    std::string raw;  ///< verbatim, without backticks
    std::variant<TextValue, NumberValue, DateValue, DateTimeValue, ListValue> typed;
    Span span;  ///< the whole token, backticks included
    [[nodiscard]] ValueType type() const { return static_cast<ValueType>(typed.index()); }
};
[[nodiscard]] bool operator==(const Value& a, const Value& b);

/// A field name, verbatim (spelling and case kept).
struct Field {
    std::string name;
    Span span;  ///< the whole token, backticks included
};

/// `field operator [value]`; `value` is present exactly when the operator is binary.
struct Comparison {
    Field field;
    Operator op = Operator::Equals;
    std::optional<Value> value;
    Span op_span;
    Span span;  ///< field through value
};
[[nodiscard]] bool operator==(const Comparison& a, const Comparison& b);

enum class Junction : std::uint8_t { And, Or };

struct Node;
/// Two or more operands joined by one junction. Never directly contains a chain of the same
/// junction (those are flattened).
struct Chain {
    Junction junction = Junction::And;
    std::vector<Node> operands;
    Span span;
};
[[nodiscard]] bool operator==(const Chain& a, const Chain& b);

struct Node {
    std::variant<Comparison, Chain> node;
    [[nodiscard]] const Span& span() const;
};
[[nodiscard]] bool operator==(const Node& a, const Node& b);

/// A parsed filter.
struct Filter {
    Node root;
    friend bool operator==(const Filter& a, const Filter& b) { return a.root == b.root; }
};

}  // namespace plutora::filter
