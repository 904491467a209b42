#!/usr/bin/env bash
# Public tips accepted per second over HTTP at increasing open-loop rates, with p50/p95/p99 latency.
# Usage: bench/intake/throughput.sh [seconds-per-rate] [rates...]   (default 15 s at 250 500 1000 1500)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/bench/intake/common.sh"
seconds="${1:-15}"; shift || true
rates=("${@:-250 500 1000 1500}")
build
rm -rf "$data" "$data.log"
start_harbour
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
# warm the JIT and the pools first: a fresh JVM compiles the hot path for about half a minute, and a
# server that has run for a minute is what a caller meets
load 20 /tmp/harbour-warmup-refs.txt 500 800 >/dev/null
load "$seconds" /tmp/harbour-bench-refs.txt ${rates[*]}
