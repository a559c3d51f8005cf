#include "serve/http.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <semaphore>
#include <thread>

namespace plutora::filter::serve {
namespace {

constexpr std::size_t max_body = std::size_t{1} << 20;

std::string json_message(const std::string& text) { return nlohmann::json{{"message", text}}.dump(); }

// While it lives, SIGINT and SIGTERM are blocked in this thread and every thread started from
// it, so that one waiting thread takes them: no handler runs on a worker.
class StopSignals {
public:
    StopSignals() {
        sigemptyset(&signals_);
        sigaddset(&signals_, SIGINT);
        sigaddset(&signals_, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
    }
    ~StopSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// Waits for a stop signal, then calls `stop`; returns without calling it once `done`.
    template <typename Stop>
    void wait(const std::atomic<bool>& done, Stop&& stop) const {
        const timespec tick{0, 100'000'000};
        while (!done)
            if (sigtimedwait(&signals_, nullptr, &tick) > 0) return stop();
    }

private:
    sigset_t signals_;
    sigset_t previous_;
};

// Every request, on any path and method, to the service; a log line for each.
class Dispatch {
public:
    Dispatch(const Service& service, std::ostream& log) : service_(service), log_(log) {}

    void operator()(const httplib::Request& req, httplib::Response& res) {
        const auto start = std::chrono::steady_clock::now();
        HttpRequest request{req.method, req.target, {}, req.body};
        for (const auto& [name, value] : req.headers) request.headers.emplace_back(name, value);
        const HttpResponse response = [&] {
            cpu_.acquire();  // as many answers computed at once as there are cores; the rest wait their turn
            struct Release {
                std::counting_semaphore<1024>& s;
                ~Release() { s.release(); }
            } release{cpu_};
            return service_.handle(request);
        }();
        res.status = response.status;
        for (const auto& [name, value] : response.headers) res.set_header(name, value);
        res.set_content(response.body, "application/json; charset=utf-8");
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        char took[32];
        std::snprintf(took, sizeof took, "%.2f ms", ms);
        const std::string shown = req.target.size() > 200 ? req.target.substr(0, 200) + "…" : req.target;
        const std::lock_guard lock(log_mutex_);
        log_ << req.method << ' ' << shown << ' ' << response.status << ' ' << took << '\n' << std::flush;
    }

private:
    const Service& service_;
    std::ostream& log_;
    std::mutex log_mutex_;
    // Workers mostly wait on sockets; computing answers is bounded by the cores, so that under
    // load requests finish in turn rather than all slowly together (a short p99).
    std::counting_semaphore<1024> cpu_{static_cast<std::ptrdiff_t>(std::clamp(std::thread::hardware_concurrency(), 1u, 1024u))};
};

// Threads, limits and timeouts; what the HTTP layer refuses itself (a malformed request, a body
// over 1 MiB, a URI over 8 KiB) or fails on is answered in JSON too.
void configure(httplib::Server& server, const HttpOptions& options) {
    server.new_task_queue = [n = options.threads] { return new httplib::ThreadPool(n); };
    server.set_payload_max_length(max_body);
    server.set_read_timeout(options.read_timeout_seconds, 0);
    server.set_write_timeout(options.read_timeout_seconds, 0);
    server.set_keep_alive_timeout(2);
    server.set_keep_alive_max_count(1000);
    server.set_tcp_nodelay(true);  // else Nagle and delayed ACKs add 40 ms to every answer
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
}

// The port listened on, or -1. SO_REUSEADDR only (cpp-httplib's default SO_REUSEPORT would let
// a second server share the port silently), and after binding a backlog of SOMAXCONN instead of
// cpp-httplib's 5, which drops the SYNs of a burst of connections (1 s retransmits).
int bind_port(httplib::Server& server, const HttpOptions& options) {
    int listening = -1;
    server.set_socket_options([&listening](int sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        listening = sock;
    });
    const int port = options.port == 0 ? server.bind_to_any_port(options.host) : (server.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port >= 0 && listening >= 0) ::listen(listening, SOMAXCONN);
    return port;
}

}  // namespace

int serve_http(const Service& service, const HttpOptions& options, std::ostream& out, std::ostream& log) {
    const StopSignals stop_signals;
    Dispatch dispatch(service, log);  // outlives the server, whose handlers use it
    httplib::Server server;
    configure(server, options);
    const auto handler = [&dispatch](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);
    const int port = bind_port(server, options);
    if (port < 0) {
        log << "plutora-filter: cannot listen on " << options.host << ':' << options.port << '\n';
        return 2;
    }
    out << "listening on http://" << options.host << ':' << port << '\n' << std::flush;
    std::atomic<bool> done = false;
    std::thread waiter([&] { stop_signals.wait(done, [&] { server.stop(); }); });
    server.listen_after_bind();
    done = true;
    waiter.join();
    log << "plutora-filter: stopped\n" << std::flush;
    return 0;
}

}  // namespace plutora::filter::serve
