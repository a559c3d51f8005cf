// SPEC 3 and 4.2: a request as filter text or as a query string, and the dispatch by form.
#include "plutora/filter/emit.hpp"

#include "plutora/filter/format.hpp"
#include "util/report.hpp"

namespace plutora::filter {
namespace {

// What filter text cannot write: a backtick (there is no escape) or a control character other
// than tab, CR and LF (E001 in text). Such values come only from JSON bodies.
std::optional<std::string> unwritable(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '`') return "a backtick";
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) return "a control character";
    }
    return std::nullopt;
}

// E020 for every field or value that filter text cannot write.
void check_writable(const Node& node, std::vector<Diagnostic>& out) {
    if (const auto* chain = std::get_if<Chain>(&node.node)) {
        for (const auto& operand : chain->operands) check_writable(operand, out);
        return;
    }
    const auto& c = std::get<Comparison>(node.node);
    const auto report = [&](std::string_view what, const std::string& text, Span span) {
        if (const auto bad = unwritable(text))
            out.push_back(detail::make_diagnostic(Code::E020, span,
                                                  std::string(what) + " " + detail::quote(text) + " holds " + *bad +
                                                      ", which filter text cannot express; use a JSON body (expando or "
                                                      "searchfilters)"));
    };
    report("the field name", c.field.name, c.field.span);
    if (c.value) report("the value", c.value->raw, c.value->span);
}

}  // namespace

Emitted<std::string> to_text(const Request& request) {
    Emitted<std::string> out;
    check_writable(request.filter.root, out.diagnostics);
    if (out.diagnostics.empty()) out.value = format(request.filter);
    return out;
}

std::string percent_encode(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~';
        if (keep) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4U];
            out += hex[c & 0x0FU];
        }
    }
    return out;
}

Emitted<std::string> to_query(const Request& request, std::string_view base_url) {
    Emitted<std::string> out;
    check_writable(request.filter.root, out.diagnostics);
    if (!out.diagnostics.empty()) return out;
    if (!request.sort.empty())  // SPEC 4.2: the URL is still written
        out.diagnostics.push_back(detail::make_diagnostic(
            Code::W114, {}, "the sort keys are dropped: a query string has no sort parameter (GET requests are not sorted); "
                            "send a JSON body to sort"));
    std::string query;
    if (!base_url.empty()) {
        query = base_url;
        if (base_url.find('?') == std::string_view::npos) query += '?';
        else if (base_url.back() != '?' && base_url.back() != '&') query += '&';
    }
    query += "filter=" + percent_encode(format(request.filter));
    query += "&pageNum=" + std::to_string(request.paging.page_num);
    query += "&recordsPerPage=" + std::to_string(request.paging.records_per_page);
    out.value = std::move(query);
    return out;
}

Emitted<std::string> emit(const Request& request, Form form, std::string_view base_url) {
    switch (form) {
        case Form::text: return to_text(request);
        case Form::query: return to_query(request, base_url);
        case Form::expando:
        case Form::search_filters: {
            auto json = form == Form::expando ? to_expando(request) : to_search_filters(request);
            Emitted<std::string> out;
            out.diagnostics = std::move(json.diagnostics);
            if (json.value) out.value = json.value->dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
            return out;
        }
    }
    return {};
}

}  // namespace plutora::filter
