// The C API: a thin layer that converts, catches every exception at the boundary, and hands
// out malloc'd strings.
#include "plutora_filter.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "plutora/filter/filter.hpp"

struct pf_request {
    plutora::filter::Request request;
    std::shared_ptr<const plutora::filter::Entity> entity;  ///< what it was checked against, if anything
};

struct pf_predicate {
    plutora::filter::Predicate predicate;
};

struct pf_records {
    plutora::filter::RecordSet records;
};

struct pf_schema {
    std::shared_ptr<const plutora::filter::Catalogue> catalogue;
};

namespace {

namespace pf = plutora::filter;

char* copy_out(std::string_view s) {
    auto* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (out == nullptr) throw std::bad_alloc();
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    return out;
}

std::string diagnostics_text(const std::vector<pf::Diagnostic>& diagnostics) {
    return pf::to_json(diagnostics).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void set(char** target, std::string_view value) {
    if (target != nullptr) *target = copy_out(value);
}

std::optional<pf::Form> form_of(int form) {
    switch (form) {
        case PF_FORM_TEXT: return pf::Form::text;
        case PF_FORM_QUERY: return pf::Form::query;
        case PF_FORM_EXPANDO: return pf::Form::expando;
        case PF_FORM_SEARCH_FILTERS: return pf::Form::search_filters;
        default: return std::nullopt;
    }
}

bool known(int form) { return form >= PF_FORM_AUTO && form <= PF_FORM_SEARCH_FILTERS; }

// Runs `body` with every exception turned into a status.
template <typename Body>
pf_status guarded(Body&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return PF_OUT_OF_MEMORY;
    } catch (...) {
        return PF_INTERNAL_ERROR;
    }
}

pf_status read_with(const char* input, size_t length, int form, pf::Options options, pf_request** out, char** diagnostics_json) {
    auto result = pf::read(std::string_view(input == nullptr ? "" : input, length), form_of(form), options);
    set(diagnostics_json, diagnostics_text(result.diagnostics));
    if (!result.ok()) return PF_INVALID;
    *out = new pf_request{std::move(*result.request), std::move(result.entity)};
    return PF_OK;
}

pf::Profile profile_of(int strict) { return strict != 0 ? pf::Profile::strict : pf::Profile::standard; }

std::string unknown_entity(const pf::Catalogue& catalogue, std::string_view name) {
    const auto close = catalogue.suggest(name);
    return "unknown entity '" + std::string(name) + "'" + (close ? "; did you mean '" + *close + "'?" : "");
}

}  // namespace

extern "C" {

const char* pf_version(void) {
    static const std::string v(pf::version);
    return v.c_str();
}

void pf_string_free(char* s) { std::free(s); }

pf_status pf_read(const char* input, size_t length, int form, int strict, pf_request** out, char** diagnostics_json) {
    if (diagnostics_json != nullptr) *diagnostics_json = nullptr;
    if (out != nullptr) *out = nullptr;
    if ((input == nullptr && length > 0) || out == nullptr || !known(form)) return PF_BAD_ARGUMENT;
    return guarded([&] { return read_with(input, length, form, pf::Options(profile_of(strict)), out, diagnostics_json); });
}

pf_status pf_read_checked(const char* input, size_t length, int form, int strict, const pf_schema* schema,
                          const char* entity, pf_request** out, char** diagnostics_json) {
    if (diagnostics_json != nullptr) *diagnostics_json = nullptr;
    if (out != nullptr) *out = nullptr;
    if ((input == nullptr && length > 0) || out == nullptr || !known(form)) return PF_BAD_ARGUMENT;
    return guarded([&] {
        pf::Options options(profile_of(strict));
        options.catalogue = schema != nullptr ? schema->catalogue : pf::Catalogue::builtin();
        if (entity != nullptr) {
            options.entity = options.catalogue->entity(entity);
            if (!options.entity) {
                set(diagnostics_json, nlohmann::json::array({unknown_entity(*options.catalogue, entity)}).dump());
                return PF_UNKNOWN_ENTITY;
            }
        }
        return read_with(input, length, form, std::move(options), out, diagnostics_json);
    });
}

pf_status pf_schema_load(const char* json, size_t length, pf_schema** out, char** error) {
    if (error != nullptr) *error = nullptr;
    if (out != nullptr) *out = nullptr;
    if ((json == nullptr && length > 0) || out == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        auto catalogue = pf::Catalogue::builtin();
        if (json != nullptr) {
            auto loaded = pf::Catalogue::load(std::string_view(json, length), catalogue);
            if (!loaded.ok()) {
                set(error, loaded.error);
                return PF_INVALID;
            }
            catalogue = std::move(loaded.catalogue);
        }
        *out = new pf_schema{std::move(catalogue)};
        return PF_OK;
    });
}

