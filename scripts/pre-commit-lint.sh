#!/usr/bin/env bash
# pre-commit entry point: builds plutora-filter once (scripts/run.sh's build), then lints every
# file pre-commit passes, one filter per line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exe="$root/build/release/plutora-filter"
if [ ! -x "$exe" ]; then
  source "$root/scripts/setup.sh"
  plutora_filter_setup
  cmake -S "$root" -B "$root/build/release" -DCMAKE_BUILD_TYPE=Release \
    -DPLUTORA_FILTER_BUILD_TESTS=OFF -DPLUTORA_FILTER_BUILD_BENCH=OFF -DPLUTORA_FILTER_BUILD_PYTHON=OFF >/dev/null
  cmake --build "$root/build/release" --target plutora-filter -j"$(nproc)" >/dev/null
fi
args=()
for f in "$@"; do args+=(--file "$f"); done
exec "$exe" lint "${args[@]}"
