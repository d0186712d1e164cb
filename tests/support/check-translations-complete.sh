#!/bin/sh
# Fails when a shipped language (translations/seqdesk_<lang>.ts but seqdesk_en.ts) is not
# complete against the sources: lupdate brings a temp copy up to date (keeping what is gone
# from the sources as obsolete/vanished), then tscheck names each unfinished, empty,
# obsolete or vanished message and each translation whose placeholders differ from its source.
# Usage: check-translations-complete.sh <lupdate> <tscheck> <source dir>
set -eu
lupdate=$1
tscheck=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
status=0
found=0
for ts in translations/seqdesk_*.ts; do
    name=$(basename "$ts")
    [ "$name" = seqdesk_en.ts ] && continue
    found=1
    cp "$ts" "$tmp/$name"
    "$lupdate" -silent -locations none app ui -ts "$tmp/$name"
    if ! "$tscheck" "$tmp/$name" >"$tmp/problems"; then
        sed "s|^$tmp/|translations/|" "$tmp/problems"
        echo "translations/$name is not complete: run  cmake --build <dir> --target update_translations"
        echo "and translate the messages above (glossaries in translations/)"
        status=1
    fi
done
if [ $found -eq 0 ]; then
    echo "no translations/seqdesk_<lang>.ts found"
    exit 1
fi
[ $status -eq 0 ] && echo "the shipped translations are complete"
exit $status
