// The properties every fuzz target checks on what it is given. A violation aborts, which
// libFuzzer (and the replay runner) reports with the input that caused it.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <plutora/filter/filter.hpp>
#include <string_view>

namespace fuzz {

namespace pf = plutora::filter;

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "property violated: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void require(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

inline bool needs_or(const pf::Node& n) {
    const auto* chain = std::get_if<pf::Chain>(&n.node);
    if (chain == nullptr) return false;
    if (chain->junction == pf::Junction::Or) return true;
    for (const auto& o : chain->operands)
        if (needs_or(o)) return true;
    return false;
}

// Every diagnostic lies within the text it is positioned in.
inline void check_diagnostics(const std::vector<pf::Diagnostic>& diagnostics, std::string_view text) {
    for (const auto& d : diagnostics) {
        if (d.pointer == "filter") continue;  // positioned in a decoded filter
        require(d.offset <= text.size() && d.length <= text.size() - d.offset, "diagnostic span inside the input");
        require(!d.message.empty(), "diagnostic has a message");
        (void)pf::render(d, text, "<fuzz>");
        if (d.fix) (void)pf::apply_fix(text, *d.fix);
    }
}

// For a request that was read: canonical text round-trips and is idempotent, and every form
// that can express the request reads back to the same filter (and paging and sort keys).
inline void check_round_trips(const pf::Request& request, const pf::Options& options = {}) {
    const auto text = pf::to_text(request);
    if (text.ok()) {
        const auto again = pf::parse(*text.value, options);
        require(again.filter.has_value(), "canonical text parses", *text.value);
        require(*again.filter == request.filter, "parse(format(x)) == parse(x)", *text.value);
        require(pf::format(*again.filter) == *text.value, "format is idempotent", *text.value);
    }
    for (const auto form : {pf::Form::query, pf::Form::expando, pf::Form::search_filters}) {
        if (form == pf::Form::search_filters && needs_or(request.filter.root)) continue;
        pf::Request plain = request;
        if (form == pf::Form::query) plain.sort.clear();
        const auto out = pf::emit(plain, form);
        if (!out.ok()) {
            // Only what the spec allows a form to refuse: backticks in text, deep ExpandoObjects.
            require(out.diagnostics.size() >= 1 && out.diagnostics[0].code == pf::Code::E020, "only E020 refuses a form");
            continue;
        }
        const auto back = pf::read(*out.value, form, options);
        require(back.request.has_value(), "an emitted form reads back", *out.value);
        require(back.request->filter == plain.filter, "read(emit(x)) == x", *out.value);
        require(back.request->paging == plain.paging, "paging survives the form", *out.value);
        if (form != pf::Form::query) require(back.request->sort == plain.sort, "sort keys survive the form", *out.value);
    }
}

// Options that check against an entity: Releases (every field known, complete enums, a POST
// /filter endpoint) extended by a tenant's custom and overridden fields, or Hosts (fields seen
// so far, no POST /filter).
inline pf::Options with_entity(bool releases, pf::Profile profile = pf::Profile::standard) {
    static const auto catalogue = [] {
        auto loaded = pf::Catalogue::load(R"({"entities":{"releases":{"fields":{
            "Budget Code":{"type":"string","custom":true},"Score":{"type":"number","confidence":"low"},
            "Approved":{"type":"boolean"},"releaseStatusType":{"type":"enum","values":["Draft","Closed"],"values_complete":true}}}}})",
                                          pf::Catalogue::builtin());
        if (!loaded.ok()) fail("the fuzz schema loads", loaded.error);
        return loaded.catalogue;
    }();
    pf::Options options(profile);
    options.catalogue = catalogue;
    options.entity = catalogue->entity(releases ? "releases" : "hosts");
    return options;
}

// Every fix of filter text resolves its finding, and the fixes that only change how a filter
// is written (spaces, parentheses, outer quotes) keep what it means: the same tree.
//   - a finding of a filter that parses: the fixed text has fewer findings of that code;
//   - a syntax error: the fixed text no longer has it where it was.
inline void check_fixes(std::string_view text, const pf::ParseResult& result, const pf::Options& options) {
    const auto count = [](const std::vector<pf::Diagnostic>& ds, pf::Code code) {
        return std::count_if(ds.begin(), ds.end(), [&](const pf::Diagnostic& d) { return d.code == code; });
    };
    for (const auto& d : result.diagnostics) {
        if (!d.fix || !d.pointer.empty()) continue;
        const std::string fixed = pf::apply_fix(text, *d.fix);
        const auto again = pf::parse(fixed, options);
        if (result.filter) {
            require(count(again.diagnostics, d.code) < count(result.diagnostics, d.code), "a fix resolves its finding", fixed);
        } else {  // no longer where it was (offsets after the fix are mapped back to the original text)
            const auto& f = *d.fix;
            const auto original_offset = [&](std::size_t o) -> std::optional<std::size_t> {
                if (o < f.offset) return o;
                if (o >= f.offset + f.replacement.size()) return o - f.replacement.size() + f.length;
                return std::nullopt;  // inside the replacement: new text
            };
            const bool still = std::any_of(again.diagnostics.begin(), again.diagnostics.end(), [&](const pf::Diagnostic& e) {
                return e.code == d.code && e.message == d.message && original_offset(e.offset) == std::optional<std::size_t>(d.offset);
            });
            const bool capped = result.diagnostics.size() >= 20;  // the source checks report at most 20 of a kind
            require(capped || !still, "a fix resolves its syntax error", fixed);
        }
        const bool keeps_meaning = d.code == pf::Code::W101 || d.code == pf::Code::W102 || d.code == pf::Code::W106 ||
                                   d.code == pf::Code::W107 || d.code == pf::Code::E008;
        if (result.filter && keeps_meaning) {
            require(again.filter.has_value() && *again.filter == *result.filter, "a layout fix keeps the filter's meaning", fixed);
        }
    }
}

}  // namespace fuzz
