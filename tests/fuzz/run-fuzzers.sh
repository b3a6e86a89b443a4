#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from its seed corpus,
# one after the other, building the `fuzz` preset first when needed.
#   tests/fuzz/run-fuzzers.sh 600                   # every target, 10 minutes each
#   tests/fuzz/run-fuzzers.sh 60 redactor           # only some targets
# Inputs the fuzzer finds interesting go to build/fuzz/corpus/<target>/ (not
# committed); a crash, leak or UB report stops that target and leaves the input
# in build/fuzz/crashes/<target>/; its log is build/fuzz/<target>.log. Exits
# non-zero when any target failed. A fixed crash's input belongs in
# tests/fuzz/regressions/<target>/ (replayed by CTest) and in a Qt Test case.
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(answer_parser version_parser table_parsers redactor)
fi

if [ ! -f build/fuzz/build.ninja ]; then
    cmake --preset fuzz || exit 2
fi
cmake --build --preset fuzz -j2 || exit 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for target in "${targets[@]}"; do
    work=build/fuzz/corpus/$target
    crashes=build/fuzz/crashes/$target
    log=build/fuzz/$target.log
    mkdir -p "$work" "$crashes"
    echo "== $target: ${seconds} s"
    build/fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|Done )|ERROR|SUMMARY" "$log"
    if [ $status -ne 0 ]; then
        echo "!! $target failed (exit $status): see $log and $crashes/"
        failed=1
    fi
done
exit $failed
