// Emit and read of every form for a typical filter, in bytes per second of that form's text.
#include <benchmark/benchmark.h>

#include <plutora/filter/filter.hpp>
#include <string>

namespace pf = plutora::filter;

namespace {

const pf::Request& typical() {
    static const pf::Request request = [] {
        auto r = pf::read_text(
            "( `Name` contains `API UAT` ) and ( `LastModifiedDate` >= 2019-02-01 ) and ( `Type` not equal `Defect` )");
        return *r.request;
    }();
    return request;
}

const std::string& emitted(pf::Form form) {
    static std::string forms[4];
    auto& s = forms[static_cast<int>(form)];
    if (s.empty()) s = *pf::emit(typical(), form).value;
    return s;
}

void emit_form(benchmark::State& state, pf::Form form) {
    for (auto _ : state) {
        auto out = pf::emit(typical(), form);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * emitted(form).size()));
}

void read_form(benchmark::State& state, pf::Form form) {
    const std::string& text = emitted(form);
    for (auto _ : state) {
        auto r = pf::read(text, form);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK_CAPTURE(emit_form, text, pf::Form::text);
BENCHMARK_CAPTURE(emit_form, query, pf::Form::query);
BENCHMARK_CAPTURE(emit_form, expando, pf::Form::expando);
BENCHMARK_CAPTURE(emit_form, searchfilters, pf::Form::search_filters);
BENCHMARK_CAPTURE(read_form, text, pf::Form::text);
BENCHMARK_CAPTURE(read_form, query, pf::Form::query);
BENCHMARK_CAPTURE(read_form, expando, pf::Form::expando);
BENCHMARK_CAPTURE(read_form, searchfilters, pf::Form::search_filters);