void pf_schema_free(pf_schema* schema) { delete schema; }

pf_status pf_schema_json(const pf_schema* schema, const char* entity, char** output, char** error) {
    if (output != nullptr) *output = nullptr;
    if (error != nullptr) *error = nullptr;
    if (schema == nullptr || output == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        if (entity == nullptr) {
            auto all = nlohmann::ordered_json::array();
            for (const auto& e : schema->catalogue->entities()) all.push_back(pf::to_json(*e));
            *output = copy_out(all.dump());
            return PF_OK;
        }
        const auto found = schema->catalogue->entity(entity);
        if (!found) {
            set(error, unknown_entity(*schema->catalogue, entity));
            return PF_UNKNOWN_ENTITY;
        }
        *output = copy_out(pf::to_json(*found).dump());
        return PF_OK;
    });
}

pf_status pf_lint(const char* input, size_t length, int strict, char** diagnostics_json) {
    pf_request* request = nullptr;
    const pf_status status = pf_read(input, length, PF_FORM_AUTO, strict, &request, diagnostics_json);
    pf_request_free(request);
    return status;
}

void pf_request_free(pf_request* request) { delete request; }

pf_status pf_request_set_paging(pf_request* request, uint32_t page_num, uint32_t records_per_page) {
    if (request == nullptr) return PF_BAD_ARGUMENT;
    request->request.paging.page_num = page_num;
    request->request.paging.records_per_page = records_per_page == 0 || records_per_page > 100 ? 100 : records_per_page;
    return PF_OK;
}

pf_status pf_request_paging(pf_request* request, int64_t page_num, int64_t records_per_page, char** diagnostics_json) {
    if (diagnostics_json != nullptr) *diagnostics_json = nullptr;
    if (request == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        std::vector<pf::Diagnostic> found;
        pf::Paging paging = request->request.paging;
        if (auto d = pf::set_paging(paging, false, page_num, "pageNum")) found.push_back(std::move(*d));
        if (auto d = pf::set_paging(paging, true, records_per_page, "recordsPerPage")) found.push_back(std::move(*d));
        set(diagnostics_json, diagnostics_text(found));
        for (const auto& d : found)
            if (d.severity == pf::Severity::error) return PF_INVALID;  // nothing changes
        request->request.paging = paging;
        return PF_OK;
    });
}

pf_status pf_request_add_sort(pf_request* request, const char* field, int descending) {
    if (request == nullptr || field == nullptr || *field == '\0') return PF_BAD_ARGUMENT;
    return guarded([&] {
        request->request.sort.push_back(pf::SortKey{field, descending != 0});
        return PF_OK;
    });
}

pf_status pf_request_clear_sort(pf_request* request) {
    if (request == nullptr) return PF_BAD_ARGUMENT;
    request->request.sort.clear();
    return PF_OK;
}

pf_status pf_emit(const pf_request* request, int form, const char* base_url, char** output, char** diagnostics_json) {
    if (output != nullptr) *output = nullptr;
    if (diagnostics_json != nullptr) *diagnostics_json = nullptr;
    const auto target = form_of(form);
    if (request == nullptr || output == nullptr || !target) return PF_BAD_ARGUMENT;
    return guarded([&] {
        if (request->entity) {
            if (auto wrong = pf::check_form(*request->entity, *target)) {
                set(diagnostics_json, diagnostics_text({*wrong}));
                return PF_INVALID;
            }
        }
        const auto out = pf::emit(request->request, *target, base_url == nullptr ? "" : base_url);
        set(diagnostics_json, diagnostics_text(out.diagnostics));
        if (!out.ok()) return PF_INVALID;
        *output = copy_out(*out.value);
        return PF_OK;
    });
}

