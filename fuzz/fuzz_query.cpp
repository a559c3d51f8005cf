// Query strings and URLs: read, and every round trip of what was read; once plain, once with
// the catalogue (the URL's path names the entity) and once against an entity.
#include "checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::pf::Options by_path;
    by_path.catalogue = fuzz::pf::Catalogue::builtin();
    for (const auto& options : {fuzz::pf::Options{}, by_path, fuzz::with_entity(true)}) {
        const auto r = fuzz::pf::read_query(text, options);
        fuzz::check_diagnostics(r.diagnostics, text);
        fuzz::pf::Options same;  // read back against the entity the filter was checked with
        same.entity = r.entity;
        if (r.request) fuzz::check_round_trips(*r.request, same);
    }
    return 0;
}
