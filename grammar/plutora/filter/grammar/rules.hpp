// The filter language of the Plutora REST API as PEGTL rules, one struct per production of
// SPEC 1.1. Each rule's comment shows text it accepts. Only rules live here: what the parser
// does with a match is in src/parse/, what it says when a `must<>` fails is in errors.hpp.
//
// Reading guide: a filter is an OR of AND chains; an operand is a parenthesized group or a
// comparison `field operator value`. Words match ignoring case; a word ends where a bare word
// could not go on (whitespace, backtick, parenthesis, end).
#pragma once

#include <cstring>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace plutora::filter::grammar {

using namespace tao::pegtl;

// ---------------------------------------------------------------------------------------
// Characters

/// ` `, `\t`, `\r`, `\n`: the only whitespace (other control characters are rejected before
/// parsing).
struct ws : one<' ', '\t', '\r', '\n'> {};

/// `∅` (U+2205), as its three UTF-8 bytes.
struct empty_set : string<'\xE2', '\x88', '\x85'> {};

/// A byte of a bare value: `2019-02-01`, `Defect`, `#`, `a=b` — anything but whitespace,
/// a backtick or a parenthesis.
struct bare_value_char : not_one<' ', '\t', '\r', '\n', '`', '(', ')'> {};

/// A byte of a bare field: as for a value, but not the bytes that start a symbolic operator,
/// so that `modifiedDate>2010-02-01` splits into field, operator and value.
struct bare_field_char
    : seq<not_at<empty_set>, not_one<' ', '\t', '\r', '\n', '`', '(', ')', '=', '!', '~', '<', '>'>> {};

/// Where a word stops: `and(` or `and `, not `andy`.
struct word_end : not_at<bare_value_char> {};

/// A case-insensitive keyword of one or more words, whitespace between the words optional:
/// `ikw<w_not, w_equal>` accepts `not equal`, `NotEqual`, `not   EQUAL`.
template <typename First, typename... More>
struct ikw : seq<First, seq<star<ws>, More>..., word_end> {};

/// A byte that may start a symbolic operator; a symbol may not run on into another one, so
/// `==` and `=>` are reported as unknown operators rather than read as `=` and a value.
struct symbol_char : one<'=', '!', '~', '<', '>'> {};

/// A symbolic operator: `>=`, `!~`.
template <char... Cs>
struct sym : seq<string<Cs...>, not_at<symbol_char>> {};

// ---------------------------------------------------------------------------------------
// Words

struct w_and : TAO_PEGTL_ISTRING("and") {};
struct w_or : TAO_PEGTL_ISTRING("or") {};
struct w_not : TAO_PEGTL_ISTRING("not") {};
struct w_equals : TAO_PEGTL_ISTRING("equals") {};
struct w_equal : TAO_PEGTL_ISTRING("equal") {};
struct w_has : TAO_PEGTL_ISTRING("has") {};
struct w_no : TAO_PEGTL_ISTRING("no") {};
struct w_value : TAO_PEGTL_ISTRING("value") {};
struct w_contains : TAO_PEGTL_ISTRING("contains") {};
struct w_like : TAO_PEGTL_ISTRING("like") {};
struct w_greater : TAO_PEGTL_ISTRING("greater") {};
struct w_less : TAO_PEGTL_ISTRING("less") {};
struct w_than : TAO_PEGTL_ISTRING("than") {};
struct w_is : TAO_PEGTL_ISTRING("is") {};
struct w_within : TAO_PEGTL_ISTRING("within") {};

/// `and`, `AND`, `And`
struct kw_and : ikw<w_and> {};
/// `or`, `OR`
struct kw_or : ikw<w_or> {};
/// A bare word that is never a field or a value: `and`, `or` (backtick it to use it as one).
struct keyword : sor<kw_and, kw_or> {};
/// `and` / `or` where a field would start, even glued to an operator: `and=1`, `Or>5`.
struct field_keyword : sor<seq<w_and, not_at<bare_field_char>>, seq<w_or, not_at<bare_field_char>>> {};

// ---------------------------------------------------------------------------------------
// Operators (SPEC 1.2), one rule per canonical operator

/// `=`, `equals`, `equal`
struct op_equals : sor<sym<'='>, ikw<w_equals>, ikw<w_equal>> {};
/// `!=`, `notequals`, `not equals`, `notequal`, `not equal`
struct op_not_equals : sor<sym<'!', '='>, ikw<w_not, w_equals>, ikw<w_not, w_equal>> {};
/// `!∅`, `hasvalue`, `has value`
struct op_has_value : sor<seq<one<'!'>, empty_set, not_at<symbol_char>>, ikw<w_has, w_value>> {};
/// `∅`, `hasnovalue`, `has no value`
struct op_has_no_value : sor<seq<empty_set, not_at<symbol_char>>, ikw<w_has, w_no, w_value>> {};
/// `~`, `contains`, `like`
struct op_contains : sor<sym<'~'>, ikw<w_contains>, ikw<w_like>> {};
/// `!~`, `notcontains`, `not contains`, `notlike`, `not like`
struct op_not_contains : sor<sym<'!', '~'>, ikw<w_not, w_contains>, ikw<w_not, w_like>> {};
/// `>`, `greaterthan`, `greater than`
struct op_greater_than : sor<sym<'>'>, ikw<w_greater, w_than>> {};
/// `>=`, `greaterorequal`, `greater or equals`, …
struct op_greater_or_equal : sor<sym<'>', '='>, ikw<w_greater, w_or, w_equals>, ikw<w_greater, w_or, w_equal>> {};
/// `<`, `lessthan`, `less than`
struct op_less_than : sor<sym<'<'>, ikw<w_less, w_than>> {};
/// `<=`, `lessorequals`, `less or equal`, …
struct op_less_or_equals : sor<sym<'<', '='>, ikw<w_less, w_or, w_equals>, ikw<w_less, w_or, w_equal>> {};
/// `iswithin`, `is within`
struct op_is_within : ikw<w_is, w_within> {};
/// `notwithin`, `not within`
struct op_not_within : ikw<w_not, w_within> {};

