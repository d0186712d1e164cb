#!/bin/sh
# The official MCP TypeScript SDK (@modelcontextprotocol/sdk, pinned in package.json) drives
# seqdesk-cli --mcp against a fresh seqdesk-sandbox: run by .ci/run.
# Usage: tests/mcp-sdk/run.sh <build dir with app/bin>
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$(cd "$1" && pwd)/app/bin"
[ -x "$bin/seqdesk-cli" ] && [ -x "$bin/seqdesk-sandbox" ] || { echo "no $bin: build first" >&2; exit 2; }
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
out=$(mktemp)
home=$(mktemp -d)
"$bin/seqdesk-sandbox" --port 0 --seed 1 --list-members 300 >"$out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$out" "$home"' EXIT
for _ in $(seq 1 100); do # until it prints its base URL
    grep -q '^http' "$out" && break
    sleep 0.1
done
node sdk-client.mjs "$bin/seqdesk-cli" "$(head -n 1 "$out")" \
    pat-na1-00000000-demo-0000-0000-000000000000 "$home"
