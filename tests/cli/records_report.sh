# The group report of a simulated training day: 30 learners, each on their own laptop (own
# data folder), play three cases; every laptop exports xAPI (pseudonymised); the report adds
# them up. Its numbers are checked against the exports, and the page is rendered in headless
# Chromium: the DOM is there, the console shows no error (a page with a broken script proves
# the check sees errors), it prints to PDF, and a screenshot is taken.
# MELDSIM_ARTIFACTS=DIR keeps report.html, report.png and report.pdf there for a look.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
CASES=(pieter-en-suzan ruzie-thuis het-geheim)
mkdir -p "$WORK/exports"

for i in $(seq 1 30); do
  export XDG_DATA_HOME="$WORK/laptop$i"
  for c in "${CASES[@]}"; do
    if [ $((i % 5)) -eq 0 ]; then
      "$MELDSIM" run "$c" --strategy best --learner "deelnemer-$i" --mode toets >/dev/null
    else
      "$MELDSIM" run "$c" --strategy random --seed $((i * 7 + ${#c})) --learner "deelnemer-$i" --mode toets >/dev/null
    fi
  done
  if [ "$i" -le 3 ]; then # practice, unfinished: exit 4
    "$MELDSIM" run "${CASES[0]}" --choices 1,t,2 --learner "deelnemer-$i" >/dev/null 2>&1 || [ $? -eq 4 ]
  fi
  "$MELDSIM" export --format xapi --pseudonymise --out "$WORK/exports/laptop$i.json" >/dev/null
done
export XDG_DATA_HOME="$WORK/xdg"
cp "$WORK/exports/laptop1.json" "$WORK/exports/laptop1-again.json" # exported twice by mistake

run_meldsim report "$WORK"/exports/*.json --out "$WORK/report.html"
expect "report of 31 files" 0 "30 deelnemers"
[ "$MS_TAKEN" -lt 5000 ] && ok "report took $MS_TAKEN ms" || not_ok "report speed" "$MS_TAKEN ms"

python3 - "$WORK/report.html" "$WORK"/exports/laptop{1..30}.json >"$WORK/check.out" 2>&1 <<'EOF' && ok "the report's numbers match the exports" || not_ok "report numbers" "$(cat "$WORK/check.out")"
import html, json, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
stmts = [s for f in sys.argv[2:] for s in json.load(open(f, encoding='utf-8'))]
cases = {}
for s in stmts:
    verb = s['verb']['id'].rsplit('/', 1)[-1]
    if verb in ('completed', 'passed', 'failed'):
        title = s['object']['definition']['name']['nl-NL']
        c = cases.setdefault(title, {'completed': 0, 'passed': 0, 'failed': 0, 'scaled': 0.0})
        c[verb] += 1
        if verb == 'completed':
            c['scaled'] += s['result']['score']['scaled']
assert len(cases) == 3, cases
rows = re.findall(r'<tr><td><a href="#case-\d+">([^<]*)</a></td><td class="num">(\d+)</td>'
                  r'<td class="num">(\d+)</td><td class="num">(\d+)%</td><td class="num">(\d+)%</td>', page)
assert len(rows) == 3, rows
for title, done, learners, passed, average in rows:
    c = cases[html.unescape(title)]
    assert int(done) == c['completed'] == 30, (title, done)
    assert int(learners) == 30
    assert int(passed) == round(100 * c['passed'] / (c['passed'] + c['failed'])), (title, passed)
    assert int(average) == round(100 * c['scaled'] / c['completed']), (title, average)
# per decision: the counts of the first decision of the first case add up to its answers
first = page.split('class="decision"', 1)[1].split('</table>', 1)[0]
counts = [int(n) for n in re.findall(r'</svg></td><td class="num">(\d+)</td>', first)]
assert sum(counts) >= 30, counts
assert 'dubbele statements zijn één keer geteld' in page
assert page.count('<svg') > 50 and '<script' not in page and 'http://' not in page.split('<main>')[1]
print('ok')
EOF

# ---- a real browser
BROWSER=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$BROWSER" ]; then
  not_ok "headless Chromium" "chromium is not installed (it is in MELDSIM_TEST_PACKAGES, scripts/deps.sh)"
  finish
  exit 1
fi
chrome() { # chrome LOG ARGS...: headless Chromium with logging to LOG; its stdout is kept
  local log=$1
  shift
  timeout 90 "$BROWSER" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$WORK/chrome" --enable-logging=stderr --v=0 "$@" 2>"$log"
}
console_errors() { grep -E 'CONSOLE|Uncaught|Refused to|Content Security Policy' "$1" || true; }

printf '<!DOCTYPE html><html><body><p>x</p><script>nergens_gedefinieerd()</script></body></html>' >"$WORK/broken.html"
chrome "$WORK/broken.log" --dump-dom "file://$WORK/broken.html" >/dev/null || true
if grep -q "nergens_gedefinieerd" <<<"$(console_errors "$WORK/broken.log")"; then ok "the console check sees a script error"; else
  not_ok "the console check sees a script error" "$(tail -3 "$WORK/broken.log")"; fi

chrome "$WORK/dom.log" --dump-dom "file://$WORK/report.html" >"$WORK/dom.html" || true
if grep -q "Groepsrapport Meldcode-training" "$WORK/dom.html" && grep -q "Hoe de groep koos" "$WORK/dom.html"; then
  ok "Chromium renders the report"; else not_ok "Chromium renders the report" "$(tail -3 "$WORK/dom.log")"; fi
errors=$(console_errors "$WORK/dom.log")
[ -z "$errors" ] && ok "the console shows no errors" || not_ok "the console shows no errors" "$errors"

chrome "$WORK/shot.log" --window-size=1200,2400 --screenshot="$WORK/report.png" --virtual-time-budget=5000 \
  "file://$WORK/report.html" >/dev/null || true
python3 - "$WORK/report.png" >"$WORK/png.out" 2>&1 <<'EOF' && ok "screenshot: $(cat "$WORK/png.out")" || not_ok "screenshot" "$(cat "$WORK/png.out")"
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', data[16:24])
assert (w, h) == (1200, 2400), (w, h)
# not a blank page: the image data must vary (a uniform page compresses to almost nothing)
idat = b''.join(data[p + 8:p + 8 + struct.unpack('>I', data[p:p + 4])[0]]
                for p in range(8, len(data) - 12) if data[p + 4:p + 8] == b'IDAT')
raw = zlib.decompress(idat)
assert len(set(raw[::97])) > 20, 'the page looks blank'
print(f'{w}x{h}, {len(data)} bytes')
EOF

chrome "$WORK/pdf.log" --print-to-pdf="$WORK/report.pdf" --no-pdf-header-footer "file://$WORK/report.html" >/dev/null || true
pages=$(python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page(?![s\w])", open(sys.argv[1], "rb").read())))' \
  "$WORK/report.pdf" 2>/dev/null || echo 0)
[ "$pages" -ge 3 ] && ok "it prints: $pages pages of PDF" || not_ok "print to PDF" "$pages pages; $(tail -2 "$WORK/pdf.log")"

if [ -n "${MELDSIM_ARTIFACTS:-}" ]; then
  mkdir -p "$MELDSIM_ARTIFACTS"
  cp "$WORK/report.html" "$WORK/report.png" "$WORK/report.pdf" "$MELDSIM_ARTIFACTS/" 2>/dev/null || true
fi

# ---- what is not an export
echo '{"niet": "xapi"}' >"$WORK/wrong.json"
run_meldsim report "$WORK/wrong.json" --out "$WORK/x.html"
expect "a file that is not an export is named" 1 "wrong.json: not a list of xAPI statements"
run_meldsim report "$WORK/ontbreekt.json" --out "$WORK/x.html"
expect "a missing file is named" 2 "ontbreekt.json: cannot read"
run_meldsim report --out "$WORK/x.html"
expect "report needs files" 2 "report needs FILES"
finish
