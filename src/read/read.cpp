// Dispatch by form, and filter text as a request.
#include <array>

#include "plutora/filter/request.hpp"
#include "util/text.hpp"

namespace plutora::filter {

namespace {
constexpr std::array<std::string_view, 4> form_names = {"text", "query", "expando", "searchfilters"};
}

std::string_view form_name(Form f) { return form_names[static_cast<std::size_t>(f)]; }

std::optional<Form> form_from_name(std::string_view name) {
    for (std::size_t i = 0; i < form_names.size(); ++i)
        if (detail::iequals(form_names[i], name)) return static_cast<Form>(i);  // `--to SearchFilters` too
    return std::nullopt;
}

Form detect_form(std::string_view input) {
    const auto first = input.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return Form::text;
    input.remove_prefix(first);
    if (input.starts_with('{')) return Form::expando;
    if (input.starts_with("http") || input.starts_with('?') || input.starts_with("filter=")) return Form::query;
    // A relative URL, as the source writes them: `/releases?filter=…`.
    if (input.starts_with('/')) {
        const auto query = input.find('?');
        const auto space = input.find_first_of(" \t`");
        if (query != std::string_view::npos && query < space) return Form::query;
    }
    return Form::text;
}

bool ReadResult::ok() const {
    if (!request) return false;
    for (const auto& d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

ReadResult read_text(std::string_view text, const Options& options) {
    ReadResult out;
    auto parsed = parse(text, options);
    out.filter_text = text;
    out.diagnostics = std::move(parsed.diagnostics);
    out.entity = options.entity;
    if (parsed.filter) out.request = Request{std::move(*parsed.filter), {}, {}};
    return out;
}

ReadResult read(std::string_view input, std::optional<Form> form, const Options& options) {
    switch (form.value_or(detect_form(input))) {
        case Form::text: return read_text(input, options);
        case Form::query: return read_query(input, options);
        case Form::expando:
        case Form::search_filters: return read_body(input, options);
    }
    return {};
}

}  // namespace plutora::filter
