# The voice end to end. `meldsim speak` plays a case by keyboard and prints what is said, in
# order and by language, and writes it as a WAV that is speech, not silence. The real window
# under Xvfb, with SDL's "disk" sound driver as the loudspeaker: started with speech off it has
# not loaded eSpeak NG at all (the start stays fast); V loads it and the window speaks.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# rms FILE [sox input options]: the RMS amplitude (0..1) sox measures, or 0.
rms() {
  local f=$1
  shift
  sox "$@" "$f" -n stat 2>&1 | awk '/^RMS +amplitude/ {print $3; found=1} END {if (!found) print 0}'
}
loud() { awk -v v="$1" 'BEGIN {exit !(v > 0.02)}'; }

run_meldsim speak "$FIX" --strategy best
expect "speak: a whole case, by keyboard, to the debrief" 0 "[nl] Nabespreking"
order=$(grep -nE '^\[nl\] (Stap 1 van 5|Optie 1: Ik noteer wat|Goede keuze|Nabespreking|Jouw route|Juiste route)' "$WORK/out" | cut -d: -f1 | tr '\n' ' ')
if [ "$(echo "$order" | wc -w)" -ge 6 ] && [ "$order" = "$(echo "$order" | tr ' ' '\n' | grep . | sort -n | tr '\n' ' ')" ]; then
  ok "speak: the scene, its options, the feedback and the debrief in reading order"
else
  not_ok "speak: the scene, its options, the feedback and the debrief in reading order" "lines: $order"
fi
if grep -q '^\[en\]' "$WORK/out"; then not_ok "speak: Dutch throughout" "$(grep -m3 '^\[en\]' "$WORK/out")"; else ok "speak: Dutch throughout"; fi
grep -qx '> Tab' "$WORK/out" && ok "speak: Tab is pressed once and the focus is said" || not_ok "speak: Tab" "$OUT"

run_meldsim speak "$FIX" --lang en --choices 1,1,1,1,1,1 --out "$WORK/en.wav"
expect "speak --lang en --out: English, written as a WAV" 0 "[en] Debrief"
if grep -q '^\[nl\]' "$WORK/out"; then not_ok "speak: English throughout" "$(grep -m3 '^\[nl\]' "$WORK/out")"; else ok "speak: English throughout"; fi
level=$(rms "$WORK/en.wav")
if loud "$level" && [ "$(soxi -D "$WORK/en.wav")" != "0.000000" ]; then
  ok "the WAV is speech (RMS $level, $(soxi -d "$WORK/en.wav"))"
else
  not_ok "the WAV is speech" "RMS $level"
fi

run_meldsim speak "$FIX" --choices 1,9
expect "speak: an option that is not offered is a usage error" 2 "option 9 is not offered"
run_meldsim speak
expect "speak: without a case, a usage error" 2 "which case?"
run_meldsim play "$FIX" --speech loud
expect "play --speech: on or off" 2 "--speech must be on or off"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skip - Xvfb or xdotool is not installed"
  finish
  exit 0
fi
cat >"$WORK/drive.sh" <<'DRIVE'
set -u
MELDSIM=$1 FIX=$2 WORK=$3
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=$WORK/sound.raw
"$MELDSIM" play "$FIX" --size 1024x600 >"$WORK/out" 2>"$WORK/err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$WORK/err"; kill $pid; exit 9; }
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 0.5
grep -c espeak "/proc/$pid/maps" >"$WORK/maps_before" || true
xdotool key v
sleep 2.5
grep -c espeak "/proc/$pid/maps" >"$WORK/maps_after" || true
xdotool key 1
sleep 1
xdotool key v
sleep 0.3
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
expect "the window with speech played and quit with exit 0" 0 "exit 0"
if [ "$(cat "$WORK/maps_before")" = "0" ] && [ "$(cat "$WORK/maps_after")" != "0" ]; then
  ok "eSpeak NG is loaded only once speech is turned on"
else
  not_ok "eSpeak NG is loaded only once speech is turned on" "before: $(cat "$WORK/maps_before") after: $(cat "$WORK/maps_after")"
fi
level=$(rms "$WORK/sound.raw" -t raw -r 22050 -e signed -b 16 -c 1)
if [ -s "$WORK/sound.raw" ] && loud "$level"; then
  ok "V: the window speaks (RMS $level)"
else
  not_ok "V: the window speaks" "RMS $level" "$ERR"
fi
finish
