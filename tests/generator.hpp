// Random filters that are valid by construction: random spellings, letter cases, spacing,
// backticks, value types and nesting (a chain is all groups or all bare comparisons).
#pragma once

#include <cctype>
#include <random>
#include <string>

class Generator {
public:
    /// `or_allowed == false` gives filters that join everything with and (searchFilters can
    /// express those).
    explicit Generator(unsigned seed, bool or_allowed = true) : rng_(seed), or_allowed_(or_allowed) {}

    std::string filter() { return expr(0); }

private:
    std::mt19937 rng_;
    bool or_allowed_;

    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    bool coin() { return pick(2) == 0; }
    template <typename T, std::size_t N>
    const T& one_of(const T (&items)[N]) { return items[pick(N)]; }

    std::string cased(std::string s) {
        for (auto& c : s) {
            const int r = static_cast<int>(pick(3));
            if (r == 0) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            else if (r == 1) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return s;
    }
    std::string space() {
        static const char* spaces[] = {" ", " ", " ", "  ", "\t", "\n", " \r\n "};
        return one_of(spaces);
    }

    std::string field() {
        static const char* names[] = {"Name", "name", "LastModifiedDate", "Field_Name", "additionalInformation.Tier",
                                      "Last Modified", "\xE5\x90\x8D\xE5\x89\x8D", "id", "x.y.z", "Status#"};
        const std::string n = one_of(names);
        return n.find(' ') != std::string::npos || coin() ? "`" + n + "`" : n;
    }

    std::string value(bool list) {
        static const char* texts[] = {"abc",        "ABC xyz",    "Defect",  "#",          "2019-02-01", "2019/02/01",
                                      "02/28/2020", "29-02-2020", "42",      "-3.25",      "007",        "a=b",
                                      "O\xE2\x80\x99" "Brien",    "caf\xC3\xA9", "\xE2\x88\x85 empty", "2025-07-15T09:00:00",
                                      "2025-07-15T09:00:00.5+02:00", "Change 1", "x_y"};
        static const char* lists[] = {"Change 1,Change 2,Change 3", "a,b", "1,2,3", "solo", "Open,In Progress"};
        const std::string v = list ? one_of(lists) : one_of(texts);
        const bool needs_ticks = v.find_first_of(" \xE2") != std::string::npos;
        return needs_ticks || coin() ? "`" + v + "`" : v;
    }

    std::string comparison() {
        static const char* unary[] = {"!\xE2\x88\x85", "\xE2\x88\x85", "hasvalue", "has value", "has no value",
                                      "`Has Value`", "hasnovalue"};
        static const char* binary[] = {"=",           "equals",         "equal",        "!=",           "not equal",
                                       "notequals",   "~",              "contains",     "like",         "!~",
                                       "not contains", "not like",      ">",            "greater than", "`Greater Than`",
                                       ">=",          "greaterorequal", "greater or equals", "<",        "less than",
                                       "<=",          "lessorequals",   "less or equal"};
        static const char* lists[] = {"iswithin", "is within", "notwithin", "not within", "`Is Within`"};
        const std::size_t kind = pick(6);
        if (kind == 0) return field() + space() + cased(one_of(unary));
        if (kind == 1) return field() + space() + cased(one_of(lists)) + space() + value(true);
        return field() + space() + cased(one_of(binary)) + space() + value(false);
    }

    std::string expr(int depth) {
        const std::size_t n = 1 + pick(depth == 0 ? 4 : 3);
        const bool grouped = depth < 3 && coin();
        std::string out;
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0) out += space() + cased(coin() || !or_allowed_ ? "and" : "or") + space();
            out += grouped ? "(" + space() + expr(depth + 1) + space() + ")" : comparison();
        }
        return out;
    }
};

