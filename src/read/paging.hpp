// SPEC 5's pagination rules, for every place a number arrives as text: a query parameter, a
// body value, a command-line flag.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "plutora/filter/diagnostic.hpp"

namespace plutora::filter::detail {

struct PagingFinding {
    Code code;  ///< E015, W104 or W111
    std::string message;
};

/// Reads pageNum (`records == false`) or recordsPerPage into `value`: empty means the default
/// (W111), 0 records too (W111), over 100 records is capped (W104), negative or not a whole
/// number is E015 (value unchanged). `name` is the parameter as the user wrote it.
[[nodiscard]] std::optional<PagingFinding> read_paging_number(std::string_view text, bool records,
                                                              std::string_view name, std::uint32_t& value);

}  // namespace plutora::filter::detail
