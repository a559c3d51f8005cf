#include "serve/http.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

namespace plutora::filter::serve {
namespace {

constexpr std::size_t max_body = std::size_t{1} << 20;

std::string json_message(const std::string& text) { return nlohmann::json{{"message", text}}.dump(); }

}  // namespace

int serve_http(const Service& service, const HttpOptions& options, std::ostream& out, std::ostream& log) {
    // SIGINT and SIGTERM go to one waiting thread, which stops the server: no handler runs on a
    // worker, and every thread started from here inherits the mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);

    httplib::Server server;
    server.new_task_queue = [n = options.threads] { return new httplib::ThreadPool(n); };
    server.set_payload_max_length(max_body);
    server.set_read_timeout(options.read_timeout_seconds, 0);
    server.set_write_timeout(options.read_timeout_seconds, 0);
    server.set_keep_alive_timeout(2);
    server.set_keep_alive_max_count(1000);

    std::mutex log_mutex;
    const auto handler = [&](const httplib::Request& req, httplib::Response& res) {
        const auto start = std::chrono::steady_clock::now();
        HttpRequest request{req.method, req.target, {}, req.body};
        for (const auto& [name, value] : req.headers) request.headers.emplace_back(name, value);
        const HttpResponse response = service.handle(request);
        res.status = response.status;
        for (const auto& [name, value] : response.headers) res.set_header(name, value);
        res.set_content(response.body, "application/json; charset=utf-8");
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        char took[32];
        std::snprintf(took, sizeof took, "%.2f ms", ms);
        const std::string shown = req.target.size() > 200 ? req.target.substr(0, 200) + "…" : req.target;
        const std::lock_guard lock(log_mutex);
        log << req.method << ' ' << shown << ' ' << response.status << ' ' << took << '\n' << std::flush;
    };
    for (const char* pattern : {".*"}) {
        server.Get(pattern, handler);
        server.Post(pattern, handler);
        server.Put(pattern, handler);
        server.Patch(pattern, handler);
        server.Delete(pattern, handler);
    }
    // What the HTTP layer refuses itself (a malformed request, a body over 1 MiB, a URI over
    // 8 KiB) is answered in JSON too.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;
        const std::string reason = res.status == 413   ? "the body is over 1 MiB"
                                   : res.status == 414 ? "the request line is too long"
                                                       : "the request could not be read (HTTP " + std::to_string(res.status) + ")";
        res.set_content(json_message(reason), "application/json; charset=utf-8");
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(json_message("internal error"), "application/json; charset=utf-8");
    });

    const int port = options.port == 0 ? server.bind_to_any_port(options.host) : (server.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) {
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        log << "plutora-filter: cannot listen on " << options.host << ':' << options.port << '\n';
        return 2;
    }
    out << "listening on http://" << options.host << ':' << port << '\n' << std::flush;

    std::atomic<bool> done = false;
    std::thread waiter([&] {
        const timespec tick{0, 100'000'000};
        while (!done) {
            if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) {
                server.stop();
                return;
            }
        }
    });
    server.listen_after_bind();
    done = true;
    waiter.join();
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    log << "plutora-filter: stopped\n" << std::flush;
    return 0;
}

}  // namespace plutora::filter::serve