pf_status pf_ast_json(const pf_request* request, char** output) {
    if (output != nullptr) *output = nullptr;
    if (request == nullptr || output == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        *output = copy_out(pf::to_json(request->request.filter).dump());
        return PF_OK;
    });
}

pf_status pf_request_json(const pf_request* request, char** output) {
    if (output != nullptr) *output = nullptr;
    if (request == nullptr || output == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        const auto& r = request->request;
        auto sort = nlohmann::ordered_json::array();
        for (const auto& key : r.sort) sort.push_back({key.field, key.descending ? "desc" : "asc"});
        nlohmann::ordered_json out{{"filter", pf::to_json(r.filter)},
                                   {"pageNum", r.paging.page_num},
                                   {"recordsPerPage", r.paging.records_per_page},
                                   {"sort", std::move(sort)},
                                   {"entity", request->entity ? nlohmann::ordered_json(request->entity->name) : nlohmann::ordered_json()}};
        *output = copy_out(out.dump());
        return PF_OK;
    });
}

pf_status pf_evaluate(const pf_request* request, const char* records, size_t length, char** envelope_json, char** error) {
    if (envelope_json != nullptr) *envelope_json = nullptr;
    if (error != nullptr) *error = nullptr;
    if (request == nullptr || (records == nullptr && length > 0) || envelope_json == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        const auto page = pf::page_of(request->request, std::string_view(records == nullptr ? "" : records, length));
        if (!page.envelope) {
            set(error, page.line > 0 ? "line " + std::to_string(page.line) + ": " + page.error : page.error);
            return PF_INVALID;
        }
        *envelope_json = copy_out(*page.envelope);
        return PF_OK;
    });
}

pf_status pf_predicate_new(const pf_request* request, pf_predicate** out) {
    if (out != nullptr) *out = nullptr;
    if (request == nullptr || out == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        *out = new pf_predicate{pf::Predicate(request->request.filter)};
        return PF_OK;
    });
}

void pf_predicate_free(pf_predicate* predicate) { delete predicate; }

pf_status pf_records_load(const char* json, size_t length, pf_records** out, char** error) {
    if (out != nullptr) *out = nullptr;
    if (error != nullptr) *error = nullptr;
    if ((json == nullptr && length > 0) || out == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        auto loaded = pf::RecordSet::load(std::string(json == nullptr ? "" : json, length));
        if (!loaded.ok()) {
            set(error, loaded.line > 0 ? "line " + std::to_string(loaded.line) + ": " + loaded.error : loaded.error);
            return PF_INVALID;
        }
        *out = new pf_records{std::move(*loaded.records)};
        return PF_OK;
    });
}

void pf_records_free(pf_records* records) { delete records; }

size_t pf_records_size(const pf_records* records) { return records == nullptr ? 0 : records->records.size(); }

pf_status pf_records_count(const pf_records* records, const pf_predicate* predicate, size_t* count) {
    if (records == nullptr || predicate == nullptr || count == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        *count = records->records.count(predicate->predicate);
        return PF_OK;
    });
}

pf_status pf_records_match(const pf_records* records, const pf_predicate* predicate, size_t index, int* matches) {
    if (records == nullptr || predicate == nullptr || matches == nullptr || index >= records->records.size()) return PF_BAD_ARGUMENT;
    return guarded([&] {
        *matches = records->records.matches(predicate->predicate, index) ? 1 : 0;
        return PF_OK;
    });
}

pf_status pf_records_evaluate(const pf_records* records, const pf_request* request, char** envelope_json) {
    if (envelope_json != nullptr) *envelope_json = nullptr;
    if (records == nullptr || request == nullptr || envelope_json == nullptr) return PF_BAD_ARGUMENT;
    return guarded([&] {
        *envelope_json = copy_out(records->records.evaluate(request->request));
        return PF_OK;
    });
}

}  // extern "C"
