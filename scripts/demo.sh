#!/bin/sh
# README command 1: install what is missing, build, and start SeqDesk on its embedded
# demo portal (the HubSpot sandbox, in-process on loopback).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target seqdesk
exec build/dev/app/bin/seqdesk --demo "$@"
