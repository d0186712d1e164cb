#!/bin/sh
# Installs SeqDesk's .deb (scripts/package.sh) with apt and checks it from the installed
# files, then removes it again. As root, on Debian 12 with SeqDesk's runtime dependencies
# within apt's reach (scripts/install-deps.sh installs them):
#  1. apt-get install ./seqdesk_*.deb; the expected files are there (executables, man pages,
#     desktop entry, metainfo, icon, systemd user units, copyright, changelog), nothing
#     outside /usr;
#  2. /usr/bin/seqdesk-cli --version; /usr/bin/seqdesk-sandbox on a free loopback port and
#     /usr/bin/seqdesk-cli --list-sequences against it lists its sequences;
#  3. xvfb-run /usr/bin/seqdesk --demo --screenshot: a PNG of the window;
#  4. lintian on the .deb: no error (installs lintian when missing; prints its output);
#  5. apt-get remove seqdesk: none of its files remain (directories of other packages
#     excepted), dpkg knows it as removed at most, the user's data is left alone.
# Everything runs with a throwaway HOME and XDG folders. Whatever happens, the package is
# removed at the end (unless it was installed before: then it refuses to start).
# Usage: sh scripts/check-package.sh build/packages/seqdesk_<version>_<arch>.deb
set -eu

die() {
    echo "check-package.sh: FAIL: $*" >&2
    exit 1
}
step() {
    echo "-- check-package: $*"
}
# apt_install PACKAGE...: a tool of the check itself, with fresh package lists if need be.
apt_install() {
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 || {
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    }
}

