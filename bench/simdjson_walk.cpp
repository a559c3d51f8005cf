// plutora_filter_simdjson_walk FILE.jsonl: simdjson's bare parse of a JSON Lines file (DOM,
// parse_many), the limit for `plutora-filter eval` — bench/compare.sh prints the ratio.
#include <cstdio>
#include <simdjson.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: plutora_filter_simdjson_walk FILE.jsonl\n");
        return 2;
    }
    simdjson::padded_string text;
    if (simdjson::padded_string::load(argv[1]).get(text)) return 1;
    simdjson::dom::parser parser;
    simdjson::dom::document_stream stream;
    if (parser.parse_many(text).get(stream)) return 1;
    std::size_t objects = 0;
    for (auto doc : stream) objects += doc.is_object() ? 1 : 0;
    std::printf("%zu\n", objects);
}
