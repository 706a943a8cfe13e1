# meldsim shot and play on the command line: PNGs of every screen at the supported sizes, usage
# errors, and the no-display message (needs no display: shot renders off-screen).
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal

png_size() { # FILE -> "WxH" from the PNG header, or "" when it is no PNG
  python3 - "$1" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read(32)
if d[:8] == b'\x89PNG\r\n\x1a\n' and d[12:16] == b'IHDR':
    print('%dx%d' % struct.unpack('>II', d[16:24]))
PY
}

expect_png() { # NAME FILE SIZE
  local got
  got=$(png_size "$2" 2>/dev/null || true)
  if [ "$got" = "$3" ]; then ok "$1"; else not_ok "$1" "expected a $3 PNG, got '${got:-nothing}'"; fi
}

for size in 1024x600 1280x720 1920x1080; do
  for scale in 100 200; do
    run_meldsim shot "$FIX" --size "$size" --font-scale "$scale" --out "$WORK/play.png"
    expect "shot play $size $scale%" 0 ""
    expect_png "play.png is a $size PNG" "$WORK/play.png" "$size"
  done
done
run_meldsim shot "$FIX" --choices 1,1 --screen feedback --contrast high --lang en --out "$WORK/fb.png"
expect "shot feedback in high contrast, English" 0 ""
expect_png "feedback PNG" "$WORK/fb.png" 1280x720
run_meldsim shot "$FIX" --strategy worst --screen debrief --size 1920x1080 --out "$WORK/db.png"
expect "shot debrief after the worst path" 0 ""
expect_png "debrief PNG" "$WORK/db.png" 1920x1080
run_meldsim shot --screen menu --size 1024x600 --out "$WORK/menu.png"
expect "shot of the start screen needs no case" 0 ""
expect_png "menu PNG" "$WORK/menu.png" 1024x600

# Different screens give different pictures.
if cmp -s "$WORK/fb.png" "$WORK/db.png"; then not_ok "screens differ"; else ok "screens differ"; fi

run_meldsim shot "$FIX" --screen debrief --choices 1 --out "$WORK/x.png"
expect "debrief before the end is refused" 2 "do not reach the end"
run_meldsim shot "$FIX" --choices 1,9 --out "$WORK/x.png"
expect "an option that is not offered is named" 2 "option 9 is not offered"
run_meldsim shot "$FIX" --choices 1 --strategy best --out "$WORK/x.png"
expect "choices and strategy together" 2 "not both"
run_meldsim shot "$FIX" --font-scale 300 --out "$WORK/x.png"
expect "font scale out of range" 2 "--font-scale"
run_meldsim shot "$FIX" --size 10x10 --out "$WORK/x.png"
expect "silly size" 2 "--size"
run_meldsim shot "$FIX"
expect "shot needs --out" 2 "--out"
run_meldsim shot bestaat-niet --out "$WORK/x.png"
expect "unknown case" 2 "bestaat-niet"
run_meldsim shot "$FIX" --out "$WORK/nergens/x.png"
expect "unwritable output" 3 "cannot write"
run_meldsim play
expect "play needs a case" 2 "which case"

# No display: the window says so in Dutch and English and points to the terminal player.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 timeout 20 "$MELDSIM" play "$FIX" >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "no display: exit 3 and points to meldsim text" 3 "meldsim text"
expect "no display: also in English" 3 "no display is available"
# Without a driver named, SDL would fall back to an invisible off-screen window: refused too.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER timeout 20 "$MELDSIM" play "$FIX" >"$WORK/out" 2>"$WORK/err"
RC=$?
set -e
OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err")
expect "no display and no driver named: exit 3, no invisible window" 3 "meldsim text"
# ... and it is the only thing said: two lines, Dutch and English, nothing from the drivers tried.
if [ "$(grep -vc '^meldsim: ' "$WORK/err")" = 0 ] && [ "$(wc -l <"$WORK/err")" = 2 ]; then
  ok "no display: only our two lines on stderr"
else
  not_ok "no display: only our two lines on stderr" "stderr: ${ERR:0:400}"
fi

finish
