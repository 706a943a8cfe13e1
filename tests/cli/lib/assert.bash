# tests/cli/lib/assert.bash: the little harness every command-line test sources.
# Each check prints "ok - name" or "not ok - name"; finish prints "N passed, N failed".
MELDSIM=${1:?usage: bash test.sh /path/to/meldsim}
PASSED=0
FAILED=0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/xdg"   # never touch the real user's data

# Under valgrind (scripts/test --valgrind: MELDSIM is then a wrapper that runs meldsim in
# memcheck, and MELDSIM_TIME_SCALE says how much slower that is), every time limit of a test
# grows by that factor, and MS_TAKEN is the measured time divided by it.
MELDSIM_TIME_SCALE=${MELDSIM_TIME_SCALE:-1}
if [ "$MELDSIM_TIME_SCALE" != 1 ]; then
  timeout() { local limit=$1; shift; command timeout $((limit * MELDSIM_TIME_SCALE)) "$@"; }
  export -f timeout # also for the drive scripts the window tests run under Xvfb
fi

ok() { PASSED=$((PASSED + 1)); echo "ok - $1"; }
not_ok() { FAILED=$((FAILED + 1)); echo "not ok - $1"; shift; for line in "$@"; do echo "    $line"; done; }

# run_meldsim ARGS...: runs with a 20 s limit; sets RC, OUT, ERR and MS_TAKEN (milliseconds).
run_meldsim() {
  local start
  start=$(date +%s%N)
  set +e
  timeout 20 "$MELDSIM" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  RC=$?
  set -e
  MS_TAKEN=$(( ($(date +%s%N) - start) / 1000000 / MELDSIM_TIME_SCALE ))
  OUT=$(cat "$WORK/out")
  ERR=$(cat "$WORK/err")
}

# expect NAME RC TEXT: the last run exited RC and printed TEXT (stdout or stderr).
expect() {
  local name=$1 rc=$2 text=$3
  if [ "$RC" != "$rc" ]; then
    not_ok "$name" "exit $RC, expected $rc" "stderr: ${ERR:0:400}" "stdout: ${OUT:0:400}"
  elif [ -n "$text" ] && ! grep -qF -- "$text" "$WORK/out" "$WORK/err"; then
    not_ok "$name" "output lacks: $text" "stderr: ${ERR:0:400}" "stdout: ${OUT:0:400}"
  else
    ok "$name"
  fi
}

finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
