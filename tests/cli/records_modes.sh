# Learner records from the command line: the rules of oefenen and toets in `text` and `run`,
# the resume question (j, n, end of input, the mode kept), a damaged records file moved aside
# with both paths named, learners and pseudonyms, history, the printable summary, and forget.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal   # opvallen (2) overleg (2) ouders (2) thuis wegen (2) beslissen (2) gemeld (1)
DB=$XDG_DATA_HOME/meldsim/records.sqlite3

# text_in INPUT ARGS...: runs `meldsim text` with INPUT on stdin; sets RC, OUT, ERR
text_in() {
  local input=$1
  shift
  set +e
  printf "$input" | timeout 20 "$MELDSIM" text "$@" >"$WORK/out" 2>"$WORK/err"
  RC=$?
  set -e
  OUT=$(cat "$WORK/out")
  ERR=$(cat "$WORK/err")
}
lacks() { # lacks NAME TEXT: the last run did not print TEXT
  if grep -qF -- "$2" "$WORK/out" "$WORK/err"; then not_ok "$1" "printed: $2"; else ok "$1"; fi
}
csv_query() { # csv_query LEARNER EXPR
  "$MELDSIM" export --learner "$1" --format csv --out - 2>/dev/null |
    python3 -c 'import csv, sys; rows = list(csv.DictReader(sys.stdin)); print(eval(sys.argv[1]))' "$2"
}
check() { # check NAME GOT WANT
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got '$2', expected '$3'"; fi
}

# ---- toets: pass mark first, no feedback until the debrief, no going back
text_in 't\n1\n1\n1\n1\n1\n1\n' "$FIX" --learner toetser --mode toets
expect "toets finishes" 0 "Nabespreking"
expect "toets shows the pass mark at the start" 0 "Slaagnorm: 70% van de punten"
expect "toets refuses t" 0 "In een toets kun je niet terug."
before_debrief=$(sed '/==== Nabespreking/,$d' "$WORK/out")
if grep -q "Goede keuze\|Goed: feiten" <<<"$before_debrief"; then not_ok "toets gives no feedback before the debrief"; else ok "toets gives no feedback before the debrief"; fi
expect "the debrief still explains each choice" 0 "Goed: feiten, gedateerd."
check "toets recorded 6 choices, none taken back" "$(csv_query toetser 'sum(r["record"] == "choice" and r["undone"] == "0" for r in rows)')" 6
check "toets recorded as toets" "$(csv_query toetser '" ".join(sorted({r["mode"] for r in rows}))')" toets

# ---- oefenen: feedback after each choice, one decision back, both answers kept
text_in 't\n2\nt\nt\n1\n1\n1\n1\n1\n1\n' "$FIX" --learner oefenaar
expect "oefenen finishes" 0 "Nabespreking"
expect "nothing to take back at the start" 0 "Er is nog geen keuze om terug te nemen."
expect "oefenen gives feedback at once" 0 "Niet de beste keuze."
expect "t takes the choice back" 0 "Je keuze is teruggenomen."
expect "only one decision back" 0 "Je kunt één keuze terug. Kies eerst opnieuw."
expect "the prompt mentions t" 0 "t = terug"
check "both answers kept, the first marked undone" \
  "$(csv_query oefenaar '",".join([r["scene"] + ":" + r["option"] + ":" + r["undone"] for r in rows if r["record"] == "choice"][:3])')" \
  "opvallen:2:1,opvallen:1:0,overleg:1:0"
check "the undone answer does not count" "$(csv_query oefenaar '[r["earned"] + "/" + r["possible"] for r in rows if r["record"] == "case"][0]')" "11/11"

# ---- run: the same rules headless
run_meldsim run "$FIX" --choices 2,t,1,1,1,1,1,1 --learner runner
expect "run takes t in oefenen" 0 "Bewaard als poging"
check "run recorded the undone answer" "$(csv_query runner 'sum(r["undone"] == "1" for r in rows)')" 1
run_meldsim run "$FIX" --choices 2,t,1 --learner runner --mode toets
expect "run refuses t in toets" 2 "'t' (back) is not allowed in mode toets"
run_meldsim run "$FIX" --choices 1,t,t --learner runner
expect "run refuses a second t" 2 "already went back once"
run_meldsim run "$FIX" --strategy best --mode groep --learner runner
expect "groep is for the window" 2 "mode 'groep' is only in the window"
run_meldsim run "$FIX" --strategy best --mode examen
expect "unknown mode" 2 "--mode takes oefenen or toets (got 'examen')"
run_meldsim run "$FIX" --strategy best --learner " spatie"
expect "a bad name is a usage error" 2 "cannot start or end with a space"

# ---- resume: j continues in the recorded mode, n starts again, end of input changes nothing
text_in '2\nq\n' "$FIX" --learner hervat --mode toets
expect "q stops and says the answers are kept" 0 "Je antwoorden zijn bewaard."
text_in '' "$FIX" --learner hervat
expect "end of input at the question" 4 "Verdergaan waar je stopte? (j/n)"
text_in 'misschien\nj\n1\n1\n1\n1\n1\n' "$FIX" --learner hervat --mode oefenen
expect "resume asks again on a bad answer" 0 "Typ j (ja, verdergaan) of n (nee, opnieuw beginnen)."
expect "resume keeps the recorded mode" 0 "Je gaat verder in de modus waarin je begon: toets."
expect "resume continues after the answered choice" 0 "Je gaat verder waar je stopte: 1 keuzes zijn al beantwoord."
expect "resumed case finishes" 0 "Nabespreking"
check "one attempt, six answers, the first kept" \
  "$(csv_query hervat '"%d %d %s" % (len({r["attempt"] for r in rows}), sum(r["record"] == "choice" for r in rows), rows[0]["option"])')" "1 6 2"
