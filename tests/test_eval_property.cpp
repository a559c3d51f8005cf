// SPEC 5's decision as a property: every negated operator is the exact complement of its
// positive one on every record, missing fields included — over random filters and records.
#include <random>

#include "generator.hpp"
#include "helpers.hpp"

namespace {

using json = nlohmann::json;

class RecordGenerator {
public:
    explicit RecordGenerator(unsigned seed) : rng_(seed) {}

    json record() {
        static const char* fields[] = {"Name", "name", "NAME", "LastModifiedDate", "Field_Name", "Last Modified",
                                       "\xE5\x90\x8D\xE5\x89\x8D", "id", "Status#", "Tier"};
        json r = json::object();
        for (const char* f : fields)
            if (pick(3) != 0) r[f] = value(0);
        if (pick(2) == 0) r["x"] = json{{"y", json{{"z", value(1)}}}};
        if (pick(2) == 0) r["additionalInformation"] = json::array({custom("Tier"), custom("Other")});
        return r;
    }

private:
    std::mt19937 rng_;
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    json value(int depth) {
        static const char* strings[] = {"abc", "ABC xyz", "Defect", "#", "2019-02-01", "2019/02/01", "02/28/2020",
                                        "29-02-2020", "2025-07-15T09:00:00Z", "2025-07-15T11:00:00+02:00", "42", "-3.25",
                                        "007", "", "a=b", "caf\xC3\xA9", "Change 1", "Change 2", "2019-02-30", "x_y"};
        switch (pick(depth > 0 ? 7 : 9)) {
            case 0: return nullptr;
            case 1: return static_cast<int>(pick(100)) - 50;
            case 2: return 2.5;
            case 3: return pick(2) == 0;
            case 7: return json::array({value(1), value(1)});
            case 8: return json{{"k", "v"}};
            default: return strings[pick(std::size(strings))];
        }
    }

    json custom(const char* name) {
        static const char* types[] = {"Text", "Number", "Date", "DateTime", "ListField", "MultiListField", "None"};
        return json{{"name", name},
                    {"dataType", types[pick(std::size(types))]},
                    {"text", value(1)},
                    {"number", pick(2) == 0 ? json(nullptr) : json(42)},
                    {"date", "2019-02-01T00:00:00Z"},
                    {"dateTime", nullptr},
                    {"listItem", json{{"value", value(1)}}},
                    {"multiListItem", json::array({json{{"value", value(1)}}, json{{"value", "Change 1"}}})}};
    }
};

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

}  // namespace

TEST_CASE("complement: every negated operator is the exact complement of its positive one") {
    Generator filters(4242);
    RecordGenerator records(99);
    std::vector<json> sample;
    for (int i = 0; i < 60; ++i) sample.push_back(records.record());
    std::size_t checked = 0;
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
            const pf::Predicate pos(pf::Filter{pf::Node{c}});
            const pf::Predicate opposite(pf::Filter{pf::Node{flipped}});
            for (const auto& record : sample) {
                CAPTURE(text);
                CAPTURE(record.dump());
                CHECK(pos(record) != opposite(record));
                ++checked;
            }
        }
        // And the whole filter runs on every record.
        const pf::Predicate whole(*r.filter);
        for (const auto& record : sample) (void)whole(record);
    }
    CHECK(checked > 10000);
}
