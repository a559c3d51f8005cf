// Issue 4's promise, checked: a compiled predicate allocates nothing per record. Counts every
// operator new while matching records against filters that touch each kind of value.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <plutora/filter/filter.hpp>

static long allocations = 0;
void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

int main() {
    namespace pf = plutora::filter;
    const char* filters[] = {
        "( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 ) and ( `releaseStatusType` not equal `Cancelled` )",
        "( NAME ~ UAT ) or ( n > 5 ) or ( d = `2025-07-15T09:00:00Z` ) or ( Tier iswithin `Gold,Silver` ) or "
        "( x.y has value ) or ( tags = b ) or ( n < 2.5 ) or ( missing !~ q )",
    };
    const auto record = nlohmann::json::parse(
        R"({"name":"API UAT 1","lastModifiedDate":"2022-03-01T10:00:00.158Z","releaseStatusType":"Draft","n":"7",)"
        R"("d":"2025-07-15","x":{"y":1},"tags":["a","B"],)"
        R"("additionalInformation":[{"name":"tier","dataType":"MultiListField","multiListItem":[{"value":"gold"}]}]})");
    int passed = 0, failed = 0;
    for (const char* f : filters) {
        const pf::Predicate matches(*pf::parse(f).filter);
        const long before = allocations;
        int hits = 0;
        for (int i = 0; i < 1000; ++i) hits += matches(record) ? 1 : 0;
        const long per_run = allocations - before;
        if (per_run == 0 && hits == 1000) ++passed;
        else ++failed, std::fprintf(stderr, "%s: %ld allocations, %d matches over 1000 records\n", f, per_run, hits);
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
