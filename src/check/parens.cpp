// SPEC 1.4: wrap every expression of a chain in parentheses, or none; no parentheses around a
// lone expression; space around every parenthesis.
#include <algorithm>

#include "check/check.hpp"
#include "util/report.hpp"

namespace plutora::filter::detail {
namespace {

Span chain_span(std::span<const OperandSyntax> operands) {
    const auto first = operands.front().span.offset;
    return {first, operands.back().span.end() - first};
}

// The chain's text with every bare comparison wrapped: `( a = 1 ) or ( b = 2 )`.
Fix wrap_bare_operands(std::string_view source, std::span<const OperandSyntax> operands) {
    const Span whole = chain_span(operands);
    std::string text;
    std::uint32_t pos = whole.offset;
    for (const auto& operand : operands) {
        text += source.substr(pos, operand.span.offset - pos);
        const auto written = source.substr(operand.span.offset, operand.span.length);
        if (operand.group) text += written;
        else text += "( " + std::string(written) + " )";
        pos = operand.span.end();
    }
    return Fix{whole.offset, whole.length, std::move(text)};
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

void check_mixed_grouping(const CheckContext& ctx) {
    for (const auto& chain : ctx.syntax.chains) {
        const auto operands = ctx.syntax.operands_of(chain);
        if (operands.size() < 2) continue;
        const auto bare = std::find_if(operands.begin(), operands.end(), [](const auto& o) { return !o.group; });
        if (bare == operands.end()) continue;
        const bool has_group = std::any_of(operands.begin(), operands.end(), [](const auto& o) { return o.group; });
        if (has_group) {
            ctx.out.push_back(make_diagnostic(
                Code::E008, bare->span,
                "this expression is not in parentheses but others in its chain are; wrap every expression in parentheses",
                wrap_bare_operands(ctx.source, operands)));
        } else if (ctx.options.profile == Profile::strict) {
            ctx.out.push_back(make_diagnostic(Code::W102, chain_span(operands),
                                              "several expressions are not wrapped in parentheses; write each as ( … )",
                                              wrap_bare_operands(ctx.source, operands)));
        }
    }
}

void check_single_group(const Filter& filter, const CheckContext& ctx) {
    const auto top = std::find_if(ctx.syntax.chains.begin(), ctx.syntax.chains.end(), [](const auto& c) { return c.top; });
    if (top == ctx.syntax.chains.end()) return;
    const auto operands = ctx.syntax.operands_of(*top);
    if (operands.size() != 1 || !operands.front().group) return;
    const auto* comparison = std::get_if<Comparison>(&filter.root.node);
    if (comparison == nullptr) return;
    const Span group = operands.front().span;
    ctx.out.push_back(make_diagnostic(
        Code::W107, group,
        "a single expression needs no parentheses (the API documentation says wrapping one expression is an error); remove them",
        Fix{group.offset, group.length, std::string(ctx.source.substr(comparison->span.offset, comparison->span.length))}));
}

void check_paren_spacing(const CheckContext& ctx) {
    // One finding per gap: `((` and `a)` each lack one space.
    std::vector<std::uint32_t> gaps;
    for (const std::uint32_t p : ctx.syntax.parens) {
        if (p > 0 && !is_ws(ctx.source[p - 1])) gaps.push_back(p);
        if (p + 1 < ctx.source.size() && !is_ws(ctx.source[p + 1])) gaps.push_back(p + 1);
    }
    std::sort(gaps.begin(), gaps.end());
    gaps.erase(std::unique(gaps.begin(), gaps.end()), gaps.end());
    for (const std::uint32_t gap : gaps) {
        const char left = ctx.source[gap - 1];
        const bool after = left == '(' || left == ')';  // the space goes after this paren
        const std::uint32_t paren = after ? gap - 1 : gap;
        ctx.out.push_back(make_diagnostic(Code::W101, {paren, 1},
                                          std::string("put a space ") + (after ? "after `" : "before `") +
                                              ctx.source[paren] + "`; the API wants space around parentheses",
                                          Fix{gap, 0, " "}));
    }
}

}  // namespace plutora::filter::detail
