# The window records like the terminal: `meldsim play CASE --learner NAME --mode toets` under Xvfb,
# played with keys to the debrief, leaves a finished toets attempt for NAME (read back with
# `meldsim history`); a stop halfway leaves an open attempt that the next start offers to resume.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal

run_meldsim play "$FIX" --mode examen
expect "play --mode refuses a mode that does not exist" 2 "--mode must be"
run_meldsim play "$FIX" --learner " spaced"
expect "play --learner refuses a name that is not valid" 2 "--learner"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skip - Xvfb or xdotool is not installed"
  finish
  exit 0
fi
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# drive.sh ... MAX: opens the window, presses the keys in $KEYS (default 1: the mode, options,
# Verder) in turn, up to MAX presses or until the debrief, then Ctrl+Q.
cat >"$WORK/drive.sh" <<'DRIVE'
set -u
MELDSIM=$1 FIX=$2 WORK=$3 MAX=$4
shift 4
"$MELDSIM" play "$FIX" --size 1024x600 "$@" >"$WORK/out" 2>"$WORK/err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$WORK/err"; kill $pid; exit 9; }
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 0.3
read -r -a CYCLE <<<"${KEYS:-1}"
for i in $(seq 1 "$MAX"); do
  grep -q '^debrief:' "$WORK/out" && break
  xdotool key "${CYCLE[$(( (i - 1) % ${#CYCLE[@]} ))]}"
  sleep 0.2
done
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && { echo "did not quit" >>"$WORK/err"; kill $pid; }
wait $pid
echo "exit $?" >>"$WORK/out"
DRIVE

set +e
xvfb_run "-screen 0 1280x800x24" timeout 90 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK" 60 \
  --learner "Juf Anna" --mode toets
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err"); RC=0
expect "the window played the toets to its debrief" 0 "debrief: voorbeeld"
run_meldsim history --learner "Juf Anna"
expect "the finished toets attempt is in the records" 0 "toets"
expect "... for the learner given" 0 "Juf Anna"

# Halfway: the mode (1), two decisions, then stop. The attempt stays open with its answers.
set +e
xvfb_run "-screen 0 1280x800x24" timeout 90 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK" 3 \
  --learner Bram
set -e
run_meldsim export --learner Bram --format csv --out -
expect "the stopped attempt's answers were written" 0 "opvallen"
# The next start asks: 1 continues where Bram was, and the case is played to the end.
set +e
xvfb_run "-screen 0 1280x800x24" timeout 90 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK" 60 \
  --learner Bram
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err"); RC=0
expect "the resumed case reached its debrief" 0 "debrief: voorbeeld"
run_meldsim history --learner Bram --all
expect "one attempt for Bram, resumed rather than started again" 0 "oefenen"
if [ "$(printf '%s\n' "$OUT" | grep -c voorbeeld)" = 1 ]; then ok "exactly one attempt"; else
  not_ok "exactly one attempt" "$OUT"; fi
# Groep: Return ends the discussion pause (and continues after feedback), Ctrl+1 counts a hand
# for option 1, 1 takes the group's choice. The votes are stored with the choices.
set +e
KEYS="Return ctrl+1 1" xvfb_run "-screen 0 1280x800x24" timeout 120 bash "$WORK/drive.sh" "$MELDSIM" \
  "$FIX" "$WORK" 90 --learner Trainer --mode groep
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err"); RC=0
expect "the group played the case to its debrief" 0 "debrief: voorbeeld"
run_meldsim history --learner Trainer
expect "the group's attempt is recorded in mode groep" 0 "groep"
if command -v sqlite3 >/dev/null; then
  VOTES=$(sqlite3 "$XDG_DATA_HOME/meldsim/records.sqlite3" \
    "SELECT count(*) FROM vote JOIN attempt ON attempt.id = vote.attempt_id WHERE attempt.mode = 'groep' AND count > 0")
  if [ "${VOTES:-0}" -gt 0 ]; then ok "vote counts were stored ($VOTES)"; else not_ok "vote counts were stored" "$VOTES"; fi
fi
finish
