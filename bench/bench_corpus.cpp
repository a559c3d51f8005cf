// plutora_filter_corpus FILTERS.json RECORDS.json: plutora-filter's side of bench/compare.sh —
// per filter of the peers' corpus, ns per parse+lint, ns per record with a Predicate over
// nlohmann::json records and over a RecordSet (records loaded once), the matches found, and the
// floor under any evaluator over nlohmann::json: its own find of the filter's first field alone
// (exact spelling, nothing compared). Medians of 7 batches; prints JSON.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <plutora/filter/filter.hpp>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace pf = plutora::filter;

namespace {

template <typename F>
double median_ns(F&& run, std::size_t per_run) {
    using clock = std::chrono::steady_clock;
    run();  // warm up
    std::size_t repeat = 1;
    for (;;) {  // about 20 ms a batch
        const auto t0 = clock::now();
        for (std::size_t i = 0; i < repeat; ++i) run();
        if (clock::now() - t0 > std::chrono::milliseconds(5)) break;
        repeat *= 2;
    }
    repeat *= 4;
    std::vector<double> times;
    for (int b = 0; b < 7; ++b) {
        const auto t0 = clock::now();
        for (std::size_t i = 0; i < repeat; ++i) run();
        times.push_back(std::chrono::duration<double, std::nano>(clock::now() - t0).count() / static_cast<double>(repeat * per_run));
    }
    std::sort(times.begin(), times.end());
    return times[3];
}

// The field the filter compares first (left to right): every evaluation looks it up.
const std::string& first_field(const pf::Node& node) {
    if (const auto* c = std::get_if<pf::Comparison>(&node.node)) return c->field.name;
    return first_field(std::get<pf::Chain>(node.node).operands.front());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: plutora_filter_corpus FILTERS.json RECORDS.json\n";
        return 2;
    }
    const auto corpus = nlohmann::json::parse(std::ifstream(argv[1]));
    std::stringstream text;
    text << std::ifstream(argv[2], std::ios::binary).rdbuf();
    const auto records = nlohmann::json::parse(text.str());
    auto loaded = pf::RecordSet::load(text.str());
    if (!loaded.ok()) {
        std::cerr << "records: " << loaded.error << '\n';
        return 1;
    }
    const auto& set = *loaded.records;
    nlohmann::ordered_json out{{"records", records.size()}, {"filters", nlohmann::json::array()}};
    volatile std::size_t sink = 0;
    for (const auto& f : corpus["filters"]) {
        const std::string filter = f["plutora"];
        const auto parsed = pf::parse(filter);
        if (!parsed.ok()) {
            std::cerr << "does not parse: " << filter << '\n';
            return 1;
        }
        const pf::Predicate predicate(*parsed.filter);
        const std::string& field = first_field(parsed.filter->root);
        std::size_t matches = 0;
        for (const auto& r : records) matches += predicate(r) ? 1 : 0;
        if (set.count(predicate) != matches) {
            std::cerr << "RecordSet and Predicate disagree on " << filter << '\n';
            return 1;
        }
        out["filters"].push_back({
            {"id", f["id"]},
            {"matches", matches},
            {"parse_ns", median_ns([&] { sink = sink + pf::parse(filter).diagnostics.size(); }, 1)},
            {"predicate_ns", median_ns([&] {
                 std::size_t n = 0;
                 for (const auto& r : records) n += predicate(r) ? 1 : 0;
                 sink = sink + n;
             }, records.size())},
            {"record_set_ns", median_ns([&] { sink = sink + set.count(predicate); }, set.size())},
            {"find_ns", median_ns([&] {
                 std::size_t n = 0;
                 for (const auto& r : records) n += r.find(field) != r.end() ? 1 : 0;
                 sink = sink + n;
             }, records.size())},
        });
    }
    std::cout << out.dump(1) << '\n';
}
