// Filter text: parse + lint + format, and every round trip of the filter.
#include "checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto profile : {fuzz::pf::Profile::standard, fuzz::pf::Profile::strict}) {
        const auto r = fuzz::pf::parse(text, fuzz::pf::Options{profile, {}});
        fuzz::check_diagnostics(r.diagnostics, text);
        fuzz::require(r.filter.has_value() || !r.diagnostics.empty(), "no tree means a diagnostic says why");
        if (r.filter) {
            (void)fuzz::pf::to_json(*r.filter);
            fuzz::check_round_trips(fuzz::pf::Request{*r.filter, {}, {}});
        }
    }
    return 0;
}
