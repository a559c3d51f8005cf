// JSON bodies (ExpandoObject, searchFilters, both): read, and every round trip of what was
// read; plain and against two entities (one without POST /filter: E018).
#include "checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& options : {fuzz::pf::Options{}, fuzz::with_entity(true), fuzz::with_entity(false)}) {
        const auto r = fuzz::pf::read_body(text, options);
        fuzz::check_diagnostics(r.diagnostics, text);
        if (r.request) fuzz::check_round_trips(*r.request, options);
    }
    return 0;
}
