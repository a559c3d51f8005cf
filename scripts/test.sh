#!/usr/bin/env bash
# Every test: set up, then build and run the suite twice — warnings as errors, and under
# AddressSanitizer + UndefinedBehaviorSanitizer — check that the benchmarks run, run each
# libFuzzer target for 30 s (PLUTORA_FILTER_FUZZ_SECONDS) on its corpus, and build the
# WebAssembly module and npm package and run their tests in Node beside the native CLI.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/setup.sh"
plutora_filter_setup
jobs="$(nproc)"

echo "== build: warnings as errors" >&2
cmake -S "$root" -B "$root/build/ci" -DCMAKE_BUILD_TYPE=Release -DPLUTORA_FILTER_WERROR=ON \
  -DPYTHON_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build "$root/build/ci" -j"$jobs"
"$root/build/ci/bench/plutora_filter_bench" --benchmark_min_time=0.01 >/dev/null

echo "== build: WebAssembly (Emscripten) and the npm package" >&2
emcmake cmake -S "$root" -B "$root/build/wasm" -DCMAKE_BUILD_TYPE=Release -DPLUTORA_FILTER_WERROR=ON >/dev/null
cmake --build "$root/build/wasm" -j"$jobs"

echo "== build: AddressSanitizer + UndefinedBehaviorSanitizer" >&2
cmake -S "$root" -B "$root/build/asan" -DCMAKE_BUILD_TYPE=Debug -DPLUTORA_FILTER_WERROR=ON \
  -DPLUTORA_FILTER_SANITIZE=ON -DPLUTORA_FILTER_BUILD_BENCH=OFF >/dev/null
cmake --build "$root/build/asan" -j"$jobs"

echo "== fuzz: libFuzzer targets (clang-14), a short run of each on its corpus" >&2
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$root/build/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLUTORA_FILTER_FUZZ=ON \
  -DPLUTORA_FILTER_BUILD_TESTS=OFF -DPLUTORA_FILTER_BUILD_BENCH=OFF -DPLUTORA_FILTER_BUILD_PYTHON=OFF >/dev/null
cmake --build "$root/build/fuzz" -j"$jobs" --target fuzz_filter fuzz_query fuzz_body fuzz_eval fuzz_schema fuzz_serve
for t in filter query body eval schema serve; do
  work="$root/build/fuzz/corpus-$t"
  rm -rf "$work" && mkdir -p "$work" && cp "$root/fuzz/corpus/$t/"* "$work/"
  if ! "$root/build/fuzz/fuzz/fuzz_$t" "$work" -dict="$root/fuzz/$t.dict" -max_len=4096 \
      -max_total_time="${PLUTORA_FILTER_FUZZ_SECONDS:-30}" -artifact_prefix="$root/build/fuzz/$t-" >"$root/build/fuzz/$t.log" 2>&1; then
    tail -40 "$root/build/fuzz/$t.log" >&2
    echo "fuzz_$t found a failure; the input is in build/fuzz/" >&2
    exit 1
  fi
  echo "fuzz_$t: $(grep -E '^Done [0-9]+ runs' "$root/build/fuzz/$t.log" || echo 'done')" >&2
done

echo "== tests: sanitized" >&2
(cd "$root/build/asan" && ctest --output-on-failure -j"$jobs")
echo "== tests" >&2
(cd "$root/build/ci" && ctest --output-on-failure -j"$jobs")
echo "== tests: JavaScript (WebAssembly), beside the native CLI" >&2
PLUTORA_FILTER="$root/build/ci/plutora-filter" PLUTORA_FILTER_JS="$root/build/wasm/npm/index.mjs" node --test "$root/bindings/js/test/"
echo "== tests: the playground in Chromium (puppeteer-core from npm)" >&2
browser_test="$root/build/wasm/browser-test"
mkdir -p "$browser_test"
cp "$root/bindings/js/browser-test/package.json" "$root/bindings/js/browser-test/package-lock.json" \
  "$root/bindings/js/browser-test/playground.test.mjs" "$browser_test/"
(cd "$browser_test" && npm ci --no-audit --no-fund --silent)
PLAYGROUND_DIR="$root/build/wasm/playground" PLUTORA_FILTER="$root/build/ci/plutora-filter" \
  PLAYGROUND_SCREENSHOT="$root/build/wasm/playground.png" node --test "$browser_test/"
