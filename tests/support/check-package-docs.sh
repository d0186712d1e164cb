#!/bin/sh
# Checks the documents the .deb installs, as built (packaging/CMakeLists.txt): each man page
# renders without a groff warning (as lintian renders it), the hand-written seqdesk.1 names
# every option of `seqdesk --help`, the generated seqdesk-cli.1 and seqdesk-sandbox.1 (when
# help2man was found) describe --list-sequences and --port, and packaging/debian/changelog
# parses with its newest entry this version. Exit 77 (skipped) without man or
# dpkg-parsechangelog.
# Usage: check-package-docs.sh <seqdesk> <build packaging dir> <source dir> <version>
set -eu
gui=$1
built=$2
src=$3
version=$4
for tool in man dpkg-parsechangelog; do
    command -v "$tool" >/dev/null 2>&1 || { echo "no $tool: skipped"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

pages="seqdesk"
for page in seqdesk-cli seqdesk-sandbox; do
    if [ -f "$built/$page.1.gz" ]; then
        pages="$pages $page"
    else
        echo "no $built/$page.1.gz (configured without help2man): not checked"
    fi
done
for page in $pages; do
    file="$built/$page.1.gz"
    [ -f "$file" ] || { fail "no $file"; continue; }
    gzip -t "$file" || fail "$file is not gzip"
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$file" \
        >"$tmp/$page.out" 2>"$tmp/$page.err" || fail "man cannot render $file"
    if [ -s "$tmp/$page.err" ]; then
        cat "$tmp/$page.err"
        fail "groff warns about $file"
    fi
    gzip -dc "$file" | grep -q '^\.SH NAME' || fail "$file has no NAME section"
done
case " $pages " in *" seqdesk-cli "*)
    gzip -dc "$built/seqdesk-cli.1.gz" | grep -q 'list\\-sequences' \
        || fail "seqdesk-cli.1 does not describe --list-sequences" ;;
esac
case " $pages " in *" seqdesk-sandbox "*)
    gzip -dc "$built/seqdesk-sandbox.1.gz" | grep -q '\\-\\-port' \
        || fail "seqdesk-sandbox.1 does not describe --port" ;;
esac

# seqdesk.1 is written by hand: each option of the app's --help must be in it. (--help exits
# from inside Qt: not the place for a sanitizer build's leak check.)
HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$gui" --help \
    >"$tmp/gui-help" 2>/dev/null || fail "$gui --help"
options=$(grep -o -- '--[a-z][a-z-]*' "$tmp/gui-help" | sort -u)
[ -n "$options" ] || fail "no option in $gui --help"
gzip -dc "$built/seqdesk.1.gz" | sed 's/\\-/-/g' >"$tmp/seqdesk.1"
for option in $options; do
    grep -q -- "$option\\b" "$tmp/seqdesk.1" \
        || fail "packaging/man/seqdesk.1 does not describe $option (seqdesk --help has it)"
done

changelog="$src/packaging/debian/changelog"
newest=$(dpkg-parsechangelog -l "$changelog" -S Version 2>"$tmp/changelog.err") \
    || { cat "$tmp/changelog.err"; fail "dpkg-parsechangelog cannot read $changelog"; }
if [ -s "$tmp/changelog.err" ]; then
    cat "$tmp/changelog.err"
    fail "dpkg-parsechangelog warns about $changelog"
fi
[ "$newest" = "$version" ] || fail "$changelog: newest entry $newest, the project is $version"
[ "$(head -n 1 "$src/packaging/debian/copyright")" \
    = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] \
    || fail "packaging/debian/copyright is not machine-readable (DEP-5)"

[ "$status" -eq 0 ] && echo "the package's documents are valid ($pages)"
exit "$status"
