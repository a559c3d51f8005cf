/* plutora_filter.h — the C API of plutora-filter.
 *
 *   pf_request* req = NULL;
 *   char* diagnostics = NULL;
 *   if (pf_read("name contains abc", 17, PF_FORM_AUTO, 0, &req, &diagnostics) == PF_OK) {
 *       char* url = NULL;
 *       if (pf_emit(req, PF_FORM_QUERY, "https://x/releases", &url, NULL) == PF_OK) puts(url);
 *       pf_string_free(url);
 *   }
 *   pf_string_free(diagnostics);  // a JSON array, also when reading failed
 *   pf_request_free(req);
 *
 * Ownership: every char* an out-parameter receives is allocated by the library and must be
 * released with pf_string_free (NULL is fine); every pf_request* with pf_request_free. Nothing
 * the caller passes in is kept. No function throws or aborts on bad input: each returns a
 * pf_status. Distinct handles may be used from different threads at once; one handle may be
 * read (pf_emit, pf_ast_json, pf_evaluate) from several threads, but not changed meanwhile.
 * Inputs are UTF-8 bytes with an explicit length (they need not be NUL-terminated).
 */
#ifndef PLUTORA_FILTER_H
#define PLUTORA_FILTER_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define PF_API __attribute__((visibility("default")))
#else
#define PF_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum pf_status {
    PF_OK = 0,               /* done; warnings may be in the diagnostics */
    PF_INVALID = 1,          /* the input has an error: see the diagnostics */
    PF_BAD_ARGUMENT = 2,     /* a required pointer was NULL, or an enum value is unknown */
    PF_OUT_OF_MEMORY = 3,    /* an allocation failed */
    PF_INTERNAL_ERROR = 4,   /* a bug: please report it */
    PF_UNKNOWN_ENTITY = 5    /* no entity of the schema has that name: see the error */
} pf_status;

/* Forms are passed as int (a pf_form value), so that any value a caller sends is checked, not
 * undefined: an unknown one is PF_BAD_ARGUMENT. */
typedef enum pf_form {
    PF_FORM_AUTO = 0,            /* detect: `{` → a JSON body, `http`/`?`/`filter=` → a query string, else text */
    PF_FORM_TEXT = 1,
    PF_FORM_QUERY = 2,
    PF_FORM_EXPANDO = 3,
    PF_FORM_SEARCH_FILTERS = 4
} pf_form;

/* A filter with its paging and sort keys. Opaque. */
typedef struct pf_request pf_request;

/* A filter compiled for matching records. Opaque and immutable: share it across threads. */
typedef struct pf_predicate pf_predicate;

/* Records loaded once (simdjson), for many filters. Opaque and immutable: share it across threads. */
typedef struct pf_records pf_records;

/* The API's entities and their fields (schema checks). Opaque and immutable: one handle may be
 * used by many threads at once. */
typedef struct pf_schema pf_schema;

/* "0.1.0". Static storage: do not free. */
PF_API const char* pf_version(void);

/* Releases a string the library returned. NULL is ignored. */
PF_API void pf_string_free(char* s);

/* Reads a filter in any form. On PF_OK, *out receives a new request. If diagnostics_json is not
 * NULL it receives a JSON array of every diagnostic (code, severity, message, offset, length,
 * line, column, optional pointer and fix) whatever the status. */
PF_API pf_status pf_read(const char* input, size_t length, int form, int strict, pf_request** out, char** diagnostics_json);

/* Like pf_read but keeps no request: PF_OK when the input has no error. */
PF_API pf_status pf_lint(const char* input, size_t length, int strict, char** diagnostics_json);

/* Reads a filter like pf_read, checked against an entity's fields (E016, E017, E018, W115,
 * W116, W117). schema NULL means the built-in catalogue. entity (any spelling: "releases",
 * "Release", "/TECRs/filter") may be NULL: a URL's path then names it, or there are no schema
 * checks. An unknown entity is PF_UNKNOWN_ENTITY, with a JSON array holding one message (and a
 * did-you-mean) in diagnostics_json. */
PF_API pf_status pf_read_checked(const char* input, size_t length, int form, int strict, const pf_schema* schema,
                                 const char* entity, pf_request** out, char** diagnostics_json);

