#!/bin/sh
# Validates the systemd user units of packaging/ (seqdesk-rules@.service and .timer) with
# systemd-analyze verify, as an instance for portal 4242424 whose ExecStart names the
# seqdesk-cli just built (installed, the unit finds it by name). Exit 77 (skipped) without
# systemd-analyze.
# Usage: check-units.sh <seqdesk-cli> <source dir>
set -eu
cli=$1
src=$2
command -v systemd-analyze >/dev/null 2>&1 || { echo "no systemd-analyze: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
sed "s|^ExecStart=seqdesk-cli |ExecStart=$cli |" "$src/packaging/seqdesk-rules@.service" \
    >"$tmp/seqdesk-rules@.service"
cp "$src/packaging/seqdesk-rules@.timer" "$tmp/"
grep -q "^ExecStart=$cli " "$tmp/seqdesk-rules@.service"
ln -s seqdesk-rules@.service "$tmp/seqdesk-rules@4242424.service"
ln -s seqdesk-rules@.timer "$tmp/seqdesk-rules@4242424.timer"
XDG_RUNTIME_DIR="$tmp/run" systemd-analyze verify --user \
    "$tmp/seqdesk-rules@4242424.service" "$tmp/seqdesk-rules@4242424.timer" 2>"$tmp/out" || {
    cat "$tmp/out"
    exit 1
}
if [ -s "$tmp/out" ]; then
    cat "$tmp/out"
    exit 1
fi
echo "systemd units are valid"
