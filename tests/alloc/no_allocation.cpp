// A compiled predicate allocates nothing per record, on nlohmann records and on a RecordSet.
// Counts every operator new while matching records against filters that touch each kind of value.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <plutora/filter/filter.hpp>
#include <string>

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
    // A RecordSet of 1,000 copies: counting allocates once per query (binding the filter to the
    // store), never per record — the same over 1,000 records as over 2,000.
    std::string lines;
    for (int i = 0; i < 2000; ++i) lines += record.dump() + "\n";
    const auto small = std::move(*pf::RecordSet::load(lines.substr(0, lines.size() / 2)).records);
    const auto large = std::move(*pf::RecordSet::load(lines).records);
    for (const char* f : filters) {
        const pf::Predicate matches(*pf::parse(f).filter);
        long before = allocations;
        const auto hits_small = small.count(matches);
        const long per_small = allocations - before;
        before = allocations;
        const auto hits_large = large.count(matches);
        const long per_large = allocations - before;
        if (per_small == per_large && hits_small == 1000 && hits_large == 2000) ++passed;
        else ++failed, std::fprintf(stderr, "RecordSet %s: %ld and %ld allocations, %zu and %zu matches\n", f, per_small, per_large, hits_small, hits_large);
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