/// An operator that takes no value: `!∅`, `has no value`.
struct unary_spelling : sor<op_has_value, op_has_no_value> {};
/// An operator that takes a value: `contains`, `>=`, `not equal`. No input matches two of
/// these (symbols end where symbols end, words where words end), so their order only decides
/// speed: the most used come first. Within one, a longer spelling comes before its prefix.
struct binary_spelling : sor<op_equals, op_contains, op_greater_or_equal, op_greater_than, op_less_or_equals,
                             op_less_than, op_not_equals, op_not_contains, op_is_within, op_not_within> {};

/// An operator written in backticks as a whole, as the source does: `` `Greater Than` ``.
template <typename Spelling>
struct backticked : seq<one<'`'>, star<ws>, Spelling, star<ws>, one<'`'>> {};

/// `has value`, `` `Has Value` ``, `∅`
struct unary_op : sor<unary_spelling, backticked<unary_spelling>> {};
/// `contains`, `` `Greater Than` ``, `>=`
struct binary_op : sor<binary_spelling, backticked<binary_spelling>> {};

// ---------------------------------------------------------------------------------------
// Fields and values

/// The `` ` `` that closes a backticked field or value.
struct closing_backtick : one<'`'> {};

/// What stands between backticks, taken verbatim: `Last Modified Date`.
/// Everything up to the next backtick, possibly nothing: `star<not_one<'`'>>`, found with memchr.
struct up_to_backtick {
    using rule_t = up_to_backtick;
    using subs_t = empty_list;
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const std::size_t left = in.size(0);
        const auto* at = static_cast<const char*>(std::memchr(in.current(), '`', left));
        in.bump(at == nullptr ? left : static_cast<std::size_t>(at - in.current()));
        return true;
    }
};

struct field_text : up_to_backtick {};
/// `` `Name` ``
struct quoted_field : seq<one<'`'>, field_text, must<closing_backtick>> {};
/// `Name`, `Field_Name`, `additionalInformation.Tier`
struct bare_field : seq<not_at<field_keyword>, plus<bare_field_char>> {};
/// `` `Name` `` or `Name`
struct field : sor<quoted_field, bare_field> {};

/// What stands between backticks, taken verbatim: `abc xyz`.
struct value_text : up_to_backtick {};
/// `` `abc xyz` ``, `` `Change 1,Change 2` ``
struct quoted_value : seq<one<'`'>, value_text, must<closing_backtick>> {};
/// `abc`, `2019-02-01`, `#`
struct bare_value_text : plus<bare_value_char> {};
/// Another bare word after a bare value, as in `abc xyz`: such a value needs backticks.
struct more_words : seq<plus<ws>, not_at<keyword>, bare_value_char> {};
/// The end of a bare value: not followed by more bare words.
struct value_end : not_at<more_words> {};
/// `abc` (but not `abc xyz`, nor `and`)
struct bare_value : seq<not_at<keyword>, bare_value_text, must<value_end>> {};
/// `` `abc xyz` `` or `abc`
struct value : sor<quoted_value, bare_value> {};

/// What would start a value: used to reject a value after a unary operator.
struct value_start : seq<star<ws>, sor<one<'`'>, seq<not_at<keyword>, bare_value_char>>> {};
/// Nothing that looks like a value follows: `Name has value and …`, `Name ∅ )`.
struct no_value : not_at<value_start> {};

// ---------------------------------------------------------------------------------------
// Comparisons, groups, chains

/// `contains abc` / `>=2019-02-01` or `has value` (then no value). No spelling is both.
struct op_and_value : sor<seq<binary_op, star<ws>, must<value>>, seq<unary_op, must<no_value>>> {};
/// `` `Name` contains `ABC` ``, `Name !∅`, `modifiedDate>2010-02-01`
struct comparison : seq<field, star<ws>, must<op_and_value>> {};

struct expr;
/// `(`
struct open_paren : one<'('> {};
/// `)`
struct close_paren : one<')'> {};
/// Not `( )`.
struct group_not_empty : not_at<close_paren> {};
/// `( a = 1 )`, `( ( a = 1 ) or ( b = 2 ) )`
struct group : seq<open_paren, star<ws>, must<group_not_empty, expr>, star<ws>, must<close_paren>> {};

/// `( … )` or `field operator value`
struct operand : sor<group, comparison> {};
/// `and ( b = 2 )`
struct and_tail : seq<star<ws>, kw_and, star<ws>, must<operand>> {};
/// `a = 1 and b = 2`: AND binds tighter than OR.
struct and_chain : seq<operand, star<and_tail>> {};
/// `or c = 3`
struct or_tail : seq<star<ws>, kw_or, star<ws>, must<and_chain>> {};
/// `a = 1 and b = 2 or c = 3`
struct expr : seq<and_chain, star<or_tail>> {};

/// A whole filter: optional whitespace, an expression, optional whitespace, the end.
struct filter_end : eof {};
struct filter : seq<star<ws>, must<expr>, star<ws>, must<filter_end>> {};

}  // namespace plutora::filter::grammar

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, plutora::filter::grammar::up_to_backtick> : analyze_opt_traits<> {};
}  // namespace tao::pegtl
