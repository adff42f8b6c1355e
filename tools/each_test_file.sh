#!/usr/bin/env bash
# Run every test file on its own, in its own pytest process, so a test that passes only
# because an earlier file set something up (or fails only because one did) shows up.
#   tools/each_test_file.sh [FILE...]        default: every tests/**/test_*.py
# Environment: PY (python, default .venv/bin/python), SEED (pytest-randomly seed, default
# random, printed), JOBS (files run at the same time, default: the number of CPUs; each is
# still alone in its own process; the slowest files start first), PYTEST_ARGS (extra
# arguments). Prints one line per file
# and, last, "files: N passed, N failed"; exits 1 if a file failed, collected no test
# (pytest's exit code 5) or could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SEED=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find tests -name 'test_*.py' -type f | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "no test files found" >&2
  exit 1
fi
# The slowest files (each 20 s or more alone on an idle 2-core machine) start first, longest
# first, the rest in name order: started last, one of them left a slot idle for a minute
# or two at the end. Only the order of starting changes; a file missing here is merely not
# started early. Results are printed in name order whatever the order of running.
SLOWEST_FIRST=(
  tests/desktop/ui/test_fit.py
  tests/e2e/test_server_restored.py
  tests/server/api/test_openapi_contract.py
  tests/e2e/test_crash_safety.py
  tests/e2e/test_territory_and_long_offline.py
  tests/e2e/test_quota_loop.py
  tests/e2e/test_remote_wipe.py
  tests/e2e/test_cli_report_team.py
  tests/e2e/test_cli_export.py
  tests/e2e/test_figures_import.py
  tests/e2e/test_cli_and_sign_in.py
  tests/e2e/test_faulty_network.py
  tests/desktop/store/test_encryption.py
  tests/e2e/test_two_clients.py
  tests/desktop/ui/test_ui_conflicts.py
  tests/desktop/ui/activities/test_activity_writes.py
  tests/e2e/test_one_request_cycle.py
  tests/desktop/ui/test_no_display.py
  tests/desktop/test_smoke.py
  tests/e2e/test_survey_loop.py
  tests/server/sync/test_commit_order_race.py
  tests/server/sync/test_push_fuzz.py
  tests/e2e/test_complaint_desks.py
  tests/e2e/test_cli_report.py
)
order=()
declare -A early=()
for slow in "${SLOWEST_FIRST[@]}"; do
  for i in "${!files[@]}"; do
    if [ "${files[$i]}" = "$slow" ] && [ -z "${early[$i]:-}" ]; then
      order+=("$i")
      early[$i]=1
    fi
  done
done
for i in "${!files[@]}"; do
  [ -n "${early[$i]:-}" ] || order+=("$i")
done
echo "each test file on its own: ${#files[@]} files, $JOBS at a time, --randomly-seed=$SEED"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
export PY SEED results

# One file: its own pytest process; writes <n>.rc, <n>.log and <n>.secs into $results.
run_one() {
  local n=$1 file=$2 t0=$SECONDS
  # shellcheck disable=SC2086 # PYTEST_ARGS is a list of words
  "$PY" -m pytest -q -p no:cacheprovider -p randomly --randomly-seed="$SEED" \
    ${PYTEST_ARGS:-} "$file" >"$results/$n.log" 2>&1
  echo $? >"$results/$n.rc"
  echo $((SECONDS - t0)) >"$results/$n.secs"
}
export -f run_one

started=$SECONDS
for i in "${order[@]}"; do printf '%s\0%s\0' "$i" "${files[$i]}"; done \
  | xargs -0 -n 2 -P "$JOBS" bash -c 'run_one "$0" "$1"'

passed=0
failed=()
for i in "${!files[@]}"; do
  file=${files[$i]}
  rc=$(cat "$results/$i.rc" 2>/dev/null || echo 99)
  secs=$(cat "$results/$i.secs" 2>/dev/null || echo "?")
  summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed|error|skipped)|no tests ran' \
            "$results/$i.log" 2>/dev/null | tail -n1 | sed -E 's/^=+ //; s/ =+$//')
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    printf 'ok    %-62s %4ss  %s\n' "$file" "$secs" "$summary"
  else
    case $rc in
      5) why="no test collected (pytest exit code 5)" ;;
      1) why="tests failed" ;;
      99) why="did not run" ;;
      *) why="pytest exit code $rc" ;;
    esac
    failed+=("$file")
    printf 'FAIL  %-62s %4ss  %s: %s\n' "$file" "$secs" "$why" "$summary"
    tail -n 40 "$results/$i.log" 2>/dev/null | sed 's/^/      | /'
  fi
done
echo "each test file on its own took $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed files (again: SEED=$SEED tools/each_test_file.sh ${failed[*]}):"
  printf '  %s\n' "${failed[@]}"
fi
echo "files: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
