# Exports: the CSV (RFC 4180, the columns docs/records.md documents) and the xAPI 1.0.3
# statements, checked by a strict validator written from the specification's data chapter:
# required and allowed properties, formats (UUID, IRI, ISO 8601 timestamp and duration,
# RFC 5646 language tags), no nulls, score bounds, interaction components, extension keys.
set -euo pipefail
. "$(dirname "$0")/lib/assert.bash"
FIX=$MELDSIM_FIXTURES/valid/minimal
DOC=$MELDSIM_ROOT/docs/records.md

# a few learners and modes: best, worst (critical mistake), practice with a step back, unfinished
"$MELDSIM" run pieter-en-suzan --strategy best --learner 'Anna, "de" Vries' --mode toets >/dev/null
"$MELDSIM" run pieter-en-suzan --strategy worst --learner leerling-1234 --mode toets >/dev/null
"$MELDSIM" run "$FIX" --choices 2,t,1,1,1,1,1,1 --learner '=SOM(A1)' >/dev/null
"$MELDSIM" run "$FIX" --choices 1,1 --learner half >/dev/null 2>&1 || [ $? -eq 4 ] # unfinished
"$MELDSIM" run ruzie-thuis --strategy random --seed 7 --learner Zoë --lang en >/dev/null

# ---- CSV
run_meldsim export --format csv --out "$WORK/all.csv"
expect "CSV export" 0 "regels geschreven naar $WORK/all.csv"
expect "export warns that it holds personal data" 0 "persoonsgegevens"
[ "$(stat -c %a "$WORK/all.csv")" = 600 ] && ok "the export is readable by its owner only" ||
  not_ok "export file mode" "$(stat -c %a "$WORK/all.csv")"
python3 - "$WORK/all.csv" "$DOC" >"$WORK/csv.out" 2>&1 <<'EOF' && ok "CSV is RFC 4180 with the documented columns" || not_ok "CSV checks" "$(cat "$WORK/csv.out")"
import csv, io, re, sys
raw = open(sys.argv[1], 'rb').read()
text = raw.decode('utf-8')
assert '\r\n' in text and '\n' not in text.replace('\r\n', ''), 'records must end in CRLF'
rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
header, body = rows[0], rows[1:]
# the columns in the CSV section of docs/records.md, in order
doc = open(sys.argv[2], encoding='utf-8').read()
section = doc.split('## CSV', 1)[1].split('\n## ', 1)[0]
documented = re.findall(r'^\| `([a-z_]+)` \|', section, re.M)
assert header == documented, f'header {header} != documented {documented}'
assert all(len(r) == len(header) for r in body), 'ragged rows'
recs = [dict(zip(header, r)) for r in body]
kinds = {r['record'] for r in recs}
assert kinds == {'choice', 'case'}, kinds
cases = [r for r in recs if r['record'] == 'case']
assert len(cases) == 4, len(cases)                   # 'half' is not finished
assert sum(r['learner'] == 'half' for r in recs) == 2
names = {r['learner'] for r in recs}
assert 'Anna, "de" Vries' in names, names            # quoted and unquoted again
assert "'=SOM(A1)" in names, names                   # no formula in a spreadsheet
assert sum(r['undone'] == '1' for r in recs) == 1
for r in recs:
    if r['record'] == 'case':
        assert r['seq'] == '' and r['scene'] == ''
        assert 0 <= float(r['scaled']) <= 1 and r['passed'] in ('0', '1')
        assert int(r['minimum']) <= int(r['earned']) <= int(r['possible'])
        assert sum(int(r[s + '_possible']) for s in
                   ('signalen', 'consultatie', 'gesprek', 'wegen', 'beslissen')) == int(r['possible'])
    else:
        assert int(r['worst']) <= int(r['points']) <= int(r['best'])
        assert re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$', r['answered_at'])
        assert r['ending'] == ''
regs = {}
for r in recs:
    regs.setdefault(r['attempt'], set()).add(r['registration'])
assert all(len(v) == 1 for v in regs.values()), 'one registration per attempt'
assert len({next(iter(v)) for v in regs.values()}) == len(regs), 'registrations differ'
print('ok')
EOF

# ---- xAPI
cat >"$WORK/validate_xapi.py" <<'EOF'
# A strict check of xAPI 1.0.3 statements (xAPI-Data.md, part two) plus meldsim's own rules.
import datetime, json, re, sys

