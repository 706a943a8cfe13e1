# The real window under Xvfb shows, pixel for pixel, what `meldsim shot` renders of the same
# screen: on opening, after a resize, and after another window covered it and went away.
# Xvfb keeps its screen in a file (-fbdir); tests/cli/lib/pixels.py reads it and the PNGs.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
. "$(dirname "$0")/lib/xvfb.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal
PIXELS="$(dirname "$0")/lib/pixels.py"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v python3 >/dev/null; then
  echo "skip - Xvfb, xdotool or python3 is not installed"
  finish
  exit 0
fi
export LSAN_OPTIONS="suppressions=$(dirname "$0")/ui_lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$WORK/fb"

# Xvfb's pointer sits in the middle of its screen (1350,400); the window is moved off it to
# (1400,0) before each picture, so no button is lit by the pointer.
cat >"$WORK/drive.sh" <<'DRIVE'
set -u
MELDSIM=$1 FIX=$2 WORK=$3
snap() { sleep 0.6; cp "$WORK/fb/Xvfb_screen0" "$WORK/$1.xwd"; eval "$(xdotool getwindowgeometry --shell "$wid")"; echo "$1 $X $Y $WIDTH $HEIGHT" >>"$WORK/geometry"; }
"$MELDSIM" play "$FIX" --size 1024x600 >"$WORK/out" 2>"$WORK/err" &
pid=$!
wid=$(timeout 15 xdotool search --sync --name "Meldcode" | head -1)
[ -n "$wid" ] || { echo "no window" >>"$WORK/err"; kill $pid; exit 9; }
sleep 0.3
xdotool key 1                      # oefenen: the play screen
xdotool windowmove --sync "$wid" 1400 0
snap opened
xdotool windowsize --sync "$wid" 1280 720
snap resized
# Another window over ours, then gone: ours must paint itself again.
"$MELDSIM" play "$FIX" --size 1280x720 >/dev/null 2>&1 &
other=$!
timeout 15 xdotool search --sync --all --onlyvisible --name "Meldcode" >/dev/null
sleep 0.6
cp "$WORK/fb/Xvfb_screen0" "$WORK/covered.xwd"
kill $other; wait $other 2>/dev/null
snap uncovered
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && { echo "did not quit" >>"$WORK/err"; kill $pid; }
wait $pid
echo "exit $?" >>"$WORK/out"
DRIVE

set +e
xvfb_run "-screen 0 2700x800x24 -fbdir $WORK/fb" timeout 120 bash "$WORK/drive.sh" "$MELDSIM" "$FIX" "$WORK"
set -e
RC=0; OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "the window opened, played and closed with exit 0" 0 "exit 0"

run_meldsim shot "$FIX" --screen play --size 1024x600 --out "$WORK/play-1024.png"
expect "shot of the play screen at 1024x600" 0 ""
run_meldsim shot "$FIX" --screen play --size 1280x720 --out "$WORK/play-1280.png"
expect "shot of the play screen at 1280x720" 0 ""

# same_as NAME SHOT SNAPSHOT: the window's pixels in SNAPSHOT equal the shot's.
same_as() {
  local geo diff
  geo=$(awk -v s="$3" '$1 == s { print $2, $3, $4 "x" $5 }' "$WORK/geometry" 2>/dev/null)
  if [ -z "$geo" ]; then
    not_ok "$1" "no snapshot '$3' was taken" "stderr: ${ERR:0:400}"
    return
  fi
  set -- "$1" "$2" "$3" $geo
  if [ "$6" != "$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import pixels; w, h, _ = pixels.read_png(sys.argv[2]); print(f"{w}x{h}")' "$(dirname "$PIXELS")" "$2")" ]; then
    not_ok "$1" "the window is $6, the shot is not"
    return
  fi
  diff=$(python3 "$PIXELS" compare "$2" "$WORK/$3.xwd" "$4" "$5")
  if [ "$diff" = "0 0" ]; then ok "$1"; else not_ok "$1" "pixels differing, largest difference: $diff"; fi
}
same_as "on opening the window shows exactly the shot (1024x600)" "$WORK/play-1024.png" opened
same_as "after a resize the window shows exactly the shot (1280x720)" "$WORK/play-1280.png" resized
same_as "uncovered, the window paints itself again" "$WORK/play-1280.png" uncovered
# The check above can fail: while covered, the same place showed the other window.
diff=$(python3 "$PIXELS" compare "$WORK/play-1280.png" "$WORK/covered.xwd" 1400 0 2>/dev/null || echo "?")
if [ "$diff" != "0 0" ]; then ok "the other window really covered it ($diff)"; else not_ok "the other window really covered it"; fi
finish
