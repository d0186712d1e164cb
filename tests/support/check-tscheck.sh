#!/bin/sh
# tscheck must name each planted problem of tests/support/tscheck-planted.ts, and fail.
# Usage: check-tscheck.sh <tscheck> <source dir>
set -u
tscheck=$1
planted=$2/tests/support/tscheck-planted.ts
output=$("$tscheck" "$planted")
code=$?
printf '%s\n' "$output"
status=0
if [ $code -ne 1 ]; then
    echo "tscheck exited with $code, not 1"
    status=1
fi
for expected in \
    ': Planted: "New string": unfinished' \
    ': Planted: "Empty": empty translation' \
    ': Planted: "Gone string": vanished' \
    ': Planted: "Old string": obsolete' \
    ': Planted: "Sent %1 of %2": translation has placeholders {%1}, its source {%1 %2}' \
    ': Planted: "At %1": translation has placeholders {%L1}, its source {%1}' \
    ': Planted: "%n contact(s)": plural form 2 has placeholders {}, its source {%n}' \
    ': Planted: "%n job(s)": empty plural form 2'; do
    if ! printf '%s\n' "$output" | grep -qF -- "$expected"; then
        echo "tscheck did not name: $expected"
        status=1
    fi
done
if printf '%s\n' "$output" | grep -q '"Fine'; then
    echo "tscheck named a complete message"
    status=1
fi
[ $status -eq 0 ] && echo "tscheck names every planted problem"
exit $status
