// Compiled evaluation over 100,000 Releases-like records, beside a hand-written C++ predicate for
// the same filter over the same records (target: within 1.5× of it), and over the same records
// loaded once into a RecordSet (SPEC 5 with values typed at load). Also the load itself.
#include <benchmark/benchmark.h>

#include <plutora/filter/filter.hpp>
#include <vector>

#include "releases.hpp"

namespace pf = plutora::filter;
using json = nlohmann::json;

namespace {

const std::vector<json>& records() {
    static const std::vector<json> all = [] {
        std::mt19937 rng(1);
        std::vector<json> out;
        out.reserve(100000);
        for (int i = 0; i < 100000; ++i) out.push_back(bench::release(rng, i));
        return out;
    }();
    return all;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// What a careful programmer would write by hand for the typical filter.
bool hand_written(const json& r) {
    const auto name = r.find("name");
    if (name == r.end() || !name->is_string()) return false;
    const std::string& n = name->get_ref<const std::string&>();
    bool has_uat = false;
    for (std::size_t i = 0; i + 3 <= n.size() && !has_uat; ++i)
        has_uat = lower(n[i]) == 'u' && lower(n[i + 1]) == 'a' && lower(n[i + 2]) == 't';
    if (!has_uat) return false;
    const auto date = r.find("lastModifiedDate");
    if (date == r.end() || !date->is_string()) return false;
    const std::string& d = date->get_ref<const std::string&>();
    if (d.size() < 10 || d.compare(0, 10, "2022-01-01") < 0) return false;  // ISO, UTC: prefix order is day order
    const auto status = r.find("releaseStatusType");
    if (status == r.end() || !status->is_string()) return true;
    const std::string& s = status->get_ref<const std::string&>();
    static const std::string cancelled = "cancelled";
    if (s.size() != cancelled.size()) return true;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != cancelled[i]) return true;
    return false;
}

// Runs `matches` over every record, reporting records/s and the matches found.
template <typename Match>
void run_over_records(benchmark::State& state, const Match& matches) {
    const auto& all = records();
    std::size_t hits = 0;
    for (auto _ : state)
        for (const auto& r : all) hits += matches(r) ? 1 : 0;
    benchmark::DoNotOptimize(hits);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * all.size()));
    state.counters["matches"] = static_cast<double>(hits / state.iterations());
}

void BM_EvalCompiled(benchmark::State& state) {
    run_over_records(state, pf::Predicate(*pf::parse(bench::typical_filter).filter));
}

// The same filter spelled as users often write it (PascalCase) against camelCase records.
void BM_EvalCompiledOtherCase(benchmark::State& state) {
    run_over_records(state, pf::Predicate(*pf::parse("( `Name` contains `uat` ) and ( `LastModifiedDate` >= 2022-01-01 ) and "
                                                     "( `ReleaseStatusType` not equal `Cancelled` )")
                                               .filter));
}

void BM_EvalHandWritten(benchmark::State& state) { run_over_records(state, hand_written); }

std::string records_as_lines() {
    std::string out;
    for (const auto& r : records()) out += r.dump() + "\n";
    return out;
}

const pf::RecordSet& record_set() {
    static const pf::RecordSet set = std::move(*pf::RecordSet::load(records_as_lines()).records);
    return set;
}

void BM_EvalRecordSet(benchmark::State& state) {
    const auto& set = record_set();
    const pf::Predicate predicate(*pf::parse(bench::typical_filter).filter);
    std::size_t hits = 0;
    for (auto _ : state) hits += set.count(predicate);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * set.size()));
    state.counters["matches"] = static_cast<double>(hits / state.iterations());
}

void BM_LoadRecordSet(benchmark::State& state) {
    static const std::string text = records_as_lines();
    for (auto _ : state) {
        auto loaded = pf::RecordSet::load(text);
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK(BM_EvalCompiled)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvalCompiledOtherCase)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvalHandWritten)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvalRecordSet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadRecordSet)->Unit(benchmark::kMillisecond);
