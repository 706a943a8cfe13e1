# The data folder when storage misbehaves, with the real `meldsim text --learner`:
# - two players with the same learner at once (interleaved answers): the second is told and
#   plays its own attempt; both attempts are finished with every answer, neither touched the other;
# - a full file system (a 512 KiB tmpfs, where the test may mount one: root): the answer that
#   cannot be saved stops the player with exit 3 and a message naming the file and the full disk;
#   once there is room the next start resumes with every acknowledged answer; a new records file
#   that could not be made on the full disk is made once there is room, nothing moved aside;
# - a read-only data folder: every command that needs the records stops with exit 3 naming the
#   file, changes nothing, and the player without --learner still plays.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/play.bash"
CASE=pieter-en-suzan
best_path "$CASE"

# start_player N LEARNER [ARGS]: meldsim text in the background, reading from FIFO N (fd 10+N)
start_player() {
  local n=$1 learner=$2
  shift 2
  mkfifo "$WORK/in.$n"
  "$MELDSIM" text "$CASE" --learner "$learner" "$@" <"$WORK/in.$n" >"$WORK/out.$n" 2>"$WORK/err.$n" &
  eval "PID_$n=$!"
  eval "exec $((10 + n))>\"$WORK/in.$n\""
}
# answer N K: the K-th pick (1-based) to player N, once it asks its K-th question
answer() { wait_for "$WORK/out.$1" "$2" && echo "${PICKS[$(($2 - 1))]}" >&$((10 + $1)); }
# stop_player N: closes its input and waits; sets RC
stop_player() {
  eval "exec $((10 + $1))>&-"
  set +e
  eval "wait \$PID_$1"
  RC=$?
  set -e
}
integrity() { sqlite3 "$1" "PRAGMA integrity_check" 2>&1; }

# ---- two players with the same learner at once ------------------------------------------------
start_player 1 samen
answer 1 1
answer 1 2
wait_for "$WORK/out.1" 3
start_player 2 samen
for ((k = 1; k <= TOTAL; k++)); do # interleaved: one answer each in turn
  answer 2 "$k"
  [ "$k" -ge 3 ] && answer 1 "$k"
done
stop_player 1
RC1=$RC
stop_player 2
if [ "$RC1" = 0 ] && [ "$RC" = 0 ] && grep -q "Nabespreking" "$WORK/out.1" && grep -q "Nabespreking" "$WORK/out.2"; then
  ok "two players with the same learner both played the case to its debrief"
else
  not_ok "two players at once" "exits $RC1 and $RC" "$(tail -2 "$WORK/err.1")" "$(tail -2 "$WORK/err.2")"
fi
if grep -q "al in een ander venster of een andere terminal" "$WORK/out.2" && ! grep -q "Verdergaan" "$WORK/out.2"; then
  ok "the second player was told the case is open elsewhere, and not offered that attempt"
else
  not_ok "the second player was told" "$(head -5 "$WORK/out.2")"
fi
per_attempt=$(csv_query samen '" ".join(str(sum(r["record"] == "choice" and r["attempt"] == a for r in rows)) + "/" + [r["status"] for r in rows if r["attempt"] == a][0] for a in sorted({r["attempt"] for r in rows}))')
if [ "$per_attempt" = "$TOTAL/finished $TOTAL/finished" ]; then
  ok "two attempts kept, each finished with its own $TOTAL answers"
else
  not_ok "both attempts kept" "per attempt: $per_attempt (expected $TOTAL/finished twice)"
fi
DB="$XDG_DATA_HOME/meldsim/records.sqlite3"
if [ "$(integrity "$DB")" = ok ]; then ok "the records pass the integrity check"; else not_ok "integrity" "$(integrity "$DB")"; fi

# ---- a full file system ---------------------------------------------------------------------
FULL="$WORK/full"
mkdir -p "$FULL"
MOUNTED=0
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=512k,mode=0700 meldsim-test "$FULL" 2>/dev/null; then
  MOUNTED=1
  trap 'umount "$FULL" 2>/dev/null || umount -l "$FULL" 2>/dev/null; rm -rf "$WORK"' EXIT
fi
if [ "$MOUNTED" = 0 ]; then
  echo "skip - a full file system: mounting a small tmpfs needs root (uid $(id -u)), not tried here"
