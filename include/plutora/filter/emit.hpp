// A request in every form the API takes (docs/FORMS.md).
//
//   auto r = plutora::filter::read_text("name contains abc or type = Defect");
//   plutora::filter::to_query(*r.request, "https://x/releases").value;
//   // https://x/releases?filter=%28%20%60name%60%20Contains ... &pageNum=0&recordsPerPage=100
//   plutora::filter::to_search_filters(*r.request);  // E020: `or` needs the ExpandoObject form
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/request.hpp"

namespace plutora::filter {

/// An output, or the E020 diagnostics that say why the form cannot express the request.
template <typename T>
struct Emitted {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

/// Canonical text. E020 when a field or value holds a backtick (text cannot say it).
[[nodiscard]] Emitted<std::string> to_text(const Request& request);

/// `filter=…&pageNum=…&recordsPerPage=…`, or `URL?filter=…` with a base URL. E020 as for text;
/// sort keys (a GET request has none) are dropped with W114, the query still written.
[[nodiscard]] Emitted<std::string> to_query(const Request& request, std::string_view base_url = {});

/// `{"PageNum":…,"RecordsPerPage":…,"ExpandoObject":{…}}`, chains folded to the left; sort
/// keys, if any, go in a `searchFilters` array of entries with only property and direction.
/// E020 when folding would nest the body deeper than a reader accepts (100 levels).
[[nodiscard]] Emitted<nlohmann::ordered_json> to_expando(const Request& request);

/// `{"searchFilters":[…],"recordsPerPage":…,"pageNum":…}`; entries are joined by and, so a
/// filter that needs `or` is E020.
[[nodiscard]] Emitted<nlohmann::ordered_json> to_search_filters(const Request& request);

/// Any form as text: JSON forms are dumped with two-space indentation.
[[nodiscard]] Emitted<std::string> emit(const Request& request, Form form, std::string_view base_url = {});

/// UTF-8 bytes percent-encoded: `A-Z a-z 0-9 - . _ ~` kept, every other byte `%XX`.
[[nodiscard]] std::string percent_encode(std::string_view text);

}  // namespace plutora::filter
