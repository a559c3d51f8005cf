// Facts about how a filter was written that the AST deliberately forgets (groups, where the
// parentheses stood) but the parenthesization lints need. Produced by parse, read by lint.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "parse/arena.hpp"
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

/// Its vectors take their memory from the parse's arena (parse.cpp), or the heap by default.
struct Syntax {
    ArenaVector<OperandSyntax> operands;
    ArenaVector<ChainSyntax> chains;
    ArenaVector<std::uint32_t> parens;  ///< offsets of every `(` and `)`

    Syntax() = default;
    explicit Syntax(Arena* arena)
        : operands(ArenaAllocator<OperandSyntax>(arena)), chains(ArenaAllocator<ChainSyntax>(arena)), parens(ArenaAllocator<std::uint32_t>(arena)) {}

    [[nodiscard]] std::span<const OperandSyntax> operands_of(const ChainSyntax& c) const {
        return {operands.data() + c.begin, c.end - c.begin};
    }
};

}  // namespace plutora::filter::detail