else
  fill() { dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null || true; }
  export XDG_DATA_HOME="$FULL/xdg"
  start_player 3 vol
  for k in 1 2 3; do answer 3 "$k"; done
  wait_for "$WORK/out.3" 4
  fill
  echo "${PICKS[3]}" >&13
  stop_player 3
  ERR=$(cat "$WORK/err.3") OUT=$(cat "$WORK/out.3")
  cp "$WORK/err.3" "$WORK/err"
  : >"$WORK/out"
  expect "an answer on a full disk: exit 3 and why" 3 "kon niet worden bewaard"
  expect "... naming the records file" 3 "$XDG_DATA_HOME/meldsim/records.sqlite3"
  expect "... and that the disk is full" 3 "full"
  run_meldsim history --all # reading may still work, or stop for want of room for the -shm
  if [ "$RC" = 0 ]; then expect "history on the full disk still lists the attempt" 0 "3 keuzes"
  else expect "history on the full disk: exit 3, naming the file and the full disk" 3 "(the disk is full)"; fi
  rm -f "$FULL/filler"
  kept=$(recorded vol all)
  if [ "$kept" = 3 ]; then ok "the 3 acknowledged answers are kept"; else not_ok "acknowledged answers kept" "recorded $kept of 3"; fi
  set +e
  { echo j; answers 3; } | timeout 20 "$MELDSIM" text "$CASE" --learner vol >"$WORK/resume" 2>&1
  RC=$?
  set -e
  if [ "$RC" = 0 ] && grep -q "hebt 3 keuzes beantwoord" "$WORK/resume" && grep -q Nabespreking "$WORK/resume" &&
    [ "$(recorded vol kept)" = "$TOTAL" ]; then
    ok "with room again the next start resumed at answer 4 and finished with all $TOTAL"
  else
    not_ok "resume after the full disk" "exit $RC, recorded $(recorded vol kept)" "$(head -3 "$WORK/resume")"
  fi
  # A new records file on a full disk.
  export XDG_DATA_HOME="$FULL/fresh"
  mkdir -p "$XDG_DATA_HOME/meldsim"
  fill
  run_meldsim learner add Nieuw
  expect "a new records file on a full disk: exit 3, naming it" 3 "$XDG_DATA_HOME/meldsim/records.sqlite3"
  rm -f "$FULL/filler"
  run_meldsim learner add Nieuw
  expect "with room again the records are made" 0 "Nieuw"
  if ls "$XDG_DATA_HOME/meldsim" | grep -q damaged; then
    not_ok "nothing moved aside" "$(ls "$XDG_DATA_HOME/meldsim")"
  else
    ok "the file the full disk cut short was not taken for a damaged one"
  fi
  DB="$FULL/xdg/meldsim/records.sqlite3"
  if [ "$(integrity "$DB")" = ok ]; then ok "the records on the once-full disk pass the integrity check"; else not_ok "integrity" "$(integrity "$DB")"; fi
fi

# ---- a read-only data folder ----------------------------------------------------------------
# root ignores permissions: it remounts the tmpfs read-only; anyone else takes away write access
RO_LEARNER=vol
if [ "$MOUNTED" = 1 ]; then
  export XDG_DATA_HOME="$FULL/xdg" # vol's records, from above
  DB="$XDG_DATA_HOME/meldsim/records.sqlite3"
  mount -o remount,ro "$FULL"
  RO_HOW="the file system read-only"
elif [ "$(id -u)" != 0 ]; then
  export XDG_DATA_HOME="$WORK/ro"
  RO_LEARNER=lezer
  "$MELDSIM" run "$CASE" --strategy best --learner lezer >/dev/null
  DB="$XDG_DATA_HOME/meldsim/records.sqlite3"
  chmod a-w "$XDG_DATA_HOME/meldsim" "$DB"
  RO_HOW="the folder and file without write permission"
else
  RO_HOW=""
  echo "skip - a read-only data folder: root could not mount a tmpfs, and ignores permissions"
fi
if [ -n "$RO_HOW" ]; then
  before=$(sha256sum "$DB")
  for cmd in "text $CASE --learner $RO_LEARNER" "run $CASE --strategy best --learner nieuw" "learner add iemand" "history"; do
    # shellcheck disable=SC2086
    run_meldsim $cmd
    expect "read-only ($RO_HOW): '${cmd%% *}' stops with exit 3 naming the file" 3 "records.sqlite3: cannot"
  done
  set +e
  answers 0 | timeout 20 "$MELDSIM" text "$CASE" >"$WORK/out" 2>"$WORK/err"
  RC=$?
  set -e
  OUT=$(cat "$WORK/out") ERR=$(cat "$WORK/err")
  expect "read-only: without --learner the case is still played" 0 "Nabespreking"
  if [ "$(sha256sum "$DB")" = "$before" ]; then ok "read-only: the records file is unchanged"; else not_ok "records unchanged"; fi
  if [ "$MOUNTED" = 1 ]; then mount -o remount,rw "$FULL"; else chmod u+w "$XDG_DATA_HOME/meldsim" "$DB"; fi
  run_meldsim history --all
  expect "writable again: the records are all there" 0 "$RO_LEARNER"
fi
finish
