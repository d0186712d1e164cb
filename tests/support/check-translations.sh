#!/bin/sh
# Fails when translations/seqdesk.ts is stale: regenerates it into a temp file and compares.
# Usage: check-translations.sh <lupdate> <source dir>
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/seqdesk.ts" "$tmp/seqdesk.ts"
cd "$src"
"$lupdate" -silent -locations none -no-obsolete app ui -ts "$tmp/seqdesk.ts"
if ! diff -u "$src/translations/seqdesk.ts" "$tmp/seqdesk.ts" >"$tmp/diff"; then
    head -40 "$tmp/diff"
    echo "translations/seqdesk.ts is stale: run  cmake --build <dir> --target update_translations"
    exit 1
fi
echo "translations/seqdesk.ts is current"