[ $# -eq 1 ] || {
    echo "usage: sh scripts/check-package.sh build/packages/seqdesk_<version>_<arch>.deb" >&2
    exit 2
}
case $1 in
-*) echo "check-package.sh: unknown option '$1'" >&2; exit 2 ;;
/* | ./* | ../*) deb=$1 ;;
*) deb=./$1 ;; # apt-get install takes a file only as a path
esac
[ -f "$deb" ] || die "no such file: $deb"
[ "$(id -u)" -eq 0 ] || die "needs root (apt-get install, apt-get remove)"
if dpkg-query -W -f='${Status}' seqdesk 2>/dev/null | grep -q "ok installed"; then
    die "seqdesk is already installed: apt-get remove seqdesk first (this check removes it)"
fi
version=$(dpkg-deb -f "$deb" Version)
[ "$(dpkg-deb -f "$deb" Package)" = seqdesk ] || die "$deb is not the package seqdesk"

tmp=$(mktemp -d)
installed=0
sandbox_pid=""
cleanup() {
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ] \
        && dpkg-query -W -f='${Status}' seqdesk 2>/dev/null | grep -q "ok installed"; then
        echo "check-package.sh: removing seqdesk after a failure" >&2
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq seqdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
start=$(date +%s)

export DEBIAN_FRONTEND=noninteractive
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
export XDG_RUNTIME_DIR="$tmp/run" LC_ALL=C.UTF-8
unset HUBSPOT_ACCESS_TOKEN DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM 2>/dev/null || true
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

step "apt-get install $deb"
installed=1
if ! apt-get install -y -qq --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1; then
    # The runtime dependencies may need fresh package lists.
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 || {
        cat "$tmp/apt.log" >&2
        die "apt-get install $deb"
    }
fi
dpkg-query -W -f='${Status} ${Version}\n' seqdesk | grep -q "install ok installed $version" \
    || die "seqdesk $version is not installed after apt-get install"
dpkg -L seqdesk >"$tmp/files"

step "the package's files ($(wc -l <"$tmp/files") paths)"
for f in /usr/bin/seqdesk /usr/bin/seqdesk-cli /usr/bin/seqdesk-sandbox \
    /usr/share/man/man1/seqdesk.1.gz /usr/share/man/man1/seqdesk-cli.1.gz \
    /usr/share/man/man1/seqdesk-sandbox.1.gz \
    /usr/share/applications/io.seqdesk.SeqDesk.desktop \
    /usr/share/metainfo/io.seqdesk.SeqDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.seqdesk.SeqDesk.svg \
    /usr/lib/systemd/user/seqdesk-rules@.service /usr/lib/systemd/user/seqdesk-rules@.timer \
    /usr/share/doc/seqdesk/copyright /usr/share/doc/seqdesk/changelog.gz; do
    grep -qx "$f" "$tmp/files" || die "the package has no $f"
    [ -f "$f" ] || die "$f is not installed"
done
outside=$(grep -v '^/usr\(/\|$\)' "$tmp/files" | grep -vx '/\.' || true)
[ -z "$outside" ] || die "files outside /usr: $outside"
for page in seqdesk seqdesk-cli seqdesk-sandbox; do
    gzip -dc "/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH NAME' \
        || die "/usr/share/man/man1/$page.1.gz is not a man page"
done
gzip -dc /usr/share/man/man1/seqdesk-cli.1.gz | grep -q 'list\\*-sequences' \
    || die "seqdesk-cli.1.gz does not describe --list-sequences"

step "/usr/bin/seqdesk-cli --version"
/usr/bin/seqdesk-cli --version | tee "$tmp/version"
grep -qx "seqdesk-cli $version" "$tmp/version" || die "seqdesk-cli --version is not $version"

step "/usr/bin/seqdesk-sandbox on a free loopback port, seqdesk-cli --list-sequences on it"
token=pat-na1-00000000-check-0000-0000-000000000000
/usr/bin/seqdesk-sandbox --port 0 --token "$token" >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
url=""
i=0
while [ $i -lt 100 ]; do # 20 s
    url=$(head -n 1 "$tmp/sandbox.out")
    [ -n "$url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.2
    i=$((i + 1))
done
[ -n "$url" ] || {
    cat "$tmp/sandbox.err" >&2
    die "seqdesk-sandbox printed no base URL"
}
echo "sandbox at $url"
case $url in http://127.0.0.1:*) ;; *) die "the sandbox is not on loopback: $url" ;; esac
HUBSPOT_ACCESS_TOKEN=$token timeout 60 /usr/bin/seqdesk-cli --base-url "$url" \
    --list-sequences >"$tmp/sequences" 2>"$tmp/cli.err" || {
    cat "$tmp/sequences" "$tmp/cli.err" >&2
    die "seqdesk-cli --list-sequences against the sandbox"
}
cat "$tmp/sequences"
HUBSPOT_ACCESS_TOKEN=$token timeout 60 /usr/bin/seqdesk-cli --base-url "$url" \
    --list-sequences --json >"$tmp/sequences.json" 2>"$tmp/cli.err" || {
    cat "$tmp/cli.err" >&2
    die "seqdesk-cli --list-sequences --json against the sandbox"
}
count=$(grep -o '"id" *:' "$tmp/sequences.json" | wc -l)
[ "$count" -ge 4 ] || die "seqdesk-cli listed $count sequences of the sandbox (4 at least)"
echo "$count sequences listed"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""

step "xvfb-run /usr/bin/seqdesk --demo --screenshot"
command -v xvfb-run >/dev/null 2>&1 || apt_install xvfb xauth
shot="$tmp/seqdesk.png"
timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" \
    /usr/bin/seqdesk --demo --screenshot "$shot" >"$tmp/gui.log" 2>&1 || {
    cat "$tmp/gui.log" >&2
    die "seqdesk --demo --screenshot"
}
[ -f "$shot" ] || die "seqdesk --demo --screenshot wrote no $shot"
size=$(wc -c <"$shot")
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || die "$shot is not a PNG"
[ "$size" -gt 20000 ] || die "$shot is only $size bytes: an empty window?"
echo "screenshot: $size bytes"

step "lintian $deb"
command -v lintian >/dev/null 2>&1 || apt_install lintian
lintian_rc=0
lintian --fail-on error --display-info "$deb" >"$tmp/lintian" 2>&1 || lintian_rc=$?
cat "$tmp/lintian"
tags() { grep -c "^$1:" "$tmp/lintian" || true; }
echo "lintian: $(tags E) errors, $(tags W) warnings, $(tags I) infos"
if [ "$lintian_rc" -ne 0 ] || grep -q '^E:' "$tmp/lintian"; then die "lintian found errors"; fi

step "apt-get remove seqdesk"
[ -d "$XDG_DATA_HOME/SeqDesk" ] || die "the checks above left no user data in $XDG_DATA_HOME"
apt-get remove -y -qq seqdesk >"$tmp/apt.log" 2>&1 || {
    cat "$tmp/apt.log" >&2
    die "apt-get remove seqdesk"
}
installed=0
status=$(dpkg-query -W -f='${Status}' seqdesk 2>/dev/null || echo "not-installed")
case $status in
*"not-installed" | "deinstall ok config-files") ;;
*) die "dpkg says seqdesk is '$status' after apt-get remove" ;;
esac
left=""
while IFS= read -r path; do
    [ "$path" = /. ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when another package has it too.
        dpkg-query -S "$path" >/dev/null 2>&1 || left="$left $path"
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left="$left $path"
    fi
done <"$tmp/files"
[ -z "$left" ] || die "left after apt-get remove:$left"
[ -d "$XDG_DATA_HOME/SeqDesk" ] || die "apt-get remove touched the user's data"
echo "check-package.sh: all checks passed ($(($(date +%s) - start)) s; seqdesk removed)"
