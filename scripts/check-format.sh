#!/usr/bin/env bash
# Fails, listing the files, when a C++ file of the project differs from .clang-format.
# Usage: scripts/check-format.sh [CLANG_FORMAT]
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-clang-format}
mapfile -t files < <(find app core widgets tests bench -type f \( -name '*.cpp' -o -name '*.h' \) \
    2>/dev/null | sort)
bad=()
for f in "${files[@]}"; do
    "$tool" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    echo "not formatted with .clang-format (run: clang-format -i FILE):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "${#files[@]} files follow .clang-format"
