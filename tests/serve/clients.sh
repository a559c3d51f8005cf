#!/usr/bin/env bash
# clients.sh PLUTORA_FILTER: `plutora-filter serve` tested with real clients over real sockets —
# curl, Python requests (the seeds' flow and 50 concurrent clients), Node's fetch, raw malformed
# and slow requests — then stopped with SIGTERM. Every page is compared with `plutora-filter eval`.
set -euo pipefail
exe="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; [ -f "$work/log" ] && tail -20 "$work/log" >&2; exit 1; }

mkdir "$work/data"
python3 "$here/make_data.py" "$work/data" 2000

# start SERVER_OUT [ARGS...]: starts a server on a free port; sets `url` and `server`.
start() {
  local out="$1"; shift
  "$exe" serve --data "$work/data" --port 0 "$@" > "$out" 2>> "$work/log" &
  server=$!
  pids+=("$server")
  for _ in $(seq 100); do
    grep -q '^listening on ' "$out" 2>/dev/null && break
    sleep 0.05
  done
  url="$(sed -n 's/^listening on //p' "$out")"
  [ -n "$url" ] || fail "the server did not start"
}

start "$work/out" --client-id cid --client-secret cs
main_url="$url"; main_server="$server"
grep -q "releases: 2000 records from" "$work/log" || fail "no load report"

# curl: the token, a GET, and what the HTTP layer refuses itself.
token="$(curl -sf -X POST "$url/oauth/token" -d 'client_id=cid&client_secret=cs&grant_type=password&username=a%40b.com&password=p' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
[ -n "$token" ] || fail "curl: no token"
filter='`name` contains `uat`'
got="$(curl -sf -G "$url/Releases" -H "Authorization: Bearer $token" --data-urlencode "filter=$filter" -d pageNum=0 -d recordsPerPage=5)"
want="$("$exe" eval --filter "$filter" --records-per-page 5 "$work/data/releases.jsonl")"
[ "$got" = "$want" ] || fail "curl GET differs from eval"
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(status "$url/releases")" = 401 ] || fail "no token: 401"
[ "$(status -H "Authorization: Bearer $token" "$url/releases?filter=%60name%60%20%3D%20%00")" = 400 ] || fail "%00: 400"
[ "$(status -H "Authorization: Bearer $token" "$url/releases?filter=%60name%60%20%3D%20%C3%28")" = 400 ] || fail "invalid UTF-8: 400"
head -c 1100000 /dev/zero | tr '\0' ' ' > "$work/big"
[ "$(status -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$work/big" "$url/releases/filter")" = 413 ] \
  || fail "a body over 1 MiB: 413"
python3 -c 'print("[" * 100000)' > "$work/deep"
[ "$(status -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$work/deep" "$url/releases/filter")" = 400 ] \
  || fail "a deep body: 400"
[ "$(status "$url/releases?filter=$(head -c 9000 /dev/zero | tr '\0' a)")" = 414 ] || fail "a request line over 8 KiB: 414"
# a malformed request line, over a raw socket
port="${url##*:}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'NOT HTTP AT ALL\r\n\r\n' >&3
read -r -t 5 line <&3 || true
exec 3>&-
[[ "$line" == "HTTP/1.1 400"* ]] || fail "malformed request: got '$line'"

python3 "$here/seed_flow.py" "$url" "$exe" "$work/data" || fail "python requests"
node "$here/fetch.mjs" "$url" "$exe" "$work/data" || fail "node fetch"

# A slow client holds no worker past the timeout: with one worker and a 1 s timeout, a client that
# sends half a request and stalls does not stop the next one from being answered.
start "$work/slow" --threads 1 --timeout 1
slow_url="$url"; url="$main_url"
slow_port="${slow_url##*:}"
exec 4<>"/dev/tcp/127.0.0.1/$slow_port"
printf 'GET /releases HTTP/1.1\r\nHost: x\r\n' >&4      # headers never finished
sleep 0.2
[ "$(status --max-time 5 "$slow_url/releases")" = 401 ] || fail "a stalled client held the only worker"
exec 4>&-
# and one that half-closes its side
exec 5<>"/dev/tcp/127.0.0.1/$slow_port"
printf 'GET /rel' >&5
exec 5>&-
[ "$(status --max-time 5 "$slow_url/releases")" = 401 ] || fail "a half-closed client held the only worker"

# SIGINT (Ctrl-C) stops a server as cleanly as SIGTERM
kill -INT "$server"
wait "$server" || fail "serve exited $? on SIGINT"

# The log: one line per request with method, path, status and milliseconds.
grep -Eq '^GET /Releases\?filter=.* 200 [0-9.]+ ms$' "$work/log" || fail "no log line for the GET"
# SIGTERM: a clean stop, exit status 0.
kill -TERM "$main_server"
wait "$main_server" || fail "serve exited $? on SIGTERM"
grep -q 'plutora-filter: stopped' "$work/log" || fail "no clean stop"
echo "serve: curl, python requests, node fetch, malformed/slow/half-closed clients, SIGINT, SIGTERM: all as expected"
