#!/bin/sh
# Fails when translations/seqdesk.ts or seqdesk_en.ts is stale (regenerates each into a temp
# file and compares), or when seqdesk_en.ts lacks an English plural form.
# Usage: check-translations.sh <lupdate> <source dir>
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
status=0
for ts in seqdesk.ts seqdesk_en.ts; do
    extra=
    [ "$ts" = seqdesk_en.ts ] && extra=-pluralonly
    cp "translations/$ts" "$tmp/$ts"
    "$lupdate" -silent -locations none -no-obsolete $extra app ui -ts "$tmp/$ts"
    if ! diff -u "translations/$ts" "$tmp/$ts" >"$tmp/diff"; then
        head -40 "$tmp/diff"
        echo "translations/$ts is stale: run  cmake --build <dir> --target update_translations"
        status=1
    fi
done
if grep -n 'type="unfinished"\|<numerusform></numerusform>' translations/seqdesk_en.ts; then
    echo "translations/seqdesk_en.ts: fill the English plural forms above"
    status=1
fi
[ $status -eq 0 ] && echo "translations are current"
exit $status
