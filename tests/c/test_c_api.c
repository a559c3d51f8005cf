/* The C API from C: every function, every status, every error path, and no leak (run under
 * AddressSanitizer with LeakSanitizer in the sanitizer build). Prints "N passed, N failed". */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plutora_filter.h"

static int passed = 0, failed = 0;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            ++passed;                                                      \
        } else {                                                           \
            ++failed;                                                      \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

static int contains(const char* haystack, const char* needle) { return haystack != NULL && strstr(haystack, needle) != NULL; }

static pf_request* read_text(const char* text) {
    pf_request* req = NULL;
    CHECK(pf_read(text, strlen(text), PF_FORM_AUTO, 0, &req, NULL) == PF_OK);
    return req;
}

static void test_read_and_emit(void) {
    const char* text = "name contains abc and type not equal Defect";
    pf_request* req = NULL;
    char* diagnostics = NULL;
    CHECK(pf_read(text, strlen(text), PF_FORM_AUTO, 0, &req, &diagnostics) == PF_OK);
    CHECK(req != NULL);
    CHECK(diagnostics != NULL && strcmp(diagnostics, "[]") == 0);
    pf_string_free(diagnostics);

    char* out = NULL;
    CHECK(pf_emit(req, PF_FORM_TEXT, NULL, &out, NULL) == PF_OK);
    CHECK(out != NULL && strcmp(out, "( `name` Contains `abc` ) and ( `type` NotEquals `Defect` )") == 0);
    pf_string_free(out);
    CHECK(pf_emit(req, PF_FORM_QUERY, "https://x/changes", &out, NULL) == PF_OK);
    CHECK(contains(out, "https://x/changes?filter=%28%20%60name%60") && contains(out, "&pageNum=0&recordsPerPage=100"));
    pf_string_free(out);
    CHECK(pf_emit(req, PF_FORM_EXPANDO, NULL, &out, NULL) == PF_OK);
    CHECK(contains(out, "\"ExpandoObject\""));
    pf_string_free(out);
    CHECK(pf_ast_json(req, &out) == PF_OK);
    CHECK(contains(out, "{\"and\":[{\"field\":\"name\",\"operator\":\"Contains\""));
    pf_string_free(out);

    CHECK(pf_request_set_paging(req, 2, 500) == PF_OK);
    CHECK(pf_request_add_sort(req, "name", 1) == PF_OK);
    CHECK(pf_request_json(req, &out) == PF_OK);
    CHECK(contains(out, "\"pageNum\":2,\"recordsPerPage\":100,\"sort\":[[\"name\",\"desc\"]],\"entity\":null}"));
    CHECK(contains(out, "{\"filter\":{\"and\":[{\"field\":\"name\""));
    pf_string_free(out);
    CHECK(pf_request_json(NULL, &out) == PF_BAD_ARGUMENT);
    CHECK(pf_emit(req, PF_FORM_SEARCH_FILTERS, NULL, &out, NULL) == PF_OK);
    CHECK(contains(out, "\"direction\": \"desc\"") && contains(out, "\"recordsPerPage\": 100") && contains(out, "\"pageNum\": 2"));
    pf_string_free(out);
    /* A query string has no sort keys: written without them, with W114. */
    CHECK(pf_emit(req, PF_FORM_QUERY, NULL, &out, &diagnostics) == PF_OK);
    CHECK(contains(out, "pageNum=2"));
    CHECK(contains(diagnostics, "\"W114\""));
    pf_string_free(out);
    pf_string_free(diagnostics);
    CHECK(pf_request_clear_sort(req) == PF_OK);
    CHECK(pf_emit(req, PF_FORM_QUERY, NULL, &out, NULL) == PF_OK);
    pf_string_free(out);
    pf_request_free(req);
}

static void test_invalid_inputs(void) {
    pf_request* req = (pf_request*)0x1; /* must be reset to NULL */
    char* diagnostics = NULL;
    const char* bad = "name contians abc";
    CHECK(pf_read(bad, strlen(bad), PF_FORM_AUTO, 0, &req, &diagnostics) == PF_INVALID);
    CHECK(req == NULL);
    CHECK(contains(diagnostics, "\"code\":\"E004\"") && contains(diagnostics, "\"replacement\":\"Contains\""));
    pf_string_free(diagnostics);

    const char* body = "{\"ExpandoObject\":{\"Left\":\"a\",\"Operator\":\"equalz\",\"Right\":\"x\"}}";
    CHECK(pf_read(body, strlen(body), PF_FORM_AUTO, 0, &req, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "\"pointer\":\"/ExpandoObject/Operator\""));
    pf_string_free(diagnostics);

    /* Not NUL-terminated, with an embedded NUL: read by length. */
    const char with_nul[] = {'a', ' ', '=', ' ', '1', '\0', 'x'};
    CHECK(pf_read(with_nul, sizeof with_nul, PF_FORM_TEXT, 0, &req, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "U+0000"));
    pf_string_free(diagnostics);
    CHECK(pf_read("a = 1", 5, PF_FORM_TEXT, 0, &req, NULL) == PF_OK);
    pf_request_free(req);

    /* Strict profile. */
    CHECK(pf_lint("a = 1 and b = 2", 15, 0, NULL) == PF_OK);
    CHECK(pf_lint("a = 1 and b = 2", 15, 1, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "W102"));
    pf_string_free(diagnostics);
    CHECK(pf_lint("", 0, 0, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "E009"));
    pf_string_free(diagnostics);

    pf_request* or_filter = read_text("a = 1 or b = 2");
    char* out = NULL;
    CHECK(pf_emit(or_filter, PF_FORM_SEARCH_FILTERS, NULL, &out, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "ExpandoObject"));
    pf_string_free(diagnostics);
    pf_request_free(or_filter);
}

static void test_bad_arguments(void) {
    pf_request* req = NULL;
    char* out = NULL;
    CHECK(pf_read(NULL, 3, PF_FORM_AUTO, 0, &req, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_read("a = 1", 5, PF_FORM_AUTO, 0, NULL, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_read("a = 1", 5, 42, 0, &req, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_read("a = 1", 5, -1, 0, &req, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_emit(NULL, PF_FORM_TEXT, NULL, &out, NULL) == PF_BAD_ARGUMENT);
    req = read_text("a = 1");
    CHECK(pf_emit(req, PF_FORM_AUTO, NULL, &out, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_emit(req, PF_FORM_TEXT, NULL, NULL, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_ast_json(NULL, &out) == PF_BAD_ARGUMENT);
    CHECK(pf_ast_json(req, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_request_set_paging(NULL, 0, 0) == PF_BAD_ARGUMENT);
    CHECK(pf_request_add_sort(req, NULL, 0) == PF_BAD_ARGUMENT);
    CHECK(pf_request_add_sort(req, "", 0) == PF_BAD_ARGUMENT);
    CHECK(pf_request_clear_sort(NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_evaluate(NULL, "[]", 2, &out, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_evaluate(req, "[]", 2, NULL, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_evaluate(req, NULL, 2, &out, NULL) == PF_BAD_ARGUMENT);
    CHECK(out == NULL);
    pf_request_free(req);
    pf_request_free(NULL);
    pf_string_free(NULL);
}

static void test_evaluate(void) {
    pf_request* req = read_text("( name ~ abc ) and ( n > 1 )");
    char* page = NULL;
    char* error = NULL;
    const char* array = "[{\"name\":\"xABC\",\"n\":2},{\"name\":\"abc\",\"n\":\"1\"},{\"name\":\"zzz\",\"n\":5}]";
    CHECK(pf_evaluate(req, array, strlen(array), &page, &error) == PF_OK);
    CHECK(contains(page, "\"totalCount\":1") && contains(page, "\"xABC\""));
    CHECK(error == NULL);
    pf_string_free(page);

    const char* lines = "{\"name\":\"abc\",\"n\":3}\n\n{\"name\":\"abcd\",\"n\":4}\n";
    CHECK(pf_request_add_sort(req, "n", 1) == PF_OK);
    CHECK(pf_evaluate(req, lines, strlen(lines), &page, NULL) == PF_OK);
    CHECK(contains(page, "{\"resultSet\":[{\"name\":\"abcd\",\"n\":4},{\"name\":\"abc\",\"n\":3}],\"returnCount\":2"));
    pf_string_free(page);

    const char* bad_line = "{\"n\":1}\n{\"n\":\n";
    CHECK(pf_evaluate(req, bad_line, strlen(bad_line), &page, &error) == PF_INVALID);
    CHECK(page == NULL);
    CHECK(contains(error, "line 2"));
    pf_string_free(error);
    CHECK(pf_evaluate(req, "[1]", 3, &page, &error) == PF_INVALID);
    CHECK(contains(error, "record 0 is not a JSON object"));
    pf_string_free(error);
    CHECK(pf_evaluate(req, "[", 1, &page, &error) == PF_INVALID);
    pf_string_free(error);
    CHECK(pf_evaluate(req, "", 0, &page, NULL) == PF_OK); /* no records: an empty page */
    CHECK(contains(page, "\"totalCount\":0"));
    pf_string_free(page);
    pf_request_free(req);
}

/* Distinct handles from several threads at once: each thread reads, emits and evaluates its own. */
static void* worker(void* arg) {
    const int id = *(const int*)arg;
    char text[64];
    snprintf(text, sizeof text, "( n = %d ) or ( name ~ t%d )", id, id);
    long ok = 1;
    for (int i = 0; i < 200 && ok; ++i) {
        pf_request* req = NULL;
        char* out = NULL;
        char* page = NULL;
        char records[128];
        snprintf(records, sizeof records, "{\"n\":%d}\n{\"n\":-1,\"name\":\"T%d\"}\n{\"n\":-2}\n", id, id);
        ok = pf_read(text, strlen(text), PF_FORM_AUTO, 0, &req, NULL) == PF_OK &&
             pf_emit(req, PF_FORM_EXPANDO, NULL, &out, NULL) == PF_OK &&
             pf_evaluate(req, records, strlen(records), &page, NULL) == PF_OK && contains(page, "\"totalCount\":2");
        pf_string_free(out);
        pf_string_free(page);
        pf_request_free(req);
    }
    return (void*)ok;
}

static void test_threads(void) {
    pthread_t threads[4];
    int ids[4] = {1, 2, 3, 4};
    for (int i = 0; i < 4; ++i) CHECK(pthread_create(&threads[i], NULL, worker, &ids[i]) == 0);
    for (int i = 0; i < 4; ++i) {
        void* result = NULL;
        CHECK(pthread_join(threads[i], &result) == 0);
        CHECK(result == (void*)1);
    }
}

static void test_paging_rule(void) {
    /* The one paging rule, with its warnings; a negative number changes nothing. */
    pf_request* req = read_text("a = 1");
    char* diagnostics = NULL;
    char* out = NULL;
    CHECK(pf_request_paging(req, 2, 500, &diagnostics) == PF_OK && contains(diagnostics, "\"W104\""));
    pf_string_free(diagnostics);
    CHECK(pf_emit(req, PF_FORM_QUERY, NULL, &out, NULL) == PF_OK && contains(out, "pageNum=2&recordsPerPage=100"));
    pf_string_free(out);
    CHECK(pf_request_paging(req, 0, 0, &diagnostics) == PF_OK && contains(diagnostics, "\"W111\""));
    pf_string_free(diagnostics);
    CHECK(pf_request_paging(req, -1, 5, &diagnostics) == PF_INVALID && contains(diagnostics, "\"E015\""));
    pf_string_free(diagnostics);
    CHECK(pf_emit(req, PF_FORM_QUERY, NULL, &out, NULL) == PF_OK && contains(out, "pageNum=0&recordsPerPage=100"));
    pf_string_free(out);
    CHECK(pf_request_paging(req, 1, 25, NULL) == PF_OK);
    CHECK(pf_request_paging(NULL, 1, 25, NULL) == PF_BAD_ARGUMENT);
    pf_request_free(req);
}

static void test_records(void) {
    /* Records loaded once, many filters; the same answers as pf_evaluate. */
    const char* lines = "{\"name\":\"abc\",\"n\":3}\n{\"name\":\"ABCD\",\"n\":4.50}\n{\"name\":\"x\"}\n";
    pf_records* records = NULL;
    char* error = NULL;
    CHECK(pf_records_load(lines, strlen(lines), &records, &error) == PF_OK && error == NULL);
    CHECK(pf_records_size(records) == 3);
    pf_request* req = read_text("name ~ abc");
    pf_predicate* predicate = NULL;
    CHECK(pf_predicate_new(req, &predicate) == PF_OK);
    size_t count = 0;
    CHECK(pf_records_count(records, predicate, &count) == PF_OK && count == 2);
    int matches = -1;
    CHECK(pf_records_match(records, predicate, 2, &matches) == PF_OK && matches == 0);
    CHECK(pf_records_match(records, predicate, 1, &matches) == PF_OK && matches == 1);
    CHECK(pf_records_match(records, predicate, 3, &matches) == PF_BAD_ARGUMENT);
    char* page = NULL;
    CHECK(pf_records_evaluate(records, req, &page) == PF_OK);
    CHECK(contains(page, "{\"resultSet\":[{\"name\":\"abc\",\"n\":3},{\"name\":\"ABCD\",\"n\":4.50}],\"returnCount\":2,\"totalCount\":2"));
    char* direct = NULL;
    CHECK(pf_evaluate(req, lines, strlen(lines), &direct, NULL) == PF_OK && strcmp(page, direct) == 0);
    pf_string_free(page);
    pf_string_free(direct);
    pf_records* bad = NULL;
    CHECK(pf_records_load("{\"a\":\n", 6, &bad, &error) == PF_INVALID && bad == NULL);
    CHECK(contains(error, "line 1: not valid JSON"));
    pf_string_free(error);
    CHECK(pf_records_count(NULL, predicate, &count) == PF_BAD_ARGUMENT);
    pf_predicate* none = NULL;
    CHECK(pf_predicate_new(NULL, &none) == PF_BAD_ARGUMENT && none == NULL);
    CHECK(pf_records_size(NULL) == 0);
    pf_predicate_free(predicate);
    pf_predicate_free(NULL);
    pf_records_free(records);
    pf_records_free(NULL);
    pf_request_free(req);
}

static void test_schema(void) {
    pf_schema* schema = NULL;
    char* error = NULL;
    char* out = NULL;
    char* diagnostics = NULL;
    pf_request* req = NULL;

    /* The built-in catalogue, listed and looked up. */
    CHECK(pf_schema_load(NULL, 0, &schema, &error) == PF_OK && schema != NULL && error == NULL);
    CHECK(pf_schema_json(schema, NULL, &out, &error) == PF_OK && contains(out, "\"name\":\"releases\""));
    pf_string_free(out);
    CHECK(pf_schema_json(schema, "Release", &out, &error) == PF_OK && contains(out, "\"post_filter\":\"/releases/filter\""));
    pf_string_free(out);
    CHECK(pf_schema_json(schema, "relases", &out, &error) == PF_UNKNOWN_ENTITY && out == NULL &&
          contains(error, "did you mean 'releases'?"));
    pf_string_free(error);
    error = NULL;

    /* Checked reads: E016 with a fix; an unknown entity; the entity from a URL's path. */
    const char* misspelt = "`nmae` contains `abc`";
    CHECK(pf_read_checked(misspelt, strlen(misspelt), PF_FORM_AUTO, 0, schema, "releases", &req, &diagnostics) == PF_INVALID);
    CHECK(req == NULL && contains(diagnostics, "\"code\":\"E016\"") && contains(diagnostics, "\"replacement\":\"`name`\""));
    pf_string_free(diagnostics);
    CHECK(pf_read_checked(misspelt, strlen(misspelt), PF_FORM_AUTO, 0, schema, "relases", &req, &diagnostics) == PF_UNKNOWN_ENTITY);
    CHECK(req == NULL && contains(diagnostics, "did you mean 'releases'?"));
    pf_string_free(diagnostics);
    const char* url = "https://x/releases?filter=%60nmae%60%20%3D%20x";
    CHECK(pf_read_checked(url, strlen(url), PF_FORM_AUTO, 0, NULL, NULL, &req, &diagnostics) == PF_INVALID);
    CHECK(contains(diagnostics, "E016"));
    pf_string_free(diagnostics);
    /* Plain pf_read does no schema checks. */
    CHECK(pf_read(misspelt, strlen(misspelt), PF_FORM_AUTO, 0, &req, NULL) == PF_OK);
    pf_request_free(req);
    req = NULL;

    /* E018: a body for an entity without POST /filter, when emitting. */
    const char* env = "`name` = `x`";
    CHECK(pf_read_checked(env, strlen(env), PF_FORM_AUTO, 0, schema, "environments", &req, NULL) == PF_OK);
    CHECK(pf_emit(req, PF_FORM_SEARCH_FILTERS, NULL, &out, &diagnostics) == PF_INVALID && out == NULL && contains(diagnostics, "E018"));
    pf_string_free(diagnostics);
    CHECK(pf_emit(req, PF_FORM_QUERY, NULL, &out, NULL) == PF_OK);
    pf_string_free(out);
    pf_request_free(req);
    pf_schema_free(schema);

    /* A user schema file: a tenant's custom field; a bad one names the JSON pointer. */
    const char* tenant = "{\"entities\":{\"releases\":{\"fields\":{\"Budget Code\":{\"type\":\"string\",\"custom\":true}}}}}";
    CHECK(pf_schema_load(tenant, strlen(tenant), &schema, &error) == PF_OK);
    const char* custom = "`budget code` = `X1`";
    CHECK(pf_read_checked(custom, strlen(custom), PF_FORM_AUTO, 0, schema, "releases", &req, &diagnostics) == PF_OK);
    CHECK(contains(diagnostics, "W117"));
    pf_string_free(diagnostics);
    pf_request_free(req);
    pf_schema_free(schema);
    const char* bad = "{\"entities\":{\"x\":{\"fields\":{\"a\":{\"type\":\"strng\"}}}}}";
    schema = NULL;
    CHECK(pf_schema_load(bad, strlen(bad), &schema, &error) == PF_INVALID && schema == NULL);
    CHECK(contains(error, "/entities/x/fields/a/type: unknown type"));
    pf_string_free(error);
    CHECK(pf_schema_load("x", 1, NULL, NULL) == PF_BAD_ARGUMENT);
    CHECK(pf_schema_json(NULL, NULL, &out, NULL) == PF_BAD_ARGUMENT);
    pf_schema_free(NULL);
}

int main(void) {
    CHECK(strcmp(pf_version(), "0.1.0") == 0);
    test_read_and_emit();
    test_invalid_inputs();
    test_bad_arguments();
    test_evaluate();
    test_threads();
    test_schema();
    test_records();
    test_paging_rule();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
