// A filter compiled into a tree of compiled comparisons under and/or, matched against any
// record view. Predicate (nlohmann records) and RecordSet (records loaded once) share it.
#pragma once

#include <optional>
#include <vector>

#include "eval/match.hpp"
#include "plutora/filter/eval.hpp"

namespace plutora::filter::detail {

struct CompiledFilter {
    enum class Kind : std::uint8_t { leaf, all, any };
    Kind kind = Kind::leaf;
    std::optional<CompiledComparison> leaf;
    std::vector<CompiledFilter> children;

    explicit CompiledFilter(const Node& node) {
        if (const auto* c = std::get_if<Comparison>(&node.node)) {
            leaf.emplace(*c);
            return;
        }
        const auto& chain = std::get<Chain>(node.node);
        kind = chain.junction == Junction::And ? Kind::all : Kind::any;
        children.reserve(chain.operands.size());
        for (const auto& operand : chain.operands) children.emplace_back(operand);
    }

    template <RecordView V>
    [[nodiscard]] bool matches(const V& record) const {
        switch (kind) {
            case Kind::leaf: return detail::matches(*leaf, record);
            case Kind::all:
                for (const auto& c : children)
                    if (!c.matches(record)) return false;
                return true;
            case Kind::any:
                for (const auto& c : children)
                    if (c.matches(record)) return true;
                return false;
        }
        return false;
    }
};

}  // namespace plutora::filter::detail

namespace plutora::filter {

struct Predicate::Impl : detail::CompiledFilter {
    using CompiledFilter::CompiledFilter;
};

}  // namespace plutora::filter
