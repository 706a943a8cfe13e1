# tests/cli/lib/assert.bash: the little harness every command-line test sources.
# Each check prints "ok - name" or "not ok - name"; finish prints "N passed, N failed".
MELDSIM=${1:?usage: bash test.sh /path/to/meldsim}
PASSED=0
FAILED=0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/xdg"   # never touch the real user's data

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
  MS_TAKEN=$(( ($(date +%s%N) - start) / 1000000 ))
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
