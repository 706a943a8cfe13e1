# tests/cli/lib/play.bash: driving `meldsim text --learner` through a FIFO, for the tests that
# stop players at awkward moments (records_resume.sh, records_storage.sh). Needs assert.bash.
PROMPT='Jouw keuze ('

prompts() { grep -c -F -- "$PROMPT" "$1" 2>/dev/null || true; }
# csv_query LEARNER EXPR: a Python expression over the learner's CSV export (rows: dicts)
csv_query() {
  "$MELDSIM" export --learner "$1" --format csv --out - 2>/dev/null |
    python3 -c 'import csv, sys; rows = list(csv.DictReader(sys.stdin)); print(eval(sys.argv[1]))' "$2"
}
# recorded LEARNER all|kept: the learner's choice rows ("kept": not taken back)
recorded() {
  if [ "$2" = all ]; then csv_query "$1" 'sum(r["record"] == "choice" for r in rows)'
  else csv_query "$1" 'sum(r["record"] == "choice" and r["undone"] == "0" for r in rows)'; fi
}
# wait_for FILE N: until FILE shows N prompts or the debrief (10 s at most)
wait_for() {
  local i
  for ((i = 0; i < 1000 * MELDSIM_TIME_SCALE; i++)); do
    [ "$(prompts "$1")" -ge "$2" ] && return 0
    grep -q "Nabespreking" "$1" 2>/dev/null && return 0
    sleep 0.01
  done
  return 1
}
# best_path CASE: PICKS (option numbers, 1-based) and TOTAL of the best path, as a headless
# run records it for the learner "probe".
best_path() {
  "$MELDSIM" run "$1" --strategy best --learner probe >/dev/null
  mapfile -t PICKS < <(csv_query probe '"\n".join(r["option"] for r in rows if r["record"] == "choice")')
  TOTAL=${#PICKS[@]}
}
# answers FROM: the picks from index FROM on, one per line
answers() { printf '%s\n' "${PICKS[@]:$1}"; }
