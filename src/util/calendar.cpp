#include "util/calendar.hpp"

#include <array>
#include <cstdio>

namespace plutora::filter::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!is_digit(s[i])) return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

constexpr std::array<const char*, 12> month_names = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

DateMatch check_calendar(int y, int m, int d) {
    DateMatch r;
    r.match = Match::invalid;
    if (y < 1) {
        r.problem = "year 0000 does not exist; years run from 0001 to 9999";
    } else if (m < 1 || m > 12) {
        r.problem = "month " + std::to_string(m) + " does not exist";
    } else if (d < 1 || static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(m))) {
        r.problem = std::string(month_names[static_cast<std::size_t>(m - 1)]) + " " + std::to_string(y) + " has " +
                    std::to_string(days_in_month(y, static_cast<unsigned>(m))) + " days";
    } else {
        r.match = Match::valid;
        r.date = CivilDate{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
    }
    return r;
}

}  // namespace

unsigned days_in_month(int year, unsigned month) {
    static constexpr std::array<unsigned, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_civil(const CivilDate& d) {
    const std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = d.month > 2 ? d.month - 3 : d.month + 9;
    const unsigned doy = (153 * mp + 2) / 5 + d.day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

DateMatch match_date(std::string_view s) {
    if (s.size() != 10) return {};
    int y = 0, m = 0, d = 0;
    const auto at = [&](std::size_t i, char c) { return s[i] == c; };
    if ((at(4, '/') && at(7, '/')) || (at(4, '-') && at(7, '-'))) {  // YYYY/MM/DD, YYYY-MM-DD
        if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return {};
    } else if (at(2, '/') && at(5, '/')) {  // MM/DD/YYYY
        if (!digits(s, 0, 2, m) || !digits(s, 3, 2, d) || !digits(s, 6, 4, y)) return {};
    } else if (at(2, '-') && at(5, '-')) {  // DD-MM-YYYY
        if (!digits(s, 0, 2, d) || !digits(s, 3, 2, m) || !digits(s, 6, 4, y)) return {};
    } else {
        return {};
    }
    return check_calendar(y, m, d);
}

DateTimeMatch match_datetime(std::string_view s, std::size_t max_fraction_digits) {
    DateTimeMatch r;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (s.size() < 16 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi))
        return r;
    std::size_t i = 16;
    std::int64_t fraction = 0;  // in ticks
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, sec)) return r;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            std::size_t n = 0;
            std::int64_t scale = ticks_per_second;
            for (++i; i < s.size() && is_digit(s[i]); ++i, ++n) {  // digits past 100 ns are read and dropped
                scale /= 10;
                fraction += (s[i] - '0') * scale;
            }
            if (n < 1 || n > max_fraction_digits) return r;
        }
    }
    std::int64_t offset_minutes = 0;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int oh = 0, om = 0;
        if (!digits(s, i + 1, 2, oh) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(s, i + 4, 2, om)) return r;
        if (oh > 23 || om > 59) {
            r.match = Match::invalid;
            r.problem = "the offset " + std::string(s.substr(i, 6)) + " is not a time zone offset";
            return r;
        }
        offset_minutes = (oh * 60 + om) * (s[i] == '-' ? -1 : 1);
        i += 6;
    }
    if (i != s.size()) return r;
    r.match = Match::invalid;
    const DateMatch date = check_calendar(y, mo, d);
    if (date.match != Match::valid) {
        r.problem = date.problem;
        return r;
    }
    if (h > 23 || mi > 59 || sec > 59) {
        r.problem = std::string(s.substr(11, i > 19 ? 8 : 5)) + " is not a time of day";
        return r;
    }
    r.ticks = days_from_civil(date.date) * ticks_per_day + ((h * 60 + mi - offset_minutes) * 60 + sec) * ticks_per_second + fraction;
    const CivilDate utc = civil_from_days(r.ticks >= 0 ? r.ticks / ticks_per_day : -((-r.ticks - 1) / ticks_per_day) - 1);
    if (utc.year < 1 || utc.year > 9999) {
        r.problem = "the instant falls outside the years 0001 to 9999";
        return r;
    }
    r.match = Match::valid;
    return r;
}

bool looks_like_date(std::string_view s) {
    // Three digit groups with one separator: 1-4, 1-2 and 1-4 digits.
    std::array<std::size_t, 3> len{};
    std::size_t i = 0;
    char sep = 0;
    for (std::size_t g = 0; g < 3; ++g) {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        len[g] = i - start;
        if (len[g] == 0 || len[g] > (g == 1 ? 2U : 4U)) return false;
        if (g < 2) {
            if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return false;
            if (sep != 0 && s[i] != sep) return false;
            sep = s[i++];
        }
    }
    if (i < s.size() && s[i] != ' ' && s[i] != 'T' && s[i] != 't') return false;
    const bool has_year = len[0] == 4 || len[2] == 4;
    if (len[0] + len[1] + len[2] < 6) return false;  // 1-2-3 is an id, not a date
    return sep != '.' || has_year;
}

}  // namespace plutora::filter::detail
