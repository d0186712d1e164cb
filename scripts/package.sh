#!/bin/sh
# Builds SeqDesk's packages into build/packages/ with CPack (packaging/CMakeLists.txt): the
# .deb for Debian 12 (seqdesk_<version>_<arch>.deb) and a .tar.gz of the same files.
# By default from its own Release build in build/package, without the tests and benchmarks,
# with Debian's hardening flags (dpkg-buildflags); --reuse DIR packages an existing build
# directory instead (CI: build/ci), after bringing it up to date. Needs help2man (the man
# pages) and dpkg-dev (dpkg-shlibdeps, dpkg-buildflags): both are in scripts/install-deps.sh's
# list. scripts/check-package.sh installs and checks the .deb.
# Usage: sh scripts/package.sh [--reuse DIR] [--out DIR]
set -eu
cd "$(dirname "$0")/.."

usage() {
    echo "usage: sh scripts/package.sh [--reuse BUILD_DIR] [--out DIR]"
    echo "  --reuse DIR  package this existing build directory (e.g. build/ci)"
    echo "               instead of a Release build in build/package"
    echo "  --out DIR    where the packages go (default: build/packages)"
}
die() {
    echo "package.sh: $*" >&2
    exit 2
}

reuse=""
out=build/packages
while [ $# -gt 0 ]; do
    case $1 in
    --reuse | --out)
        if [ $# -lt 2 ] || [ -z "$2" ]; then die "option '$1' needs a directory"; fi
        if [ "$1" = --reuse ]; then reuse=$2; else out=$2; fi
        shift 2
        ;;
    --reuse=*) reuse=${1#--reuse=}; shift ;;
    --out=*) out=${1#--out=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
    esac
done

command -v help2man >/dev/null 2>&1 \
    || die "help2man is missing (the man pages of seqdesk-cli and seqdesk-sandbox):" \
        "sh scripts/install-deps.sh, or apt-get install help2man"
command -v dpkg-shlibdeps >/dev/null 2>&1 \
    || die "dpkg-shlibdeps is missing (the .deb's Depends): apt-get install dpkg-dev"

start=$(date +%s)
if [ -n "$reuse" ]; then
    [ -f "$reuse/CMakeCache.txt" ] || die "--reuse $reuse: not a configured build directory"
    build=$reuse
    # Configured again: finds help2man if it came after the first configure.
    cmake -S . -B "$build" >/dev/null
else
    build=build/package
    launcher=""
    if command -v ccache >/dev/null 2>&1; then
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
    generator=""
    if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
        generator="-GNinja"
    fi
    # Debian's hardening flags (fortify, stack protector, relro, bindnow), without -g: the
    # package's binaries are stripped anyway.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
    cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    ldflags=$(dpkg-buildflags --get LDFLAGS)
    # shellcheck disable=SC2086 # $generator and $launcher are one word or none
    cmake -S . -B "$build" $generator $launcher -DCMAKE_BUILD_TYPE=Release \
        -DSEQDESK_BUILD_TESTS=OFF "-DCMAKE_CXX_FLAGS=$cxxflags" \
        "-DCMAKE_EXE_LINKER_FLAGS=$ldflags"
fi
cmake --build "$build" --parallel 2

grep -q '^HELP2MAN_EXECUTABLE:FILEPATH=/' "$build/CMakeCache.txt" \
    || die "$build: configured without help2man: the package would lack the man pages"

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/seqdesk_*.deb "$out"/seqdesk-*.tar.gz "$out"/seqdesk*.sha256
cpack --config "$build/CPackConfig.cmake" -B "$out"
rm -rf "$out/_CPack_Packages"

echo "package.sh: in $out ($(($(date +%s) - start)) s):"
for f in "$out"/seqdesk_*.deb "$out"/seqdesk-*.tar.gz; do
    [ -f "$f" ] || die "cpack made no $(basename "$f")"
    echo "  $(basename "$f")  $(du -h "$f" | cut -f1)"
done
deb=$(ls "$out"/seqdesk_*.deb)
echo "package.sh: $(basename "$deb"):"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Suggests Installed-Size \
    | sed 's/^/  /'
