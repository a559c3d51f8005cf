// The service behind a real HTTP stack (cpp-httplib): a pool of worker threads, bounded
// requests, timeouts for slow clients, one log line per request, a clean stop on SIGINT/SIGTERM.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "serve/service.hpp"

namespace plutora::filter::serve {

struct HttpOptions {
    std::string host = "127.0.0.1";
    int port = 8080;             ///< 0: any free port (the URL printed says which)
    std::size_t threads = 128;   ///< workers; a kept-alive connection holds one while it is open
    int read_timeout_seconds = 5;
};

/// Listens, prints `listening on http://HOST:PORT` to `out`, serves until SIGINT or SIGTERM,
/// and returns 0; 2 (with the reason on `log`) when it cannot listen.
[[nodiscard]] int serve_http(const Service& service, const HttpOptions& options, std::ostream& out, std::ostream& log);

}  // namespace plutora::filter::serve
