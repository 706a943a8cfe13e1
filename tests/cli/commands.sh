# Command-line behaviour: help, exit codes, usage errors, the terminal player with piped input.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal

run_meldsim --help
expect "help documents exit codes" 0 "Afsluitcodes"
run_meldsim --version
expect "version" 0 "meldsim "
run_meldsim bogus
expect "unknown command is a usage error" 2 "unknown command 'bogus'"
run_meldsim run
expect "run without scenario" 2 "run needs a SCENARIO"
run_meldsim run "$FIX"
expect "run needs choices or strategy" 2 "either --choices LIST or --strategy"
run_meldsim run bestaat-niet --strategy best
expect "unknown scenario id" 2 "no scenario 'bestaat-niet'"
run_meldsim run "$WORK/nergens/" --strategy best
expect "missing folder" 2 "nergens"
run_meldsim run "$FIX" --choices 1,7
expect "choice out of range names the scene" 2 "7 at scene 'overleg', which has options 1 to 2"
run_meldsim run "$FIX" --strategy beste
expect "bad strategy" 2 "--strategy takes best, worst or random"
run_meldsim list
expect "list shows ids and titles" 0 "min"
# The complete example in docs/scenario-format.md is this fixture, word for word, and it checks clean.
python3 - "$MELDSIM_TESTS/../docs/scenario-format.md" "$FIX/scenario.lua" >"$WORK/doc.diff" <<'PY' && ok "the documented example is the fixture" || not_ok "docs/scenario-format.md example differs from the fixture" "$(head -5 "$WORK/doc.diff")"
import re, sys
doc = open(sys.argv[1], encoding="utf-8").read()
example = re.search(r"## A complete example.*?```lua\n(.*?)```", doc, re.S).group(1)
fixture = open(sys.argv[2], encoding="utf-8").read()
if example != fixture:
    print("the example and the fixture differ")
    sys.exit(1)
PY
run_meldsim check "$FIX"
expect "check of the documented example" 0 "fixtures/valid/minimal/scenario.lua): ok"

# run: unfinished list and JSON shape
run_meldsim run "$FIX" --choices 1,1 --json
expect "choices that run out exit 4, the JSON still says so" 4 '"completed":	false'
if grep -q "ran out at scene 'ouders', before an ending" "$WORK/err"; then ok "run names the scene it stopped at"; else not_ok "run names the scene it stopped at" "$(cat "$WORK/err")"; fi
run_meldsim run "$FIX" --choices 1,1
expect "choices that run out exit 4 without --json too" 4 "niet afgerond"
run_meldsim run "$FIX" --choices 1,1,1,1,1,1
expect "choices that reach an ending exit 0" 0 "Gemeld"
run_meldsim --help
expect "help documents exit 4 for run" 0 "waren de keuzes op"
run_meldsim run "$FIX" --choices 1,2,1,1,1,1 --json
expect "critical mistake in JSON" 0 '"critical":	[{'
if grep -q '"passed":	false' "$WORK/out"; then ok "critical mistake fails"; else not_ok "critical mistake fails"; fi

# text: piped input, a bad answer, then the whole case
set +e
printf 'x\n9\n1\n1\n1\n1\n1\n1\n' | timeout 20 "$MELDSIM" text "$FIX" >"$WORK/text.out" 2>&1
RC=$?
set -e
OUT=$(cat "$WORK/text.out"); ERR=""
cp "$WORK/text.out" "$WORK/out"; : >"$WORK/err"
expect "text completes with piped input" 0 "Nabespreking"
expect "text explains a bad answer" 0 "'x' is geen keuze. Typ een nummer van 1 tot 2"
expect "text shows the route" 0 "Juiste route"
expect "text shows feedback" 0 "Goed: feiten, gedateerd."
set +e
printf '1\n' | timeout 20 "$MELDSIM" text "$FIX" --lang en >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
expect "text stops at end of input with exit 4" 4 "Input ended before the case was finished."
set +e
printf '1\nq\n' | timeout 20 "$MELDSIM" text "$FIX" >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
expect "q quits cleanly" 0 "Je bent gestopt."
finish
