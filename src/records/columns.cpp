// Columns: the top-level keys and custom fields that most records have, laid out by record so
// that a filter reads memory in order. A record whose keys repeat ignoring case, and keys or
// custom fields too rare for a column, are answered from the record's own members.
#include "records/store.hpp"

namespace plutora::filter {
namespace {

using Store = RecordSet::Store;
using detail::ValueKind;

// A key in at least one record in 16 gets a column.
bool common(std::size_t count, std::size_t records) { return count * 16 >= records && count > 0; }

// A column with every record's entry absent, to be filled.
Store::Column absent_column(std::size_t records) {
    Store::Node absent;
    absent.absent = true;
    return Store::Column{std::vector<Store::Node>(records, absent), {}};
}

// Copies a node into a column, with its text.
Store::Node copy_into(const Store& s, const Store::Node& n, std::string& arena) {
    Store::Node c = n;
    if (n.kind == ValueKind::string || n.kind == ValueKind::number || n.kind == ValueKind::boolean) {
        c.a = static_cast<std::uint32_t>(arena.size());
        arena += s.arena_text(n.a, n.b);
        c.folded = static_cast<std::uint32_t>(arena.size());
        arena += s.arena_text(n.folded, n.b);
    }
    return c;
}

}  // namespace

void Store::build_columns() {
    const std::size_t n = records.size();
    const detail::Key additional(detail::lookup_keys().additional_information);
    const detail::Key& name_key = detail::lookup_keys().name;

    // Counts, and the custom field names, in one pass.
    std::vector<std::size_t> key_count(keys.folded.size(), 0);
    std::vector<std::size_t> custom_count;
    std::string folded;
    for (std::size_t r = 0; r < n; ++r) {
        const Node& root = nodes[records[r].node];
        for (std::uint32_t m = root.a; m < root.a + root.b; ++m) ++key_count[members[m].key];
        const auto info = detail::StoreView(*this, records[r].node).member(additional);
        if (!info || info->kind() != ValueKind::array) continue;
        for (std::size_t i = 0; i < info->size(); ++i) {
            const auto name = info->item(i).member(name_key);
            if (!name || name->kind() != ValueKind::string) continue;
            folded = detail::ascii_lower(name->string());
            const auto id = custom_names.intern(folded);
            if (id >= custom_count.size()) custom_count.resize(id + 1, 0);
            ++custom_count[id];
        }
    }

    columns.assign(keys.folded.size(), std::nullopt);
    for (std::size_t id = 0; id < key_count.size(); ++id) {
        if (common(key_count[id], n)) columns[id] = absent_column(n);
    }
    for (std::size_t r = 0; r < n; ++r) {
        const Node& root = nodes[records[r].node];
        for (std::uint32_t m = root.a; m < root.a + root.b; ++m) {
            auto& column = columns[members[m].key];
            if (!column) continue;
            Node& entry = column->nodes[r];
            if (!root.plain_keys) entry = Node{}, entry.scan = true;  // the exact-spelling rule needs the members
            else entry = copy_into(*this, nodes[members[m].node], column->arena);
        }
    }

    custom.assign(custom_names.folded.size(), std::nullopt);
    for (std::size_t id = 0; id < custom_count.size(); ++id)
        if (common(custom_count[id], n)) custom[id] = absent_column(n);
    // Resolved first, written after: views hold pointers into `nodes`, which the arrays below grow.
    struct Resolved {
        std::size_t record;
        std::uint32_t column;
        std::vector<std::int64_t> values;  ///< node indices, -1 for an item without a value
        bool list;
    };
    std::vector<Resolved> resolved;
    std::vector<bool> seen;
    for (std::size_t r = 0; r < n; ++r) {
        const auto info = detail::StoreView(*this, records[r].node).member(additional);
        if (!info || info->kind() != ValueKind::array) continue;
        seen.assign(custom_names.folded.size(), false);
        for (std::size_t i = 0; i < info->size(); ++i) {
            const auto field = info->item(i);
            const auto name = field.member(name_key);
            if (!name || name->kind() != ValueKind::string) continue;
            const auto id = *custom_names.find(detail::folded_hash(name->string()), detail::ascii_lower(name->string()));
            if (seen[id]) continue;  // the first field of that name answers
            seen[id] = true;
            if (!custom[id]) continue;
            const auto found = detail::lookup_detail::custom_value(field);
            if (!found.value) continue;  // no value: the entry stays absent
            Resolved out{r, id, {}, found.item_values};
            if (!found.item_values) {
                out.values.push_back(found.value->node_index());
            } else {  // a MultiListField: its items' values
                for (std::size_t k = 0; k < found.value->size(); ++k) {
                    const auto value = found.value->item(k).member(detail::lookup_keys().value);
                    out.values.push_back(value ? static_cast<std::int64_t>(value->node_index()) : -1);
                }
            }
            resolved.push_back(std::move(out));
        }
    }
    for (const auto& x : resolved) {
        Column& column = *custom[x.column];
        if (!x.list) {
            column.nodes[x.record] = copy_into(*this, nodes[static_cast<std::size_t>(x.values.front())], column.arena);
            continue;
        }
        Node array;
        array.kind = ValueKind::array;
        array.a = static_cast<std::uint32_t>(items.size());
        array.b = static_cast<std::uint32_t>(x.values.size());
        for (const auto v : x.values) {
            if (v >= 0) {
                items.push_back(static_cast<std::uint32_t>(v));
            } else {
                nodes.push_back(Node{});  // an item without a value: null, as the lookup reads it
                items.push_back(static_cast<std::uint32_t>(nodes.size() - 1));
            }
        }
        column.nodes[x.record] = array;
    }
}

}  // namespace plutora::filter
