#!/bin/sh
# Installs, on Debian 12, every package SeqDesk needs to build, run and test, skipping
# those already installed. Needs root (or sudo) and a reachable apt mirror.
# Arguments name more packages to install the same way (scripts/fuzz.sh: clang, libFuzzer).
set -eu

PACKAGES="
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6svg6
  qt6-charts-dev libqt6opengl6-dev
  qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  gnome-keyring dbus-x11 libsecret-tools
  xvfb xauth
  desktop-file-utils appstream
  help2man dpkg-dev
  clang-format
  $*
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
