# Every shipped case: `check` is clean; the best path passes on the correct route; the worst
# path fails with critical mistakes; golden playthroughs (tests/golden/<id>.best.json and
# .worst.json) and the exact figures of `check` (tests/golden/<id>.check.txt) still match. scripts/golden rewrites them after a reviewed content change.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
GOLDEN=$MELDSIM_TESTS/golden

run_meldsim check
expect "check of every installed case is clean" 0 ""
run_meldsim check --coverage
expect "the library covers every actor, outcome, critical mistake and school type" 0 "Coverage: every actor"
run_meldsim check --coverage --json
expect "coverage as JSON" 0 '"outcomes":'
run_meldsim check pieter-en-suzan --coverage
expect "coverage takes no SCENARIO" 2 "give no SCENARIO"
ids=$("$MELDSIM" list | awk 'NR > 1 { print $1 }')
[ -n "$ids" ] && ok "cases are installed" || not_ok "no cases installed"
grep -q '^pieter-en-suzan$' <<<"$ids" && ok "the default case is installed" || not_ok "pieter-en-suzan missing"

field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps(eval(sys.argv[2], {}, {'d': d})))" "$WORK/out" "$1"; }

for id in $ids; do
  run_meldsim run "$id" --strategy best --json
  if [ "$RC" = 0 ] && [ "$(field 'd["passed"] and d["route"] == d["correct_route"]')" = true ]; then
    ok "$id: best path passes on the correct route"
  else
    not_ok "$id: best path" "${OUT:0:300}"
  fi
  [ -f "$GOLDEN/$id.best.json" ] && cmp -s "$WORK/out" "$GOLDEN/$id.best.json" \
    && ok "$id: golden best playthrough" || not_ok "$id: best playthrough differs from tests/golden/$id.best.json (scripts/golden)"
  run_meldsim run "$id" --strategy worst --json
  if [ "$RC" = 0 ] && [ "$(field 'not d["passed"] and len(d["critical"]) > 0')" = true ]; then
    ok "$id: worst path fails with critical mistakes"
  else
    not_ok "$id: worst path" "${OUT:0:300}"
  fi
  [ -f "$GOLDEN/$id.worst.json" ] && cmp -s "$WORK/out" "$GOLDEN/$id.worst.json" \
    && ok "$id: golden worst playthrough" || not_ok "$id: worst playthrough differs from tests/golden/$id.worst.json (scripts/golden)"
  run_meldsim check "$id"
  grep -E '^  [0-9]+ (scenes|paths)|^  (per step|endings reached):' <<<"$OUT" >"$WORK/counts"
  [ -f "$GOLDEN/$id.check.txt" ] && cmp -s "$WORK/counts" "$GOLDEN/$id.check.txt" \
    && ok "$id: golden path counts (exact)" || not_ok "$id: check figures differ from tests/golden/$id.check.txt (scripts/golden)" "$(cat "$WORK/counts")"
done
finish
