# Resume after kill -9: `meldsim text --learner` reads its answers from a FIFO, is killed
# with SIGKILL after a random number of answered choices (sometimes while it is handling the
# next one), and restarted. Every choice the player acknowledged (the next prompt appeared)
# must be in the records, the restart must offer to resume at that point, and the finished
# attempt must hold every answer. MELDSIM_TEST_SEED=N repeats a run.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/play.bash"
CASE=pieter-en-suzan
SEED=${MELDSIM_TEST_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
echo "# seed $SEED (MELDSIM_TEST_SEED=$SEED repeats this run)"
# The answers: the best path, as a headless run records it (option numbers, 1-based).
best_path "$CASE"
set +e
answers 0 | timeout 20 "$MELDSIM" text "$CASE" >"$WORK/full.out" 2>&1
RC=$?
set -e
if [ "$RC" -eq 0 ] && [ "$TOTAL" -ge 8 ] && [ "$(prompts "$WORK/full.out")" -eq "$TOTAL" ]; then
  ok "the best path takes $TOTAL answers, in the terminal too"
else
  not_ok "a full piped run" "exit $RC, $TOTAL picks, $(prompts "$WORK/full.out") prompts"
  finish
  exit 1
fi

for trial in 1 2 3 4 5 6; do
  learner="kill-$trial"
  # n + 1 <= TOTAL - 1: even the answer sent "mid" leaves the case unfinished, so the
  # process is still alive for the kill
  n=$(( 1 + RANDOM % (TOTAL - 2) ))
  mid=$(( RANDOM % 2 ))       # 1: kill while the next answer is being handled
  delay_us=$(( RANDOM % 4000 )) # a fsync'ed commit takes about a millisecond
  fifo="$WORK/in.$trial"
  out="$WORK/out.$trial"
  mkfifo "$fifo"
  "$MELDSIM" text "$CASE" --learner "$learner" --mode oefenen <"$fifo" >"$out" 2>"$WORK/err.$trial" &
  pid=$!
  exec 3>"$fifo"
  sent=0
  for ((k = 1; k <= n; k++)); do
    wait_for "$out" "$k" || break
    echo "${PICKS[$((k - 1))]}" >&3
    sent=$k
  done
  wait_for "$out" $(( n + 1 )) || true
  if [ "$mid" -eq 1 ]; then
    echo "${PICKS[$n]}" >&3
    sent=$(( sent + 1 ))
    sleep "$(printf '0.%06d' "$delay_us")"
  fi
  kill -9 "$pid" 2>/dev/null || true
  set +e
  wait "$pid" 2>/dev/null
  KILLRC=$?
  set -e
  exec 3>&-
  acknowledged=$(( $(prompts "$out") - 1 ))
  kept=$(recorded "$learner" all)
  if [ "$KILLRC" -eq 137 ] && [ "$kept" -ge "$acknowledged" ] && [ "$kept" -le "$sent" ]; then
    ok "trial $trial: killed after $n answers (mid=$mid, ${delay_us} us): $kept of $sent kept, $acknowledged acknowledged"
  else
    not_ok "trial $trial: killed after $n answers (mid=$mid)" "exit $KILLRC (137 is SIGKILL)" \
      "recorded $kept, acknowledged $acknowledged, sent $sent" "$(tail -3 "$out")"
  fi

  # restart: the first line answers the resume question
  set +e
  { echo j; answers "$kept"; } | timeout 20 "$MELDSIM" text "$CASE" --learner "$learner" >"$WORK/resume.$trial" 2>&1
  RC=$?
  set -e
  if [ "$RC" -eq 0 ] && grep -q "hebt $kept keuzes beantwoord" "$WORK/resume.$trial" &&
    grep -q "Je gaat verder waar je stopte: $kept keuzes" "$WORK/resume.$trial" &&
    grep -q "Nabespreking" "$WORK/resume.$trial"; then
    ok "trial $trial: resumed at choice $(( kept + 1 )) and finished"
  else
    not_ok "trial $trial: resume" "exit $RC" "$(head -3 "$WORK/resume.$trial")"
  fi
  # the resumed part asked only what was left
  asked=$(prompts "$WORK/resume.$trial")
  final=$(recorded "$learner" kept)
  status=$(csv_query "$learner" '" ".join(r["status"] for r in rows if r["record"] == "case")')
  if [ "$final" -eq "$TOTAL" ] && [ "$asked" -eq $(( TOTAL - kept )) ] && [ "$status" = finished ]; then
    ok "trial $trial: all $TOTAL answers kept, $asked asked after the restart"
  else
    not_ok "trial $trial: complete record" "recorded $final of $TOTAL, asked $asked after restart, case status '$status'"
  fi
done

# The answer given before the kill is the one in the records.
fifo="$WORK/in.x"
mkfifo "$fifo"
"$MELDSIM" text "$CASE" --learner kill-x <"$fifo" >"$WORK/out.x" 2>&1 &
pid=$!
exec 3>"$fifo"
wait_for "$WORK/out.x" 1
echo 2 >&3
wait_for "$WORK/out.x" 2
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
exec 3>&-
first=$(csv_query kill-x '[r["option"] for r in rows if r["seq"] == "1"][0]')
[ "$first" = 2 ] && ok "the answer given before the kill is the one recorded (option 2)" ||
  not_ok "answer before the kill" "recorded option '$first'"
finish