text_in '1\nq\n' "$FIX" --learner opnieuw
text_in 'n\n1\nq\n' "$FIX" --learner opnieuw
expect "n starts again" 0 "Stap 1 van 5"
run_meldsim history --all --learner opnieuw
expect "the refused attempt is kept as abandoned" 0 "opnieuw begonnen (1 keuzes)"
expect "the new one is open" 0 "niet afgerond (1 keuzes)"
text_in 'y\n1\n1\n1\n1\n1\n' "$FIX" --learner opnieuw --lang en
expect "English resume question" 0 "Continue where you stopped? (y/n)"

# ---- learners and history
run_meldsim learner add
expect "a pseudonym by default" 0 "Leerling toegevoegd met schuilnaam: leerling-"
run_meldsim learner add oefenaar
expect "a taken name is refused" 2 "the name 'oefenaar' is taken"
run_meldsim learner list
expect "learners are listed" 0 "schuilnaam"
run_meldsim history
expect "history lists finished cases" 0 "geslaagd"
expect "history shows the mode" 0 "toets"
expect "history shows the score" 0 "100% 11/11"
run_meldsim history --learner niemand
expect "history of an unknown learner" 2 "no learner 'niemand'"

# ---- the printable summary
id=$(csv_query oefenaar '[r["attempt"] for r in rows if r["record"] == "case"][0]')
run_meldsim summary "$id" --out "$WORK/bewijs.html"
expect "summary written" 0 "Overzicht geschreven naar"
grep -q "Bewijs van deelname" "$WORK/bewijs.html" && grep -q "oefenaar" "$WORK/bewijs.html" &&
  grep -q "Geslaagd: 100% (slaagnorm 70%)" "$WORK/bewijs.html" && ok "summary names learner, result and pass mark" ||
  not_ok "summary content"
text_in '1\n1\n1\n1\n1\n1\n' "$FIX" --learner '<script>alert(1)</script>'
sid=$(csv_query '<script>alert(1)</script>' '[r["attempt"] for r in rows if r["record"] == "case"][0]')
run_meldsim summary "$sid" --out "$WORK/xss.html"
if grep -q "<script>" "$WORK/xss.html"; then not_ok "names are escaped in the summary"; else
  grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$WORK/xss.html" && ok "names are escaped in the summary" ||
    not_ok "names are escaped in the summary" "escaped name not found"; fi
run_meldsim summary 9999 --out "$WORK/x.html"
expect "summary of an unknown attempt" 2 "no attempt 9999"
text_in '1\nq\n' "$FIX" --learner half
half_id=$(csv_query half '[r["attempt"] for r in rows][0]')
run_meldsim summary "$half_id" --out "$WORK/x.html"
expect "summary needs a finished case" 2 "is not finished"

# ---- a damaged records file is moved aside, named, and replaced
printf 'GARBAGE, not SQLite \x00\x01\x02' >"$DB"
rm -f "$DB-wal" "$DB-shm"
text_in '1\n1\n1\n1\n1\n1\n' "$FIX" --learner na-schade
expect "play goes on with a fresh file" 0 "Nabespreking"
expect "the message names the moved file" 0 "Het is verplaatst naar $DB.damaged-"
expect "the message names the new file" 0 "een nieuw bestand is gemaakt op $DB"
moved=$(ls "$DB".damaged-* 2>/dev/null | grep -v -- '-wal$\|-shm$' | head -1)
if [ -n "$moved" ] && grep -q "GARBAGE, not SQLite" "$moved"; then ok "the damaged file is kept as it was"; else
  not_ok "the damaged file is kept" "moved: '$moved'"; fi
check "the fresh file holds the new attempt" "$(csv_query na-schade 'sum(r["record"] == "case" for r in rows)')" 1
run_meldsim history --learner oefenaar
expect "old learners are not in the fresh file" 2 "no learner 'oefenaar'"

# ---- forget
run_meldsim forget --learner na-schade
expect "forget says what it deleted" 0 "Verwijderd: leerling na-schade, 1 pogingen en 6 keuzes."
expect "forget names the damaged file it cannot search" 0 "Niet doorzocht"
expect "forget mentions exports" 0 "Exports en overzichten die al gemaakt zijn"
if grep -aq "na-schade" "$DB" "$DB-wal" 2>/dev/null; then not_ok "the name is gone from the files"; else ok "the name is gone from the files"; fi
run_meldsim forget --learner na-schade
expect "forget of an unknown learner" 2 "no learner 'na-schade'"
run_meldsim export --learner na-schade --format csv --out -
expect "nothing left to export" 2 "no learner 'na-schade'"
run_meldsim forget
expect "forget needs a learner" 2 "forget needs --learner NAME"

# ---- help in both languages
run_meldsim --help
expect "help documents the record commands" 0 "meldsim forget --learner NAAM"
set +e
MELDSIM_LANG=en timeout 20 "$MELDSIM" --help >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
expect "English help too" 0 "export learner records"
finish