UUID = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$')
IRI = re.compile(r'^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]+$')
LANG = re.compile(r'^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
STAMP = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$')
DURATION = re.compile(r'^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$')
INTERACTIONS = {'true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance',
                'sequencing', 'likert', 'numeric', 'other'}
STEPS = {'signalen', 'consultatie', 'gesprek', 'wegen', 'beslissen'}
errors = []

def err(i, msg):
    errors.append(f'statement {i}: {msg}')

def keys(i, where, obj, allowed, required=()):
    if not isinstance(obj, dict):
        err(i, f'{where} is not an object'); return False
    for k in obj:
        if k not in allowed: err(i, f'{where} has a property the spec does not allow: {k}')
    for k in required:
        if k not in obj: err(i, f'{where} lacks {k}')
    if not obj: err(i, f'{where} is an empty object')
    return True

def no_nulls(i, v, path):
    if v is None: err(i, f'null at {path}')
    elif isinstance(v, dict):
        for k, x in v.items():
            if k != 'extensions': no_nulls(i, x, f'{path}.{k}')
    elif isinstance(v, list):
        for n, x in enumerate(v): no_nulls(i, x, f'{path}[{n}]')

def lang_map(i, where, m):
    if keys(i, where, m, set(m) if isinstance(m, dict) else set()):
        for k, v in m.items():
            if not LANG.match(k): err(i, f'{where}: {k!r} is not an RFC 5646 tag')
            if not isinstance(v, str) or not v: err(i, f'{where}[{k}] is not a string')

def iri(i, where, v):
    if not isinstance(v, str) or not IRI.match(v): err(i, f'{where} is not an IRI: {v!r}')

def extensions(i, where, e):
    if keys(i, where, e, set(e) if isinstance(e, dict) else set()):
        for k in e: iri(i, f'{where} key', k)

def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

def activity(i, where, a):
    keys(i, where, a, {'objectType', 'id', 'definition'}, ('id',))
    if a.get('objectType', 'Activity') != 'Activity': err(i, f'{where}.objectType')
    iri(i, f'{where}.id', a.get('id'))
    d = a.get('definition')
    if d is None: return
    keys(i, f'{where}.definition', d, {'name', 'description', 'type', 'moreInfo', 'interactionType',
         'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps', 'extensions'})
    for k in ('name', 'description'):
        if k in d: lang_map(i, f'{where}.definition.{k}', d[k])
    if 'type' in d: iri(i, f'{where}.definition.type', d['type'])
    if 'extensions' in d: extensions(i, f'{where}.definition.extensions', d['extensions'])
    it = d.get('interactionType')
    if it is not None and it not in INTERACTIONS: err(i, f'interactionType {it!r}')
    if 'choices' in d:
        if it not in ('choice', 'sequencing'): err(i, 'choices without a choice interaction')
        ids = [c.get('id') for c in d['choices']]
        if len(set(ids)) != len(ids): err(i, 'choice ids not distinct')
        for c in d['choices']:
            keys(i, 'interaction component', c, {'id', 'description'}, ('id',))
            if not isinstance(c.get('id'), str) or re.search(r'\s', c.get('id', ' ')): err(i, 'component id')
            if 'description' in c: lang_map(i, 'component description', c['description'])

def check(i, s, now):
    no_nulls(i, s, 'statement')
    keys(i, 'statement', s, {'id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp',
         'stored', 'authority', 'version', 'attachments'}, ('actor', 'verb', 'object'))
    if 'id' in s and not (isinstance(s['id'], str) and UUID.match(s['id'])):
        err(i, f'id {s["id"]!r} is not a UUID')
    ts = s.get('timestamp')
    if ts is not None:
        if not isinstance(ts, str) or not STAMP.match(ts): err(i, f'timestamp {ts!r}')
        elif datetime.datetime.fromisoformat(ts.replace('Z', '+00:00')) > now: err(i, 'timestamp in the future')
    if 'version' in s and not s['version'].startswith('1.0.'): err(i, 'version')
    a = s['actor']
    keys(i, 'actor', a, {'objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'})
    ifis = [k for k in ('mbox', 'mbox_sha1sum', 'openid', 'account') if k in a]
    if len(ifis) != 1: err(i, f'an Agent needs exactly one identifier, has {ifis}')
    if 'account' in a:
        keys(i, 'account', a['account'], {'homePage', 'name'}, ('homePage', 'name'))
        if not re.match(r'^https?://', a['account'].get('homePage', '')): err(i, 'homePage is not an IRL')
        if not a['account'].get('name'): err(i, 'account.name empty')
    v = s['verb']
    keys(i, 'verb', v, {'id', 'display'}, ('id',))
    iri(i, 'verb.id', v.get('id'))
    if 'display' in v: lang_map(i, 'verb.display', v['display'])
    activity(i, 'object', s['object'])
    r = s.get('result')
    if r is not None:
        keys(i, 'result', r, {'score', 'success', 'completion', 'response', 'duration', 'extensions'})
        sc = r.get('score')
        if sc is not None:
            keys(i, 'score', sc, {'scaled', 'raw', 'min', 'max'})
            if any(not number(x) for x in sc.values()): err(i, 'score values must be numbers')
            if 'scaled' in sc and not -1 <= sc['scaled'] <= 1: err(i, 'scaled outside -1..1')
            if 'min' in sc and 'max' in sc and not sc['min'] < sc['max']: err(i, 'min not below max')
            if 'raw' in sc and 'min' in sc and sc['raw'] < sc['min']: err(i, 'raw below min')
            if 'raw' in sc and 'max' in sc and sc['raw'] > sc['max']: err(i, 'raw above max')
        for k in ('success', 'completion'):
            if k in r and not isinstance(r[k], bool): err(i, f'result.{k} is not a boolean')
        if 'duration' in r and not DURATION.match(r['duration']): err(i, f'duration {r["duration"]!r}')
        if 'extensions' in r: extensions(i, 'result.extensions', r['extensions'])
        d = s['object'].get('definition', {})
        if d.get('interactionType') == 'choice' and 'response' in r:
            if any(x not in [c['id'] for c in d.get('choices', [])] for x in r['response'].split('[,]')):
                err(i, 'response is not one of the choices')
    c = s.get('context')
    if c is not None:
        keys(i, 'context', c, {'registration', 'instructor', 'team', 'contextActivities', 'revision',
             'platform', 'language', 'statement', 'extensions'})
        if 'registration' in c and not UUID.match(c['registration']): err(i, 'registration')
        if 'language' in c and not LANG.match(c['language']): err(i, 'context.language')
        ca = c.get('contextActivities')
        if ca is not None:
            keys(i, 'contextActivities', ca, {'parent', 'grouping', 'category', 'other'})
            for k, lst in ca.items():
                if not isinstance(lst, list): err(i, f'contextActivities.{k} should be an array')
                for n, x in enumerate(lst if isinstance(lst, list) else [lst]):
                    activity(i, f'contextActivities.{k}[{n}]', x)
        if 'extensions' in c: extensions(i, 'context.extensions', c['extensions'])

def meldsim_rules(stmts, language):
    ids = [s['id'] for s in stmts]
    if len(set(ids)) != len(ids): errors.append('statement ids repeat')
    by_reg = {}
    for i, s in enumerate(stmts):
        verb = s['verb']['id'].rsplit('/', 1)[-1]
        reg = s['context']['registration']
        by_reg.setdefault(reg, []).append(verb)
        if s['context'].get('language') not in language: err(i, f'language {s["context"].get("language")}')
        ext = {k.rsplit('/', 1)[-1]: v for k, v in s.get('result', {}).get('extensions', {}).items()}
        if verb == 'answered':
            if s['object']['definition'].get('type') != 'http://adlnet.gov/expapi/activities/cmi.interaction':
                err(i, 'answered: not a cmi.interaction')
            if ext.get('meldcode-step') not in STEPS: err(i, 'answered: no Meldcode step')
            if 'critical-mistake' in ext and not ext['critical-mistake'].get('id'): err(i, 'critical id')
            if s['context']['contextActivities']['parent'][0]['id'] not in s['object']['id']:
                err(i, 'the decision is not inside its case')
        elif verb in ('completed', 'passed', 'failed'):
            r = s['result']
            for k in ('scaled', 'raw', 'min', 'max'):
                if k not in r['score']: err(i, f'{verb}: score.{k} missing')
            if 'success' not in r or 'duration' not in r: err(i, f'{verb}: success or duration missing')
            if set(ext.get('step-scores', {})) != STEPS: err(i, f'{verb}: step scores missing')
            if (verb == 'passed') != r['success'] and verb != 'completed': err(i, 'success disagrees with the verb')
        else:
            err(i, f'unexpected verb {verb}')
    for reg, verbs in by_reg.items():
        tail = [v for v in verbs if v != 'answered']
        if tail not in ([], ['completed', 'passed'], ['completed', 'failed']):
            errors.append(f'registration {reg}: {tail}')
        if verbs[:len(verbs) - len(tail)] != ['answered'] * (len(verbs) - len(tail)):
            errors.append(f'registration {reg}: answered after completed')
    return len(by_reg)

stmts = json.load(open(sys.argv[1], encoding='utf-8'))
assert isinstance(stmts, list) and stmts, 'a non-empty JSON array'
now = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=60)
for i, s in enumerate(stmts):
    check(i, s, now)
