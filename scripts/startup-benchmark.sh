#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 19's start-up figures: whole-process wall time and peak RSS of `localrig --benchmark-startup`
# (the ordinary start-up, quitting once the populated Plan page has painted) against
# `localrig_bare_window` (a bare QWidget that paints once), as medians of alternating runs. The issue's
# baseline draws no text; a second one, `localrig_bare_window --label`, paints one QLabel, so it pays for
# the font database as the app does. Both ratios are printed; the first is the issue's goal. A floor follows:
# `localrig recommend --json` (the catalog and one plan, no window) less `localrig --version`, added to the
# label window, is what any populated Plan page costs before it builds or paints a widget.
#
#   scripts/startup-benchmark.sh [BUILD_DIR] [RUNS]      (defaults: build/dev, 11)
#
# Both run on one private Xvfb server (or QT_QPA_PLATFORM=offscreen when STARTUP_PLATFORM=offscreen),
# with a fresh XDG home made once and kept for every run (the first, untimed run creates the user
# database, as a first start would). Each round runs bare then app, the next app then bare, so a trend
# in the machine's load falls on both alike. On a loaded machine wall time follows the load; CPU time
# (user + sys) much less so, so both are printed; STARTUP_CALLGRIND=1 adds instruction counts (valgrind).
set -euo pipefail

build=${1:-build/dev}
runs=${2:-11}
platform=${STARTUP_PLATFORM:-xvfb}
app="$build/bin/localrig"
bare="$build/bin/localrig_bare_window"
for binary in "$app" "$bare"; do
    [[ -x $binary ]] || { echo "missing $binary (cmake --build $build --target localrig localrig_bare_window localrig_catalog)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt install time)" >&2; exit 2; }

work=$(mktemp -d /tmp/localrig-startup.XXXXXX)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
unset LOCALRIG_USER_DATABASE LOCALRIG_CATALOG
export LC_ALL=C.UTF-8 # figures printed with a point, in English

if [[ $platform == offscreen ]]; then
    export QT_QPA_PLATFORM=offscreen
else
    command -v Xvfb >/dev/null || { echo "needs Xvfb (apt install xvfb), or STARTUP_PLATFORM=offscreen" >&2; exit 2; }
    display=:$((100 + RANDOM % 800))
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display QT_QPA_PLATFORM=xcb
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
fi

# One run: prints "wall_s cpu_s rss_kb"; the program's own output goes to $work/last.out. Bash's `time`
# gives wall and CPU time to the millisecond, /usr/bin/time the peak RSS.
measure() {
    local TIMEFORMAT='%3R %3U %3S' timing
    timing=$({ time /usr/bin/time -f '%M' -o "$work/rss" "$@" --benchmark-startup >"$work/last.out" 2>"$work/last.err"; } 2>&1) \
        || { echo "failed: $* (see below)" >&2; cat "$work/last.err" >&2; exit 1; }
    read -r wall user sys <<<"$timing"
    awk -v w="$wall" -v u="$user" -v y="$sys" -v r="$(cat "$work/rss")" 'BEGIN { printf "%.3f %.3f %d\n", w, u + y, r }'
}

# The same without --benchmark-startup, for the command-line runs below.
measure_plain() {
    local TIMEFORMAT='%3R %3U %3S' timing
    timing=$({ time /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/last.out" 2>"$work/last.err"; } 2>&1) \
        || { echo "failed: $* (see below)" >&2; cat "$work/last.err" >&2; exit 1; }
    read -r wall user sys <<<"$timing"
    awk -v w="$wall" -v u="$user" -v y="$sys" -v r="$(cat "$work/rss")" 'BEGIN { printf "%.3f %.3f %d\n", w, u + y, r }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure "$app" >/dev/null # warm-up, untimed: creates the user database and fills the page cache
measure "$bare" >/dev/null
for which in app bare label version plan; do
    : >"$work/$which.txt"
    : >"$work/$which-inprocess.txt"
done
for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then order=(bare label app version plan); else order=(plan version app label bare); fi
    for which in "${order[@]}"; do
        case $which in
            app) command=("$app") ;;
            bare) command=("$bare") ;;
            label) command=("$bare" --label) ;;
            version) command=("$app" --version) ;;
            plan) command=("$app" recommend --workload coding-assistant --json) ;;
        esac
        if [[ $which == version || $which == plan ]]; then
            measure_plain "${command[@]}" >>"$work/$which.txt"
            continue
        fi
        measure "${command[@]}" >>"$work/$which.txt"
        sed -n 's/^main() to first paint: \([0-9.,]*\) ms$/\1/p' "$work/last.out" | tr -d ',' >>"$work/$which-inprocess.txt"
    done
done
"$app" --benchmark-startup >"$work/app-last.out"

