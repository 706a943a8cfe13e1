# tests/cli/lib/xvfb.bash: a private X server for a window test, sourced after assert.bash.
# xvfb-run -a picks "the first free display" by looking at lock files, so two window tests that
# start at the same moment can race for one display, and its clean-up step then replaces the
# program's exit code with its own (5). Here Xvfb chooses a free display itself and says which
# (-displayfd), and the program's exit code is returned untouched.

XVFB_PID=
trap 'xvfb_stop; rm -rf "$WORK"' EXIT

xvfb_stop() {
  if [ -n "$XVFB_PID" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  fi
}

# xvfb_run "SERVER ARGS" COMMAND...: runs COMMAND with DISPLAY set to a fresh Xvfb started with
# SERVER ARGS (e.g. "-screen 0 1280x800x24"), stops the server, returns COMMAND's exit code.
xvfb_run() {
  local args=$1 ready="$WORK/xvfb.display" rc i
  shift
  : >"$ready"
  # shellcheck disable=SC2086 # the server arguments are words
  Xvfb -displayfd 3 -nolisten tcp $args 3>"$ready" >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for i in $(seq 1 600); do
    grep -q . "$ready" && break
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.05
  done
  if ! grep -q . "$ready"; then
    echo "Xvfb did not start: $(tail -3 "$WORK/xvfb.log")" >&2
    xvfb_stop
    return 3
  fi
  DISPLAY=":$(head -1 "$ready")" "$@"
  rc=$?
  xvfb_stop
  return $rc
}
