// Loading a RecordSet: simdjson parses (the whole array, or each line of JSON Lines), every value
// becomes a typed node. What simdjson refuses (integers past 64 bits among it) is read with
// nlohmann::json instead, as the other path reads it, so both accept and answer alike.
#include <charconv>
#include <limits>
#if PLUTORA_FILTER_SIMDJSON
#include <simdjson.h>
#endif
#include <type_traits>

#include "read/json_spans.hpp"
#include "records/scan.hpp"
#include "records/store.hpp"
#include "util/numbers.hpp"
#include "util/text.hpp"

namespace plutora::filter {
namespace {

using Store = RecordSet::Store;
using detail::ValueKind;
using detail::element_spans;
using detail::is_ws;

constexpr std::uint32_t true_at = 0;   // "truefalse" opens the arena
constexpr std::uint32_t false_at = 4;

class Builder {
public:
    explicit Builder(Store& s) : s_(s) {}

#if PLUTORA_FILTER_SIMDJSON
    std::uint32_t node(simdjson::dom::element e);
#endif
    std::uint32_t node(const nlohmann::json& j);

private:
    std::uint32_t add(Store::Node n) {
        s_.nodes.push_back(n);
        return static_cast<std::uint32_t>(s_.nodes.size() - 1);
    }
    std::uint32_t append(std::string_view text) {
        const auto at = static_cast<std::uint32_t>(s_.arena.size());
        s_.arena += text;
        return at;
    }
    Store::Node string_node(std::string_view text) {
        Store::Node n;
        n.kind = ValueKind::string;
        n.a = append(text);
        n.b = static_cast<std::uint32_t>(text.size());
        n.folded = static_cast<std::uint32_t>(s_.arena.size());
        for (const char c : text) s_.arena += detail::lower_byte(c);
        if (const auto x = detail::number_in_text(text)) n.has_number = true, n.number = *x;
        if (!text.empty() && text[0] >= '0' && text[0] <= '9')
            if (const auto t = detail::instant_in_text(text)) n.has_instant = true, n.instant = *t;
        return n;
    }
    template <typename T>
    Store::Node number_node(T value) {
        char buffer[detail::max_double_text];
        std::size_t length = 0;
        if constexpr (std::is_floating_point_v<T>) length = detail::write_double(value, buffer);
        else length = static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, value).ptr - buffer);
        Store::Node n;
        n.kind = ValueKind::number;
        n.a = append(std::string_view(buffer, length));
        n.b = static_cast<std::uint32_t>(length);
        n.folded = n.a;  // digits, signs and a lower-case e: already folded
        n.has_number = true;
        n.number = static_cast<double>(value);
        n.integer = std::is_integral_v<T>;
        return n;
    }
    static Store::Node boolean_node(bool value) {
        Store::Node n;
        n.kind = ValueKind::boolean;
        n.a = n.folded = value ? true_at : false_at;
        n.b = value ? 4 : 5;
        return n;
    }
    Store::Node array_node(const std::vector<std::uint32_t>& children) {
        Store::Node n;
        n.kind = ValueKind::array;
        n.a = static_cast<std::uint32_t>(s_.items.size());
        n.b = static_cast<std::uint32_t>(children.size());
        s_.items.insert(s_.items.end(), children.begin(), children.end());
        return n;
    }
    Store::Node object_node(const std::vector<std::pair<Store::Member, Store::Spelling>>& members) {
        Store::Node n;
        n.kind = ValueKind::object;
        n.a = static_cast<std::uint32_t>(s_.members.size());
        n.b = static_cast<std::uint32_t>(members.size());
        for (std::size_t i = 0; i < members.size() && n.plain_keys; ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j)
                if (members[i].first.key == members[j].first.key) n.plain_keys = false;  // keys that differ only in case
        for (const auto& [m, spelling] : members) {
            s_.members.push_back(m);
            s_.spellings.push_back(spelling);
        }
        return n;
    }
    std::pair<Store::Member, Store::Spelling> member(std::string_view key, std::uint32_t value) {
        folded_.assign(key);
        for (char& c : folded_) c = detail::lower_byte(c);
        const Store::Spelling spelling{append(key), static_cast<std::uint32_t>(key.size())};
        return {{s_.keys.intern(folded_), value}, spelling};
    }
    std::string folded_;

    Store& s_;
};

