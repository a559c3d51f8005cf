#include "eval/view.hpp"

#include "util/calendar.hpp"

namespace plutora::filter::detail {
std::uint64_t folded_hash(std::string_view s) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(lower_byte(c))) * 1099511628211ULL;
    return h;
}

Key::Key(std::string_view name) : spelling(name), folded(ascii_lower(name)), hash(folded_hash(name)) {
    if (name.empty()) return;
    std::string rest_upper = folded.substr(1);
    for (char& c : rest_upper) c = upper_byte(c);
    const std::string_view rest_lower = std::string_view(folded).substr(1);
    const char lower = folded[0];
    const char upper = upper_byte(lower);
    case_ranges.emplace_back(upper + rest_upper, upper + std::string(rest_lower));
    if (lower != upper) case_ranges.emplace_back(lower + rest_upper, std::string(folded));
}

int compare_folded(std::string_view record, std::string_view folded) {
    const std::size_t n = std::min(record.size(), folded.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto a = static_cast<unsigned char>(lower_byte(record[i]));
        const auto b = static_cast<unsigned char>(folded[i]);
        if (a != b) return a < b ? -1 : 1;
    }
    return record.size() < folded.size() ? -1 : (record.size() > folded.size() ? 1 : 0);
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size()) return false;
    // Candidates are found by the first byte in either case; only they are compared folded.
    const char lower = needle[0];
    const char upper = upper_byte(lower);
    const std::size_t last = haystack.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        if (haystack[i] != lower && haystack[i] != upper) continue;
        std::size_t k = 1;
        while (k < needle.size() && lower_byte(haystack[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

int compare_decimal(std::string_view a, std::string_view b) {
    const bool a_negative = a.starts_with('-');
    const bool b_negative = b.starts_with('-');
    if (a_negative) a.remove_prefix(1);
    if (b_negative) b.remove_prefix(1);
    const auto split = [](std::string_view s) {  // integer digits without leading zeros, fraction without trailing zeros
        const auto dot = s.find('.');
        std::string_view whole = s.substr(0, dot);
        std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
        while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
        while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
        return std::pair{whole, fraction};
    };
    const auto [aw, af] = split(a);
    const auto [bw, bf] = split(b);
    const bool a_zero = aw == "0" && af.empty();
    const bool b_zero = bw == "0" && bf.empty();
    const int a_sign = a_zero ? 0 : (a_negative ? -1 : 1);
    const int b_sign = b_zero ? 0 : (b_negative ? -1 : 1);
    if (a_sign != b_sign) return a_sign < b_sign ? -1 : 1;
    int magnitude = 0;  // |a| against |b|
    if (aw.size() != bw.size()) magnitude = aw.size() < bw.size() ? -1 : 1;
    else if (const int c = aw.compare(bw); c != 0) magnitude = c < 0 ? -1 : 1;
    else if (const int f = af.compare(bf); f != 0) magnitude = f < 0 ? -1 : 1;
    return a_sign < 0 ? -magnitude : magnitude;
}

std::optional<std::int64_t> instant_in_text(std::string_view s) {
    if (s.size() == 10) {
        if (const auto d = match_date(s); d.match == Match::valid) return days_from_civil(d.date) * ticks_per_day;
        return std::nullopt;
    }
    if (const auto t = match_datetime(s, std::string_view::npos); t.match == Match::valid) return t.ticks;
    return std::nullopt;
}

ScalarText::ScalarText(const nlohmann::json& v) {
    if (v.is_string()) set(std::string_view(v.get_ref<const std::string&>()));
    else if (v.is_boolean()) set(v.get<bool>());
    else if (v.is_number_unsigned()) set_number(v.get<std::uint64_t>());
    else if (v.is_number_integer()) set_number(v.get<std::int64_t>());
    else if (v.is_number_float()) set_number(v.get<double>());
}

ValueKind JsonView::kind() const {
    switch (v_->type()) {
        case nlohmann::json::value_t::boolean: return ValueKind::boolean;
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: return ValueKind::number;
        case nlohmann::json::value_t::string: return ValueKind::string;
        case nlohmann::json::value_t::array: return ValueKind::array;
        case nlohmann::json::value_t::object: return ValueKind::object;
        default: return ValueKind::null;
    }
}

std::optional<JsonView> JsonView::member(const Key& key) const {
    if (!v_->is_object()) return std::nullopt;
    const auto& object = v_->get_ref<const nlohmann::json::object_t&>();
    if (const auto it = object.find(key.spelling); it != object.end()) return JsonView(it->second);
    for (const auto& [low, high] : key.case_ranges)  // in map order: the first match is the first key
        for (auto it = object.lower_bound(low); it != object.end() && it->first <= high; ++it)
            if (iequals(it->first, key.spelling)) return JsonView(it->second);
    return std::nullopt;
}

std::optional<double> JsonView::number() const {
    if (v_->is_number()) return v_->get<double>();
    if (!v_->is_string()) return std::nullopt;
    return number_in_text(v_->get_ref<const std::string&>());
}

std::optional<std::int64_t> JsonView::instant() const {
    if (!v_->is_string()) return std::nullopt;
    return instant_in_text(v_->get_ref<const std::string&>());
}

}  // namespace plutora::filter::detail
