# End to end under Xvfb with the mouse alone: the real window at 1024x600, 200% text, high
# contrast; the pointer (XTest, tests/cli/lib/mouse.py) clicks the first option or the filled
# button it sees, turns the wheel when neither is in view, and plays the case to its debrief.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal
LIB="$(cd "$(dirname "$0")/lib" && pwd)"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v python3 >/dev/null; then
  echo "skip - Xvfb, xdotool or python3 is not installed"
  finish
  exit 0
fi
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$WORK/fb"

cat >"$WORK/drive.sh" <<'DRIVE'
set -u
MELDSIM=$1 FIX=$2 WORK=$3 LIB=$4
"$MELDSIM" play "$FIX" --size 1024x600 --font-scale 200 --contrast high >"$WORK/out" 2>"$WORK/err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$WORK/err"; kill $pid; exit 9; }
sleep 0.5
eval "$(xdotool getwindowgeometry --shell "$wid")"
clicks=0 wheels=0
for i in $(seq 1 120); do
  grep -q '^debrief:' "$WORK/out" && break
  cp "$WORK/fb/Xvfb_screen0" "$WORK/screen.xwd"
  # The high-contrast accent: option badges and the filled (primary) button.
  at=$(python3 "$LIB/mouse.py" next "$WORK/screen.xwd" "$X" "$Y" "$WIDTH" "$HEIGHT" FFE14D)
  if [ "$at" = none ]; then
    python3 "$LIB/mouse.py" wheel $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
    wheels=$((wheels + 1))
    sleep 0.15
    continue
  fi
  python3 "$LIB/mouse.py" click $at
  clicks=$((clicks + 1))
  python3 "$LIB/mouse.py" move $((X + 2)) $((Y + HEIGHT / 2)) # off the buttons again
  sleep 0.3
done
echo "clicks $clicks wheels $wheels" >>"$WORK/out"
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && { echo "did not quit" >>"$WORK/err"; kill $pid; }
wait $pid
echo "exit $?" >>"$WORK/out"
DRIVE

set +e
xvfb_run "-screen 0 1280x800x24 -fbdir $WORK/fb" timeout 150 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK" "$LIB"
set -e
RC=0; OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "the mouse alone played the case to its debrief" 0 "debrief: voorbeeld"
expect "the window closed with exit 0" 0 "exit 0"
if grep -q "clicks [1-9]" "$WORK/out"; then ok "it took clicks ($(grep -o 'clicks.*' "$WORK/out"))"; else not_ok "it took clicks" "$OUT"; fi
finish
