#include "read/paging.hpp"

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
