// The inside of a RecordSet: every value of every record as a flat node, typed once, and a view
// over it that the matcher (eval/view.hpp) reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/compiled.hpp"
#include "eval/lookup.hpp"
#include "eval/view.hpp"
#include "plutora/filter/records.hpp"

namespace plutora::filter {

struct RecordSet::Store {
    /// One value. Strings and numbers point into `arena` (text, and for strings its lower case
    /// copy); arrays into `items`; objects into `members`.
    struct Node {
        detail::ValueKind kind = detail::ValueKind::null;
        bool has_number = false;   ///< a number, or a string like `-12.5`
        bool has_instant = false;  ///< a string holding a date or date-time
        bool integer = false;      ///< a JSON integer: its text is its number exactly
        bool plain_keys = true;    ///< an object whose keys differ even ignoring case
        bool absent = false;       ///< a column's entry for a record without that key
        bool scan = false;         ///< a column's entry that the record's members must answer
        std::uint32_t a = 0;       ///< text offset; first item; first member
        std::uint32_t b = 0;       ///< text length; item count; member count
        std::uint32_t folded = 0;  ///< offset of the lower-case text (length b)
        double number = 0;
        std::int64_t instant = 0;
    };
    struct Member {
        std::uint32_t key = 0;  ///< the id of the key's lower case (`keys`)
        std::uint32_t node = 0;
    };
    /// A member's key as written (parallel to `members`): read only for objects whose keys
    /// repeat ignoring case.
    struct Spelling {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    /// Every distinct key ignoring case, by the hash of its lower case: an open-addressing table.
    struct KeyTable {
        struct Slot {
            std::uint64_t hash = 0;
            std::uint32_t id = 0;
            bool used = false;
        };
        std::vector<Slot> slots = std::vector<Slot>(64);
        std::vector<std::string> folded;  ///< by id
        bool collision = false;           ///< two keys share a hash: lookups compare the text too

        [[nodiscard]] std::optional<std::uint32_t> find(std::uint64_t hash, std::string_view folded_key) const;
        std::uint32_t intern(std::string_view folded_key);
    };
    struct Record {
        std::uint32_t node = 0;
        std::size_t offset = 0;  ///< the record's bytes in `text`
        std::size_t length = 0;
    };

    /// A top-level key (or custom field) of most records, as a column: one entry per record,
    /// values copied with their text, so matching reads memory in order.
    struct Column {
        std::vector<Node> nodes;  ///< by record; `absent` where the record has no such key
        std::string arena;        ///< the text of the copied nodes
    };

    std::string text;   ///< the input, as given (padded for the parser past its end)
    std::string arena;  ///< "truefalse", then every string, number spelling and key
    std::vector<Node> nodes;
    std::vector<Member> members;
    std::vector<Spelling> spellings;
    KeyTable keys;
    std::vector<std::uint32_t> items;
    std::vector<Record> records;
    std::vector<std::optional<Column>> columns;  ///< by key id; none for rare keys
    KeyTable custom_names;                       ///< custom field names, lower case
    /// Custom fields of most records (additionalInformation), by custom name id, each resolved by
    /// its dataType once; a MultiListField's value is the array of its items' values. None for
    /// rare names.
    std::vector<std::optional<Column>> custom;

    /// Builds the columns once every record is loaded (records/columns.cpp).
    void build_columns();

