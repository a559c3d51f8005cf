#include "parse/failure.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "util/operators.hpp"
#include "util/report.hpp"

namespace plutora::filter::detail {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_symbol(char c) { return c == '=' || c == '!' || c == '~' || c == '<' || c == '>'; }
bool is_bare(char c) { return !is_ws(c) && c != '`' && c != '(' && c != ')'; }

// `∅`, `Ø`, `ø`: bytes of a sign that stands where an operator goes.
std::size_t sign_at(std::string_view s, std::size_t i) {
    const auto rest = s.substr(i);
    if (rest.starts_with("\xE2\x88\x85")) return 3;
    if (rest.starts_with("\xC3\x98") || rest.starts_with("\xC3\xB8")) return 2;
    return 0;
}

struct Token {
    enum Kind { end, paren, backticked, symbol, word } kind = end;
    Span span;
};

// The token at `pos`, after any whitespace.
Token token_at(std::string_view s, std::size_t pos) {
    while (pos < s.size() && is_ws(s[pos])) ++pos;
    const auto at = static_cast<std::uint32_t>(pos);
    if (pos >= s.size()) return {Token::end, {at, 0}};
    const char c = s[pos];
    std::size_t end = pos + 1;
    Token::Kind kind = Token::word;
    if (c == '(' || c == ')') {
        kind = Token::paren;
    } else if (c == '`') {
        kind = Token::backticked;
        const auto close = s.find('`', pos + 1);
        end = close == std::string_view::npos ? s.size() : close + 1;
    } else if (is_symbol(c) || sign_at(s, pos) > 0) {
        kind = Token::symbol;
        end = pos;
        while (end < s.size()) {
            if (is_symbol(s[end])) ++end;
            else if (const auto n = sign_at(s, end); n > 0) end += n;
            else break;
        }
    } else {
        while (end < s.size() && is_bare(s[end])) ++end;
    }
    return {kind, {at, static_cast<std::uint32_t>(end - pos)}};
}

std::string found(std::string_view s, const Token& t) {
    return t.kind == Token::end ? "the end of the filter" : quote(s.substr(t.span.offset, t.span.length));
}

bool is_keyword(std::string_view s, const Token& t) {
    if (t.kind != Token::word) return false;
    std::string w(s.substr(t.span.offset, t.span.length));
    for (char& ch : w) ch = lower_byte(ch);
    return w == "and" || w == "or";
}

struct Spelling {
    std::string_view text;
    std::string_view canonical;
};
constexpr std::array<Spelling, 10> symbol_mistakes = {{
    {"==", "="}, {"<>", "!="}, {"=>", ">="}, {"=<", "<="}, {"=!", "!="},
    {"\xC3\x98", "\xE2\x88\x85"}, {"\xC3\xB8", "\xE2\x88\x85"},
    {"!\xC3\x98", "!\xE2\x88\x85"}, {"!\xC3\xB8", "!\xE2\x88\x85"}, {"~=", "~"},
}};

struct Suggestion {
    std::string replacement;
    Span span;
};

// A did-you-mean for what stands where an operator should be.
std::optional<Suggestion> suggest_operator(std::string_view s, const Token& t) {
    const auto text = s.substr(t.span.offset, t.span.length);
    if (t.kind == Token::symbol) {
        for (const auto& m : symbol_mistakes)
            if (text == m.text) return Suggestion{std::string(m.canonical), t.span};
        return std::nullopt;
    }
    if (t.kind == Token::backticked) {
        if (auto c = closest_operator(text.substr(1, text.size() >= 2 ? text.size() - 2 : 0)))
            return Suggestion{std::string(c->name), t.span};
        return std::nullopt;
    }
    if (t.kind != Token::word) return std::nullopt;
    // One to three words: `contians`, `greatr than`, `greater or equl`. The closest wins;
    // between equals, the longer run.
    std::optional<Suggestion> best;
    std::size_t best_distance = 3;
    Token w = t;
    for (int k = 0; k < 3 && w.kind == Token::word; ++k) {
        const Span covered{t.span.offset, w.span.end() - t.span.offset};
        if (auto c = closest_operator(s.substr(covered.offset, covered.length)); c && c->distance <= best_distance) {
            best = Suggestion{std::string(c->name), covered};
            best_distance = c->distance;
        }
        w = token_at(s, w.span.end());
    }
    return best;
}

Diagnostic bad_operator(std::string_view s, std::uint32_t at, const Builder& b) {
    const Token t = token_at(s, at);
    std::string msg = "expected an operator after field " + quote(b.current_field_name()) + ", found " + found(s, t);
    if (t.kind == Token::end || t.kind == Token::paren)
        return make_diagnostic(Code::E001, t.kind == Token::end ? b.current_field_span() : t.span, msg);
    if (auto sug = suggest_operator(s, t)) {
        msg += "; did you mean `" + sug->replacement + "`?";
        return make_diagnostic(Code::E004, t.span, msg, Fix{sug->span.offset, sug->span.length, sug->replacement});
    }
    msg += "; write one of =, !=, ~, !~, >, >=, <, <=, \xE2\x88\x85, !\xE2\x88\x85, IsWithin, NotWithin or a word form such as contains";
    return make_diagnostic(Code::E004, t.span, msg);
}

// `&&` / `||` where `and` / `or` belong (other languages' spelling): E001 with that fix.
std::optional<Diagnostic> c_junction(std::string_view s, std::size_t from) {
    for (Token t = token_at(s, from); t.kind != Token::end && t.kind != Token::paren && t.kind != Token::backticked;
         t = token_at(s, t.span.end())) {
        const auto text = s.substr(t.span.offset, t.span.length);
        if (text != "&&" && text != "||") continue;
        const std::string word = text == "&&" ? "and" : "or";
        return make_diagnostic(Code::E001, t.span, quote(text) + " joins expressions in other languages; write " + word,
                               Fix{t.span.offset, t.span.length, word});
    }
    return std::nullopt;
}

Diagnostic multi_word_value(std::string_view s, const Builder& b) {
    const std::uint32_t start = b.current_value_span().offset;
    if (auto junction = c_junction(s, start)) return std::move(*junction);
    std::size_t end = b.current_value_span().end();
    // Every bare word up to and/or, `)`, a backtick or the end; `=` is a word here too.
    for (Token t = token_at(s, end); (t.kind == Token::word || t.kind == Token::symbol) && !is_keyword(s, t);
         t = token_at(s, end))
        end = t.span.end();
    auto words = s.substr(start, end - start);
    // `'John Smith'`, `"abc def"`: the quotes were meant as delimiters; backticks replace them.
    if (words.size() >= 2 && (words.front() == '\'' || words.front() == '"') && words.back() == words.front())
        words = words.substr(1, words.size() - 2);
    const std::string wrapped = backticked(words);
    return make_diagnostic(Code::E007, {start, static_cast<std::uint32_t>(end - start)},
                           "values with spaces must be wrapped in backticks: write " + quote(words),
                           Fix{start, static_cast<std::uint32_t>(end - start), wrapped});
}

Diagnostic value_after_unary(std::string_view s, std::uint32_t at, const Builder& b) {
    const Token t = token_at(s, at);
    const auto op = s.substr(b.current_op_span().offset, b.current_op_span().length);
    return make_diagnostic(Code::E006, t.span,
                           quote(op) + " takes no value; remove " + found(s, t) +
                               " (to compare with a value, use an operator such as Equals)",
                           Fix{at, t.span.end() - at, ""});
}

Diagnostic missing_operand(std::string_view s, std::uint32_t at) {
    Token t = token_at(s, at);
    if (t.kind == Token::word) {  // `and=1`, `Or>5`: the word is the keyword, glued to an operator
        for (const std::string_view kw : {"and", "or"}) {
            const std::size_t end = t.span.offset + kw.size();
            if (t.span.length > kw.size() && end < s.size() && is_symbol(s[end]) &&
                iequals(s.substr(t.span.offset, kw.size()), kw))
                t.span.length = static_cast<std::uint32_t>(kw.size());
        }
    }
    std::string msg = "expected a field or `(`, found " + found(s, t);
    if (is_keyword(s, t)) msg += "; a field named " + found(s, t) + " must be written in backticks";
    if (t.kind == Token::end && at > 0) {  // point at what dangles: `and`, `or`, `(`
        std::size_t end = at;
        while (end > 0 && is_ws(s[end - 1])) --end;
        std::size_t begin = end;
        while (begin > 0 && is_bare(s[begin - 1])) --begin;
        if (begin == end && end > 0) --begin;
        return make_diagnostic(Code::E001, {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)},
                               "expected a field or `(` after " + quote(s.substr(begin, end - begin)) +
                                   ", found the end of the filter");
    }
    return make_diagnostic(Code::E001, t.span, msg);
}

}  // namespace

