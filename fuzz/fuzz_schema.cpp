// Schema files: loading never throws or crashes, a refusal names a JSON pointer, and what loads
// can be listed, looked up by every name it declares and used to check filters.
#include "checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pf = fuzz::pf;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = pf::Catalogue::load(text, pf::Catalogue::builtin());
    if (!loaded.ok()) {
        fuzz::require(!loaded.error.empty(), "a refused schema says why");
        fuzz::require(loaded.error.starts_with("not valid JSON") || loaded.error.starts_with(loaded.pointer.empty() ? "/" : loaded.pointer),
                      "a refusal names its JSON pointer", loaded.error);
        return 0;
    }
    const auto& catalogue = *loaded.catalogue;
    fuzz::require(catalogue.entities().size() >= pf::Catalogue::builtin()->entities().size(), "a schema file only adds");
    for (const auto& e : catalogue.entities()) {
        (void)pf::to_json(*e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        fuzz::require(catalogue.entity(e->name) != nullptr, "an entity is found by its name", e->name);
        for (const auto& alias : e->aliases) (void)catalogue.entity(alias);
        for (const auto& endpoint : e->endpoints) (void)catalogue.entity_for_path(endpoint.path);
        (void)catalogue.suggest(e->name + "x");
        pf::Options options;
        options.entity = e;
        for (const auto& f : e->fields) {
            for (const std::string_view value : {"x", "2019-02-01", "12", "true", "ec934f4d-f6bd-466f-be98-00005e7dbcc9"}) {
                const std::string filter = "`" + f.name + "` = `" + std::string(value) + "`";
                const auto r = pf::parse(filter, options);
                fuzz::check_diagnostics(r.diagnostics, filter);
                fuzz::check_fixes(filter, r, options);
            }
            if (!f.values.empty()) (void)pf::parse("`" + f.name + "` iswithin `" + f.values.front() + ",zz`", options);
        }
    }
    return 0;
}
