#!/usr/bin/env bash
# Installs what building Verity needs beyond a Swift 6 toolchain: libxml2's headers (and
# pkg-config, which SwiftPM uses to find them). Does nothing when they are already there.
# usage: Scripts/setup.sh
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: error: no Swift toolchain on PATH; install Swift 6 from https://www.swift.org/install/" >&2
    exit 2
fi

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libxml-2.0; then
    exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
    echo "setup: installing libxml2-dev and pkg-config with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libxml2-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    echo "setup: installing libxml2 and pkg-config with Homebrew" >&2
    brew install libxml2 pkg-config
else
    echo "setup: error: libxml2 development files are missing; install libxml2-dev (Debian, Ubuntu) or libxml2 (Homebrew)" >&2
    exit 2
fi
