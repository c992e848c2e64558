#!/usr/bin/env bash
# Fuzzes one of core's parsers with clang's libFuzzer under AddressSanitizer and
# UndefinedBehaviorSanitizer: scripts/fuzz.sh TARGET SECONDS
#   TARGET: design_json, template_json, calc_args or png_design (tests/fuzz/Fuzz*.cpp)
# Builds core-only with clang in build-fuzz/, seeds from docs/examples and templates, uses the
# format's dictionary, allows inputs up to 512 KB (deep nesting needs size), and keeps the
# corpus in build-fuzz/corpus/TARGET between runs. A crash leaves its input in
# build-fuzz/crashes/ and exits non-zero: make it a regression test of the default suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh"

target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
case $target in
design_json | template_json | calc_args | png_design) ;;
*)
    echo "fuzz.sh: unknown target '$target' (design_json, template_json, calc_args," \
        "png_design)" >&2
    exit 2
    ;;
esac
STUDIO_PACKAGES+=(clang libclang-rt-dev)
studio_install_packages

build=$STUDIO_ROOT/build-fuzz
CC=clang CXX=clang++ studio_configure "$build" -DSTUDIO_CORE_ONLY=ON -DSTUDIO_BENCH=OFF \
    -DSTUDIO_SANITIZE=ON -DSTUDIO_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "fuzz_$target" >/dev/null

corpus=$build/corpus/$target
mkdir -p "$corpus" "$build/crashes"
seeds=()
case $target in
design_json) seeds=("$STUDIO_ROOT"/docs/examples/*.json) ;;
template_json) seeds=("$STUDIO_ROOT"/templates/*.json) ;;
calc_args) printf 'traffic\ndau=10M\nactions_per_day=5\n' >"$corpus/seed-traffic" ;;
png_design) seeds=("$STUDIO_ROOT"/tests/fuzz/seeds/*.png) ;;
esac
((${#seeds[@]})) && cp -n "${seeds[@]}" "$corpus/"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/bin/fuzz_$target" "$corpus" -dict="$STUDIO_ROOT/tests/fuzz/design.dict" \
    -max_len=524288 -len_control=20 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1
