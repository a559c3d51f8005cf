// Dates and date-times: the four supported date formats, ISO 8601 date-times, and the day
// arithmetic under them. Shared by value typing, lint and (later) evaluation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

inline constexpr std::int64_t ticks_per_second = 10'000'000;  // 100 ns ticks
inline constexpr std::int64_t ticks_per_day = 86'400 * ticks_per_second;

/// Days since 1970-01-01 of a civil date (any valid date, proleptic Gregorian).
[[nodiscard]] std::int64_t days_from_civil(const CivilDate& d);
[[nodiscard]] CivilDate civil_from_days(std::int64_t days);
[[nodiscard]] unsigned days_in_month(int year, unsigned month);

/// How well a text matches a format: not at all, in shape but not a real date, or fully.
enum class Match : std::uint8_t { no, invalid, valid };

struct DateMatch {
    Match match = Match::no;
    CivilDate date;
    std::string problem;  ///< why an `invalid` match is not a date, for the message
};
/// `YYYY/MM/DD`, `YYYY-MM-DD`, `MM/DD/YYYY`, `DD-MM-YYYY`, year 0001–9999.
[[nodiscard]] DateMatch match_date(std::string_view s);

struct DateTimeMatch {
    Match match = Match::no;
    std::int64_t ticks = 0;  ///< UTC instant, 100 ns since 1970
    std::string problem;
};
/// `YYYY-MM-DDTHH:MM[:SS[.f…]][Z|±HH:MM]`, `T`/`Z` any case, no offset meaning UTC.
/// Filter values have 1–7 fraction digits (SPEC 1.3); records any number (SPEC 5 sets no
/// limit: Go and Java write nanoseconds), read to 100 ns.
[[nodiscard]] DateTimeMatch match_datetime(std::string_view s, std::size_t max_fraction_digits = 7);

/// Looks like a date but is in no supported format: `2019-2-1`, `2019.02.01`, `02/01/19`,
/// `2019-02-01 10:00`. Only meaningful for text that `match_date`/`match_datetime` rejected.
[[nodiscard]] bool looks_like_date(std::string_view s);

}  // namespace plutora::filter::detail
