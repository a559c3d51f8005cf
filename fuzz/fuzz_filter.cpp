// Filter text: parse + check + format, and every round trip of the filter, in both profiles,
// without a schema and against two entities (the schema checks, typing by field); every fix.
#include "checks.hpp"

namespace {

void run(std::string_view text, const fuzz::pf::Options& options) {
    const auto r = fuzz::pf::parse(text, options);
    fuzz::check_diagnostics(r.diagnostics, text);
    fuzz::require(r.filter.has_value() || !r.diagnostics.empty(), "no tree means a diagnostic says why");
    fuzz::check_fixes(text, r, options);
    if (r.filter) {
        (void)fuzz::pf::to_json(*r.filter);
        fuzz::check_round_trips(fuzz::pf::Request{*r.filter, {}, {}}, options);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto profile : {fuzz::pf::Profile::standard, fuzz::pf::Profile::strict}) run(text, fuzz::pf::Options{profile, {}});
    run(text, fuzz::with_entity(true));
    run(text, fuzz::with_entity(false, fuzz::pf::Profile::strict));
    return 0;
}
