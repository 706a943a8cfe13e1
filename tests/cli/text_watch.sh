# meldsim text --watch: an author edits the case while playing it through a FIFO. The reload
# keeps the position and shows the new text; a broken edit prints file:line and waits; fixing
# the file brings the case back at the same place.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
CASE=$WORK/case
cp -r "$MELDSIM_FIXTURES/valid/minimal" "$CASE"
LUA=$CASE/scenario.lua
LOG=$WORK/watch.out

run_meldsim text "$CASE" --watch --learner anna
expect "--watch does not record" 2 "--watch is for authors"

# count TEXT: how often TEXT is in the log so far.
count() { grep -cF -- "$1" "$LOG" || true; }
# wait_for TEXT N: until TEXT is in the log N times (20 s at most; the player answers at once).
wait_for() {
  local i
  for i in $(seq 400); do
    [ "$(count "$1")" -ge "$2" ] && return 0
    sleep 0.05
  done
  return 1
}
step() { # step NAME TEXT N: the log reaches TEXT N times
  if wait_for "$2" "$3"; then ok "$1"; else not_ok "$1" "log lacks '$2' x$3" "$(tail -15 "$LOG")"; fi
}
# save SED: an editor's save: the new text in a temporary file, renamed over scenario.lua.
save() { sed "$1" "$LUA" >"$CASE/.scenario.lua.tmp" && mv "$CASE/.scenario.lua.tmp" "$LUA"; }

mkfifo "$WORK/in"
timeout 60 "$MELDSIM" text "$CASE" --watch <"$WORK/in" >"$LOG" 2>&1 &
PID=$!
exec 3>"$WORK/in"
PROMPT="Jouw keuze (1-2"
step "the case starts" "$PROMPT" 1
echo 1 >&3
step "first choice answered" "$PROMPT" 2
echo 1 >&3
step "second choice answered: the talk with the mother" "De moeder van Tim komt hem ophalen." 1

save 's/De moeder van Tim komt hem ophalen./De vader van Tim komt hem ophalen./'
step "an edit reloads the case" "Casus opnieuw geladen. Je gaat verder waar je was." 1
step "the reload shows the new text" "De vader van Tim komt hem ophalen." 1
AFTER=$(sed -n '/Casus opnieuw geladen/,$p' "$LOG")
if grep -qF "Stap 3 van 5" <<<"$AFTER" && ! grep -qF "Tim heeft voor de" <<<"$AFTER"; then
  ok "the reload keeps the position (step 3, not the start)"
else
  not_ok "the reload keeps the position" "$AFTER"
fi

cp "$LUA" "$WORK/good.lua"
LINE=$(grep -n 'id = "ouders"' "$LUA" | cut -d: -f1)
save 's/id = "ouders"/id = "ouders" ,,/'
step "a broken edit is reported" "De casus bevat een fout." 1
if grep -qF "scenario.lua:$LINE:" "$LOG"; then ok "the message names file:line ($LINE)"; else not_ok "the message names file:line" "$(tail -5 "$LOG")"; fi
step "the player waits for the next change" "Wacht op een wijziging in de casus" 1
if kill -0 "$PID" 2>/dev/null; then ok "the player is still running"; else not_ok "the player is still running"; fi

cp "$WORK/good.lua" "$CASE/.good.tmp" && mv "$CASE/.good.tmp" "$LUA"
step "fixing the file brings the case back" "Casus opnieuw geladen. Je gaat verder waar je was." 2
N=$(count "De vader van Tim komt hem ophalen.")
[ "$N" -ge 2 ] && ok "... at the same scene" || not_ok "... at the same scene" "$(tail -12 "$LOG")"

# A renamed scene: the choices are played again as far as they still fit.
save 's/"overleg"/"bespreken"/g'
step "a changed path says how far it holds" "1 van de 2 stappen konden opnieuw; bij scène 'overleg'" 1

echo q >&3
exec 3>&-
set +e
wait "$PID"
RC=$?
set -e
OUT=$(cat "$LOG"); ERR=""
cp "$LOG" "$WORK/out"; : >"$WORK/err"
expect "q quits" 0 "Je bent gestopt."
finish
