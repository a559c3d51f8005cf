#include "util/operators.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace plutora::filter::detail {
namespace {

struct Spelling {
    std::string_view text;  ///< folded: lower case, no spaces
    Operator op;
};

constexpr std::array<Spelling, 31> spellings = {{
    {"=", Operator::Equals},
    {"equals", Operator::Equals},
    {"equal", Operator::Equals},
    {"!=", Operator::NotEquals},
    {"notequals", Operator::NotEquals},
    {"notequal", Operator::NotEquals},
    {"!\xE2\x88\x85", Operator::HasValue},
    {"hasvalue", Operator::HasValue},
    {"\xE2\x88\x85", Operator::HasNoValue},
    {"hasnovalue", Operator::HasNoValue},
    {"~", Operator::Contains},
    {"contains", Operator::Contains},
    {"like", Operator::Contains},
    {"!~", Operator::NotContains},
    {"notcontains", Operator::NotContains},
    {"notlike", Operator::NotContains},
    {">", Operator::GreaterThan},
    {"greaterthan", Operator::GreaterThan},
    {">=", Operator::GreaterOrEqual},
    {"greaterorequal", Operator::GreaterOrEqual},
    {"greaterorequals", Operator::GreaterOrEqual},
    {"<", Operator::LessThan},
    {"lessthan", Operator::LessThan},
    {"<=", Operator::LessOrEquals},
    {"lessorequals", Operator::LessOrEquals},
    {"lessorequal", Operator::LessOrEquals},
    {"iswithin", Operator::IsWithin},
    {"notwithin", Operator::NotWithin},
    // Not accepted, but close enough to suggest.
    {"within", Operator::IsWithin},
    {"greaterthanorequal", Operator::GreaterOrEqual},
    {"lessthanorequal", Operator::LessOrEquals},
}};
constexpr std::size_t accepted = spellings.size() - 3;

}  // namespace

std::string fold_spelling(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out += lower_byte(c);
    return out;
}

std::optional<Operator> operator_from_spelling(std::string_view spelling) {
    const std::string folded = fold_spelling(spelling);
    for (std::size_t i = 0; i < accepted; ++i)
        if (spellings[i].text == folded) return spellings[i].op;
    return std::nullopt;
}

std::optional<Closest> closest_operator(std::string_view word) {
    const std::string folded = fold_spelling(word);
    if (folded.empty()) return std::nullopt;
    std::optional<Closest> best;
    const std::size_t limit = folded.size() <= 4 ? 1 : 2;
    for (const auto& s : spellings) {
        if (!std::isalpha(static_cast<unsigned char>(s.text.front()))) continue;
        const std::size_t d = edit_distance(folded, s.text);
        if (d <= limit && (!best || d < best->distance)) best = Closest{operator_name(s.op), d};
    }
    return best;
}

}  // namespace plutora::filter::detail
