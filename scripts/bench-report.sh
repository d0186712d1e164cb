#!/bin/sh
# Writes BENCHMARKS.md: builds SeqDesk optimized in a clean folder (build/bench-report,
# RelWithDebInfo: -O2 -g, warnings as errors), runs every benchmark of tests/bench/report.json
# RUNS times (default 3; a case may ask fewer, e.g. bench_sync once) and the full fault matrix,
# and writes the machine, the medians, the baselines of the same runs, peak memory and for each
# goal whether it is met or by how much it is missed (tests/bench/report/bench_report.cpp).
#
#   sh scripts/bench-report.sh                        the whole report (about an hour)
#   sh scripts/bench-report.sh --runs 5 --out /tmp/b.md
#   sh scripts/bench-report.sh --quick --out F        reduced sizes, one run, the reduced
#                                                     fault matrix (what CI runs: minutes)
#   sh scripts/bench-report.sh --only cold-start,sync --no-fault-matrix --out F
#   sh scripts/bench-report.sh --quick --reuse build/ci --out F   an existing build (CI), not
#                                                     a clean one
#   sh scripts/bench-report.sh --fault-matrix-table T.md   the matrix's table of an earlier
#                                                     run (its heading says which) instead of
#                                                     running it again
#
# Exit code 1 when a benchmark or a fault-matrix cell failed (the report is written anyway);
# a missed goal is reported, not an error.
set -eu
cd "$(dirname "$0")/.."

runs=3
quick=""
fault="full"
out="BENCHMARKS.md"
only=""
reuse=""
given_table=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs|--out|--only|--reuse|--fault-matrix-table)
            if [ $# -lt 2 ] || [ -z "$2" ]; then
                echo "bench-report.sh: $1 needs a value (see --help)" >&2
                exit 2
            fi ;;
    esac
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --quick) quick="--quick"; fault="reduced"; shift ;;
        --no-fault-matrix) fault="none"; shift ;;
        --out) out="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --reuse) reuse="$2"; shift 2 ;;
        --fault-matrix-table) given_table="$2"; fault="given"; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "bench-report.sh: unknown argument \"$1\" (see --help)" >&2; exit 2 ;;
    esac
done

# The commit the build is made from (before building: the tree may change while it runs).
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then
    commit="$commit (with uncommitted changes)"
fi

command -v cmake >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 || sh scripts/install-deps.sh
if [ -n "$reuse" ]; then
    build="$reuse"
    [ -f "$build/CMakeCache.txt" ] || { echo "bench-report.sh: $build is not a build folder" >&2; exit 2; }
else
    build=build/bench-report
    rm -rf "$build"
    launcher=""
    if command -v ccache >/dev/null 2>&1; then
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache" # the same objects, only sooner
    fi
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEQDESK_WERROR=ON \
        $launcher >/dev/null
fi
benches=$(sed -n 's/.*"bench": "\(bench_[a-z_]*\)".*/\1/p' tests/bench/report.json | sort -u)
# shellcheck disable=SC2086 # the names are words
cmake --build "$build" --parallel 2 --target bench-report fault_matrix seqdesk seqdesk-cli \
    seqdesk-sandbox $benches

status=0
table=""
if [ "$fault" = "given" ]; then
    [ -f "$given_table" ] || { echo "bench-report.sh: no file $given_table" >&2; exit 2; }
    table="$given_table"
elif [ "$fault" != "none" ]; then
    table="$build/fault-matrix.md"
    full=""
    [ "$fault" = "full" ] && full="--full"
    echo "bench-report.sh: the fault matrix ($fault)" >&2
    # shellcheck disable=SC2086
    "$build/tests/fault/fault_matrix" $full --bin "$build/app/bin" --markdown "$table.part" >&2 \
        || status=1
    if [ "$fault" = "full" ]; then
        heading="### Full (\`scripts/fault-matrix.sh --full\`), 150 contacts"
    else
        heading="### Reduced (\`scripts/fault-matrix.sh\`: every cell, 30 contacts)"
    fi
    { echo "$heading"; echo; cat "$table.part" 2>/dev/null; } > "$table"
fi

compiler=$(c++ --version | head -n 1)
set -- --spec tests/bench/report.json --bench-dir "$build/tests/bench" --out "$out" \
    --logs "$build/runs" --runs "$runs" --commit "$commit" --compiler "$compiler" \
    --build "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"), $build"
[ -n "$quick" ] && set -- "$@" --quick
[ -z "$reuse" ] && set -- "$@" --clean
[ -n "$only" ] && set -- "$@" --only "$only"
[ -n "$table" ] && [ -f "$table" ] && set -- "$@" --fault-matrix-table "$table"
"$build/tests/bench/bench-report" "$@" || status=1
exit $status
