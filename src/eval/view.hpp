// Records behind a small view, so matching (lookup, match, sort keys) is one implementation over
// any representation: `JsonView` over nlohmann::json here, `records/record_set.hpp`'s view over
// records loaded once. A view answers what SPEC 5 asks of a value:
//
//   kind()            null, boolean, number, string, array or object
//   member(key)       an object's member, ignoring ASCII case (the exact spelling first)
//   size(), item(i)   an array's elements; size() of a string is its length
//   string()          a string's text
//   number()          a JSON number, or a string like `-12.5`
//   exact()           the value's text is its number exactly (a JSON integer, or a string), so
//                     numbers equal as doubles can be told apart by text (past 2^53, decimals)
//   instant()         a string holding a date or date-time, as 100 ns ticks (UTC)
//   text()            a scalar's text: a string as it is, a number or boolean as JSON writes it
#pragma once

#include <charconv>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/numbers.hpp"
#include "util/text.hpp"

namespace plutora::filter::detail {

enum class ValueKind : std::uint8_t { null, boolean, number, string, array, object };

/// A member name prepared once: its spelling, its ASCII lower case and a hash of that.
struct Key {
    std::string spelling;
    std::string folded;
    std::uint64_t hash = 0;
    /// Where other case spellings can be in byte order: for each case of the first byte, from
    /// that byte followed by the rest in upper case to it followed by the rest in lower case
    /// (upper case sorts first). An ordered map is searched in these ranges, not walked whole.
    /// One range when the first byte is not a letter; none for the empty name.
    std::vector<std::pair<std::string, std::string>> case_ranges;
    explicit Key(std::string_view name);
};
/// FNV-1a of the ASCII lower case of `s`: equal for spellings that differ only in case.
[[nodiscard]] std::uint64_t folded_hash(std::string_view s);

/// The text of a scalar, with how it compares ignoring case.
template <typename T>
concept ScalarTextLike = requires(const T t, std::string_view folded) {
    { t.view() } -> std::same_as<std::optional<std::string_view>>;
    { t.compare(folded) } -> std::same_as<int>;      // <0, 0, >0 against already-folded text
    { t.contains(folded) } -> std::same_as<bool>;
};

template <typename V>
concept RecordView = std::copyable<V> && requires(const V v, const Key& key, std::size_t i) {
    { v.kind() } -> std::same_as<ValueKind>;
    { v.member(key) } -> std::same_as<std::optional<V>>;
    { v.size() } -> std::same_as<std::size_t>;
    { v.item(i) } -> std::same_as<V>;
    { v.string() } -> std::same_as<std::string_view>;
    { v.number() } -> std::same_as<std::optional<double>>;
    { v.exact() } -> std::same_as<bool>;
    { v.instant() } -> std::same_as<std::optional<std::int64_t>>;
    { v.text() } -> ScalarTextLike;
};

/// Compares `record` with `folded` (already lower case) ignoring ASCII case: <0, 0, >0.
[[nodiscard]] int compare_folded(std::string_view record, std::string_view folded);
/// True when `haystack` contains `needle` (already lower case) ignoring ASCII case.
[[nodiscard]] bool contains_folded(std::string_view haystack, std::string_view needle);
/// Compares two decimal texts (`-?[0-9]+(\.[0-9]+)?`) exactly: <0, 0, >0. `2.50` equals `2.5`,
/// `007` equals `7`, and integers past 2^53 differ where doubles would not.
[[nodiscard]] int compare_decimal(std::string_view a, std::string_view b);
/// A string read as an instant: an ISO 8601 date-time, or a date in one of the four formats at
/// midnight UTC; or nothing.
[[nodiscard]] std::optional<std::int64_t> instant_in_text(std::string_view s);

/// The text of a scalar: a string as it is, a boolean as `true`/`false`, a number written into a
/// small buffer as nlohmann::json writes it. The base of each view's text.
class ScalarTextBuffer {
public:
    ScalarTextBuffer() = default;
    ScalarTextBuffer(const ScalarTextBuffer&) = delete;  // the view may point into the buffer
    ScalarTextBuffer& operator=(const ScalarTextBuffer&) = delete;
    [[nodiscard]] std::optional<std::string_view> view() const { return view_; }
    [[nodiscard]] int compare(std::string_view folded) const { return compare_folded(view_.value_or(""), folded); }
    [[nodiscard]] bool contains(std::string_view folded) const { return view_ && contains_folded(*view_, folded); }

protected:
    void set(std::string_view text) { view_ = text; }
    void set(bool value) { view_ = value ? "true" : "false"; }
    template <typename Number>
    void set_number(Number value) {
        if constexpr (std::is_floating_point_v<Number>) {
            view_ = std::string_view(buffer_, write_double(value, buffer_));
        } else {
            const auto r = std::to_chars(buffer_, buffer_ + sizeof buffer_, value);
            view_ = std::string_view(buffer_, static_cast<std::size_t>(r.ptr - buffer_));
        }
    }

private:
    char buffer_[max_double_text];
    std::optional<std::string_view> view_;
};

/// The text of a scalar nlohmann value.
class ScalarText : public ScalarTextBuffer {
public:
    explicit ScalarText(const nlohmann::json& v);
};

/// A view of an nlohmann::json value. Cheap to copy: a pointer.
class JsonView {
public:
    explicit JsonView(const nlohmann::json& v) : v_(&v) {}
    [[nodiscard]] ValueKind kind() const;
    [[nodiscard]] std::optional<JsonView> member(const Key& key) const;
    [[nodiscard]] std::size_t size() const { return v_->is_string() ? v_->get_ref<const std::string&>().size() : v_->size(); }
    [[nodiscard]] JsonView item(std::size_t i) const { return JsonView((*v_)[i]); }
    [[nodiscard]] std::string_view string() const { return v_->get_ref<const std::string&>(); }
    [[nodiscard]] std::optional<double> number() const;
    [[nodiscard]] bool exact() const { return v_->is_number_integer() || v_->is_string(); }
    [[nodiscard]] std::optional<std::int64_t> instant() const;
    [[nodiscard]] ScalarText text() const { return ScalarText(*v_); }
    [[nodiscard]] const nlohmann::json& json() const { return *v_; }

private:
    const nlohmann::json* v_;
};
static_assert(RecordView<JsonView>);

}  // namespace plutora::filter::detail
