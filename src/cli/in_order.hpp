// An ordered parallel map for the CLI: work on the machine's cores, results in input order.
#pragma once

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace plutora::filter::cli {

/// The work of in_order(): `fill` appends the next items to an empty vector (at most `limit`,
/// none when there are no more), `produce` maps an item to its product (reading only shared
/// state), `use` takes each item with its product on the calling thread.
inline constexpr std::size_t in_order_batch = 4096;

/// Maps every item `fill` yields through `produce` on up to `cores` threads and hands each
/// item and product to `use` in order: the effect is that of `for (item) use(item,
/// produce(item))`. Items come and go a batch at a time (memory holds two batches), so a long
/// input is never all in memory: while the calling thread hands batch k to `use`, the other
/// threads already produce batch k + 1, claiming small runs of it so that uneven items still
/// end together. A few items (less than a batch of 256) take no threads. An exception from
/// `fill`, `produce` or `use` stops the work and is rethrown here, after every thread has left.
template <typename Item, typename Product, typename Fill, typename Produce, typename Use>
void in_order(std::size_t cores, Fill&& fill, Produce&& produce, Use&& use) {
    constexpr std::size_t run = 64;
    std::vector<Item> items[2];
    fill(items[0], in_order_batch);
    const std::size_t threads = items[0].size() < 256 ? 1 : std::clamp<std::size_t>(cores, 1, 8);
    if (threads == 1) {
        for (; !items[0].empty(); items[0].clear(), fill(items[0], in_order_batch))
            for (auto& item : items[0]) use(item, produce(item));
        return;
    }
    std::vector<Product> products[2];
    products[0].resize(in_order_batch), products[1].resize(in_order_batch);
    std::atomic<std::size_t> next{0};  // the next unclaimed item of the current batch
    std::size_t phase = 0;             // the batch being produced; its items are items[phase % 2]
    // The first exception of any thread: then no more batches are read, every thread leaves at
    // the next barrier, and the calling thread throws it.
    std::mutex failure_mutex;
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    const auto fail = [&]() noexcept {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        failed.store(true);
    };
    // Between batches, one thread (the others wait) reads the batch after next into the vector
    // the calling thread has just finished with.
    const auto between = [&]() noexcept {
        ++phase;
        next.store(0, std::memory_order_relaxed);
        auto& upcoming = items[phase % 2];
        upcoming.clear();
        if (failed.load() || items[(phase - 1) % 2].empty()) return;
        try {
            fill(upcoming, in_order_batch);
        } catch (...) {
            fail();
            upcoming.clear();
        }
    };
    std::barrier done(static_cast<std::ptrdiff_t>(threads), between);
    // Produces batch k; false when there was none (the input has ended).
    const auto work = [&](std::size_t k) {
        const auto& in = items[k % 2];
        auto& out = products[k % 2];
        try {
            for (std::size_t at; !failed.load(std::memory_order_relaxed) && (at = next.fetch_add(run, std::memory_order_relaxed)) < in.size();)
                for (std::size_t i = at; i < std::min(in.size(), at + run); ++i) out[i] = produce(in[i]);
        } catch (...) {
            fail();
        }
        const bool any = !in.empty();
        done.arrive_and_wait();
        return any;
    };
    {
        std::vector<std::jthread> pool;
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back([&]() {
                for (std::size_t k = 0; work(k); ++k) {
                }
            });
        for (std::size_t k = 0; work(k); ++k) {
            auto& in = items[k % 2];
            auto& out = products[k % 2];
            try {
                for (std::size_t i = 0; i < in.size() && !failed.load(); ++i) use(in[i], std::move(out[i])), out[i] = Product{};
            } catch (...) {
                fail();
            }
        }
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace plutora::filter::cli
