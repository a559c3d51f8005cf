#!/usr/bin/env bash
# color.sh PLUTORA_FILTER: diagnostics are coloured on a terminal (a pseudo-terminal from
# script(1)), and plain when NO_COLOR is set, TERM is dumb, or the output is a pipe.
set -euo pipefail
exe="$1"
esc=$'\x1b['
on_tty() { script -qec "$1" /dev/null; }
out="$(on_tty "'$exe' lint 'a contians 1'" || true)"
[[ "$out" == *"${esc}1;31merror:${esc}0m"* ]] || { echo "no colour on a terminal: $out" >&2; exit 1; }
[[ "$out" == *"${esc}1;32m^~~~~~~~${esc}0m"* ]] || { echo "caret not coloured: $out" >&2; exit 1; }
out="$(NO_COLOR=1 on_tty "'$exe' lint 'a contians 1'" || true)"
[[ "$out" != *"$esc"* ]] || { echo "colour despite NO_COLOR: $out" >&2; exit 1; }
out="$(TERM=dumb on_tty "'$exe' lint 'a contians 1'" || true)"
[[ "$out" != *"$esc"* ]] || { echo "colour despite TERM=dumb: $out" >&2; exit 1; }
out="$("$exe" lint 'a contians 1' 2>&1 || true)"
[[ "$out" != *"$esc"* ]] || { echo "colour into a pipe: $out" >&2; exit 1; }
out="$(on_tty "'$exe' format 'a contians 1'" || true)"   # diagnostics on stderr, a terminal too
[[ "$out" == *"${esc}1;31merror:"* ]] || { echo "no colour on stderr: $out" >&2; exit 1; }
echo "colour: terminal yes; NO_COLOR, TERM=dumb, pipe no"
