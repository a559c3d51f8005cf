// The check stage: runs on a tree that parsed (from filter text or a body). It types every value,
// then runs the checks; each looks at one thing and reports against the span of what it found.
// All findings are collected; none stops the others.
#pragma once

#include <string_view>
#include <vector>

#include "parse/syntax.hpp"
#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/parse.hpp"

namespace plutora::filter::detail {

struct CheckContext {
    std::string_view source;
    const Syntax& syntax;
    const Options& options;
    std::vector<Diagnostic>& out;
    /// True when the source holds each value verbatim (filter text): findings inside a value
    /// point at the exact bytes and carry fixes. A JSON body may escape characters, so there
    /// findings point at the whole value token, without a fix.
    bool verbatim_values = true;
};

/// Types the values of `filter`, then runs every check below.
void check(Filter& filter, const CheckContext& ctx);

// Parenthesization (SPEC 1.4), from how the filter was written.
void check_mixed_grouping(const CheckContext& ctx);                       // E008, W102 (strict)
void check_single_group(const Filter& filter, const CheckContext& ctx);   // W107
void check_paren_spacing(const CheckContext& ctx);                        // W101

// Fields and values (SPEC 1.3), one comparison at a time.
void check_empty_field(const Comparison& c, const CheckContext& ctx);     // E011
void check_empty_value(const Comparison& c, const CheckContext& ctx);     // E011
void check_list_items(const Comparison& c, const CheckContext& ctx);      // E011, W103
void check_date_shape(const Comparison& c, const CheckContext& ctx);      // E010, W109
void check_ordering_on_text(const Comparison& c, const CheckContext& ctx);// W105
void check_contains_list(const Comparison& c, const CheckContext& ctx);   // W113
void check_ascii_quotes(const Comparison& c, const CheckContext& ctx);    // W110

}  // namespace plutora::filter::detail
