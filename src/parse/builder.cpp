#include "parse/builder.hpp"

namespace plutora::filter::detail {

void Builder::build(const PendingComparison& p, Node& into) const {
    auto& c = std::get<Comparison>(into.node);  // a new Node holds a Comparison already
    c.field.name.assign(p.field);
    c.field.span = p.field_span;
    c.op = p.op;
    c.op_span = p.op_span;
    if (p.has_value) {  // typed by check
        auto& value = c.value.emplace();
        value.raw.assign(p.value);
        value.span = p.value_span;
    }
    c.span = p.span;
}

// Folds terms_[mark..] into one term at terms_[mark]: alone it stays as it is, else it becomes
// a chain with operands of the same junction spliced in (`(a and b) and c` is one chain of three).
void Builder::fold(Junction junction, std::size_t mark) {
    if (terms_.size() - mark == 1) return;
    Chain chain;
    chain.junction = junction;
    const auto first = terms_[mark].span.offset;
    chain.span = {first, terms_.back().span.end() - first};
    std::size_t count = 0;
    for (std::size_t i = mark; i < terms_.size(); ++i)
        count += terms_[i].chain && chains_[terms_[i].index].junction == junction ? chains_[terms_[i].index].operands.size() : 1;
    chain.operands.reserve(count);
    for (std::size_t i = mark; i < terms_.size(); ++i) {
        const Term& term = terms_[i];
        if (!term.chain) {
            build(comparisons_[term.index], chain.operands.emplace_back());
        } else if (auto& inner = chains_[term.index]; inner.junction == junction) {
            for (auto& o : inner.operands) chain.operands.push_back(std::move(o));
        } else {
            chain.operands.push_back(Node{std::move(inner)});
        }
    }
    terms_.shrink_to(mark + 1);
    Term& folded = terms_[mark];  // field by field: the 16-byte copy of a temporary stalled on store forwarding
    folded.span = chain.span;
    folded.index = static_cast<std::uint32_t>(chains_.size());
    folded.chain = true;
    if (chains_.capacity() == 0) chains_.reserve(8);
    chains_.push_back(std::move(chain));
}

void Builder::take_root(Node& root) {
    const Term& term = terms_.front();
    if (term.chain) root.node = std::move(chains_[term.index]);
    else build(comparisons_[term.index], root);
}

void Builder::end_comparison(std::uint32_t at) {
    const Span span{comparison_begin_, at - comparison_begin_};
    terms_.push_back({span, static_cast<std::uint32_t>(comparisons_.size()), false});
    comparisons_.push_back({field_name_, has_value_ ? value_raw_ : std::string_view{}, field_span_, op_span_, value_span_, span, op_,
                            has_value_});
    operands_.push_back({span, false});
}

void Builder::end_and_chain() {
    fold(Junction::And, and_marks_.back());
    and_marks_.pop_back();
}

void Builder::drop_and_chain() {
    terms_.shrink_to(and_marks_.back());
    and_marks_.pop_back();
}

void Builder::end_expr() {
    const Level level = levels_.back();
    levels_.pop_back();
    fold(Junction::Or, level.nodes);
    const auto begin = static_cast<std::uint32_t>(syntax_.operands.size());
    syntax_.operands.append(operands_.data() + level.operands, operands_.data() + operands_.size());
    operands_.shrink_to(level.operands);
    syntax_.chains.push_back({begin, static_cast<std::uint32_t>(syntax_.operands.size()), levels_.empty()});
}

void Builder::drop_expr() {
    terms_.shrink_to(levels_.back().nodes);
    operands_.shrink_to(levels_.back().operands);
    levels_.pop_back();
}

}  // namespace plutora::filter::detail
