#!/usr/bin/env bash
# plutora-filter serve under load: wrk at 1, 8 and 64 connections for 10 s each, a typical
# filtered GET over 20,000 releases; requests/s and latency percentiles (p50, p99).
#   bench/serve.sh [BUILD_DIR] [RECORDS] [SECONDS]
# Needs a build with benchmarks (build/ci by default) and wrk (Debian `wrk`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build/ci}" && pwd)"
n="${2:-20000}"
seconds="${3:-10}"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
mkdir "$work/data"
"$build/bench/plutora_filter_make_records" "$n" > "$work/data/releases.jsonl"
"$build/plutora-filter" serve --data "$work/data" --port 0 ${SERVE_ARGS:-} > "$work/out" 2> "$work/log" &
server=$!
for _ in $(seq 100); do grep -q '^listening' "$work/out" 2>/dev/null && break; sleep 0.05; done
url="$(sed -n 's/^listening on //p' "$work/out")"
token="$(curl -s -X POST "$url/oauth/token" -d 'grant_type=password&username=bench&password=x' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
path='/releases?filter=%28%20%60name%60%20contains%20%60uat%60%20%29%20and%20%28%20%60lastModifiedDate%60%20%3E%3D%202022-01-01%20%29%20and%20%28%20%60releaseStatusType%60%20not%20equal%20%60Cancelled%60%20%29&pageNum=0&recordsPerPage=100'
curl -sf -H "Authorization: bearer $token" "$url$path" > "$work/page.json"
matches="$(sed 's/.*"totalCount":\([0-9]*\).*/\1/' "$work/page.json")"
echo "serve over $n records, GET with the typical filter ($matches matches, a page of 100; $(wc -c < "$work/page.json") bytes)"
echo "connections  requests/s   p50 ms   p99 ms"
for c in 1 8 64; do
  threads=$(( c < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$c" -d"${seconds}s" --latency -H "Authorization: bearer $token" "$url$path" > "$work/wrk.$c" 2>&1
  rps="$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.$c")"
  p50="$(awk '$1 == "50%" {print $2}' "$work/wrk.$c")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.$c")"
  errors="$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.$c")"
  to_ms() { awk -v v="$1" 'BEGIN { u = v; sub(/[0-9.]+/, "", u); x = v + 0; if (u == "us") x /= 1000; else if (u == "s") x *= 1000; printf "%.2f", x }'; }
  printf "%11s  %11s  %7s  %7s  %s\n" "$c" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" "$errors"
done