column_median() { awk -v c="$1" '{ print $c }' "$2" | median; }
bw=$(column_median 1 "$work/bare.txt"); aw=$(column_median 1 "$work/app.txt")
bc=$(column_median 2 "$work/bare.txt"); ac=$(column_median 2 "$work/app.txt")
br=$(column_median 3 "$work/bare.txt"); ar=$(column_median 3 "$work/app.txt")
bi=$(median <"$work/bare-inprocess.txt"); ai=$(median <"$work/app-inprocess.txt")
lw=$(column_median 1 "$work/label.txt"); lc=$(column_median 2 "$work/label.txt")
lr=$(column_median 3 "$work/label.txt"); li=$(median <"$work/label-inprocess.txt")

echo "LocalRig start-up, $runs alternating runs each, platform $platform, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
awk -v bw="$bw" -v aw="$aw" -v bc="$bc" -v ac="$ac" -v br="$br" -v ar="$ar" -v bi="$bi" -v ai="$ai" 'BEGIN {
    printf "%-34s %12s %12s %8s\n", "median", "bare window", "localrig", "ratio"
    printf "%-34s %10.3f s %10.3f s %7.2fx   (goal <= 1.3x)\n", "whole process, wall time", bw, aw, aw / bw
    printf "%-34s %10.3f s %10.3f s %7.2fx\n", "whole process, CPU (user+sys)", bc, ac, ac / bc
    printf "%-34s %9.1f MB %9.1f MB %7.2fx   (goal <= 2x)\n", "peak RSS", br / 1024, ar / 1024, ar / br
    printf "%-34s %9.1f ms %9.1f ms %7.2fx\n", "in-process, main() to first paint", bi, ai, ai / bi
}'
echo "second baseline: the bare window painting one QLabel (localrig_bare_window --label)"
awk -v bw="$lw" -v aw="$aw" -v bc="$lc" -v ac="$ac" -v br="$lr" -v ar="$ar" -v bi="$li" -v ai="$ai" 'BEGIN {
    printf "%-34s %12s %12s %8s\n", "median", "label window", "localrig", "ratio"
    printf "%-34s %10.3f s %10.3f s %7.2fx\n", "whole process, wall time", bw, aw, aw / bw
    printf "%-34s %10.3f s %10.3f s %7.2fx\n", "whole process, CPU (user+sys)", bc, ac, ac / bc
    printf "%-34s %9.1f MB %9.1f MB %7.2fx\n", "peak RSS", br / 1024, ar / 1024, ar / br
    printf "%-34s %9.1f ms %9.1f ms %7.2fx\n", "in-process, main() to first paint", bi, ai, ai / bi
}'
# A floor under the goal: what the catalog and one plan cost a process without a window (the command line's
# `recommend`, less `--version`, which starts the same program and reads nothing), added to the label window,
# before the Plan page has built or painted one widget of its own.
vw=$(column_median 1 "$work/version.txt"); pw=$(column_median 1 "$work/plan.txt")
echo "floor: the catalog and one plan without a window (localrig recommend --json, less localrig --version)"
awk -v vw="$vw" -v pw="$pw" -v lw="$lw" -v bw="$bw" 'BEGIN {
    printf "%-34s %10.3f s, --version %.3f s: %.3f s\n", "recommend --workload coding-assistant", pw, vw, pw - vw
    printf "%-34s %10.3f s = %.2fx the bare window\n", "label window + catalog and plan", lw + pw - vw, (lw + pw - vw) / bw
}'
echo "wall times, bare: $(awk '{ printf "%.3f ", $1 }' "$work/bare.txt")"
echo "wall times, label: $(awk '{ printf "%.3f ", $1 }' "$work/label.txt")"
echo "wall times, app:  $(awk '{ printf "%.3f ", $1 }' "$work/app.txt")"
if [[ -n ${STARTUP_CALLGRIND:-} ]] && command -v valgrind >/dev/null; then
    # Instructions executed by the process itself (valgrind's callgrind), which the machine's load does not
    # change; a child the process forks (D-Bus autolaunch) is counted apart and left out.
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" --benchmark-startup 2>&1 >/dev/null \
            | awk -v pid=0 '/Command:/ && !pid { split($1, a, "=="); pid = a[2] } /refs:/ && $1 == "=="pid"==" { gsub(",", "", $4); print $4 }'
    }
    bn=$(instructions "$bare"); ln=$(instructions "$bare" --label); an=$(instructions "$app")
    awk -v b="$bn" -v a="$an" 'BEGIN { printf "%-34s %10.1f M %10.1f M %7.2fx   (bare window)\n", "instructions (callgrind)", b / 1e6, a / 1e6, a / b }'
    awk -v b="$ln" -v a="$an" 'BEGIN { printf "%-34s %10.1f M %10.1f M %7.2fx   (label window)\n", "instructions (callgrind)", b / 1e6, a / 1e6, a / b }'
fi
echo "one more run of localrig --benchmark-startup:"
sed 's/^/  /' "$work/app-last.out"
