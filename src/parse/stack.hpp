// A stack of plain values with room for N inside itself (so a parse keeps its working stacks in
// its own frame, allocation-free for any filter of typical shape), moving to the heap past that.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <type_traits>

namespace plutora::filter::detail {

template <typename T, std::size_t N>
class Stack {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    Stack() = default;
    Stack(const Stack&) = delete;  // it may point into itself
    Stack& operator=(const Stack&) = delete;

    void push_back(const T& v) {
        if (size_ == capacity_) grow();
        std::construct_at(data_ + size_, v);
        ++size_;
    }
    void pop_back() { --size_; }
    /// Drops the elements past `n` (never grows).
    void shrink_to(std::size_t n) { size_ = std::min(size_, n); }
    void append(const T* first, const T* last) {
        const auto n = static_cast<std::size_t>(last - first);
        while (size_ + n > capacity_) grow();
        if (n > 0) std::memcpy(data_ + size_, first, n * sizeof(T));
        size_ += n;
    }

    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] T& operator[](std::size_t i) { return data_[i]; }
    [[nodiscard]] const T& operator[](std::size_t i) const { return data_[i]; }
    [[nodiscard]] T& back() { return data_[size_ - 1]; }
    [[nodiscard]] const T& back() const { return data_[size_ - 1]; }
    [[nodiscard]] const T& front() const { return data_[0]; }
    [[nodiscard]] T* data() { return data_; }
    [[nodiscard]] const T* data() const { return data_; }
    [[nodiscard]] const T* begin() const { return data_; }
    [[nodiscard]] const T* end() const { return data_ + size_; }

private:
    void grow() {
        auto bigger = std::unique_ptr<T[]>(new T[2 * capacity_]);
        if (size_ > 0) std::memcpy(bigger.get(), data_, size_ * sizeof(T));
        heap_ = std::move(bigger);
        data_ = heap_.get();
        capacity_ *= 2;
    }

    // Raw bytes, not T[N]: nothing is written until pushed (T's default member initializers
    // would otherwise run N times per parse).
    alignas(T) std::byte inside_[N * sizeof(T)];
    std::unique_ptr<T[]> heap_;
    T* data_ = reinterpret_cast<T*>(inside_);
    std::size_t size_ = 0;
    std::size_t capacity_ = N;
};

}  // namespace plutora::filter::detail
