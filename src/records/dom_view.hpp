// A record view straight over simdjson's DOM: for one pass of one filter over a stream, nothing
// is built beyond simdjson's own tape. Values are read when the filter asks for them.
#pragma once

#include <charconv>
#include <simdjson.h>

#include "eval/view.hpp"

namespace plutora::filter::detail {

/// The text of a scalar simdjson value.
class DomText : public ScalarTextBuffer {
public:
    explicit DomText(simdjson::dom::element e) {
        using simdjson::dom::element_type;
        switch (e.type()) {
            case element_type::STRING: set(std::string_view(e)); break;
            case element_type::BOOL: set(bool(e)); break;
            case element_type::INT64: set_number(std::int64_t(e)); break;
            case element_type::UINT64: set_number(std::uint64_t(e)); break;
            case element_type::DOUBLE: set_number(double(e)); break;
            default: break;
        }
    }
};

class DomView {
public:
    explicit DomView(simdjson::dom::element e) : e_(e) {}

    [[nodiscard]] ValueKind kind() const {
        using simdjson::dom::element_type;
        switch (e_.type()) {
            case element_type::OBJECT: return ValueKind::object;
            case element_type::ARRAY: return ValueKind::array;
            case element_type::STRING: return ValueKind::string;
            case element_type::BOOL: return ValueKind::boolean;
            case element_type::NULL_VALUE: return ValueKind::null;
            default: return ValueKind::number;
        }
    }
    /// As nlohmann::json answers: the exact spelling (its last duplicate), else the first
    /// spelling ignoring case in byte order.
    [[nodiscard]] std::optional<DomView> member(const Key& key) const {
        if (!e_.is_object()) return std::nullopt;
        std::optional<simdjson::dom::element> exact;
        std::optional<std::pair<std::string_view, simdjson::dom::element>> best;
        for (const auto field : simdjson::dom::object(e_)) {
            if (field.key.size() != key.spelling.size() || !iequals(field.key, key.spelling)) continue;
            if (field.key == key.spelling) exact = field.value;
            else if (!best || field.key <= best->first) best = {field.key, field.value};
        }
        if (exact) return DomView(*exact);
        if (best) return DomView(best->second);
        return std::nullopt;
    }
    [[nodiscard]] std::size_t size() const {
        if (e_.is_string()) return std::string_view(e_).size();
        return e_.is_array() ? simdjson::dom::array(e_).size() : 0;
    }
    [[nodiscard]] DomView item(std::size_t i) const {
        simdjson::dom::element out;
        const auto error = simdjson::dom::array(e_).at(i).get(out);  // i < size(): cannot fail
        static_cast<void>(error);
        return DomView(out);
    }
    [[nodiscard]] std::string_view string() const { return std::string_view(e_); }
    [[nodiscard]] std::optional<double> number() const {
        using simdjson::dom::element_type;
        switch (e_.type()) {
            case element_type::INT64: return static_cast<double>(std::int64_t(e_));
            case element_type::UINT64: return static_cast<double>(std::uint64_t(e_));
            case element_type::DOUBLE: return double(e_);
            case element_type::STRING: return number_in_text(std::string_view(e_));
            default: return std::nullopt;
        }
    }
    [[nodiscard]] bool exact() const {
        using simdjson::dom::element_type;
        const auto t = e_.type();
        return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::STRING;
    }
    [[nodiscard]] std::optional<std::int64_t> instant() const {
        if (!e_.is_string()) return std::nullopt;
        return instant_in_text(std::string_view(e_));
    }
    [[nodiscard]] DomText text() const { return DomText(e_); }

private:
    simdjson::dom::element e_;
};
static_assert(RecordView<DomView>);

}  // namespace plutora::filter::detail
