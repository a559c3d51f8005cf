#include "parse/builder.hpp"

namespace plutora::filter::detail {
namespace {

// Folds nodes[mark..] into one node at nodes[mark]: alone it stays as it is, else it becomes a
// chain with operands of the same junction spliced in (`(a and b) and c` is one chain of three).
void fold(Junction junction, ArenaVector<Node>& nodes, std::size_t mark) {
    if (nodes.size() - mark == 1) return;
    Chain chain;
    chain.junction = junction;
    const auto first = nodes[mark].span().offset;
    chain.span = {first, nodes.back().span().end() - first};
    chain.operands.reserve(nodes.size() - mark);
    for (std::size_t i = mark; i < nodes.size(); ++i) {
        auto* inner = std::get_if<Chain>(&nodes[i].node);
        if (inner != nullptr && inner->junction == junction) {
            for (auto& o : inner->operands) chain.operands.push_back(std::move(o));
        } else {
            chain.operands.push_back(std::move(nodes[i]));
        }
    }
    nodes.resize(mark + 1);
    nodes[mark].node = std::move(chain);
}

}  // namespace

void Builder::end_comparison(std::uint32_t at) {
    auto& c = std::get<Comparison>(nodes_.emplace_back().node);  // a new Node holds a Comparison already
    c.field.name.assign(field_name_);
    c.field.span = field_span_;
    c.op = op_;
    c.op_span = op_span_;
    if (has_value_) {  // typed by check
        auto& value = c.value.emplace();
        value.raw.assign(value_raw_);
        value.span = value_span_;
    }
    c.span = {comparison_begin_, at - comparison_begin_};
    operands_.push_back({c.span, false});
}

void Builder::end_and_chain() {
    fold(Junction::And, nodes_, and_marks_.back());
    and_marks_.pop_back();
}

void Builder::drop_and_chain() {
    nodes_.resize(and_marks_.back());
    and_marks_.pop_back();
}

void Builder::end_expr() {
    const Level level = levels_.back();
    levels_.pop_back();
    fold(Junction::Or, nodes_, level.nodes);
    const auto begin = static_cast<std::uint32_t>(syntax_.operands.size());
    syntax_.operands.insert(syntax_.operands.end(), operands_.begin() + level.operands, operands_.end());
    operands_.resize(level.operands);
    syntax_.chains.push_back({begin, static_cast<std::uint32_t>(syntax_.operands.size()), levels_.empty()});
}

void Builder::drop_expr() {
    nodes_.resize(levels_.back().nodes);
    operands_.resize(levels_.back().operands);
    levels_.pop_back();
}

}  // namespace plutora::filter::detail
