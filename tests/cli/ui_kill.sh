# kill -9 of the window player: `meldsim play --learner` under Xvfb is played with keys and
# killed with SIGKILL at a random moment (after a random number of key presses and a random
# delay, so also while it handles an answer). The window says "answered: CASE N" on stdout once
# answer N is in the records, before it shows it. Every acknowledged answer must be in the
# records, the records must pass the integrity check, and the next start must offer to continue,
# play the case to its debrief and leave one finished attempt with every answer.
# MELDSIM_TEST_SEED=N repeats a run.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal
TRIALS=4

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skip - Xvfb or xdotool is not installed"
  finish
  exit 0
fi
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
SEED=${MELDSIM_TEST_SEED:-$(($(date +%s) % 32768))}
echo "# seed $SEED (MELDSIM_TEST_SEED=$SEED repeats this run)"

# All windows in one Xvfb. play.sh OUT KILL_AFTER ARGS...: opens the window and presses 1 and
# Return in turn (1 picks an option, a mode or "continue"; Return goes on after feedback); with
# KILL_AFTER > 0 it kills the player with SIGKILL after that many presses and a random delay,
# else it plays to the debrief and quits with Ctrl+Q. Writes "exit N" to OUT.
cat >"$WORK/play.sh" <<'PLAY'
set -u
out=$1 kill_after=$2
shift 2
"$MELDSIM" play "$FIX" --size 1024x600 "$@" >"$out" 2>"$out.err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$out.err"; kill -9 $pid; wait $pid; echo "exit $?" >>"$out"; exit 0; }
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 0.3
max=$((kill_after > 0 ? kill_after : 60))
for i in $(seq 1 "$max"); do
  grep -q '^debrief:' "$out" && break
  if [ $((i % 2)) -eq 1 ]; then xdotool key 1; else xdotool key Return; fi
  sleep 0.15
done
if [ "$kill_after" -gt 0 ]; then
  sleep "0.0$((RANDOM % 10))$((RANDOM % 10))" # 0 to 99 ms: also while an answer is written
  kill -9 $pid
else
  xdotool key ctrl+q
  for i in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  kill -0 $pid 2>/dev/null && { echo "did not quit" >>"$out.err"; kill $pid; }
fi
wait $pid
echo "exit $?" >>"$out"
PLAY
cat >"$WORK/all.sh" <<ALL
set -u
RANDOM=$SEED
export MELDSIM="$MELDSIM" FIX="$FIX"
bash "$WORK/play.sh" "$WORK/full" 0 --learner heel --mode oefenen
for t in \$(seq 1 $TRIALS); do
  presses=\$((1 + RANDOM % 10))
  echo "\$presses" >"$WORK/presses.\$t"
  bash "$WORK/play.sh" "$WORK/kill.\$t" "\$presses" --learner "kill-\$t" --mode oefenen 2>/dev/null
  # what the records hold right after the kill
  "\$MELDSIM" export --learner "kill-\$t" --format csv --out - >"$WORK/kill.\$t.csv" 2>/dev/null
  sqlite3 "$XDG_DATA_HOME/meldsim/records.sqlite3" "PRAGMA integrity_check" >"$WORK/kill.\$t.check" 2>&1
  # the next start: 1 continues the open attempt (or picks oefenen when none was made yet)
  bash "$WORK/play.sh" "$WORK/again.\$t" 0 --learner "kill-\$t"
done
ALL
set +e
xvfb_run "-screen 0 1280x800x24" timeout $((60 + 40 * TRIALS)) bash "$WORK/all.sh"
set -e

answered() { sed -n 's/^answered: [^ ]* \([0-9]*\)$/\1/p' "$1" | tail -1; }
csv_query() {
  "$MELDSIM" export --learner "$1" --format csv --out - 2>/dev/null |
    python3 -c 'import csv, sys; rows = list(csv.DictReader(sys.stdin)); print(eval(sys.argv[1]))' "$2"
}
TOTAL=$(answered "$WORK/full")
if grep -q '^debrief:' "$WORK/full" && grep -q '^exit 0' "$WORK/full" && [ "${TOTAL:-0}" -ge 3 ]; then
  ok "the window played the case through: $TOTAL answers, each acknowledged on stdout"
else
  not_ok "a full game in the window" "$(cat "$WORK/full" "$WORK/full.err" 2>/dev/null | tail -5)"
  finish
  exit 1
fi
for t in $(seq 1 $TRIALS); do
  presses=$(cat "$WORK/presses.$t" 2>/dev/null || echo "?")
  acked=$(answered "$WORK/kill.$t")
  acked=${acked:-0}
  kept=$(python3 -c 'import csv, sys; print(sum(r["record"] == "choice" for r in csv.DictReader(open(sys.argv[1]))))' \
    "$WORK/kill.$t.csv" 2>/dev/null || echo 0)
  check=$(cat "$WORK/kill.$t.check" 2>/dev/null)
  if grep -q '^exit 137' "$WORK/kill.$t" && [ "$kept" -ge "$acked" ] && [ "$kept" -le $((acked + 1)) ] &&
    [ "$check" = ok ]; then
    ok "trial $t: killed after $presses key presses: $acked answers acknowledged, $kept kept, records intact"
  else
    not_ok "trial $t: killed after $presses key presses" "$(grep '^exit' "$WORK/kill.$t")  (137 is SIGKILL)" \
      "acknowledged $acked, recorded $kept, integrity: $check" "$(tail -3 "$WORK/kill.$t.err" 2>/dev/null)"
  fi
  final=$(csv_query "kill-$t" '" ".join(str(sum(r["record"] == "choice" and r["undone"] == "0" and r["attempt"] == a for r in rows)) + "/" + [r["status"] for r in rows if r["attempt"] == a][0] for a in sorted({r["attempt"] for r in rows}))' 2>/dev/null || echo "?")
  if grep -q '^debrief:' "$WORK/again.$t" && grep -q '^exit 0' "$WORK/again.$t" && [ "$final" = "$TOTAL/finished" ]; then
    ok "trial $t: the next start continued and finished the one attempt with all $TOTAL answers"
  else
    not_ok "trial $t: the next start" "attempts (answers/status): $final, expected $TOTAL/finished" \
      "$(tail -3 "$WORK/again.$t" 2>/dev/null)" "$(tail -3 "$WORK/again.$t.err" 2>/dev/null)"
  fi
done
finish
