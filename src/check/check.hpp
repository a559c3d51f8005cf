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
#include "plutora/filter/schema.hpp"

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

// Against the entity's schema (SPEC 8), for a field it knows (src/check/schema.cpp).
/// The field of `c` in the entity (a dotted path by its first step: then null, nothing to check
/// its value against); E016 when the entity has no such field.
const FieldInfo* check_field_known(const Comparison& c, const Entity& entity, const CheckContext& ctx);
void check_value_fits(const Comparison& c, const FieldInfo& f, const CheckContext& ctx);      // E017, E010, W116
void check_operator_fits(const Comparison& c, const FieldInfo& f, const CheckContext& ctx);   // E017, W115
void check_custom_field(const Comparison& c, const FieldInfo& f, const CheckContext& ctx);    // W117

/// A finding at [rel, rel + len) of a value's content, with a fix that puts `replacement` there;
/// on the whole value, without a fix, when the source does not hold the value verbatim.
void report_in_value(const CheckContext& ctx, const Value& v, Code code, std::uint32_t rel, std::uint32_t len,
                     std::string message, std::optional<std::string> replacement);

}  // namespace plutora::filter::detail
