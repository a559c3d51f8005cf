/* The installed C API from C. */
#include <plutora_filter.h>
#include <stdio.h>

int main(void) {
    pf_request* req = NULL;
    if (pf_read("a = 1", 5, PF_FORM_AUTO, 0, &req, NULL) != PF_OK) return 1;
    char* text = NULL;
    const int ok = pf_emit(req, PF_FORM_TEXT, NULL, &text, NULL) == PF_OK;
    if (ok) printf("%s\n", text);
    pf_string_free(text);
    pf_request_free(req);
    return ok ? 0 : 1;
}
