#pragma once

#include <doctest/doctest.h>

#include <plutora/filter/filter.hpp>
#include <string>
#include <vector>

namespace pf = plutora::filter;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (const auto& s : v) out += (out.size() > 1 ? ", " : "") + s;
        return (out + "}").c_str();
    }
};
}  // namespace doctest

inline pf::ParseResult parse_strict(std::string_view text) { return pf::parse(text, pf::Options{pf::Profile::strict, {}}); }

/// The codes of a result's diagnostics, in order: {"E008", "W101"}.
inline std::vector<std::string> codes(const pf::ParseResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(pf::code_name(d.code));
    return out;
}

/// The single comparison a filter parsed to.
inline const pf::Comparison& only_comparison(const pf::ParseResult& r) {
    REQUIRE(r.filter);
    const auto* c = std::get_if<pf::Comparison>(&r.filter->root.node);
    REQUIRE(c != nullptr);
    return *c;
}

inline std::vector<std::string> codes_of(const pf::ReadResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(pf::code_name(d.code));
    return out;
}

inline const pf::Diagnostic* find_code(const pf::ParseResult& r, pf::Code code) {
    for (const auto& d : r.diagnostics)
        if (d.code == code) return &d;
    return nullptr;
}

inline std::string canonical(std::string_view text) {
    const auto r = pf::parse(text);
    REQUIRE_MESSAGE(r.filter, text);
    return pf::format(*r.filter);
}