    [[nodiscard]] std::string_view arena_text(std::uint32_t offset, std::uint32_t length) const {
        return std::string_view(arena).substr(offset, length);
    }
    [[nodiscard]] std::string_view bytes(std::size_t i) const {
        return std::string_view(text).substr(records[i].offset, records[i].length);
    }
};

namespace detail {

/// The text of a scalar node with its lower-case copy: comparisons need no folding.
class FoldedText {
public:
    FoldedText() = default;
    FoldedText(std::string_view text, std::string_view folded) : view_(text), folded_(folded) {}
    [[nodiscard]] std::optional<std::string_view> view() const { return view_; }
    [[nodiscard]] int compare(std::string_view folded) const {
        const int c = folded_.compare(0, std::string_view::npos, folded);  // byte order, as compare_folded
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    [[nodiscard]] bool contains(std::string_view folded) const { return view_ && folded_.find(folded) != std::string_view::npos; }

private:
    std::optional<std::string_view> view_;
    std::string_view folded_;
};

/// A value of a RecordSet: the store, a node and the text it points into. A record's own view
/// (made with `record`) also knows its index, so its members come from the columns.
class StoreView {
public:
    using Store = RecordSet::Store;
    StoreView(const Store& store, std::uint32_t node) : s_(&store), n_(&store.nodes[node]), text_(store.arena.data()) {}
    /// Record `i`.
    [[nodiscard]] static StoreView record(const Store& store, std::size_t i) {
        StoreView v(store, store.records[i].node);
        v.record_ = static_cast<std::uint32_t>(i);
        return v;
    }

    [[nodiscard]] ValueKind kind() const { return n_->kind; }
    [[nodiscard]] std::optional<StoreView> member(const Key& key) const;
    [[nodiscard]] std::size_t size() const { return n_->b; }
    [[nodiscard]] StoreView item(std::size_t i) const { return StoreView(*s_, s_->items[n_->a + i]); }
    [[nodiscard]] std::string_view string() const { return {text_ + n_->a, n_->b}; }
    [[nodiscard]] std::optional<double> number() const {
        return n_->has_number ? std::optional<double>(n_->number) : std::nullopt;
    }
    [[nodiscard]] bool exact() const { return n_->integer || n_->kind == ValueKind::string; }
    [[nodiscard]] std::optional<std::int64_t> instant() const {
        return n_->has_instant ? std::optional<std::int64_t>(n_->instant) : std::nullopt;
    }
    [[nodiscard]] FoldedText text() const {
        const auto k = n_->kind;
        if (k != ValueKind::string && k != ValueKind::number && k != ValueKind::boolean) return {};
        return {{text_ + n_->a, n_->b}, {text_ + n_->folded, n_->b}};
    }
    /// A column's entry, as a value.
    [[nodiscard]] static StoreView entry(const Store& store, const Store::Node& node, const Store::Column& column) {
        return StoreView(store, node, column.arena.data());
    }
    /// A custom field of this record answered from the columns; nothing when there is no column
    /// for it (the lookup then reads additionalInformation itself).
    [[nodiscard]] std::optional<Found<StoreView>> custom_field(const Key& name) const;
    /// The node's index in the store (a value outside the columns).
    [[nodiscard]] std::uint32_t node_index() const { return static_cast<std::uint32_t>(n_ - s_->nodes.data()); }

private:
    StoreView(const Store& store, const Store::Node& node, const char* text) : s_(&store), n_(&node), text_(text) {}
    [[nodiscard]] std::optional<StoreView> scan_members(std::uint32_t id, const Key& key) const;

    static constexpr std::uint32_t no_record = 0xFFFFFFFF;
    const Store* s_;
    const Store::Node* n_;
    const char* text_;  ///< the arena the node's text offsets are in
    std::uint32_t record_ = no_record;
};
static_assert(RecordView<StoreView>);

/// A compiled filter bound to one store: each comparison on a top-level key that has a column
/// reads the column's entry directly; anything else goes through the generic lookup. The same
/// answers as CompiledFilter::matches, with the key lookups done once per query.
class BoundFilter {
public:
    BoundFilter(const CompiledFilter& filter, const RecordSet::Store& store);
    [[nodiscard]] bool matches(std::size_t record) const { return matches(root_, record); }

private:
    struct Node {
        const CompiledFilter* filter = nullptr;
        const RecordSet::Store::Column* column = nullptr;  ///< a leaf's column, if any
        bool custom = false;  ///< the column is a custom field's (no record has the key itself)
        std::vector<Node> children;
    };
    [[nodiscard]] Node bind(const CompiledFilter& f) const;
    [[nodiscard]] bool matches(const Node& n, std::size_t record) const;

    const RecordSet::Store& store_;
    Node root_;
};

}  // namespace detail
}  // namespace plutora::filter
