#!/usr/bin/env bash
# Every test: set up, then build and run the suite twice — warnings as errors, and under
# AddressSanitizer + UndefinedBehaviorSanitizer — and check that the benchmarks run.
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

echo "== build: AddressSanitizer + UndefinedBehaviorSanitizer" >&2
cmake -S "$root" -B "$root/build/asan" -DCMAKE_BUILD_TYPE=Debug -DPLUTORA_FILTER_WERROR=ON \
  -DPLUTORA_FILTER_SANITIZE=ON -DPLUTORA_FILTER_BUILD_BENCH=OFF >/dev/null
cmake --build "$root/build/asan" -j"$jobs"

echo "== tests: sanitized" >&2
(cd "$root/build/asan" && ctest --output-on-failure -j"$jobs")
echo "== tests" >&2
cd "$root/build/ci" && ctest --output-on-failure -j"$jobs"
