#!/usr/bin/env bash
# plutora-filter beside the npm filter engines (liqe, filtrex, CEL), a plain-JS evaluator of its
# language, and jq — same filters, same records, one run — and the ratios.
#   bench/compare.sh [BUILD_DIR] [RECORDS]        (QUICK=1 for shorter timing runs)
# Needs a build with benchmarks (build/ci by default), node and npm (the peers are installed
# into bench/peers/node_modules on first use) and jq.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build/ci}" && pwd)"
n="${2:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -d "$root/bench/peers/node_modules" ] || (cd "$root/bench/peers" && npm install --no-audit --no-fund --silent)

"$build/bench/plutora_filter_make_records" "$n" > "$work/records.jsonl"
jq -s . "$work/records.jsonl" > "$work/records.json"
"$build/bench/plutora_filter_corpus" "$root/bench/peers/filters.json" "$work/records.json" > "$work/ours.json"
node "$root/bench/peers/compare.js" "$work/records.json" "$work/ours.json" ${QUICK:+--quick}

lines=$(( ${CLI_RECORDS:-100000} ))
"$build/bench/plutora_filter_make_records" "$lines" > "$work/cli.jsonl"
filter='( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 ) and ( `releaseStatusType` not equal `Cancelled` )'
jq_filter='select((.name|ascii_downcase|contains("uat")) and (.lastModifiedDate[0:10] >= "2022-01-01") and ((.releaseStatusType|ascii_downcase) != "cancelled"))'
seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
read -r pf_s pf_kb < <(seconds "$build/plutora-filter" eval --filter "$filter" "$work/cli.jsonl")
read -r jq_s jq_kb < <(seconds jq -c "$jq_filter" "$work/cli.jsonl")
read -r sj_s sj_kb < <(seconds "$build/bench/plutora_filter_simdjson_walk" "$work/cli.jsonl")
pf_matches=$("$build/plutora-filter" eval --filter "$filter" "$work/cli.jsonl" | jq .totalCount)
jq_matches=$(jq -c "$jq_filter" "$work/cli.jsonl" | wc -l)
echo
echo "eval CLI over $lines JSON Lines records ($(du -h "$work/cli.jsonl" | cut -f1)), the typical filter:"
echo "  plutora-filter eval  ${pf_s} s, peak $(( pf_kb / 1024 )) MiB, $pf_matches matches"
echo "  jq -c select         ${jq_s} s, peak $(( jq_kb / 1024 )) MiB, $jq_matches matches"
echo "  simdjson bare parse  ${sj_s} s (parse_many over the file: the limit)"
awk -v a="$jq_s" -v b="$pf_s" -v c="$sj_s" 'BEGIN { if (b > 0) printf "  plutora-filter is %.1fx faster than jq", a / b; if (c > 0) printf ", %.1fx simdjson'"'"'s bare parse time", b / c; print "" }'
