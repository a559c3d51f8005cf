#include "parse/builder.hpp"

namespace plutora::filter::detail {
namespace {

// One node from the operands of a chain: the operand itself if alone, else a chain with
// operands of the same junction spliced in (`(a and b) and c` is one chain of three).
Node fold(Junction junction, std::vector<Node>&& operands) {
    if (operands.size() == 1) return std::move(operands.front());
    Chain chain;
    chain.junction = junction;
    const auto first = operands.front().span().offset;
    const auto last = operands.back().span().end();
    chain.span = {first, last - first};
    for (auto& operand : operands) {
        auto* inner = std::get_if<Chain>(&operand.node);
        if (inner != nullptr && inner->junction == junction) {
            for (auto& o : inner->operands) chain.operands.push_back(std::move(o));
        } else {
            chain.operands.push_back(std::move(operand));
        }
    }
    return Node{std::move(chain)};
}

}  // namespace

void Builder::end_comparison(std::uint32_t at) {
    Comparison c;
    c.field = std::move(field_);
    c.op = op_;
    c.op_span = op_span_;
    if (has_value_) c.value = make_value(std::string(value_raw_), value_span_, op_);
    c.span = {comparison_begin_, at - comparison_begin_};
    levels_.back().syntax.operands.push_back({c.span, false});
    and_frames_.back().push_back(Node{std::move(c)});
}

void Builder::end_group() {
    levels_.back().syntax.operands.push_back({last_group_, true});
    and_frames_.back().push_back(std::move(*last_expr_));
    last_expr_.reset();
}

void Builder::end_and_chain() {
    Node node = fold(Junction::And, std::move(and_frames_.back()));
    and_frames_.pop_back();
    levels_.back().terms.push_back(std::move(node));
}

void Builder::end_expr() {
    Level level = std::move(levels_.back());
    levels_.pop_back();
    last_expr_ = fold(Junction::Or, std::move(level.terms));
    level.syntax.top = levels_.empty();
    syntax_.chains.push_back(std::move(level.syntax));
}

}  // namespace plutora::filter::detail
