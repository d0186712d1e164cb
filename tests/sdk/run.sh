#!/bin/sh
# HubSpot's official Node SDK (@hubspot/api-client, pinned in package.json) against a fresh
# seqdesk-sandbox: run by .ci/run. Usage: tests/sdk/run.sh <build dir with app/bin>
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$(cd "$1" && pwd)/app/bin/seqdesk-sandbox"
[ -x "$bin" ] || { echo "no $bin: build first" >&2; exit 2; }
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
out=$(mktemp)
"$bin" --port 0 --seed 1 >"$out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do # until it prints its base URL
    grep -q '^http' "$out" && break
    sleep 0.1
done
node sdk-calls.js "$(head -n 1 "$out")" pat-na1-00000000-demo-0000-0000-000000000000
