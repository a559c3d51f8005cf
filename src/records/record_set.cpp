// A RecordSet filtered and paged: the same compiled filter, sort keys and paging rule as
// Predicate and Pager, over the store's view; pages are written from the records' own bytes.
#include <algorithm>

#include "eval/compiled.hpp"
#include "eval/sort.hpp"
#include "records/page_builder.hpp"
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
    const auto& column = *s_->custom[*id];
    const auto& value = column.nodes[record_];
    if (value.absent) return Found<StoreView>{};
    return Found<StoreView>{entry(*s_, value, column), false};
}

BoundFilter::BoundFilter(const CompiledFilter& filter, const RecordSet::Store& store) : store_(store), root_(bind(filter)) {}

BoundFilter::Node BoundFilter::bind(const CompiledFilter& f) const {
    Node n;
    n.filter = &f;
    if (f.kind == CompiledFilter::Kind::leaf) {
        const Key& key = f.leaf->field.key;
        const auto id = store_.keys.find(key.hash, key.folded);
        if (id && *id < store_.columns.size() && store_.columns[*id]) {
            n.column = &*store_.columns[*id];
        } else if (!id && f.leaf->field.steps.empty()) {  // no record has the key: a custom field, if any
            const auto custom = store_.custom_names.find(key.hash, key.folded);
            if (custom && *custom < store_.custom.size() && store_.custom[*custom]) n.column = &*store_.custom[*custom], n.custom = true;
        }
        return n;
    }
    for (const auto& child : f.children) n.children.push_back(bind(child));
    return n;
}

bool BoundFilter::matches(const Node& n, std::size_t record) const {
    switch (n.filter->kind) {
        case CompiledFilter::Kind::leaf: {
            const CompiledComparison& c = *n.filter->leaf;
            if (n.column != nullptr) {
                const auto& entry = n.column->nodes[record];
                if (!entry.absent && !entry.scan) {  // the key is there: its value answers
                    const bool result = match_detail::positive(c, Found<StoreView>{StoreView::entry(store_, entry, *n.column), false});
                    return c.negate ? !result : result;
                }
                if (n.custom) {  // no such custom field in this record: no value
                    const bool result = match_detail::positive(c, Found<StoreView>{});
                    return c.negate ? !result : result;
                }
            }
            return detail::matches(c, StoreView::record(store_, record));
        }
        case CompiledFilter::Kind::all:
            for (const auto& child : n.children)
                if (!matches(child, record)) return false;
            return true;
        case CompiledFilter::Kind::any:
            for (const auto& child : n.children)
                if (matches(child, record)) return true;
            return false;
    }
    return false;
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
    const detail::BoundFilter bound(*predicate.impl_, *store_);
    std::size_t n = 0;
    for (std::size_t i = 0; i < store_->records.size(); ++i) n += bound.matches(i) ? 1 : 0;
    return n;
}

std::vector<std::size_t> RecordSet::select(const Predicate& predicate) const {
    const detail::BoundFilter bound(*predicate.impl_, *store_);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < store_->records.size(); ++i)
        if (bound.matches(i)) out.push_back(i);
    return out;
}

std::string RecordSet::evaluate(const Request& request) const {
    detail::PageBuilder page(request);
    page.add(*this);
    return page.envelope();
}

namespace detail {

PageBuilder::PageBuilder(const Request& request) : filter_(request.filter.root), paging_(request.paging), sort_(request.sort) {
    for (const auto& key : sort_) paths_.emplace_back(key.field);
}

bool PageBuilder::before(const Kept& a, const Kept& b) const {  // a total order: the record's place breaks ties
    for (std::size_t i = 0; i < sort_.size(); ++i)
        if (const int c = compare(a.keys[i], b.keys[i], sort_[i].descending); c != 0) return c < 0;
    return a.seq < b.seq;
}

void PageBuilder::add(const RecordSet& set) {
    const BoundFilter bound(filter_, *set.store_);
    for (std::size_t i = 0; i < set.size(); ++i)
        if (bound.matches(i)) keep(StoreView::record(*set.store_, i), set.record(i));
}

std::string PageBuilder::envelope() {
    const std::size_t first = std::size_t{paging_.page_num} * paging_.records_per_page;
    std::size_t from = 0;
    if (!sort_.empty()) {
        std::sort_heap(kept_.begin(), kept_.end(), [this](const Kept& a, const Kept& b) { return before(a, b); });
        from = first;
    }
    std::string out = "{\"resultSet\":[";
    std::size_t count = 0;
    for (std::size_t i = from; i < kept_.size(); ++i, ++count) {
        if (count > 0) out += ',';
        out += kept_[i].bytes;
    }
    out += "],\"returnCount\":" + std::to_string(count) + ",\"totalCount\":" + std::to_string(total_) +
           ",\"pageNum\":" + std::to_string(paging_.page_num) + ",\"recordsPerPage\":" + std::to_string(paging_.records_per_page) +
           "}";
    return out;
}

}  // namespace detail
}  // namespace plutora::filter