Diagnostic describe(const SyntaxFailure& f, std::string_view s, const Builder& b) {
    using g::failure;
    const std::uint32_t at = f.offset;
    switch (f.kind) {
        case failure::unterminated_backtick: {
            const auto open = static_cast<std::uint32_t>(s.rfind('`', at == 0 ? 0 : at - 1));
            return make_diagnostic(Code::E002, {open, 1},
                                   "this backtick is never closed; close the field or value with another backtick "
                                   "(a backtick cannot appear inside a value)");
        }
        case failure::bad_operator: return bad_operator(s, at, b);
        case failure::value_after_unary: return value_after_unary(s, at, b);
        case failure::missing_value: {
            const auto op = s.substr(b.current_op_span().offset, b.current_op_span().length);
            return make_diagnostic(Code::E005, b.current_op_span(),
                                   "expected a value after " + quote(op) + ", found " + found(s, token_at(s, at)) +
                                       "; write it in backticks, as in `Name` contains `abc`");
        }
        case failure::multi_word_value: return multi_word_value(s, b);
        case failure::empty_group: {
            const std::uint32_t open = b.open_parens().back();
            const Token close = token_at(s, at);
            return make_diagnostic(Code::E014, {open, close.span.end() - open},
                                   "empty parentheses; put an expression inside them or remove them");
        }
        case failure::missing_operand: {
            // `(` with nothing after it: the parenthesis is what is unbalanced.
            if (!b.open_parens().empty() && token_at(s, at).kind == Token::end &&
                s.find_first_not_of(" \t\r\n", b.open_parens().back() + 1) == std::string_view::npos)
                return make_diagnostic(Code::E003, {b.open_parens().back(), 1},
                                       "this `(` is never closed and nothing follows it; write an expression and `)`");
            return missing_operand(s, at);
        }
        case failure::unclosed_group: {
            const Token t = token_at(s, at);
            if (t.kind == Token::end) {
                const std::uint32_t open = b.open_parens().back();
                return make_diagnostic(Code::E003, {open, 1}, "this `(` is never closed; add `)` at the end of its group",
                                       Fix{static_cast<std::uint32_t>(s.size()), 0, " )"});
            }
            if (auto junction = c_junction(s, at); junction && junction->offset == t.span.offset) return std::move(*junction);
            return make_diagnostic(Code::E001, t.span, "expected `and`, `or` or `)`, found " + found(s, t));
        }
        case failure::trailing_input: {
            const Token t = token_at(s, at);
            if (t.kind == Token::paren && s[t.span.offset] == ')')
                return make_diagnostic(Code::E003, t.span, "this `)` has no matching `(`; remove it", Fix{t.span.offset, 1, ""});
            if (auto junction = c_junction(s, at); junction && junction->offset == t.span.offset) return std::move(*junction);
            return make_diagnostic(Code::E001, t.span, "expected `and`, `or` or the end of the filter, found " + found(s, t));
        }
    }
    return make_diagnostic(Code::E001, {at, 0}, "syntax error");
}

}  // namespace plutora::filter::detail
