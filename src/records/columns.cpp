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

// How many records have each key, and each custom field (names interned on the way).
struct Counts {
    std::vector<std::size_t> keys;    ///< by key id
    std::vector<std::size_t> custom;  ///< by custom field id
};

Counts count_uses(Store& s) {
    const detail::Key additional(detail::lookup_keys().additional_information);
    const detail::Key& name_key = detail::lookup_keys().name;
    Counts counts{std::vector<std::size_t>(s.keys.folded.size(), 0), {}};
    for (const auto& record : s.records) {
        const Store::Node& root = s.nodes[record.node];
        for (std::uint32_t m = root.a; m < root.a + root.b; ++m) ++counts.keys[s.members[m].key];
        const auto info = detail::StoreView(s, record.node).member(additional);
        if (!info || info->kind() != ValueKind::array) continue;
        for (std::size_t i = 0; i < info->size(); ++i) {
            const auto name = info->item(i).member(name_key);
            if (!name || name->kind() != ValueKind::string) continue;
            const auto id = s.custom_names.intern(detail::ascii_lower(name->string()));
            if (id >= counts.custom.size()) counts.custom.resize(id + 1, 0);
            ++counts.custom[id];
        }
    }
    return counts;
}

// The common top-level keys' columns, filled from each record's members.
void fill_key_columns(Store& s, const std::vector<std::size_t>& key_count) {
    const std::size_t n = s.records.size();
    s.columns.assign(s.keys.folded.size(), std::nullopt);
    for (std::size_t id = 0; id < key_count.size(); ++id)
        if (common(key_count[id], n)) s.columns[id] = absent_column(n);
    for (std::size_t r = 0; r < n; ++r) {
        const Store::Node& root = s.nodes[s.records[r].node];
        for (std::uint32_t m = root.a; m < root.a + root.b; ++m) {
            auto& column = s.columns[s.members[m].key];
            if (!column) continue;
            Store::Node& entry = column->nodes[r];
            if (!root.plain_keys) entry = Store::Node{}, entry.scan = true;  // the exact-spelling rule needs the members
            else entry = copy_into(s, s.nodes[s.members[m].node], column->arena);
        }
    }
}

// A record's value of a common custom field, found before any column is written.
struct Resolved {
    std::size_t record;
    std::uint32_t column;
    std::vector<std::int64_t> values;  ///< node indices, -1 for an item without a value
    bool list;
};

// Every record's values of the common custom fields; the first field of a name answers.
std::vector<Resolved> resolve_custom(const Store& s) {
    const detail::Key additional(detail::lookup_keys().additional_information);
    const detail::Key& name_key = detail::lookup_keys().name;
    std::vector<Resolved> resolved;
    std::vector<bool> seen;
    for (std::size_t r = 0; r < s.records.size(); ++r) {
        const auto info = detail::StoreView(s, s.records[r].node).member(additional);
        if (!info || info->kind() != ValueKind::array) continue;
        seen.assign(s.custom_names.folded.size(), false);
        for (std::size_t i = 0; i < info->size(); ++i) {
            const auto field = info->item(i);
            const auto name = field.member(name_key);
            if (!name || name->kind() != ValueKind::string) continue;
            const auto id = *s.custom_names.find(detail::folded_hash(name->string()), detail::ascii_lower(name->string()));
            if (seen[id]) continue;
            seen[id] = true;
            if (!s.custom[id]) continue;
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
    return resolved;
}

// The resolved values into their columns; a MultiListField's as an array of its items.
void write_custom(Store& s, const std::vector<Resolved>& resolved) {
    for (const auto& x : resolved) {
        Store::Column& column = *s.custom[x.column];
        if (!x.list) {
            column.nodes[x.record] = copy_into(s, s.nodes[static_cast<std::size_t>(x.values.front())], column.arena);
            continue;
        }
        Store::Node array;
        array.kind = ValueKind::array;
        array.a = static_cast<std::uint32_t>(s.items.size());
        array.b = static_cast<std::uint32_t>(x.values.size());
        for (const auto v : x.values) {
            if (v >= 0) {
                s.items.push_back(static_cast<std::uint32_t>(v));
            } else {
                s.nodes.push_back(Store::Node{});  // an item without a value: null, as the lookup reads it
                s.items.push_back(static_cast<std::uint32_t>(s.nodes.size() - 1));
            }
        }
        column.nodes[x.record] = array;
    }
}

}  // namespace

void Store::build_columns() {
    const Counts counts = count_uses(*this);
    fill_key_columns(*this, counts.keys);
    custom.assign(custom_names.folded.size(), std::nullopt);
    for (std::size_t id = 0; id < counts.custom.size(); ++id)
        if (common(counts.custom[id], records.size())) custom[id] = absent_column(records.size());
    // Resolved first, written after: views hold pointers into `nodes`, which the arrays grow.
    write_custom(*this, resolve_custom(*this));
}

}  // namespace plutora::filter
