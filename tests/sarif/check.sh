#!/usr/bin/env bash
# check.sh PLUTORA_FILTER SOURCE_DIR: `lint --format sarif` over the examples, URLs, bodies and
# arguments is valid SARIF 2.1.0 (Microsoft's schema), and so is a log with no results.
set -euo pipefail
exe="$1"; src="$2"; here="$(pwd)"
status=0
"$exe" lint --format sarif --quiet --file "$src/examples/filters.txt" '"name = 1"' \
  '/releases?filter=%60a%60%20equalz%201' '{"ExpandoObject":{"Left":"a","Operator":"equalz","Right":"1"}}' \
  > "$here/findings.sarif" || status=$?
[ "$status" -eq 1 ] || { echo "lint exited $status, expected 1" >&2; exit 1; }
"$exe" lint --format sarif --quiet '`name` = 1' > "$here/clean.sarif"
node "$here/validate.mjs" "$here/findings.sarif" "$here/clean.sarif"
