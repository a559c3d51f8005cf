// A RecordSet filtered and paged: the same compiled filter, sort keys and paging rule as
// Predicate and Pager, over the store's view; pages are written from the records' own bytes.
#include <algorithm>

#include "eval/compiled.hpp"
#include "eval/sort.hpp"
#include "records/store.hpp"

namespace plutora::filter {

namespace detail {

std::optional<StoreView> StoreView::member(const Key& key) const {
    // A record is an object: its columns answer without touching its node.
    if (record_ == no_record && n_->kind != ValueKind::object) return std::nullopt;
    const auto id = s_->keys.find(key.hash, key.folded);
    if (!id) return std::nullopt;  // no record has such a key
    if (record_ != no_record && *id < s_->columns.size() && s_->columns[*id]) {
        const auto& column = *s_->columns[*id];
        const auto& entry = column.nodes[record_];
        if (!entry.scan) {
            if (entry.absent) return std::nullopt;
            return StoreView(*s_, entry, column.arena.data());
        }
    }
    return scan_members(*id, key);
}

std::optional<StoreView> StoreView::scan_members(std::uint32_t id, const Key& key) const {
    const auto* first = s_->members.data() + n_->a;
    const auto* last = first + n_->b;
    if (n_->plain_keys) {  // at most one member per key ignoring case
        for (const auto* m = first; m != last; ++m)
            if (m->key == id) return StoreView(*s_, m->node);
        return std::nullopt;
    }
    // As nlohmann::json would answer: the exact spelling (its last duplicate), else the first
    // spelling ignoring case in byte order.
    std::optional<std::uint32_t> exact;
    std::optional<std::pair<std::string_view, std::uint32_t>> best;
    for (const auto* m = first; m != last; ++m) {
        if (m->key != id) continue;
        const auto& sp = s_->spellings[static_cast<std::size_t>(m - s_->members.data())];
        const auto spelling = s_->arena_text(sp.offset, sp.length);
        if (spelling == key.spelling) exact = m->node;
        else if (!best || spelling <= best->first) best = {spelling, m->node};
    }
    if (exact) return StoreView(*s_, *exact);
    if (best) return StoreView(*s_, best->second);
    return std::nullopt;
}

std::optional<Found<StoreView>> StoreView::custom_field(const Key& name) const {
    if (record_ == no_record) return std::nullopt;
    const auto id = s_->custom_names.find(name.hash, name.folded);
    if (!id) {  // no record has a custom field of that name; the column of additionalInformation says if any has one
        return std::nullopt;
    }
    if (*id >= s_->custom.size() || !s_->custom[*id]) return std::nullopt;
    const auto& entry = s_->custom[*id]->entries[record_];
    if (!entry.found) return Found<StoreView>{};
    return Found<StoreView>{StoreView(*s_, entry.node), entry.item_values};
}

}  // namespace detail

RecordSet::RecordSet(std::unique_ptr<const Store> store) : store_(std::move(store)) {}
RecordSet::~RecordSet() = default;
RecordSet::RecordSet(RecordSet&&) noexcept = default;
RecordSet& RecordSet::operator=(RecordSet&&) noexcept = default;

std::size_t RecordSet::size() const { return store_->records.size(); }
std::string_view RecordSet::record(std::size_t i) const { return store_->bytes(i); }

bool RecordSet::matches(const Predicate& predicate, std::size_t i) const {
    return predicate.impl_->matches(detail::StoreView::record(*store_, i));
}

std::size_t RecordSet::count(const Predicate& predicate) const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < store_->records.size(); ++i) n += predicate.impl_->matches(detail::StoreView::record(*store_, i)) ? 1 : 0;
    return n;
}

std::vector<std::size_t> RecordSet::select(const Predicate& predicate) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < store_->records.size(); ++i)
        if (matches(predicate, i)) out.push_back(i);
    return out;
}

std::string RecordSet::evaluate(const Request& request) const {
    const Predicate predicate(request.filter);
    const std::size_t first = std::size_t{request.paging.page_num} * request.paging.records_per_page;
    const std::size_t limit = first + request.paging.records_per_page;
    std::vector<std::size_t> page;
    std::size_t total = 0;
    if (request.sort.empty()) {
        for (std::size_t i = 0; i < store_->records.size(); ++i) {
            if (!matches(predicate, i)) continue;
            if (total >= first && total < limit) page.push_back(i);
            ++total;
        }
    } else {
        std::vector<detail::FieldPath> paths;
        for (const auto& key : request.sort) paths.emplace_back(key.field);
        struct Kept {
            std::vector<detail::SortValue> keys;
            std::size_t index;
        };
        std::vector<Kept> kept;
        for (std::size_t i = 0; i < store_->records.size(); ++i) {
            if (!matches(predicate, i)) continue;
            ++total;
            Kept k{{}, i};
            const auto record = detail::StoreView::record(*store_, i);
            for (const auto& path : paths) k.keys.push_back(detail::sort_value(record, path));
            kept.push_back(std::move(k));
        }
        const auto before = [&](const Kept& a, const Kept& b) {  // a total order: the record's place breaks ties
            for (std::size_t i = 0; i < request.sort.size(); ++i)
                if (const int c = detail::compare(a.keys[i], b.keys[i], request.sort[i].descending); c != 0) return c < 0;
            return a.index < b.index;
        };
        const std::size_t keep = std::min(limit, kept.size());
        std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(keep), kept.end(), before);
        for (std::size_t i = first; i < keep; ++i) page.push_back(kept[i].index);
    }
    std::string out = "{\"resultSet\":[";
    for (std::size_t i = 0; i < page.size(); ++i) {
        if (i > 0) out += ',';
        out += store_->bytes(page[i]);
    }
    out += "],\"returnCount\":" + std::to_string(page.size()) + ",\"totalCount\":" + std::to_string(total) +
           ",\"pageNum\":" + std::to_string(request.paging.page_num) +
           ",\"recordsPerPage\":" + std::to_string(request.paging.records_per_page) + "}";
    return out;
}

}  // namespace plutora::filter
