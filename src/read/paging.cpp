#include "read/paging.hpp"

#include "plutora/filter/request.hpp"
#include "util/text.hpp"

#include <charconv>

namespace plutora::filter::detail {

std::optional<PagingFinding> read_paging_number(std::string_view text, bool records, std::string_view name,
                                                std::uint32_t& value) {
    const std::string who(name);
    if (text.empty()) {
        value = records ? 100 : 0;
        return PagingFinding{Code::W111, who + " is empty; the default " + (records ? "100" : "0") + " applies"};
    }
    const bool negative = text.front() == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    std::uint64_t n = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || end != digits.data() + digits.size() || ec == std::errc::invalid_argument)
        return PagingFinding{Code::E015, who + " must be a whole number, found `" + std::string(text) + "`"};
    if (negative && n != 0) return PagingFinding{Code::E015, who + " must not be negative, found `" + std::string(text) + "`"};
    if (ec == std::errc::result_out_of_range || n > UINT32_MAX) {
        if (!records) return PagingFinding{Code::E015, who + " is too large: `" + std::string(text) + "`"};
        n = 101;  // capped below like any other large page size
    }
    if (!records) {
        value = static_cast<std::uint32_t>(n);
        return std::nullopt;
    }
    if (n == 0) {
        value = 100;
        return PagingFinding{Code::W111, who + " 0 means the default; 100 records per page apply"};
    }
    if (n > 100) {
        value = 100;
        return PagingFinding{Code::W104, who + " " + std::string(text) + " is over 100; the API caps it at 100"};
    }
    value = static_cast<std::uint32_t>(n);
    return std::nullopt;
}

}  // namespace plutora::filter::detail

namespace plutora::filter {

std::optional<Diagnostic> set_paging(Paging& paging, bool records_per_page, std::int64_t value, std::string_view name) {
    auto& target = records_per_page ? paging.records_per_page : paging.page_num;
    auto finding = detail::read_paging_number(std::to_string(value), records_per_page, name, target);
    if (!finding) return std::nullopt;
    Diagnostic d;
    d.code = finding->code;
    d.severity = static_cast<unsigned>(finding->code) < 100 ? Severity::error : Severity::warning;
    d.message = std::move(finding->message);
    return d;
}

std::optional<SortKey> parse_sort_key(std::string_view text) {
    const auto colon = text.rfind(':');
    const std::string direction = colon == std::string_view::npos ? "asc" : detail::ascii_lower(text.substr(colon + 1));
    const std::string_view field = colon == std::string_view::npos ? text : text.substr(0, colon);
    if (field.empty() || (direction != "asc" && direction != "desc")) return std::nullopt;
    return SortKey{std::string(field), direction == "desc"};
}

}  // namespace plutora::filter