attempts = meldsim_rules(stmts, set(sys.argv[2].split(',')))
if errors:
    print('\n'.join(errors[:20]))
    sys.exit(1)
counts = {}
for s in stmts:
    v = s['verb']['id'].rsplit('/', 1)[-1]
    counts[v] = counts.get(v, 0) + 1
print(len(stmts), 'statements,', attempts, 'attempts,', counts)
EOF

run_meldsim export --format xapi --out "$WORK/all.json"
expect "xAPI export" 0 "xAPI-statements geschreven naar $WORK/all.json"
if python3 "$WORK/validate_xapi.py" "$WORK/all.json" nl-NL,en >"$WORK/v.out" 2>&1; then
  ok "xAPI export passes the validator: $(cat "$WORK/v.out")"
else not_ok "xAPI validator" "$(head -20 "$WORK/v.out")"; fi
python3 - "$WORK/all.json" >"$WORK/x.out" 2>&1 <<'EOF' && ok "xAPI content: verbs, steps, mistakes, languages" || not_ok "xAPI content" "$(cat "$WORK/x.out")"
import json, sys
s = json.load(open(sys.argv[1]))
verbs = [x['verb']['id'].rsplit('/', 1)[-1] for x in s]
assert verbs.count('completed') == 4 and verbs.count('passed') + verbs.count('failed') == 4
assert verbs.count('passed') >= 2          # best pieter-en-suzan, the practice run
crit = [x for x in s if any(k.endswith('/critical-mistake') for k in x.get('result', {}).get('extensions', {}))]
assert crit, 'the worst path has critical mistakes'
undone = [x for x in s if any(k.endswith('/undone') for k in x['result'].get('extensions', {}))]
assert len(undone) == 1
langs = {x['context']['language'] for x in s}
assert langs == {'nl-NL', 'en'}, langs     # Zoë played in English
names = {x['actor']['account']['name'] for x in s}
assert 'Anna, "de" Vries' in names and 'Zoë' in names
assert all(x['actor']['account']['homePage'] == 'https://meldsim.invalid' for x in s)
print('ok')
EOF
run_meldsim export --format xapi --pseudonymise --base https://leren.school.example/meldsim/ --out "$WORK/anon.json"
expect "pseudonymised export" 0 "geschreven"
python3 "$WORK/validate_xapi.py" "$WORK/anon.json" nl-NL,en >"$WORK/v.out" 2>&1 && ok "the pseudonymised export is valid too" ||
  not_ok "pseudonymised export valid" "$(head -5 "$WORK/v.out")"
