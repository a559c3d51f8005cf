// A bump arena over a caller's buffer (a parse keeps one on its stack) and an allocator for
// standard containers that draws from it, falling back to the heap when it is full or absent.
// Memory from the arena is never freed one block at a time: it goes with the buffer.
// (Emscripten's libc++ has no <memory_resource>, so std::pmr is not an option.)
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace plutora::filter::detail {

class Arena {
public:
    Arena(std::byte* data, std::size_t size) : begin_(data), next_(data), end_(data + size) {}
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    /// `bytes` aligned to `align` from the buffer, or null when it does not fit.
    void* allocate(std::size_t bytes, std::size_t align) {
        void* p = next_;
        std::size_t space = static_cast<std::size_t>(end_ - next_);
        if (std::align(align, bytes, p, space) == nullptr) return nullptr;
        next_ = static_cast<std::byte*>(p) + bytes;
        return p;
    }
    [[nodiscard]] bool owns(const void* p) const {
        const auto* b = static_cast<const std::byte*>(p);
        return b >= begin_ && b < end_;
    }

private:
    std::byte* begin_;
    std::byte* next_;
    std::byte* end_;
};

template <typename T>
struct ArenaAllocator {
    using value_type = T;
    Arena* arena = nullptr;  ///< null: the heap

    ArenaAllocator() = default;
    explicit ArenaAllocator(Arena* a) : arena(a) {}
    template <typename U>
    ArenaAllocator(const ArenaAllocator<U>& other) : arena(other.arena) {}  // NOLINT: rebinding

    T* allocate(std::size_t n) {
        if (arena != nullptr)
            if (void* p = arena->allocate(n * sizeof(T), alignof(T))) return static_cast<T*>(p);
        return std::allocator<T>{}.allocate(n);
    }
    void deallocate(T* p, std::size_t n) {
        if (arena != nullptr && arena->owns(p)) return;
        std::allocator<T>{}.deallocate(p, n);
    }
    template <typename U>
    friend bool operator==(const ArenaAllocator& a, const ArenaAllocator<U>& b) {
        return a.arena == b.arena;
    }
};

template <typename T>
using ArenaVector = std::vector<T, ArenaAllocator<T>>;

}  // namespace plutora::filter::detail
