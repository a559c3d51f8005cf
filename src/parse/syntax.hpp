// Facts about how a filter was written that the AST deliberately forgets (groups, where the
// parentheses stood) but the parenthesization lints need. Produced by parse, read by lint.
#pragma once

#include <cstdint>
#include <vector>

#include "plutora/filter/ast.hpp"

namespace plutora::filter::detail {

/// One operand of a chain as written: a `( … )` group (span includes the parentheses) or a
/// bare comparison.
struct OperandSyntax {
    Span span;
    bool group = false;
};

/// The operands at one nesting level, joined by and/or.
struct ChainSyntax {
    std::vector<OperandSyntax> operands;
    bool top = false;  ///< the outermost level
};

struct Syntax {
    std::vector<ChainSyntax> chains;
    std::vector<std::uint32_t> parens;  ///< offsets of every `(` and `)`
};

}  // namespace plutora::filter::detail
