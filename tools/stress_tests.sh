#!/usr/bin/env bash
# Run the Qt and end-to-end tests N times while stress-ng keeps every CPU busy, and count
# the runs that crashed, hung or failed: lifetime and timing bugs (issue 12's segfault)
# show up under load long before they show up on an idle machine.
#   tools/stress_tests.sh [N] [PYTEST_TARGET...]
#     N                 runs (default 20)
#     PYTEST_TARGET     default: tests/desktop/ui tests/e2e tests/server/api (server tests
#                       run after the Qt ones, as in `make test`, where the crash was seen)
# Environment: PY (default .venv/bin/python), STRESS_CPUS (stress-ng workers, default:
# the number of CPUs), RUN_TIMEOUT (seconds per run, default 1800), OUT (log folder,
# default a new temporary one), ROUNDS_TEST_PG_URL (default the local PostgreSQL).
# Needs stress-ng; installs it with apt-get when missing (as root). Each run has its own
# random test order (the seed is in the summary) and faulthandler on, so a crash prints
# every thread's stack into that run's log. Exit status 1 if any run did not pass.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tests/desktop/ui tests/e2e tests/server/api)
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || { echo "no Python at $PY (run make venv, or set PY)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
export ROUNDS_TEST_PG_URL=${ROUNDS_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/rounds_test}
out=${OUT:-$(mktemp -d -t rounds-stress-XXXXXX)}
mkdir -p "$out"

if ! command -v stress-ng >/dev/null; then
  echo "stress-ng is missing: installing it with apt-get" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "run as root, or install stress-ng first (apt-get install stress-ng)" >&2
    exit 2
  fi
  (apt-get install -y -qq stress-ng >/dev/null 2>&1 ||
   { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null; }) ||
    { echo "could not install stress-ng" >&2; exit 2; }
fi
bash .ci/ensure-postgres.sh || exit 2

cpus=${STRESS_CPUS:-$(nproc)}
stress-ng --cpu "$cpus" --timeout 0 --quiet &
stress_pid=$!
trap 'kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null' EXIT
echo "stress-ng --cpu $cpus (pid $stress_pid); $runs runs of: ${targets[*]}; logs in $out"

passed=0 failed=0 crashed=0 hung=0
declare -a bad=()
for i in $(seq 1 "$runs"); do
  seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
  log="$out/run-$i-seed-$seed.log"
  t0=$SECONDS
  timeout -k 30 -s ABRT "${RUN_TIMEOUT:-1800}" \
    "$PY" -X faulthandler -m pytest -q -p no:cacheprovider -p randomly \
    --randomly-seed="$seed" "${targets[@]}" >"$log" 2>&1
  rc=$?
  # timeout(1) exits 124 when it had to stop the run (SIGABRT: faulthandler prints the
  # stacks); 128+N is a run killed by signal N (134: an abort such as Qt's qFatal).
  if [ $rc -eq 124 ] || grep -q "Failed: Timeout" "$log"; then
    kind=hung; hung=$((hung + 1))
  elif grep -q "Fatal Python error" "$log" || [ $rc -gt 128 ]; then
    kind=crashed; crashed=$((crashed + 1))
  elif [ $rc -eq 0 ]; then
    kind=passed; passed=$((passed + 1))
  else
    kind=failed; failed=$((failed + 1))
  fi
  summary=$(grep -E '[0-9]+ (passed|failed)' "$log" | tail -n1 | sed -E 's/^=+ //; s/ =+$//')
  printf 'run %2d/%d  seed %-10s  %-7s  rc=%-3s %4ss  %s\n' "$i" "$runs" "$seed" "$kind" "$rc" \
    $((SECONDS - t0)) "${summary:-}"
  [ "$kind" = passed ] || bad+=("$log")
done
echo "stress runs: $runs, passed: $passed, failed: $failed, crashed: $crashed, hung: $hung"
if [ ${#bad[@]} -gt 0 ]; then
  echo "logs of the runs that did not pass (a crash has every thread's stack in it):"
  printf '  %s\n' "${bad[@]}"
fi
[ ${#bad[@]} -eq 0 ]
