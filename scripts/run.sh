#!/usr/bin/env bash
# The main job: set up, build, and lint a file of filters (examples/filters.txt by default).
#   scripts/run.sh [FILE] [lint options...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/setup.sh"
plutora_filter_setup

cmake -S "$root" -B "$root/build/release" -DCMAKE_BUILD_TYPE=Release \
  -DPLUTORA_FILTER_BUILD_TESTS=OFF -DPLUTORA_FILTER_BUILD_BENCH=OFF -DPLUTORA_FILTER_BUILD_PYTHON=OFF >/dev/null
cmake --build "$root/build/release" --target plutora-filter -j"$(nproc)" >/dev/null

file="${1:-$(realpath --relative-to="$PWD" "$root/examples/filters.txt")}"
shift || true
exec "$root/build/release/plutora-filter" lint --file "$file" "$@"
