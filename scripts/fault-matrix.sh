#!/bin/sh
# The fault matrix (issue 14): enrollment jobs through the real seqdesk-cli against the real
# seqdesk-sandbox under each fault (latency, 5xx, dropped connections, malformed bodies, 429
# storms, the daily API limit, a revoked token, all together, SIGKILL, a full disk, a locked
# database), each resumed to the end; prints contacts enrolled twice and results lost (both
# must be 0), resumes, wall time, exit codes and the message the user saw.
#
#   scripts/fault-matrix.sh                 # reduced: every cell, 30 contacts (what CI runs)
#   scripts/fault-matrix.sh --full          # 150 contacts, harsher cells (BENCHMARKS.md)
#   scripts/fault-matrix.sh --full --markdown table.md --seed 7 --cells sigkill,disk-full
#
# Other options go to the driver (build/ci/tests/fault/fault_matrix --help). It builds with
# the ci preset first (reusing build/ci).
set -eu
cd "$(dirname "$0")/.."
[ -f build/ci/CMakeCache.txt ] || cmake --preset ci
cmake --build --preset ci --parallel 2 --target fault_matrix seqdesk-cli seqdesk-sandbox
exec build/ci/tests/fault/fault_matrix "$@"
