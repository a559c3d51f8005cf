// What each `must<>` of the grammar means when it fails, apart from the rules themselves.
// The parser's control asks `on_failure<Rule>` for every rule it raises on: a rule used in
// `must<>` without an entry here does not compile.
#pragma once

#include "rules.hpp"

namespace plutora::filter::grammar {

/// The kinds of syntax failure; the parser turns each into a diagnostic with its code.
enum class failure {
    unterminated_backtick,  ///< E002
    bad_operator,           ///< E004 (a word or symbol) or E001 (nothing operator-like)
    value_after_unary,      ///< E006
    missing_value,          ///< E005
    multi_word_value,       ///< E007
    empty_group,            ///< E014
    missing_operand,        ///< E001: expected a field or `(`
    unclosed_group,         ///< E003 at the end, else E001
    trailing_input,         ///< E003 for a stray `)`, else E001
};

template <typename Rule>
struct on_failure;  // no entry: not allowed in must<>

template <> struct on_failure<closing_backtick> { static constexpr failure kind = failure::unterminated_backtick; };
template <> struct on_failure<op_and_value> { static constexpr failure kind = failure::bad_operator; };
template <> struct on_failure<no_value> { static constexpr failure kind = failure::value_after_unary; };
template <> struct on_failure<value> { static constexpr failure kind = failure::missing_value; };
template <> struct on_failure<value_end> { static constexpr failure kind = failure::multi_word_value; };
template <> struct on_failure<group_not_empty> { static constexpr failure kind = failure::empty_group; };
template <> struct on_failure<expr> { static constexpr failure kind = failure::missing_operand; };
template <> struct on_failure<operand> { static constexpr failure kind = failure::missing_operand; };
template <> struct on_failure<and_chain> { static constexpr failure kind = failure::missing_operand; };
template <> struct on_failure<close_paren> { static constexpr failure kind = failure::unclosed_group; };
template <> struct on_failure<filter_end> { static constexpr failure kind = failure::trailing_input; };

template <typename Rule>
concept has_failure_entry = requires { on_failure<Rule>::kind; };

}  // namespace plutora::filter::grammar
