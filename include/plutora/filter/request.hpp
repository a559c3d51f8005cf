// A filter as a request carries it: with pagination and sort keys. Readers turn a query
// string, a URL or a POST body into one; emitters (emit.hpp) turn one back into any form.
//
//   auto r = plutora::filter::read("https://x/releases?filter=%60Name%60%20contains%20%60ABC%60&pageNum=2");
//   if (r.ok()) use(r.request->filter, r.request->paging.page_num);  // 2
//
// Never throws for bad input: a malformed body is E023 naming the JSON pointer of the fault.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/parse.hpp"

namespace plutora::filter {

/// pageNum ≥ 0 (0 is the first page), recordsPerPage 1..100.
struct Paging {
    std::uint32_t page_num = 0;
    std::uint32_t records_per_page = 100;
    friend bool operator==(const Paging&, const Paging&) = default;
};

struct SortKey {
    std::string field;
    bool descending = false;
    friend bool operator==(const SortKey&, const SortKey&) = default;
};

struct Request {
    Filter filter;
    Paging paging;
    std::vector<SortKey> sort;  ///< in order of precedence
    friend bool operator==(const Request&, const Request&) = default;
};

/// Sets `paging.page_num` (`records_per_page == false`) or `paging.records_per_page` from a
/// number by the one paging rule the readers and the CLI use: recordsPerPage 0 means the default
/// (W111), over 100 is capped at 100 (W104); negative is E015 and changes nothing. `name` is the
/// parameter as the caller knows it, for the message.
[[nodiscard]] std::optional<Diagnostic> set_paging(Paging& paging, bool records_per_page, std::int64_t value,
                                                   std::string_view name);

/// `field`, `field:asc`, `field:DESC` (direction in any case): a sort key, or nothing when it is
/// none of those.
[[nodiscard]] std::optional<SortKey> parse_sort_key(std::string_view text);

/// The forms a filter takes.
enum class Form : std::uint8_t { text, query, expando, search_filters };
/// "text", "query", "expando", "searchfilters".
[[nodiscard]] std::string_view form_name(Form f);
/// The inverse of form_name, ignoring case; nothing for an unknown name.
[[nodiscard]] std::optional<Form> form_from_name(std::string_view name);
/// `{` → a JSON body, `http`, `?` or `filter=` → a query string, else filter text.
[[nodiscard]] Form detect_form(std::string_view input);

struct ReadResult {
    std::optional<Request> request;  ///< absent when the input could not be read
    /// The filter as text: the input itself, or a query string's decoded `filter` (the text
    /// that diagnostics with pointer `filter` are positioned in).
    std::string filter_text;
    std::vector<Diagnostic> diagnostics;
    /// The form that was read: a body with only `searchFilters` is `search_filters`, any other
    /// body `expando`.
    Form form = Form::text;
    /// The entity the filter was checked against: `Options::entity`, or the one a URL's path
    /// names. Null when there was none.
    std::shared_ptr<const Entity> entity;
    /// True when there is a request and no diagnostic of severity error.
    [[nodiscard]] bool ok() const;
};

/// Filter text, with the default paging.
[[nodiscard]] ReadResult read_text(std::string_view text, const Options& options = {});
/// A full URL or a bare query string: `filter`, `pageNum`/`page`, `recordsPerPage`/`limit`.
[[nodiscard]] ReadResult read_query(std::string_view query, const Options& options = {});
/// A POST body with an `ExpandoObject`, a `searchFilters` array, or both (and).
[[nodiscard]] ReadResult read_body(std::string_view json, const Options& options = {});
/// Any form, detected with detect_form() unless `form` says.
[[nodiscard]] ReadResult read(std::string_view input, std::optional<Form> form = std::nullopt, const Options& options = {});

}  // namespace plutora::filter
