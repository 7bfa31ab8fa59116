#!/bin/sh
# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target for SECONDS each on a copy of its seed corpus and prints executions and
# crashes per target. Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS [TARGET...]]
# (BUILD_DIR configured with -DCMAKE_CXX_COMPILER=clang++ -DLOCALRIG_FUZZ=ON and built); without TARGET,
# every target runs, one after the other. A crashing input is kept in the work folder's crashes/: copy it
# into corpus/<target>/ beside a regression test in the normal suites.
set -eu
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS [TARGET...]]}
seconds=${2:-120}
shift $(($# < 2 ? $# : 2))
all="fuzz_gguf_reader:gguf fuzz_hf_config:hf_config fuzz_import_json:import_json fuzz_import_csv:import_csv
fuzz_cli_values:cli_values"
selected=""
for target in $all; do
    if [ $# -eq 0 ] || printf ' %s ' "$@" | grep -q " ${target%%:*} "; then
        selected="$selected $target"
    fi
done
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
status=0
for target in $selected; do
    name=${target%%:*}
    corpus=${target#*:}
    binary="$build/bin/$name"
    [ -x "$binary" ] || { echo "$name: not built in $build"; status=1; continue; }
    mkdir -p "$work/$name/corpus" "$work/$name/crashes"
    cp "$here/corpus/$corpus"/* "$work/$name/corpus/"
    if "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -max_len=8192 \
        -artifact_prefix="$work/$name/crashes/" "$work/$name/corpus" > "$work/$name/log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name/log" | grep -o '[0-9]*$' || echo 0)
    crashes=$(find "$work/$name/crashes" -type f | wc -l)
    echo "$name: $result, $runs executions, $crashes crash files (log and artifacts in $work/$name)"
done
exit $status