/* The built-in catalogue, extended by a schema file's JSON text (format: docs/SCHEMAS.md) when
 * json is not NULL. On PF_INVALID, *error (if not NULL) names the JSON pointer of the fault. */
PF_API pf_status pf_schema_load(const char* json, size_t length, pf_schema** out, char** error);

/* Releases a schema. NULL is ignored. */
PF_API void pf_schema_free(pf_schema* schema);

/* The catalogue as JSON: every entity (entity NULL, a JSON array) or one entity's name,
 * endpoints and fields with types and known values. PF_UNKNOWN_ENTITY with *error for a name
 * it does not know. */
PF_API pf_status pf_schema_json(const pf_schema* schema, const char* entity, char** output, char** error);

/* Releases a request. NULL is ignored. */
PF_API void pf_request_free(pf_request* request);

/* Sets paging: records_per_page above 100 is capped to 100, 0 means 100, silently. Prefer
 * pf_request_paging, which says so. */
PF_API pf_status pf_request_set_paging(pf_request* request, uint32_t page_num, uint32_t records_per_page);

/* Sets paging by the rule the CLI and the readers use: records_per_page 0 means the default
 * (W111), over 100 is capped (W104), with those warnings in diagnostics_json (if not NULL);
 * a negative number is PF_INVALID with E015, and nothing changes. */
PF_API pf_status pf_request_paging(pf_request* request, int64_t page_num, int64_t records_per_page, char** diagnostics_json);

/* Adds a sort key (after those the request has); descending is 0 or 1. */
PF_API pf_status pf_request_add_sort(pf_request* request, const char* field, int descending);

/* Removes every sort key. */
PF_API pf_status pf_request_clear_sort(pf_request* request);

/* Writes the request in a form (not PF_FORM_AUTO); base_url (may be NULL) goes with
 * PF_FORM_QUERY. PF_INVALID with E020 diagnostics when the form cannot express the request, and
 * with E018 for a body form when the request was checked against an entity without POST /filter. */
PF_API pf_status pf_emit(const pf_request* request, int form, const char* base_url, char** output, char** diagnostics_json);

/* The filter's syntax tree as JSON (SPEC 4.1). */
PF_API pf_status pf_ast_json(const pf_request* request, char** output);

/* The whole request as JSON: {"filter": the tree, "pageNum", "recordsPerPage", "sort": [[field,
 * "asc"|"desc"], ...], "entity": the entity it was checked against, or null}. */
PF_API pf_status pf_request_json(const pf_request* request, char** output);

/* The result page over records: a JSON array of objects, or JSON Lines, in one pass. The page's
 * records are their original bytes; its keys come in the API's order (resultSet, returnCount,
 * totalCount, pageNum, recordsPerPage). On PF_INVALID, *error (if not NULL) says which record is
 * bad (with its line for JSON Lines) and there is no page. */
PF_API pf_status pf_evaluate(const pf_request* request, const char* records, size_t length, char** envelope_json, char** error);

/* Compiles a request's filter once, for pf_records_count and pf_records_match. */
PF_API pf_status pf_predicate_new(const pf_request* request, pf_predicate** out);

/* Releases a predicate. NULL is ignored. */
PF_API void pf_predicate_free(pf_predicate* predicate);

/* Loads records once: a JSON array of objects or JSON Lines. On PF_INVALID, *error (if not NULL)
 * says which record is bad and there are no records. */
PF_API pf_status pf_records_load(const char* json, size_t length, pf_records** out, char** error);

/* Releases records. NULL is ignored. */
PF_API void pf_records_free(pf_records* records);

/* How many records were loaded (0 for NULL). */
PF_API size_t pf_records_size(const pf_records* records);

/* How many records satisfy the predicate. */
PF_API pf_status pf_records_count(const pf_records* records, const pf_predicate* predicate, size_t* count);

/* Whether record `index` (< pf_records_size) satisfies the predicate: *matches is 0 or 1. */
PF_API pf_status pf_records_match(const pf_records* records, const pf_predicate* predicate, size_t index, int* matches);

/* The result page of a request over loaded records, as pf_evaluate writes it. */
PF_API pf_status pf_records_evaluate(const pf_records* records, const pf_request* request, char** envelope_json);

#ifdef __cplusplus
}
#endif

#endif /* PLUTORA_FILTER_H */
