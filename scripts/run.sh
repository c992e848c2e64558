#!/usr/bin/env bash
# Builds System Design Studio and opens it; arguments go to the studio
# (e.g. ./scripts/run.sh docs/examples/url-shortener.json, or ./scripts/run.sh --help).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
studio_install_packages
studio_configure "$STUDIO_ROOT/build" >/dev/null
cmake --build "$STUDIO_ROOT/build" --target sdstudio
exec "$STUDIO_ROOT/build/bin/sdstudio" "$@"
