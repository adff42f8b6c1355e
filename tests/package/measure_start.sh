#!/usr/bin/env bash
# Start-up time of the bundled client against the virtualenv run (report for issue 7).
#   tests/package/measure_start.sh [BUNDLE_EXE] [VENV_EXE]
# For each: `--version` (interpreter and CLI), and time until the main window is mapped
# under Xvfb on a fresh data dir (imports, Qt, store migrations, first screen), both cold
# (page cache dropped; needs root) and warm. Prints one JSON line per figure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${1:-$root/dist/rounds/rounds}
venv=${2:-$root/.venv/bin/rounds}
runs=${RUNS:-3}
command -v xdotool >/dev/null && command -v xvfb-run >/dev/null \
    || { echo "needs xdotool and xvfb (apt-get install xdotool xvfb xauth)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || return 1; }

version_time() {  # seconds for `exe --version`
    local t0; t0=$(date +%s.%N); "$1" --version >/dev/null; echo "$(date +%s.%N) - $t0" | bc
}

window_time() {  # seconds until a window named Rounds is mapped (inside Xvfb)
    xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
        data=$(mktemp -d -p "$1"); t0=$(date +%s.%N)
        env -u QT_QPA_PLATFORM ROUNDS_DATA_DIR="$data" ROUNDS_MACHINE_CONFIG="$data/none.toml" "$2" >/dev/null 2>&1 &
        pid=$!
        # xdotool --sync polls only every 0.5 s: poll every 20 ms instead.
        until xdotool search --onlyvisible --name "Rounds" >/dev/null 2>&1; do sleep 0.02; done
        echo "$(date +%s.%N) - $t0" | bc
        kill $pid; wait $pid 2>/dev/null || true' _ "$work" "$1"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for name in bundle venv; do
    exe=${!name}
    for kind in version window; do
        for mode in cold warm; do
            values=()
            for _ in $(seq "$runs"); do
                if [ "$mode" = cold ]; then drop_caches || { values=(); break; }; fi
                values+=("$(${kind}_time "$exe")")
            done
            [ ${#values[@]} -gt 0 ] || continue
            med=$(printf '%s\n' "${values[@]}" | median)
            printf '{"metric": "start_%s_%s_s", "run": "%s", "median": %.2f, "runs": [%s]}\n' \
                "$kind" "$mode" "$name" "$med" "$(IFS=,; echo "${values[*]}")"
        done
    done
done
