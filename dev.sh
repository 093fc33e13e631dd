#!/usr/bin/env bash
# Baken developer entry point.
#
#   ./dev.sh run            create .venv if needed and start the app
#   ./dev.sh test           install what the tests need, then lint, type-check and run all tests
#   ./dev.sh lint           ruff + mypy only
#   ./dev.sh bench          run the benchmarks, writes bench/results.json
#   ./dev.sh screenshots    offscreen screenshots of every screen into screenshots/
#   ./dev.sh letters        render every letter template to PNG into docs/letters/
#   ./dev.sh translations   pyside6-lupdate + pyside6-lrelease (resources/translations)
#   ./dev.sh bundle         PyInstaller one-folder bundle into dist/baken/
#
# System packages (Debian/Ubuntu) are installed with apt-get when running as root (or via
# sudo without a password); otherwise the exact missing package names are printed.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${BAKEN_VENV:-.venv}
PY=${PYTHON:-python3}

# Qt offscreen/xcb runtime, fonts, the Secret Service keyring and poppler for the tests.
RUN_PKGS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core"
TEST_PKGS="gnome-keyring dbus-daemon dbus-bin poppler-utils"
# The bundle smoke test runs PyInstaller: objdump (binutils) and the Python shared library.
BUNDLE_PKGS="binutils"

say() { printf '%s\n' "$*" >&2; }

libpython_pkg() {
    # Debian's shared libpython for the python3 in use (PyInstaller needs it), e.g. libpython3.11.
    # Only when that Python comes from a Debian package; a pyenv/self-built Python brings its own.
    local exe ver
    command -v dpkg-query >/dev/null 2>&1 || return 0
    exe=$("$PY" -c 'import os, sys; print(os.path.realpath(sys.executable))') || return 0
    dpkg-query -S "$exe" >/dev/null 2>&1 || return 0
    ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    echo "libpython$ver"
}

missing_debs() {
    local missing="" p
    command -v dpkg-query >/dev/null 2>&1 || { echo ""; return; }
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing="$missing $p"
    done
    echo "$missing"
}

ensure_system() {
    # $@: package names that must be present
    local missing
    if ! command -v apt-get >/dev/null 2>&1; then
        say "dev.sh: geen apt-get op deze machine; zorg zelf voor: Qt-runtime, gnome-keyring, dbus, poppler-utils."
        return 0
    fi
    if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        set -- "$@" python3-venv
    fi
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    local SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
            say "dev.sh: deze systeempakketten ontbreken:$missing"
            say "Installeer ze met: sudo apt-get install$missing"
            exit 1
        fi
    fi
    say "dev.sh: systeempakketten installeren:$missing"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >/dev/null || true
    # shellcheck disable=SC2086
    if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
        say "dev.sh: installeren mislukt; ontbrekend:$(missing_debs $missing)"
        exit 1
    fi
}

ensure_venv() {
    # $1: comma-separated extras ("" = only what the app needs to run)
    local extras=$1 stamp hash have e ok=1
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    hash="$(sha256sum < pyproject.toml | cut -c1-16)"
    stamp="$VENV/.baken-installed"
    # The stamp holds the pyproject hash and the extras installed with it; a superset will do.
    if [ -f "$stamp" ] && [ "$(head -n1 "$stamp")" = "$hash" ]; then
        have=",$(sed -n 2p "$stamp"),"
        for e in ${extras//,/ }; do
            case "$have" in *",$e,"*) ;; *) ok=0 ;; esac
        done
    else
        ok=0
    fi
    [ "$ok" -eq 1 ] && return 0
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    if [ -n "$extras" ]; then
        "$VENV/bin/python" -m pip install -q -e ".[$extras]"
    else
        "$VENV/bin/python" -m pip install -q -e .
    fi
    printf '%s\n%s\n' "$hash" "$extras" > "$stamp"
}

cmd=${1:-help}
shift || true
case "$cmd" in
    run)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS
        ensure_venv ""
        exec "$VENV/bin/baken" "$@"
        ;;
    test)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS $TEST_PKGS $BUNDLE_PKGS $(libpython_pkg)
        ensure_venv "dev,build"   # build: the bundle smoke test runs PyInstaller
        "$VENV/bin/ruff" check desktop ui storage tests bench
        "$VENV/bin/ruff" format --check desktop ui storage tests bench
        "$VENV/bin/mypy" storage desktop ui
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    lint)
        ensure_venv dev
        "$VENV/bin/ruff" check desktop ui storage tests bench
        "$VENV/bin/ruff" format --check desktop ui storage tests bench
        exec "$VENV/bin/mypy" storage desktop ui
        ;;
    bench)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS $TEST_PKGS
        ensure_venv dev
        exec "$VENV/bin/python" -m bench "$@"
        ;;
    screenshots)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS $TEST_PKGS
        ensure_venv dev
        exec "$VENV/bin/python" -m tests.screenshots "$@"
        ;;
    letters)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS $TEST_PKGS
        ensure_venv dev
        exec "$VENV/bin/python" -m tests.render_letters "$@"
        ;;
    translations)
        ensure_venv dev
        exec "$VENV/bin/python" -m tests.translations "$@"
        ;;
    bundle)
        # shellcheck disable=SC2086
        ensure_system $RUN_PKGS $BUNDLE_PKGS $(libpython_pkg)
        ensure_venv "dev,build"
        exec "$VENV/bin/pyinstaller" --noconfirm --clean build.spec
        ;;
    *)
        sed -n '2,14p' "$0"
        exit 2
        ;;
esac
