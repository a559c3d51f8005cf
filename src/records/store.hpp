// The inside of a RecordSet: every value of every record as a flat node, typed once, and a view
// over it that the matcher (eval/view.hpp) reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
        bool plain_keys = true;    ///< an object whose keys differ even ignoring case
        std::uint32_t a = 0;       ///< text offset; first item; first member
        std::uint32_t b = 0;       ///< text length; item count; member count
        std::uint32_t folded = 0;  ///< offset of the lower-case text (length b)
        double number = 0;
        std::int64_t instant = 0;
    };
    struct Member {
        std::uint64_t hash = 0;  ///< detail::folded_hash of the key
        std::uint32_t key = 0;   ///< offset of the key's spelling in `arena`
        std::uint32_t key_length = 0;
        std::uint32_t node = 0;
    };
    struct Record {
        std::uint32_t node = 0;
        std::size_t offset = 0;  ///< the record's bytes in `text`
        std::size_t length = 0;
    };

    std::string text;   ///< the input, as given (padded for the parser past its end)
    std::string arena;  ///< "truefalse", then every string, number spelling and key
    std::vector<Node> nodes;
    std::vector<Member> members;
    std::vector<std::uint32_t> items;
    std::vector<Record> records;

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

/// A value of a RecordSet: the store and a node.
class StoreView {
public:
    using Store = RecordSet::Store;
    StoreView(const Store& store, std::uint32_t node) : s_(&store), n_(&store.nodes[node]) {}

    [[nodiscard]] ValueKind kind() const { return n_->kind; }
    [[nodiscard]] std::optional<StoreView> member(const Key& key) const;
    [[nodiscard]] std::size_t size() const { return n_->b; }
    [[nodiscard]] StoreView item(std::size_t i) const { return StoreView(*s_, s_->items[n_->a + i]); }
    [[nodiscard]] std::string_view string() const { return s_->arena_text(n_->a, n_->b); }
    [[nodiscard]] std::optional<double> number() const {
        return n_->has_number ? std::optional<double>(n_->number) : std::nullopt;
    }
    [[nodiscard]] std::optional<std::int64_t> instant() const {
        return n_->has_instant ? std::optional<std::int64_t>(n_->instant) : std::nullopt;
    }
    [[nodiscard]] FoldedText text() const {
        const auto k = n_->kind;
        if (k != ValueKind::string && k != ValueKind::number && k != ValueKind::boolean) return {};
        return {s_->arena_text(n_->a, n_->b), s_->arena_text(n_->folded, n_->b)};
    }

private:
    const Store* s_;
    const Store::Node* n_;
};
static_assert(RecordView<StoreView>);

}  // namespace detail
}  // namespace plutora::filter
