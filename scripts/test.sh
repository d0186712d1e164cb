#!/bin/sh
# README command 2: install what is missing, build with warnings as errors, and run every
# test with ctest: unit, sandbox and client integration over loopback, the real-keychain
# suites (each in its own D-Bus session with gnome-keyring) and the GUI suites (offscreen).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel 2
ctest --preset ci
