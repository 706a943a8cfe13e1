# Broken and hostile scenario packs: each ends with exit 1 and a message naming the file,
# within seconds, without side effects. Zip packs are built here, not committed.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"

rm -f /tmp/meldsim-pwned
for dir in "$MELDSIM_FIXTURES"/broken/* "$MELDSIM_FIXTURES"/hostile/*; do
  name=$(basename "$(dirname "$dir")")/$(basename "$dir")
  run_meldsim check "$dir"
  expect "$name: exit 1 and message" 1 "$(cat "$dir/expect")"
  expect "$name: names the file" 1 "$(basename "$dir")/scenario.lua"
  if [ "$MS_TAKEN" -lt 5000 ]; then ok "$name: refused in ${MS_TAKEN} ms"; else not_ok "$name: took ${MS_TAKEN} ms"; fi
done
if [ -e /tmp/meldsim-pwned ]; then not_ok "no side effects: /tmp/meldsim-pwned exists"; else ok "no side effects on the file system"; fi

# A binary (precompiled) chunk is refused. Build one without luac: the ESC signature is enough.
mkdir -p "$WORK/binary"
printf '\033LuaT\000\031\223\r\n\032\n' >"$WORK/binary/scenario.lua"
run_meldsim check "$WORK/binary"
expect "binary chunk refused" 1 "binary (precompiled) Lua chunks are refused"

# Zip packs: a bomb, an entry flood, a symlink, a file that is no zip, a path escape.
python3 - "$WORK" <<'PY'
import sys, zipfile, struct, zlib, os
work = sys.argv[1]
# A real deflate bomb: 200 MB of zeros in a small entry.
with zipfile.ZipFile(f"{work}/bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("scenario.lua", "return {}")
    z.writestr("filler.bin", b"\0" * (200 * 1024 * 1024))
with zipfile.ZipFile(f"{work}/flood.zip", "w", zipfile.ZIP_STORED) as z:
    z.writestr("scenario.lua", "return {}")
    for i in range(50000):
        z.writestr(f"f/{i}", b"")
with zipfile.ZipFile(f"{work}/symlink.zip", "w") as z:
    info = zipfile.ZipInfo("scenario.lua")
    info.create_system = 3
    info.external_attr = (0o120777 << 16)
    z.writestr(info, "/etc/passwd")
with zipfile.ZipFile(f"{work}/escape.zip", "w") as z:
    z.writestr("../scenario.lua", "return {}")
with open(f"{work}/notzip.zip", "wb") as f:
    f.write(b"This is not a zip file at all.\n" * 10)
PY
for z in bomb flood symlink escape notzip; do
  run_meldsim check "$WORK/$z.zip"
  expect "zip $z refused" 1 "$z.zip"
  if [ "$MS_TAKEN" -lt 3000 ]; then ok "zip $z refused in ${MS_TAKEN} ms"; else not_ok "zip $z took ${MS_TAKEN} ms"; fi
done

# A folder pack and its .zip give the same result.
src="$MELDSIM_FIXTURES/valid/minimal"
(cd "$src" && python3 -c "import zipfile; z = zipfile.ZipFile('$WORK/minimal.zip', 'w', zipfile.ZIP_DEFLATED); z.write('scenario.lua'); z.close()")
run_meldsim run "$src" --strategy worst --json
cp "$WORK/out" "$WORK/folder.json"
run_meldsim run "$WORK/minimal.zip" --strategy worst --json
expect "zip pack runs" 0 '"scenario":	"voorbeeld"'
if cmp -s "$WORK/folder.json" "$WORK/out"; then ok "folder and zip give the same result"; else not_ok "folder and zip differ" "$(diff "$WORK/folder.json" "$WORK/out" | head -5)"; fi

# Nothing of the user's data folder was created by checking packs.
if [ -e "$XDG_DATA_HOME/meldsim/progress.sqlite" ]; then not_ok "checks wrote learner data"; else ok "checks write no learner data"; fi
finish
