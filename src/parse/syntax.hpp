// Facts about how a filter was written that the AST deliberately forgets (groups, where the
// parentheses stood) but the parenthesization lints need. Produced by parse, read by lint.
#pragma once

#include <cstdint>
#include <span>

#include "parse/stack.hpp"
#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

/// One operand of a chain as written: a `( … )` group (span includes the parentheses) or a
/// bare comparison.
struct OperandSyntax {
    Span span;
    bool group = false;
};

/// The operands at one nesting level, joined by and/or: a range of `Syntax::operands`.
struct ChainSyntax {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool top = false;  ///< the outermost level
};

/// Kept in the parse's own frame (parse.cpp), read by the checks while the parse is alive.
struct Syntax {
    Stack<OperandSyntax, 32> operands;
    Stack<ChainSyntax, 16> chains;
    Stack<std::uint32_t, 32> parens;  ///< offsets of every `(` and `)`

    [[nodiscard]] std::span<const OperandSyntax> operands_of(const ChainSyntax& c) const {
        return {operands.data() + c.begin, c.end - c.begin};
    }
};

}  // namespace plutora::filter::detail
