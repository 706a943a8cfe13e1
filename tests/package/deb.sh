#!/usr/bin/env bash
# tests/package/deb.sh BUILD_DIR: builds the .deb with CPack, unpacks it with dpkg -x into a
# throwaway folder and runs the unpacked meldsim from there (no MELDSIM_ROOT, so the
# programs must find their cases in <prefix>/share/meldsim); checks Depends, the man page,
# and validates the desktop entry and the AppStream metainfo where the validators are installed.
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A private CPack folder, so a concurrent scripts/package in the same build is not disturbed.
(cd "$build" && timeout 120 cpack -G DEB -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$tmp"/cpack/meldsim_*.deb)
echo "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in liblua5.4 libphysfs libcjson libsqlite3 libcurl4 libsdl2-2.0 libsdl2-ttf libsdl2-image libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done

recommends=$(dpkg-deb -f "$deb" Recommends)
grep -q libespeak-ng1 <<<"$recommends" && grep -q espeak-ng-data <<<"$recommends" ||
  fail "Recommends lacks eSpeak NG (the window's speech): '$recommends'"

root="$tmp/root"
dpkg -x "$deb" "$root"
for f in usr/bin/meldsim usr/bin/meldsim-player usr/share/meldsim/assets/meldcode.json \
  usr/share/meldsim/assets/strings/text.json usr/share/meldsim/assets/fonts/Lato-Regular.ttf \
  usr/share/meldsim/scenarios/pieter-en-suzan/scenario.lua usr/share/doc/meldsim/copyright \
  usr/share/doc/meldsim/Lato-LICENSE.txt usr/share/doc/meldsim/OpenDyslexic-LICENSE.txt \
  usr/share/doc/meldsim/DejaVuSans-LICENSE.txt usr/share/meldsim/assets/fonts/OpenDyslexic-Regular.otf \
  usr/share/man/man1/meldsim.1.gz \
  usr/share/man/nl/man1/meldsim.1.gz usr/share/applications/nl.meldsim.Meldsim.desktop \
  usr/share/icons/hicolor/scalable/apps/nl.meldsim.Meldsim.svg \
  usr/share/metainfo/nl.meldsim.Meldsim.metainfo.xml; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done

# A copy of a case only the unpacked tree has: seeing it proves the programs read <prefix>/share/meldsim
# and not the source tree this build came from.
cp -r "$root/usr/share/meldsim/scenarios/pieter-en-suzan" "$root/usr/share/meldsim/scenarios/uit-het-pakket"

# Run from the unpacked tree, away from the source tree and with a fresh user folder.
unset MELDSIM_ROOT
export XDG_DATA_HOME="$tmp/xdg" HOME="$tmp/home" MELDSIM_LANG=nl
mkdir -p "$HOME"
cd "$tmp"
"$root/usr/bin/meldsim" list >"$tmp/list.txt" || fail "meldsim list failed"
grep -q pieter-en-suzan "$tmp/list.txt" || fail "meldsim list does not show pieter-en-suzan"
# (list shows a case by the id in its scenario.lua, so the copy is a second pieter-en-suzan)
[ "$(grep -c '^pieter-en-suzan ' "$tmp/list.txt")" -eq 2 ] ||
  fail "meldsim list does not read the unpacked share/meldsim"
[ "$(grep -c . "$tmp/list.txt")" -ge 10 ] || fail "meldsim list shows fewer than ten cases"
"$root/usr/bin/meldsim" run pieter-en-suzan --strategy best --json >"$tmp/run.json" ||
  fail "meldsim run failed"
python3 - "$tmp/run.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
text = json.dumps(r)
assert "veilig" in text.lower(), "the best run of pieter-en-suzan names no Veilig Thuis"
PY

# meldsim(1) is the --help text.
grep -q '^\.TH MELDSIM 1' <(zcat "$root/usr/share/man/man1/meldsim.1.gz") || fail "no .TH in meldsim(1)"
# Whole outputs first: a grep that stops at its first match would cut the writer off (SIGPIPE,
# which pipefail turns into a failure of the test).
help_text=$(MELDSIM_LANG=en "$root/usr/bin/meldsim" --help)
help_line=$(grep -m1 'meldsim export' <<<"$help_text")
man_text=$(zcat "$root/usr/share/man/man1/meldsim.1.gz")
grep -qF -- "$help_line" <<<"$man_text" ||
  fail "meldsim(1) lacks the --help line: $help_line"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/nl.meldsim.Meldsim.desktop" ||
    fail "desktop-file-validate"
  echo "desktop entry valid"
else
  echo "skip - desktop-file-validate is not installed (desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/nl.meldsim.Meldsim.metainfo.xml" ||
    fail "appstreamcli validate"
  echo "metainfo valid"
else
  echo "skip - appstreamcli is not installed (appstream)"
fi
echo "ok - the .deb unpacked with dpkg -x lists and plays the cases"
