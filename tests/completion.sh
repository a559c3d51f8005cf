#!/usr/bin/env bash
# The bash completion, run in bash against the built plutora-filter. Prints "N passed, N failed".
set -u
exe="$1"
source "$2"
passed=0 failed=0
complete_words() {  # complete_words WORD... : COMPREPLY for the last word
    COMP_WORDS=("$exe" "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _plutora_filter
    echo "${COMPREPLY[*]}"
}
check() {  # check EXPECTED WORD...
    local expected="$1"; shift
    local got; got="$(complete_words "$@")"
    if [ "$got" = "$expected" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "completing '$*': got '$got', want '$expected'" >&2; fi
}
check "lint" "li"
check "emit eval" "e"
check "--format --from --fix --file" "lint" "--f"
check "text json github sarif" "lint" "--format" ""
check "text json" "schema" "--format" ""
check "releases" "lint" "--entity" "rel"
check "tecrs tebrs" "lint" "--entity" "te"
check "query" "emit" "--to" "q"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
