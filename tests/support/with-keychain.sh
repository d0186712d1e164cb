#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session with an unlocked
# gnome-keyring, in a throw-away HOME so no developer keyring is touched.
# Usage: with-keychain.sh <command> [args...]
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/seqdesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
dbus-run-session -- sh -c '
  echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
