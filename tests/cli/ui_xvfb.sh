# End to end under Xvfb: the real window opens, xdotool types a whole case through with the
# keyboard, the debrief is reached ("debrief: ..." on stdout) and Ctrl+Q closes it with exit 0.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skip - Xvfb or xdotool is not installed"
  finish
  exit 0
fi

# Sanitizer builds: ignore what libraries below SDL keep until exit.
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

cat >"$WORK/drive.sh" <<'DRIVE'
set -u
MELDSIM=$1 FIX=$2 WORK=$3
"$MELDSIM" play "$FIX" --size 1024x600 >"$WORK/out" 2>"$WORK/err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$WORK/err"; kill $pid; exit 9; }
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 0.3
# "1" picks the first option or Verder; Return continues after feedback. One key at a time, so
# nothing is typed once the debrief is there.
for i in $(seq 1 80); do
  grep -q '^debrief:' "$WORK/out" && break
  if [ $((i % 2)) -eq 1 ]; then xdotool key 1; else xdotool key Return; fi
  sleep 0.15
done
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && { echo "did not quit" >>"$WORK/err"; kill $pid; }
wait $pid
echo "exit $?" >>"$WORK/out"
DRIVE

set +e
xvfb_run "-screen 0 1280x800x24" timeout 90 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK"
RC=$?
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "the window played the case to its debrief" 0 "debrief: voorbeeld"
expect "Ctrl+Q closed the window with exit 0" 0 "exit 0"

# With a display, a case that cannot be played still ends before any window (exit 2, the reason).
set +e
xvfb_run "" timeout 60 bash -c '"$0" play bestaat-niet' "$MELDSIM" >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "a case that does not exist, with a display: exit 2 and why" 2 "no scenario 'bestaat-niet'"
set +e
xvfb_run "" timeout 60 bash -c '"$0" play "$1"' "$MELDSIM" "$MELDSIM_FIXTURES/broken/missing-target" >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "a broken case, with a display: exit 1 and the place" 1 "does not exist"
finish