#if PLUTORA_FILTER_SIMDJSON
std::uint32_t Builder::node(simdjson::dom::element e) {
    using simdjson::dom::element_type;
    switch (e.type()) {
        case element_type::OBJECT: {
            std::vector<std::pair<Store::Member, Store::Spelling>> members;
            for (const auto field : simdjson::dom::object(e)) members.push_back(member(field.key, node(field.value)));
            return add(object_node(members));
        }
        case element_type::ARRAY: {
            std::vector<std::uint32_t> children;
            for (const auto item : simdjson::dom::array(e)) children.push_back(node(item));
            return add(array_node(children));
        }
        case element_type::STRING: return add(string_node(std::string_view(e)));
        case element_type::INT64: return add(number_node(std::int64_t(e)));
        case element_type::UINT64: return add(number_node(std::uint64_t(e)));
        case element_type::DOUBLE: return add(number_node(double(e)));
        case element_type::BOOL: return add(boolean_node(bool(e)));
        case element_type::NULL_VALUE: break;
    }
    return add(Store::Node{});
}
#endif

std::uint32_t Builder::node(const nlohmann::json& j) {
    switch (j.type()) {
        case nlohmann::json::value_t::object: {
            std::vector<std::pair<Store::Member, Store::Spelling>> members;
            for (auto it = j.begin(); it != j.end(); ++it) members.push_back(member(it.key(), node(*it)));
            return add(object_node(members));
        }
        case nlohmann::json::value_t::array: {
            std::vector<std::uint32_t> children;
            for (const auto& item : j) children.push_back(node(item));
            return add(array_node(children));
        }
        case nlohmann::json::value_t::string: return add(string_node(j.get_ref<const std::string&>()));
        case nlohmann::json::value_t::number_integer: return add(number_node(j.get<std::int64_t>()));
        case nlohmann::json::value_t::number_unsigned: return add(number_node(j.get<std::uint64_t>()));
        case nlohmann::json::value_t::number_float: return add(number_node(j.get<double>()));
        case nlohmann::json::value_t::boolean: return add(boolean_node(j.get<bool>()));
        default: return add(Store::Node{});
    }
}

RecordSet::Loaded refuse(std::size_t line, std::string error) {
    RecordSet::Loaded out;
    out.line = line;
    out.error = std::move(error);
    return out;
}

}  // namespace

std::optional<std::uint32_t> Store::KeyTable::find(std::uint64_t hash, std::string_view folded_key) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots[i];
        if (!slot.used) return std::nullopt;
        if (slot.hash == hash && (!collision || folded[slot.id] == folded_key)) return slot.id;
    }
}

std::uint32_t Store::KeyTable::intern(std::string_view folded_key) {
    const std::uint64_t hash = detail::folded_hash(folded_key);
    const std::size_t mask = slots.size() - 1;
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& slot = slots[i];
        if (!slot.used) break;
        if (slot.hash == hash) {
            if (folded[slot.id] == folded_key) return slot.id;
            collision = true;  // another key with the same hash: keep probing
        }
    }
    const auto id = static_cast<std::uint32_t>(folded.size());
    folded.emplace_back(folded_key);
    slots[i] = Slot{hash, id, true};
    if (folded.size() * 2 > slots.size()) {  // grow: at most half full
        std::vector<Slot> old(slots.size() * 2);
        old.swap(slots);
        for (const auto& s : old) {
            if (!s.used) continue;
            std::size_t j = s.hash & (slots.size() - 1);
            while (slots[j].used) j = (j + 1) & (slots.size() - 1);
            slots[j] = s;
        }
    }
    return id;
}

