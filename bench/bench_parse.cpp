// Parse + lint throughput, in bytes per second. Target for typical filters: 100 MB/s on
// one core (about 1 µs for an 80-byte filter).
#include <benchmark/benchmark.h>

#include <plutora/filter/filter.hpp>
#include <string>

namespace pf = plutora::filter;

namespace {

const std::string short_filter = "`Name` contains `ABC`";

const std::string typical_filter =
    "( `Name` contains `API UAT` ) and ( `LastModifiedDate` >= 2019-02-01 ) or ( `Type` not equal `Defect` )";

// The typical shape with fields of Releases, for the schema check's cost (SPEC 8: ≤ 15%).
const std::string typical_release_filter =
    "( `Name` contains `API UAT` ) and ( `LastModifiedDate` >= 2019-02-01 ) or ( `ReleaseType` not equal `Defect` )";

std::string long_filter() {
    std::string s;
    for (int i = 0; i < 100; ++i) {
        if (i > 0) s += i % 3 == 0 ? " or " : " and ";
        s += "( `Field" + std::to_string(i) + "` " + (i % 2 == 0 ? "contains `value " : ">= `") +
             (i % 2 == 0 ? std::to_string(i) : "2019-02-" + std::to_string(10 + i % 18)) + "` )";
    }
    return s;
}

void parse_and_lint(benchmark::State& state, const std::string& text, const pf::Options& options = {}) {
    for (auto _ : state) {
        auto result = pf::parse(text, options);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

void BM_ParseShort(benchmark::State& state) { parse_and_lint(state, short_filter); }
void BM_ParseTypical(benchmark::State& state) { parse_and_lint(state, typical_filter); }
void BM_ParseTypicalRelease(benchmark::State& state) { parse_and_lint(state, typical_release_filter); }
void BM_ParseTypicalReleaseWithSchema(benchmark::State& state) {
    pf::Options options;
    options.entity = pf::Catalogue::builtin()->entity("releases");
    if (!pf::parse(typical_release_filter, options).diagnostics.empty()) state.SkipWithError("the filter should be clean");
    parse_and_lint(state, typical_release_filter, options);
}
void BM_ParseLong(benchmark::State& state) {
    static const std::string text = long_filter();
    parse_and_lint(state, text);
}

void BM_FormatTypical(benchmark::State& state) {
    const auto filter = *pf::parse(typical_filter).filter;
    for (auto _ : state) {
        auto text = pf::format(filter);
        benchmark::DoNotOptimize(text);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(typical_filter.size()));
}

}  // namespace

BENCHMARK(BM_ParseShort);
BENCHMARK(BM_ParseTypical);
BENCHMARK(BM_ParseTypicalRelease);
BENCHMARK(BM_ParseTypicalReleaseWithSchema);
BENCHMARK(BM_ParseLong);
BENCHMARK(BM_FormatTypical);
BENCHMARK_MAIN();
