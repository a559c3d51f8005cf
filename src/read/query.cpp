// SPEC 4.2: a full URL or a bare query string. `filter` is decoded and parsed as text (its
// diagnostics carry pointer `filter` and positions in the decoded text); pagination is checked.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "plutora/filter/request.hpp"
#include "plutora/filter/schema.hpp"
#include "read/paging.hpp"
#include "util/percent.hpp"
#include "util/report.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace plutora::filter {
namespace {

struct Decoded {
    std::string text;
    std::vector<std::uint32_t> origin;  ///< the raw offset each decoded byte came from
};

// Percent-decodes `raw` (at `base` in the input), `+` as space. E021 at a bad escape.
std::optional<Decoded> decode(std::string_view raw, std::uint32_t base, std::vector<Diagnostic>& out) {
    Decoded d;
    d.text.reserve(raw.size());
    d.origin.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto at = base + static_cast<std::uint32_t>(i);
        if (raw[i] == '%') {
            const int hi = i + 1 < raw.size() ? detail::hex_value(raw[i + 1]) : -1;
            const int lo = i + 2 < raw.size() ? detail::hex_value(raw[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                const auto shown = raw.substr(i, std::min<std::size_t>(3, raw.size() - i));
                out.push_back(detail::make_diagnostic(
                    Code::E021, {at, static_cast<std::uint32_t>(shown.size())},
                    "invalid percent-encoding " + detail::quote(shown) +
                        ": `%` must be followed by two hexadecimal digits (write a literal % as %25)"));
                return std::nullopt;
            }
            d.text += static_cast<char>(hi * 16 + lo);
            d.origin.push_back(at);
            i += 2;
        } else {
            d.text += raw[i] == '+' ? ' ' : raw[i];
            d.origin.push_back(at);
        }
    }
    return d;
}

// Where the query lies: after the first `?` (a URL or `?filter=…`), before any `#`; trailing
// line ends and spaces are not part of it.
std::pair<std::size_t, std::size_t> query_bounds(std::string_view input) {
    std::size_t begin = input.find('?');
    begin = begin == std::string_view::npos ? input.find_first_not_of(" \t\r\n") : begin + 1;
    if (begin == std::string_view::npos) begin = input.size();
    std::size_t end = input.find('#', begin);
    if (end == std::string_view::npos) end = input.size();
    while (end > begin && (input[end - 1] == '\n' || input[end - 1] == '\r' || input[end - 1] == ' ')) --end;
    return {begin, end};
}

// The parameters in [begin, end): paging into `request`, the filter's decoded text returned.
// Reading stops at a parameter that does not decode (E021) or is not UTF-8 (E022).
std::optional<Decoded> read_parameters(std::string_view input, std::size_t begin, std::size_t end, Request& request,
                                       std::vector<Diagnostic>& out) {
    std::optional<Decoded> filter;
    std::vector<std::string> seen;  // the parameters read, by canonical name
    for (std::size_t pos = begin; pos <= end;) {
        std::size_t amp = input.find('&', pos);
        if (amp == std::string_view::npos || amp > end) amp = end;
        const std::string_view param = input.substr(pos, amp - pos);
        const std::size_t eq = param.find('=');
        const auto at = static_cast<std::uint32_t>(pos);
        auto key = decode(param.substr(0, eq), at, out);
        const std::string_view raw_value = eq == std::string_view::npos ? std::string_view{} : param.substr(eq + 1);
        const auto value_at = static_cast<std::uint32_t>(pos + (eq == std::string_view::npos ? param.size() : eq + 1));
        auto value = decode(raw_value, value_at, out);
        if (!key || !value) break;
        if (const auto bad = detail::first_invalid_utf8(value->text)) {
            out.push_back(detail::make_diagnostic(Code::E022, {value->origin[*bad], 1},
                                                  "the decoded value of " + detail::quote(key->text) +
                                                      " is not valid UTF-8; encode the text as UTF-8 before percent-encoding it"));
            break;
        }
        const std::string name = detail::ascii_lower(key->text);
        const Span where{value_at, static_cast<std::uint32_t>(raw_value.size())};
        // SPEC 4.2: a parameter given twice (an alias counts as the same) keeps its first value.
        const std::string_view canonical = name == "page" ? "pagenum" : name == "limit" ? "recordsperpage" : std::string_view(name);
        const bool known = canonical == "filter" || canonical == "pagenum" || canonical == "recordsperpage";
        if (known && std::find(seen.begin(), seen.end(), canonical) != seen.end()) {
            out.push_back(detail::make_diagnostic(Code::W118, {at, static_cast<std::uint32_t>(param.size())},
                                                  detail::quote(key->text) + " is given more than once; the first one is used, so "
                                                                             "remove this one"));
            pos = amp + 1;
            continue;
        }
        if (known) seen.emplace_back(canonical);
        if (name == "filter") {
            filter = std::move(*value);
        } else if (name == "pagenum" || name == "page" || name == "recordsperpage" || name == "limit") {
            const bool records = name == "recordsperpage" || name == "limit";
            auto& target = records ? request.paging.records_per_page : request.paging.page_num;
            if (auto finding = detail::read_paging_number(value->text, records, key->text, target))
                out.push_back(detail::make_diagnostic(finding->code, where, std::move(finding->message)));
        }
        pos = amp + 1;
    }
    return filter;
}

}  // namespace

ReadResult read_query(std::string_view input, const Options& options) {
    ReadResult result;
    result.form = Form::query;
    auto& out = result.diagnostics;
    if (input.size() > options.limits.max_bytes) {
        out.push_back(detail::make_diagnostic(Code::E012, {0, 0},
                                              "the query string is " + std::to_string(input.size()) +
                                                  " bytes long; the limit is " + std::to_string(options.limits.max_bytes)));
        detail::finish(out, input, options.profile);
        return result;
    }
    const auto [begin, end] = query_bounds(input);
    Request request;
    std::optional<Decoded> filter = read_parameters(input, begin, end, request, out);
    const bool stopped = std::any_of(out.begin(), out.end(), [](const Diagnostic& d) {
        return d.code == Code::E021 || d.code == Code::E022;
    });
    if (!stopped && !filter) {
        out.push_back(detail::make_diagnostic(Code::E009, {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)},
                                              "the query string has no filter parameter; add filter=…"));
    }
    detail::finish(out, input, options.profile);
    if (stopped || !filter) return result;

    // SPEC 8: the entity, unless given, from the URL's path (`https://x/releases?filter=…`).
    Options checked = options;
    if (!checked.entity && checked.catalogue && begin > 0 && input[begin - 1] == '?')
        checked.entity = checked.catalogue->entity_for_path(input.substr(0, begin - 1));
    result.entity = checked.entity;
    auto parsed = parse(filter->text, checked);
    for (auto& d : parsed.diagnostics) {
        d.pointer = "filter";
        out.push_back(std::move(d));
    }
    result.filter_text = std::move(filter->text);
    if (parsed.filter) {
        request.filter = std::move(*parsed.filter);
        result.request = std::move(request);
    }
    return result;
}

}  // namespace plutora::filter