if grep -q 'Anna\|Zoë\|leerling-1234\|SOM(A1)' "$WORK/anon.json"; then not_ok "no names in the pseudonymised export"; else ok "no names in the pseudonymised export"; fi
grep -q '"homePage":"https://leren.school.example/meldsim"' "$WORK/anon.json" &&
  grep -q '"https://leren.school.example/meldsim/xapi/case/pieter-en-suzan"' "$WORK/anon.json" &&
  ok "--base sets the home page and the activity ids" || not_ok "--base"
run_meldsim export --format xapi --pseudonymise --base https://leren.school.example/meldsim --out "$WORK/anon2.json"
cmp -s "$WORK/anon.json" "$WORK/anon2.json" && ok "exporting twice gives the same statements (same ids)" ||
  not_ok "stable export"
run_meldsim export --learner Zoë --format xapi --out -
expect "--out - writes to standard output" 0 '"name":"Zoë"'
if grep -q "Anna" "$WORK/out"; then not_ok "--learner exports one learner only"; else ok "--learner exports one learner only"; fi

run_meldsim export --format pdf --out "$WORK/x"
expect "unknown format" 2 "export needs --format csv or --format xapi"
run_meldsim export --format csv
expect "export needs --out" 2 "export needs --out FILE"
run_meldsim export --format xapi --base ftp://x --out "$WORK/x"
expect "--base must be http(s)" 2 "--base takes an http(s) IRI"
run_meldsim export --format csv --out "$WORK/nergens/x.csv"
expect "an unwritable path is an I/O error" 3 "cannot write"
finish
