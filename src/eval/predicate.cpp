// A filter compiled into a tree of compiled comparisons under and/or.
#include "eval/match.hpp"
#include "plutora/filter/eval.hpp"

namespace plutora::filter {

struct Predicate::Impl {
    enum class Kind : std::uint8_t { leaf, all, any };
    Kind kind = Kind::leaf;
    std::optional<detail::CompiledComparison> leaf;
    std::vector<Impl> children;

    explicit Impl(const Node& node) {
        if (const auto* c = std::get_if<Comparison>(&node.node)) {
            leaf.emplace(*c);
            return;
        }
        const auto& chain = std::get<Chain>(node.node);
        kind = chain.junction == Junction::And ? Kind::all : Kind::any;
        children.reserve(chain.operands.size());
        for (const auto& operand : chain.operands) children.emplace_back(operand);
    }

    template <detail::RecordView V>
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

Predicate::Predicate(const Filter& filter) : impl_(std::make_unique<const Impl>(filter.root)) {}
Predicate::~Predicate() = default;
Predicate::Predicate(Predicate&&) noexcept = default;
Predicate& Predicate::operator=(Predicate&&) noexcept = default;

bool Predicate::operator()(const nlohmann::json& record) const { return impl_->matches(detail::JsonView(record)); }

}  // namespace plutora::filter
