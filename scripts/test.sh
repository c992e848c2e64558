#!/usr/bin/env bash
# Builds everything and runs every test of the default suite (GUI tests offscreen), first
# in the core-only configuration under AddressSanitizer and UndefinedBehaviorSanitizer
# (proving core/ builds and passes without Qt, and that its tests touch no memory they
# should not), then in the full one. Ends with ctest's summary. Slow tests carry the label
# `long` and are left out; run them with: ctest --test-dir build -L long
set -euo pipefail
source "$(dirname "$0")/setup.sh"
studio_install_packages

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

echo "== core only (no Qt), with sanitizers =="
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
studio_configure "$STUDIO_ROOT/build-core" -DSTUDIO_CORE_ONLY=ON -DSTUDIO_BENCH=OFF \
    -DSTUDIO_SANITIZE=ON >/dev/null
cmake --build "$STUDIO_ROOT/build-core" -j "$jobs"
ctest --test-dir "$STUDIO_ROOT/build-core" -LE long --output-on-failure -j "$jobs"

echo "== full studio =="
studio_configure "$STUDIO_ROOT/build" >/dev/null
cmake --build "$STUDIO_ROOT/build" -j "$jobs"
ctest --test-dir "$STUDIO_ROOT/build" -LE long --output-on-failure -j "$jobs"
