// A regular file's bytes, mapped into memory read-only: `lint --file` reads 10 MB of filters
// without copying them or clearing pages for a copy.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plutora::filter::cli {

class MappedFile {
public:
    /// The file mapped, or nothing when it is not a non-empty regular file or cannot be mapped
    /// (the caller reads it instead, and reports any error then). Like every reader that maps
    /// files, a file truncated by another process while it is read is not supported.
    [[nodiscard]] static std::optional<MappedFile> open(const std::string& path);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&&) = delete;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    [[nodiscard]] std::string_view text() const { return {data_, size_}; }

private:
    MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
    const char* data_;
    std::size_t size_;
};

}  // namespace plutora::filter::cli
