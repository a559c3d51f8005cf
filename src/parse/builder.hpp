// How matches of the grammar become the AST: PEGTL actions record the leaves (field, operator,
// value, parentheses); the control's start/success/failure hooks on the structural rules
// (comparison, group, and_chain, expr) assemble nodes bottom-up; its raise turns a failed
// `must<>` into a SyntaxFailure, which parse() turns into a diagnostic.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "plutora/filter/grammar/errors.hpp"
#include "parse/arena.hpp"
#include "parse/syntax.hpp"

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/parse.hpp"
#include "plutora/filter/grammar/rules.hpp"

namespace plutora::filter::detail {

namespace g = grammar;
namespace pegtl = tao::pegtl;

/// Thrown by the control where the grammar cannot go on; caught in parse().
struct SyntaxFailure {
    g::failure kind;
    std::uint32_t offset;
};

/// Thrown when the input nests deeper than the limit allows; caught in parse().
struct DepthExceeded {
    std::uint32_t offset;
};

// Operands are assembled on one stack of terms: a comparison or a finished group is pushed;
// when an AND chain or an expression (an OR of AND chains) ends, its terms, the top of the
// stack from where it began, are folded into one chain. A comparison waits on the stack as the
// views and spans it is made of and becomes a Node once, where it ends up (in its chain, or as
// the root): moving a Comparison costs as much as building it.
class Builder {
public:
    /// The builder's stacks live in itself (up to a typical filter's needs) and its chains in
    /// `arena` (a parse's buffer on the stack): a typical filter's parse allocates only for its
    /// AST, which owns its memory.
    Builder(std::string_view source, const Limits& limits, Arena* arena = nullptr)
        : source_(source), limits_(limits), chains_(ArenaAllocator<Chain>(arena)) {}
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - source_.data()); }
    Span span(const char* begin, const char* end) const { return {offset(begin), static_cast<std::uint32_t>(end - begin)}; }

    // Leaves, from actions.
    void field_name(std::string_view text) { field_name_ = text; }
    void field_span(Span s) { field_span_ = s; }
    void op(Operator o) { op_ = o; }
    void op_span(Span s) { op_span_ = s; }
    void value_text(std::string_view text) { value_raw_ = text; }
    void value_span(Span s) {
        value_span_ = s;
        has_value_ = true;
    }
    void open_paren(std::uint32_t at) {
        syntax_.parens.push_back(at);
        open_parens_.push_back(at);
        if (open_parens_.size() > limits_.max_depth) throw DepthExceeded{at};
    }
    void close_paren(std::uint32_t at) {
        syntax_.parens.push_back(at);
        last_group_ = {open_parens_.back(), at + 1 - open_parens_.back()};
        open_parens_.pop_back();
    }

    // Structure, from the control's hooks.
    void begin_comparison(std::uint32_t at) {
        comparison_begin_ = at;
        has_value_ = false;
        field_name_ = {};
    }
    void end_comparison(std::uint32_t at);
    void end_group() { operands_.push_back({last_group_, true}); }  // its node is on the stack already
    void begin_and_chain() { and_marks_.push_back(static_cast<std::uint32_t>(terms_.size())); }
    void end_and_chain();
    void drop_and_chain();
    void begin_expr() { levels_.push_back({static_cast<std::uint32_t>(terms_.size()), static_cast<std::uint32_t>(operands_.size())}); }
    void end_expr();
    void drop_expr();

    // What the failure messages need to know.
    [[nodiscard]] std::string_view current_field_name() const { return field_name_; }
    [[nodiscard]] Span current_field_span() const { return field_span_; }
    [[nodiscard]] Span current_op_span() const { return op_span_; }
    [[nodiscard]] Span current_value_span() const { return value_span_; }
    [[nodiscard]] const Stack<std::uint32_t, 16>& open_parens() const { return open_parens_; }

    // Results, once the whole filter matched.
    void take_root(Node& root);
    [[nodiscard]] const Syntax& syntax() const { return syntax_; }

private:
    // A comparison as read: views into the source and spans.
    struct PendingComparison {
        std::string_view field;
        std::string_view value;
        Span field_span;
        Span op_span;
        Span value_span;
        Span span;
        Operator op;
        bool has_value;
    };
    // An operand on the stack: comparisons_[index], or chains_[index] when `chain`.
    struct Term {
        Span span;
        std::uint32_t index;
        bool chain;
    };
    void fold(Junction junction, std::size_t mark);
    void build(const PendingComparison& p, Node& into) const;

    struct Level {
        std::uint32_t nodes;     ///< where its terms start in terms_
        std::uint32_t operands;  ///< where its operands' syntax starts in operands_
    };

    std::string_view source_;
    Limits limits_;
    std::string_view field_name_;
    Span field_span_;
    Operator op_ = Operator::Equals;
    Span op_span_;
    std::string_view value_raw_;
    Span value_span_;
    bool has_value_ = false;
    std::uint32_t comparison_begin_ = 0;
    Span last_group_;
    Stack<std::uint32_t, 16> open_parens_;
    Stack<Term, 16> terms_;
    Stack<PendingComparison, 16> comparisons_;
    ArenaVector<Chain> chains_;  // the chains folded so far; a term takes each at most once
    Stack<OperandSyntax, 16> operands_;
    Stack<std::uint32_t, 16> and_marks_;
    Stack<Level, 16> levels_;
    Syntax syntax_;
};

