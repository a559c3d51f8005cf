// SPEC 5's decision as a property: every negated operator is the exact complement of its
// positive one on every record, missing fields included — over random filters and records, on
// nlohmann records and on a RecordSet.
#include <random>

#include "generator.hpp"
#include "records_generator.hpp"
#include "helpers.hpp"

namespace {

using json = nlohmann::json;
std::optional<pf::Operator> negation(pf::Operator op) {
    using pf::Operator;
    switch (op) {
        case Operator::Equals: return Operator::NotEquals;
        case Operator::NotEquals: return Operator::Equals;
        case Operator::HasValue: return Operator::HasNoValue;
        case Operator::HasNoValue: return Operator::HasValue;
        case Operator::Contains: return Operator::NotContains;
        case Operator::NotContains: return Operator::Contains;
        case Operator::IsWithin: return Operator::NotWithin;
        case Operator::NotWithin: return Operator::IsWithin;
        default: return std::nullopt;
    }
}

void comparisons(const pf::Node& node, std::vector<pf::Comparison>& out) {
    if (const auto* c = std::get_if<pf::Comparison>(&node.node)) out.push_back(*c);
    else
        for (const auto& o : std::get<pf::Chain>(node.node).operands) comparisons(o, out);
}

// Calls `check(positive, negated, text)` with each comparison of 300 random filters that has a
// negation, as two one-comparison predicates.
template <typename Check>
void for_each_complement_pair(unsigned seed, const Check& check) {
    Generator filters(seed);
    for (int i = 0; i < 300; ++i) {
        const std::string text = filters.filter();
        const auto r = pf::parse(text);
        REQUIRE(r.filter);
        std::vector<pf::Comparison> found;
        comparisons(r.filter->root, found);
        for (const auto& c : found) {
            const auto neg = negation(c.op);
            if (!neg) continue;
            pf::Comparison flipped = c;
            flipped.op = *neg;
            check(pf::Predicate(pf::Filter{pf::Node{c}}), pf::Predicate(pf::Filter{pf::Node{flipped}}), text);
        }
        const pf::Predicate whole(*r.filter);  // and the whole filter compiles
    }
}

}  // namespace

TEST_CASE("complement: every negated operator is the exact complement of its positive one") {
    RecordGenerator records(99);
    std::vector<json> sample;
    for (int i = 0; i < 60; ++i) sample.push_back(records.record());
    std::size_t checked = 0;
    for_each_complement_pair(4242, [&](const pf::Predicate& pos, const pf::Predicate& opposite, const std::string& text) {
        for (const auto& record : sample) {
            CAPTURE(text);
            CAPTURE(record.dump());
            CHECK(pos(record) != opposite(record));
            ++checked;
        }
    });
    CHECK(checked > 10000);
}

TEST_CASE("complement on a RecordSet: every negated operator is the exact complement of its positive one") {
    RecordGenerator records(31);
    std::string lines;
    for (int i = 0; i < 60; ++i) lines += records.record().dump() + "\n";
    const auto loaded = pf::RecordSet::load(lines);
    REQUIRE(loaded.ok());
    const auto& set = *loaded.records;
    std::size_t checked = 0;
    for_each_complement_pair(777, [&](const pf::Predicate& pos, const pf::Predicate& opposite, const std::string& text) {
        CAPTURE(text);
        for (std::size_t k = 0; k < set.size(); ++k, ++checked) CHECK(set.matches(pos, k) != set.matches(opposite, k));
    });
    CHECK(checked > 10000);
}
