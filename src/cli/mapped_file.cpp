#include "cli/mapped_file.hpp"

#if __has_include(<sys/mman.h>)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define PLUTORA_FILTER_MMAP 1
#endif

namespace plutora::filter::cli {

std::optional<MappedFile> MappedFile::open(const std::string& path) {
#ifdef PLUTORA_FILTER_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat about {};
    void* data = MAP_FAILED;
    if (::fstat(fd, &about) == 0 && S_ISREG(about.st_mode) && about.st_size > 0) {
        int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
        flags |= MAP_POPULATE;  // the page tables filled in one call, not a fault per page
#endif
        data = ::mmap(nullptr, static_cast<std::size_t>(about.st_size), PROT_READ, flags, fd, 0);
    }
    ::close(fd);
    if (data == MAP_FAILED) return std::nullopt;
    return MappedFile(static_cast<const char*>(data), static_cast<std::size_t>(about.st_size));
#else
    (void)path;
    return std::nullopt;
#endif
}

MappedFile::MappedFile(MappedFile&& other) noexcept : data_(other.data_), size_(other.size_) {
    other.data_ = nullptr;
    other.size_ = 0;
}

MappedFile::~MappedFile() {
#ifdef PLUTORA_FILTER_MMAP
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
#endif
}

}  // namespace plutora::filter::cli