// ---------------------------------------------------------------------------------------
// Actions: leaves

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <Operator O>
struct set_op {
    template <typename Input>
    static void apply(const Input&, Builder& b) {
        b.op(O);
    }
};
template <> struct action<g::op_equals> : set_op<Operator::Equals> {};
template <> struct action<g::op_not_equals> : set_op<Operator::NotEquals> {};
template <> struct action<g::op_has_value> : set_op<Operator::HasValue> {};
template <> struct action<g::op_has_no_value> : set_op<Operator::HasNoValue> {};
template <> struct action<g::op_contains> : set_op<Operator::Contains> {};
template <> struct action<g::op_not_contains> : set_op<Operator::NotContains> {};
template <> struct action<g::op_greater_than> : set_op<Operator::GreaterThan> {};
template <> struct action<g::op_greater_or_equal> : set_op<Operator::GreaterOrEqual> {};
template <> struct action<g::op_less_than> : set_op<Operator::LessThan> {};
template <> struct action<g::op_less_or_equals> : set_op<Operator::LessOrEquals> {};
template <> struct action<g::op_is_within> : set_op<Operator::IsWithin> {};
template <> struct action<g::op_not_within> : set_op<Operator::NotWithin> {};


// A matched token's text, its span, or both, handed to Builder setters (`nullptr`: not wanted).
template <auto Text, auto Where>
struct take_token {
    template <typename Input>
    static void apply(const Input& in, Builder& b) {
        if constexpr (!std::is_null_pointer_v<decltype(Text)>) (b.*Text)(in.string_view());
        if constexpr (!std::is_null_pointer_v<decltype(Where)>) (b.*Where)(b.span(in.begin(), in.end()));
    }
};
template <> struct action<g::field_text> : take_token<&Builder::field_name, nullptr> {};
template <> struct action<g::quoted_field> : take_token<nullptr, &Builder::field_span> {};
template <> struct action<g::bare_field> : take_token<&Builder::field_name, &Builder::field_span> {};
template <> struct action<g::value_text> : take_token<&Builder::value_text, nullptr> {};
template <> struct action<g::quoted_value> : take_token<nullptr, &Builder::value_span> {};
template <> struct action<g::bare_value_text> : take_token<&Builder::value_text, &Builder::value_span> {};
template <> struct action<g::unary_op> : take_token<nullptr, &Builder::op_span> {};
template <> struct action<g::binary_op> : take_token<nullptr, &Builder::op_span> {};
template <> struct action<g::open_paren> {
    template <typename Input>
    static void apply(const Input& in, Builder& b) {
        b.open_paren(b.offset(in.begin()));
    }
};
template <> struct action<g::close_paren> {
    template <typename Input>
    static void apply(const Input& in, Builder& b) {
        b.close_paren(b.offset(in.begin()));
    }
};

// ---------------------------------------------------------------------------------------
// Control: structure and failures

template <typename Rule>
struct control : pegtl::normal<Rule> {
    template <typename Input>
    static void start(const Input& in, Builder& b) {
        if constexpr (std::is_same_v<Rule, g::comparison>) b.begin_comparison(b.offset(in.current()));
        else if constexpr (std::is_same_v<Rule, g::and_chain>) b.begin_and_chain();
        else if constexpr (std::is_same_v<Rule, g::expr>) b.begin_expr();
    }

    template <typename Input>
    static void success(const Input& in, Builder& b) {
        if constexpr (std::is_same_v<Rule, g::comparison>) b.end_comparison(b.offset(in.current()));
        else if constexpr (std::is_same_v<Rule, g::group>) b.end_group();
        else if constexpr (std::is_same_v<Rule, g::and_chain>) b.end_and_chain();
        else if constexpr (std::is_same_v<Rule, g::expr>) b.end_expr();
    }

    template <typename Input>
    static void failure(const Input&, Builder& b) {
        if constexpr (std::is_same_v<Rule, g::and_chain>) b.drop_and_chain();
        else if constexpr (std::is_same_v<Rule, g::expr>) b.drop_expr();
    }

    template <typename Input>
    [[noreturn]] static void raise(const Input& in, Builder& b) {
        static_assert(g::has_failure_entry<Rule>, "every must<> needs an entry in grammar/errors.hpp");
        throw SyntaxFailure{g::on_failure<Rule>::kind, b.offset(in.current())};
    }
};

}  // namespace plutora::filter::detail
