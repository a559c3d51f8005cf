/* The README's C example: read a filter, print it as a URL, evaluate it. */
#include <stdio.h>
#include <string.h>

#include "plutora_filter.h"

int main(void) {
    const char* text = "name contains abc and type not equal Defect";
    pf_request* req = NULL;
    char* diagnostics = NULL;
    if (pf_read(text, strlen(text), PF_FORM_AUTO, 0, &req, &diagnostics) != PF_OK) {
        fprintf(stderr, "%s\n", diagnostics);
        pf_string_free(diagnostics);
        return 1;
    }
    pf_string_free(diagnostics);
    char* url = NULL;
    if (pf_emit(req, PF_FORM_QUERY, "https://usapi.plutora.com/changes", &url, NULL) == PF_OK) printf("%s\n", url);
    pf_string_free(url);
    const char* records = "[{\"name\":\"xABCx\",\"type\":\"Bug\"},{\"name\":\"abc\",\"type\":\"defect\"}]";
    char* page = NULL;
    if (pf_evaluate(req, records, strlen(records), &page, NULL) == PF_OK) printf("%s\n", page);
    pf_string_free(page);
    pf_request_free(req);
    return 0;
}
