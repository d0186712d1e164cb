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
  # The daemon forks: wait until it owns the Secret Service name, so the test does not
  # D-Bus-activate a second daemon that finds a half-written login keyring.
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"; do
    i=$((i + 1))
    [ "$i" -le 100 ] || { echo "with-keychain: no Secret Service after 10 s" >&2; exit 1; }
    sleep 0.1
  done
  exec "$@"' sh "$@"
