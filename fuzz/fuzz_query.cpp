// Query strings and URLs: read, and every round trip of what was read.
#include "checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = fuzz::pf::read_query(text);
    fuzz::check_diagnostics(r.diagnostics, text);
    if (r.request) fuzz::check_round_trips(*r.request);
    return 0;
}
