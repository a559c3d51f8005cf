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
# The best of 5 whole-process runs, in seconds (date's nanoseconds: time's 10 ms steps are too
# coarse for runs of a tenth of a second).
best_of_5() {
  local best=
  for _ in 1 2 3 4 5; do
    local t0; t0=$(date +%s%N)
    "$@" > /dev/null
    best=$(awk -v a="$t0" -v b="$(date +%s%N)" -v m="${best:-1e9}" 'BEGIN { s = (b - a) / 1e9; printf "%.4f", (s < m ? s : m) }')
  done
  echo "$best"
}
read -r _ pf_kb < <(seconds "$build/plutora-filter" eval --filter "$filter" "$work/cli.jsonl")
pf_s=$(best_of_5 "$build/plutora-filter" eval --filter "$filter" "$work/cli.jsonl")
read -r jq_s jq_kb < <(seconds jq -c "$jq_filter" "$work/cli.jsonl")
sj_s=$(best_of_5 "$build/bench/plutora_filter_simdjson_walk" "$work/cli.jsonl")
pf_matches=$("$build/plutora-filter" eval --filter "$filter" "$work/cli.jsonl" | jq .totalCount)
jq_matches=$(jq -c "$jq_filter" "$work/cli.jsonl" | wc -l)
echo
echo "eval CLI over $lines JSON Lines records ($(du -h "$work/cli.jsonl" | cut -f1)), the typical filter:"
echo "  plutora-filter eval  ${pf_s} s (best of 5), peak $(( pf_kb / 1024 )) MiB, $pf_matches matches"
echo "  jq -c select         ${jq_s} s, peak $(( jq_kb / 1024 )) MiB, $jq_matches matches"
echo "  simdjson bare parse  ${sj_s} s (best of 5; parse_many over the file: the limit)"
awk -v a="$jq_s" -v b="$pf_s" -v c="$sj_s" 'BEGIN { if (b > 0) printf "  plutora-filter is %.1fx faster than jq", a / b; if (c > 0) printf ", %.1fx simdjson'"'"'s bare parse time", b / c; print "" }'

# lint --file over 100,000 filters (the peers' filters repeated) against the plain-JS parser's
# whole-file parse in one process (best of 3 passes; it pays no process start, we do).
node -e 'const f = require(process.argv[1]).filters.map((x) => x.plutora); const out = [];
  for (let i = 0; out.length < 100000; i++) out.push(f[i % f.length]);
  require("fs").writeFileSync(process.argv[2], out.join("\n") + "\n");' "$root/bench/peers/filters.json" "$work/filters.txt"
bytes=$(stat -c %s "$work/filters.txt")
js_mbs=$(node "$root/bench/peers/parse_file.js" "$work/filters.txt" | sed -E 's/.* ([0-9.]+) MB\/s$/\1/')
best=$(best_of_5 "$build/plutora-filter" lint --quiet --file "$work/filters.txt")
echo
echo "lint --file over 100,000 filters ($(( bytes / 1000 )) kB), whole process, best of 5:"
awk -v s="$best" -v n="$bytes" -v js="$js_mbs" 'BEGIN { mbs = n / 1e6 / (s > 0 ? s : 0.005);
  printf "  plutora-filter lint --file  %.3f s, %.0f MB/s\n  plain.js whole-file parse   %.1f MB/s (in process, best of 3 passes)\n  plutora-filter is %.1fx faster\n", s, mbs, js, mbs / js }'
