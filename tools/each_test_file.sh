#!/usr/bin/env bash
# Run every test file on its own, in its own pytest process, so a test that passes only
# because an earlier file set something up (or fails only because one did) shows up.
#   tools/each_test_file.sh [FILE...]        default: every tests/**/test_*.py
# Environment: PY (python, default .venv/bin/python), SEED (pytest-randomly seed, default
# random, printed), PYTEST_ARGS (extra arguments). Prints one line per file and, last,
# "files: N passed, N failed"; exits 1 if a file failed, collected no test (pytest's exit
# code 5) or could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SEED=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find tests -name 'test_*.py' -type f | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "no test files found" >&2
  exit 1
fi
echo "each test file on its own: ${#files[@]} files, --randomly-seed=$SEED"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
passed=0
failed=()
started=$SECONDS
for file in "${files[@]}"; do
  t0=$SECONDS
  # shellcheck disable=SC2086 # PYTEST_ARGS is a list of words
  "$PY" -m pytest -q -p no:cacheprovider -p randomly --randomly-seed="$SEED" \
    ${PYTEST_ARGS:-} "$file" >"$log" 2>&1
  rc=$?
  summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed|error|skipped)|no tests ran' "$log" | tail -n1 \
            | sed -E 's/^=+ //; s/ =+$//')
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    printf 'ok    %-62s %4ss  %s\n' "$file" $((SECONDS - t0)) "$summary"
  else
    case $rc in
      5) why="no test collected (pytest exit code 5)" ;;
      1) why="tests failed" ;;
      *) why="pytest exit code $rc" ;;
    esac
    failed+=("$file")
    printf 'FAIL  %-62s %4ss  %s: %s\n' "$file" $((SECONDS - t0)) "$why" "$summary"
    tail -n 40 "$log" | sed 's/^/      | /'
  fi
done
echo "each test file on its own took $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed files (again: SEED=$SEED tools/each_test_file.sh ${failed[*]}):"
  printf '  %s\n' "${failed[@]}"
fi
echo "files: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
