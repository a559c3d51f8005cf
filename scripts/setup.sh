#!/usr/bin/env bash
# Installs the Debian packages the build needs, only those missing. Sourced by run.sh and test.sh.
set -euo pipefail

plutora_filter_packages=(cmake make g++ pkg-config tao-pegtl-dev nlohmann-json3-dev libsimdjson-dev doctest-dev libbenchmark-dev
  python3 python3-dev pybind11-dev clang-14 libclang-rt-14-dev libcpp-httplib-dev python3-requests curl wrk
  emscripten chromium)

plutora_filter_setup() {
  local missing=()
  for p in "${plutora_filter_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node and npm (the SARIF schema test, bench/compare.sh): Debian's, unless some node is there
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