namespace {

// The elements of the array `layout` says where to find, as records.
std::optional<RecordSet::Loaded> add_array(Store& s, Builder& build, std::string_view all, const detail::Layout& layout) {
    const std::string_view part = all.substr(layout.begin, layout.size);  // the array; spans count from the text
    auto spans = element_spans(part);
    for (auto& span : spans) span.first += layout.begin;
#if PLUTORA_FILTER_SIMDJSON
    auto parser = detail::record_parser(max_record_depth + 1);
    simdjson::dom::element root;
    const bool read_by_nlohmann = parser.parse(part.data(), part.size(), false).get(root) != simdjson::SUCCESS;
#else
    const bool read_by_nlohmann = true;
#endif
    if (read_by_nlohmann) {  // refused, or integers past 64 bits: read as the nlohmann path reads them
        nlohmann::json j;
        if (auto why = detail::read_records_array(part, j)) return refuse(0, std::move(*why));
        if (j.size() != spans.size()) return refuse(0, "the records are not a valid JSON array");
        for (std::size_t i = 0; i < j.size(); ++i) s.records.push_back({build.node(j[i]), spans[i].first, spans[i].second});
        return std::nullopt;
    }
#if PLUTORA_FILTER_SIMDJSON
    if (!root.is_array()) return refuse(0, "the records are not a valid JSON array");
    std::size_t i = 0;
    for (const auto element : simdjson::dom::array(root)) {
        if (!element.is_object()) return refuse(0, "record " + std::to_string(i) + " is not a JSON object");
        if (i >= spans.size()) return refuse(0, "the records are not a valid JSON array");
        s.records.push_back({build.node(element), spans[i].first, spans[i].second});
        ++i;
    }
#endif
    return std::nullopt;
}

// One record: [begin, stop) bound it in `all` (trimmed); `raw` is what a message's column
// counts in, `n` its line.
std::optional<RecordSet::Loaded> add_record(Store& s, Builder& build, [[maybe_unused]] detail::RecordParser& parser, std::string_view all,
                                            std::size_t begin, std::size_t stop, std::string_view raw, std::size_t n) {
    const std::string_view line = detail::record_text(all.substr(begin, stop - begin));
#if PLUTORA_FILTER_SIMDJSON
    simdjson::dom::element root;
    if (parser.parse(line.data(), line.size(), false).get(root) == simdjson::SUCCESS) {
        if (!root.is_object()) return refuse(n, "a record must be a JSON object, found " + std::string(detail::type_name(root.type())));
        s.records.push_back({build.node(root), begin, line.size()});
        return std::nullopt;
    }
#endif
    // refused (too deep among it), integers past 64 bits, or no simdjson: read as the nlohmann path reads them
    nlohmann::json j;
    if (auto why = detail::read_record(line, raw, j)) return refuse(n, std::move(*why));
    s.records.push_back({build.node(j), begin, line.size()});  // `line` starts at `begin`
    return std::nullopt;
}

}  // namespace

struct RecordSetAccess {
    static RecordSet make(std::unique_ptr<const RecordSet::Store> s) { return RecordSet(std::move(s)); }
};

RecordSet::Loaded RecordSet::load(std::string text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // a byte-order mark is not part of the records
    const auto layout = detail::layout_of(text);
    return load_any(std::move(text), layout);
}

RecordSet::Loaded RecordSet::load_array(std::string text) {
    const detail::Layout layout{detail::Layout::Kind::array, 0, text.size()};
    return load_any(std::move(text), layout);
}
RecordSet::Loaded RecordSet::load_lines(std::string text) { return load_any(std::move(text), {}); }

RecordSet::Loaded RecordSet::load_any(std::string text, const detail::Layout& layout) {
    using Kind = detail::Layout::Kind;
    if (text.size() >= std::numeric_limits<std::uint32_t>::max() / 3) return refuse(0, "the records are larger than 1 GiB");
    auto store = std::make_unique<Store>();
    Store& s = *store;
    const std::size_t size = text.size();
    s.text = std::move(text);
    s.text.append(detail::parser_padding, ' ');  // simdjson reads a little past the end
    const std::string_view all(s.text.data(), size);
    s.arena = "truefalse";
    Builder build(s);
    std::optional<Loaded> refused;
    if (layout.kind == Kind::array || layout.kind == Kind::answer) {
        refused = add_array(s, build, all, layout);
    } else {
        [[maybe_unused]] auto parser = detail::record_parser(max_record_depth);
        const auto add = [&](std::size_t begin, std::size_t stop, std::string_view raw, std::size_t n) {
            return add_record(s, build, parser, all, begin, stop, raw, n);
        };
        if (layout.kind == Kind::object)  // one object, however many lines it spans
            refused = add(layout.begin, layout.begin + layout.size, all.substr(layout.begin, layout.size), detail::line_at(all, layout.begin));
        else
            refused = detail::for_each_line<Loaded>(all, 1, add);
    }
    if (refused) return std::move(*refused);
    s.build_columns();
    return Loaded{RecordSetAccess::make(std::move(store)), 0, {}, layout.kind == Kind::answer};
}

}  // namespace plutora::filter
