// parse(): source checks, then the PEGTL grammar builds the AST and the syntax facts, then the
// check stage types the values and runs every check.
#include "plutora/filter/parse.hpp"

#include <array>
#include <cstddef>

#include "check/check.hpp"
#include "parse/builder.hpp"
#include "parse/failure.hpp"
#include "parse/source_checks.hpp"
#include "util/report.hpp"

namespace plutora::filter {

bool ParseResult::ok() const {
    if (!filter) return false;
    for (const auto& d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

namespace {

void parse_into(ParseResult& result, std::string_view text, const Options& options) {
    auto& out = result.diagnostics;
    const bool plain = detail::plain_ascii(text);
    if (!detail::check_text(text, options.limits, out, plain)) return;

    // `"name contains abc"`: parse what is inside; blanking the quotes keeps every offset.
    std::string unquoted;
    std::string_view source = text;
    if (!plain) {
        if (const auto quotes = detail::outer_double_quotes(text)) {
            const auto [first, last] = *quotes;
            unquoted = text;
            unquoted[first] = ' ';
            unquoted[last] = ' ';
            source = unquoted;
            const auto span = Span{static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last + 1 - first)};
            out.push_back(detail::make_diagnostic(
                Code::W106, span, "the filter is wrapped in double quotes; remove them (the API would read them as part of the filter)",
                Fix{span.offset, span.length, std::string(text.substr(first + 1, last - first - 1))}));
        }
        if (source.find_first_not_of(" \t\r\n") == std::string_view::npos) {  // `""`: quotes around nothing
            out.push_back(detail::make_diagnostic(Code::E009, {0, static_cast<std::uint32_t>(text.size())},
                                                  "the filter is empty (double quotes around nothing); write a comparison "
                                                  "such as `Name` contains `abc`"));
            return;
        }
        if (!detail::check_typographic_quotes(source, out)) return;
        if (!detail::check_invisible_characters(source, out)) return;
    }

    // The builder keeps its stacks and the syntax facts in itself and its chains in this buffer
    // (spilling to the heap past them): a typical filter's parse allocates only for its AST.
    alignas(std::max_align_t) std::array<std::byte, 2048> buffer;
    detail::Arena arena(buffer.data(), buffer.size());
    detail::Builder builder(source, options.limits, &arena);
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(source.data(), source.size(), "filter");
    try {
        tao::pegtl::parse<detail::g::filter, detail::action, detail::control>(in, builder);
    } catch (const detail::SyntaxFailure& failure) {
        out.push_back(detail::describe(failure, source, builder));
        return;
    } catch (const detail::DepthExceeded& deep) {
        out.push_back(detail::make_diagnostic(Code::E012, {deep.offset, 1},
                                              "parentheses nest deeper than " + std::to_string(options.limits.max_depth) +
                                                  " levels; flatten the filter"));
        return;
    }
    builder.take_root(result.filter.emplace().root);
    const detail::Syntax& syntax = builder.syntax();
    detail::check(*result.filter, detail::CheckContext{source, syntax, options, out});
}

}  // namespace

ParseResult parse(std::string_view text, const Options& options) {
    ParseResult result;
    parse_into(result, text, options);
    detail::finish(result.diagnostics, text, options.profile);
    return result;
}

}  // namespace plutora::filter
