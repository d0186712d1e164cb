#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz (preset fuzz: clang, ASan, UBSan) and runs each
# one for SECONDS (default 60) from a copy of its seed corpus, so the repository's corpus
# never grows. Stops at the first crash, leak, timeout or FUZZ_CHECK failure: prints the
# reproducer and exits non-zero.
#
#   sh scripts/fuzz.sh [SECONDS] [TARGET...]      run every target, or the ones named
#   sh scripts/fuzz.sh --replay TARGET FILE...    run a target once on each FILE
#
# Scratch (corpora, logs, reproducers): build/fuzz/run/. A crash found becomes a regression
# test in the unit suite of the code it crashed (see README, "Fuzzing"), and its input a seed
# in tests/fuzz/corpus/<target>/.
set -eu
cd "$(dirname "$0")/.."

TARGETS="fuzz_contact_input fuzz_hubspot_parsers fuzz_hubspot_errors fuzz_sandbox_request"
BIN=build/fuzz/tests/fuzz

# The longest input each target tries: enough for a CSV of a few hundred contacts, a page of
# HubSpot results, an error answer with its headers, a few requests.
max_len() {
    case "$1" in
        fuzz_hubspot_errors) echo 2048 ;;
        *) echo 4096 ;;
    esac
}

build() {
    sh scripts/install-deps.sh clang libclang-rt-14-dev
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz --parallel 2
}

if [ "${1:-}" = "--replay" ]; then
    [ $# -ge 3 ] || { echo "usage: $0 --replay TARGET FILE..." >&2; exit 2; }
    target=$2
    shift 2
    [ -x "$BIN/$target" ] || build
    exec "$BIN/$target" -runs=1 "$@"
fi

seconds=${1:-60}
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...] | --replay TARGET FILE..." >&2; exit 2 ;;
esac
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && TARGETS="$*"

build

RUN=build/fuzz/run
for target in $TARGETS; do
    [ -x "$BIN/$target" ] || { echo "fuzz: no target $target" >&2; exit 2; }
    dir=$RUN/$target
    rm -rf "$dir"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$dir/corpus/"
    dict=""
    if [ -f "tests/fuzz/$target.dict" ]; then
        cat tests/fuzz/json.dict "tests/fuzz/$target.dict" >"$dir/dict"
        dict="-dict=$dir/dict"
    fi
    echo "== $target: ${seconds} s (log: $dir/log)"
    status=0
    # shellcheck disable=SC2086 # $dict is one word or none
    "$BIN/$target" "$dir/corpus" $dict -max_total_time="$seconds" -max_len="$(max_len "$target")" \
        -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
        </dev/null >"$dir/log" 2>&1 || status=$?
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' \
        "$dir/log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$dir/log"
        for reproducer in "$dir"/artifacts/*; do
            [ -f "$reproducer" ] || continue
            echo "fuzz: $target failed (exit $status); reproducer: $reproducer"
            echo "fuzz: replay with: sh scripts/fuzz.sh --replay $target $reproducer"
        done
        exit 1
    fi
done
echo "fuzz: every target ran ${seconds} s without a failure"
