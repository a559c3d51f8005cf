#!/usr/bin/env bash
# plutora-filter eval beside jq on the same JSON Lines file and the same filter: time and peak
# memory. Needs a build (build/ci by default) and jq (apt-get install jq).
#   bench/cli_vs_jq.sh [BUILD_DIR] [RECORDS]
set -euo pipefail
build="${1:-build/ci}"
n="${2:-100000}"
data="$(mktemp -d)/records.jsonl"
"$build/bench/plutora_filter_make_records" "$n" > "$data"
filter='( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 ) and ( `releaseStatusType` not equal `Cancelled` )'
jq_filter='select((.name|ascii_downcase|contains("uat")) and (.lastModifiedDate[0:10] >= "2022-01-01") and ((.releaseStatusType|ascii_downcase) != "cancelled"))'
echo "$n records, $(du -h "$data" | cut -f1)"
measure() { { /usr/bin/time -f "%e s, peak %M KiB" "$@" > /dev/null; } 2>&1; }
echo -n "plutora-filter eval: "; measure "$build/plutora-filter" eval --filter "$filter" "$data"
echo -n "jq -c select:        "; measure jq -c "$jq_filter" "$data"
echo -n "matches: plutora-filter $("$build/plutora-filter" eval --filter "$filter" "$data" | jq .totalCount), "
echo "jq $(jq -c "$jq_filter" "$data" | wc -l)"
