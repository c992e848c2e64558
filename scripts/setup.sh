#!/usr/bin/env bash
# Installs the Debian packages the studio needs, when any is missing, and configures the
# build. Sourced by run.sh and test.sh; safe to run again (it only does what is missing).
set -euo pipefail

STUDIO_PACKAGES=(
    cmake ninja-build g++ git
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libxkbcommon-dev libgl1-mesa-dev
    nlohmann-json3-dev libsqlite3-dev sqlite3 zlib1g-dev
    libgtest-dev libgmock-dev libbenchmark-dev clang-format
    xvfb xauth xdotool x11-utils imagemagick fonts-dejavu-core fonts-wqy-microhei fontconfig
)

studio_missing_packages() {
    local pkg
    for pkg in "${STUDIO_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            echo "$pkg"
    done
}

studio_install_packages() {
    local missing
    mapfile -t missing < <(studio_missing_packages)
    ((${#missing[@]} == 0)) && return 0
    echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || {
            echo "setup: run as root (or install sudo) to install: ${missing[*]}" >&2
            return 1
        }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
        "${missing[@]}"
}

# studio_configure BUILD_DIR [CMAKE ARGS...]: RelWithDebInfo with assertions on (no -DNDEBUG).
studio_configure() {
    local dir=$1
    shift
    cmake -S "$STUDIO_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" "$@"
}

STUDIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export STUDIO_ROOT
