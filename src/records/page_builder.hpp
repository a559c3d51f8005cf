// The page of a request over one or more RecordSets (a whole input, or the chunks of a stream):
// matches counted, the page's records kept as their bytes — the window when nothing is sorted,
// else the best (pageNum + 1) × recordsPerPage so far. Memory does not grow with the input.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "eval/compiled.hpp"
#include "eval/sort.hpp"
#include "plutora/filter/records.hpp"

namespace plutora::filter::detail {

class PageBuilder {
public:
    explicit PageBuilder(const Request& request);
    /// Tests every record of `set` (after those added before it).
    void add(const RecordSet& set);
    /// Tests one record, given as a view and its bytes.
    template <RecordView V>
    void consider(const V& record, std::string_view bytes) {
        if (filter_.matches(record)) keep(record, bytes);
    }
    /// `{"resultSet":[…],"returnCount":…,"totalCount":…,"pageNum":…,"recordsPerPage":…}`.
    [[nodiscard]] std::string envelope();

private:
    /// Counts a record that matched and keeps it if it can be on the page.
    template <RecordView V>
    void keep(const V& record, std::string_view bytes);

    struct Kept {
        std::vector<SortValue> keys;
        std::size_t seq = 0;
        std::string bytes;
    };
    [[nodiscard]] bool before(const Kept& a, const Kept& b) const;

    CompiledFilter filter_;
    Paging paging_;
    std::vector<SortKey> sort_;
    std::vector<FieldPath> paths_;
    std::size_t total_ = 0;
    std::vector<Kept> kept_;  // without sort keys: the page in order; with them: a heap, worst on top
};

template <RecordView V>
void PageBuilder::keep(const V& record, std::string_view bytes) {
    const std::size_t first = std::size_t{paging_.page_num} * paging_.records_per_page;
    const std::size_t limit = first + paging_.records_per_page;
    const std::size_t seq = total_++;
    if (sort_.empty()) {
        if (seq >= first && seq < limit) kept_.push_back(Kept{{}, seq, std::string(bytes)});
        return;
    }
    Kept k{{}, seq, {}};
    for (const auto& path : paths_) k.keys.push_back(sort_value(record, path));
    const auto worse_last = [this](const Kept& a, const Kept& b) { return before(a, b); };
    if (kept_.size() == limit) {
        if (!before(k, kept_.front())) return;  // cannot reach the page
        std::pop_heap(kept_.begin(), kept_.end(), worse_last);
        kept_.pop_back();
    }
    k.bytes = bytes;
    kept_.push_back(std::move(k));
    std::push_heap(kept_.begin(), kept_.end(), worse_last);
}

}  // namespace plutora::filter::detail
