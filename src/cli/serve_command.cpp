// `plutora-filter serve --data DIR`: the Plutora API's read calls answered from local records.
#include <charconv>
#include <iostream>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "serve/http.hpp"

namespace plutora::filter::cli {
namespace {

int number_of(const Arguments& a, std::string_view name, int fallback, int low, int high) {
    const auto text = a.last(name);
    if (!text) return fallback;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size() || value < low || value > high)
        throw UsageError{std::string(name) + " takes a whole number from " + std::to_string(low) + " to " + std::to_string(high)};
    return value;
}

}  // namespace

int serve_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {"--strict"},
                                   {"--data", "--host", "--port", "--threads", "--timeout", "--schema", "--client-id", "--client-secret"});
    if (a.has("--help")) return io.out << help_for("serve"), ok;
    if (!a.positionals.empty()) throw UsageError{"serve takes no INPUT; give --data DIR"};
    const auto dir = a.last("--data");
    if (!dir) throw UsageError{"serve needs --data DIR (one file of records per entity: releases.json, changes.jsonl, ...)"};

    serve::Settings settings;
    settings.catalogue = catalogue_of(a, io);
    settings.strict = a.has("--strict");
    settings.client_id = a.last("--client-id");
    settings.client_secret = a.last("--client-secret");
    serve::HttpOptions http;
    http.host = a.last("--host").value_or("127.0.0.1");
    http.port = number_of(a, "--port", 8080, 0, 65535);
    http.threads = static_cast<std::size_t>(number_of(a, "--threads", 128, 1, 1024));
    http.read_timeout_seconds = number_of(a, "--timeout", 5, 1, 3600);

    auto loaded = serve::Service::load(*dir, std::move(settings));
    if (!loaded.service) throw UsageError{loaded.error, false};
    for (const auto& c : loaded.service->collections())
        io.err << "plutora-filter: " << c.entity->name << ": " << c.records.size() << " records from " << c.file << '\n';
    return serve::serve_http(*loaded.service, http, io.out, io.err);
}

}  // namespace plutora::filter::cli
