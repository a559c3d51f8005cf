// An ordered parallel map for the CLI: work on the machine's cores, results in input order.
#pragma once

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstddef>
#include <thread>
#include <vector>

namespace plutora::filter::cli {

/// Calls `produce(i)` for every i in [0, count) on up to `cores` threads and hands each product
/// to `use(i, product)` on the calling thread in order of i: the effect is that of
/// `for (i) use(i, produce(i))`. `produce` must only read shared state.
///
/// The work goes in batches of `batch` items (memory holds two batches of products). Threads
/// claim small runs of a batch as they go, so a batch of uneven items still ends together; the
/// calling thread hands batch k to `use` while the others already produce batch k + 1.
template <typename Product, typename Produce, typename Use>
void in_order(std::size_t count, std::size_t cores, Produce&& produce, Use&& use) {
    constexpr std::size_t batch = 4096;
    constexpr std::size_t run = 64;
    const std::size_t threads = count < 256 ? 1 : std::clamp<std::size_t>(cores, 1, 8);  // a few items: no threads
    if (threads == 1) {
        for (std::size_t i = 0; i < count; ++i) use(i, produce(i));
        return;
    }
    const std::size_t batches = (count + batch - 1) / batch;
    std::vector<Product> products[2] = {std::vector<Product>(batch), std::vector<Product>(batch)};
    std::atomic<std::size_t> next{0};  // the next unclaimed item of the current batch
    std::barrier done(static_cast<std::ptrdiff_t>(threads), [&next]() noexcept { next.store(0, std::memory_order_relaxed); });
    const auto work = [&](std::size_t k) {
        const std::size_t begin = k * batch;
        const std::size_t size = std::min(batch, count - begin);
        auto& out = products[k % 2];
        for (std::size_t at; (at = next.fetch_add(run, std::memory_order_relaxed)) < size;)
            for (std::size_t i = at; i < std::min(size, at + run); ++i) out[i] = produce(begin + i);
        done.arrive_and_wait();
    };
    std::vector<std::jthread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back([&]() {
            for (std::size_t k = 0; k < batches; ++k) work(k);
        });
    for (std::size_t k = 0; k < batches; ++k) {
        work(k);
        const std::size_t begin = k * batch;
        auto& out = products[k % 2];
        for (std::size_t i = 0; i < std::min(batch, count - begin); ++i) use(begin + i, std::move(out[i])), out[i] = Product{};
    }
}

}  // namespace plutora::filter::cli
