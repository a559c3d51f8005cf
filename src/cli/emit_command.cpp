// `plutora-filter emit`: one input, in the form asked for. Flags win over what the input carries
// (the flag handling is shared with `eval`).
#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "plutora/filter/filter.hpp"
#include "read/paging.hpp"
#include "util/text.hpp"

namespace plutora::filter::cli {
namespace {

// `--records-per-page 150`: capped with W104, 0 → W111; not a whole number → usage error.
std::uint32_t paging_flag(const std::string& flag, const std::string& value, bool records, std::uint32_t current,
                          Streams io) {
    std::uint32_t out = current;
    if (auto finding = detail::read_paging_number(value, records, flag, out)) {
        if (finding->code == Code::E015) throw UsageError{finding->message};
        io.err << "plutora-filter: warning: " << finding->message << " [" << code_name(finding->code) << "]\n";
    }
    return out;
}

SortKey sort_flag(const std::string& value) {
    auto key = parse_sort_key(value);
    if (!key) throw UsageError{"--sort takes FIELD, FIELD:asc or FIELD:desc, not '" + value + "'"};
    return std::move(*key);
}

}  // namespace

void apply_request_flags(const Arguments& a, Request& request, Streams io) {
    bool sorted_by_flags = false;
    for (const auto& o : a.options) {
        if (o.name == "--page-num") request.paging.page_num = paging_flag("--page-num", o.value, false, request.paging.page_num, io);
        if (o.name == "--records-per-page")
            request.paging.records_per_page = paging_flag("--records-per-page", o.value, true, request.paging.records_per_page, io);
        if (o.name == "--sort") {
            if (!sorted_by_flags) request.sort.clear();
            sorted_by_flags = true;
            request.sort.push_back(sort_flag(o.value));
        }
    }
}

int emit_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"},
                                   {"--to", "--from", "--page-num", "--records-per-page", "--sort", "--base-url", "--entity", "--schema"});
    if (a.has("--help")) return io.out << help_for("emit"), ok;
    const auto to = a.last("--to");
    if (!to) throw UsageError{"emit needs --to text, query, expando or searchfilters"};
    const auto form = form_from_name(*to);
    if (!form) throw UsageError{"--to takes text, query, expando or searchfilters, not '" + *to + "'"};
    const auto from_form = form_of(a);
    const std::string base_url = a.last("--base-url").value_or("");
    if (!base_url.empty() && *form != Form::query) throw UsageError{"--base-url goes with --to query"};

    const auto options = options_of(a, io);
    const std::string input = single_input(a, io);
    auto result = checked(input, from_form, options, io);
    if (!result) return invalid;
    if (const auto wrong = result->entity ? check_form(*result->entity, *form) : std::nullopt) {
        io.err << render(*wrong, input, "<input>", 1, io.err_style);
        return invalid;
    }
    auto& request = result->request;

    apply_request_flags(a, *request, io);

    if (*form == Form::text && (!request->sort.empty() || request->paging != Paging{}))
        io.err << "plutora-filter: warning: filter text carries no paging or sort keys; they are not written (use --to query, "
                  "expando or searchfilters)\n";
    auto emitted = emit(*request, *form, base_url);
    // The request's spans point into what was read: a query string's decoded filter, else the input.
    if (result->form == Form::query)
        for (auto& d : emitted.diagnostics) d.pointer = "filter";
    ReadResult shown;
    shown.filter_text = result->filter_text;
    shown.diagnostics = emitted.diagnostics;
    report(shown, input, "<input>", 1, io.err, io.err_style);
    if (!emitted.ok()) return invalid;
    io.out << *emitted.value << '\n';
    return ok;
}

}  // namespace plutora::filter::cli
