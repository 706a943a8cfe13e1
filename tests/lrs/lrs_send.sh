#!/usr/bin/env bash
# tests/lrs/lrs_send.sh MELDSIM BUILD_DIR: `meldsim send` against a real learning record store,
# Learning Locker's statement service (npm xapi-statements, run by lrs_server.js on loopback).
# Installs the npm package into BUILD_DIR/lrs-npm when missing; skips (exit 77) only when npm
# cannot reach its registry. Checks the read-back through the store's own statements API
# (count, verbs, scores, pseudonyms), that a resend adds nothing, a wrong password, a store
# that is down, a 500 halfway through a batch, a token, and lrs.conf with its permission check.
set -euo pipefail
meldsim=$1
build=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
cache="$build/lrs-npm"
tmp=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  fail "node and npm are needed (scripts/deps.sh installs them)"
fi
if [ ! -f "$cache/node_modules/xapi-statements/dist/server.js" ]; then
  mkdir -p "$cache"
  if ! timeout 30 npm ping >/dev/null 2>&1; then
    echo "skip - npm cannot reach its registry, so the real LRS (xapi-statements) cannot be installed"
    exit 77
  fi
  echo "installing xapi-statements into $cache"
  timeout 400 npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
    xapi-statements@5.0.1 >"$tmp/npm.log" 2>&1 || { cat "$tmp/npm.log" >&2; fail "npm install"; }
fi

mkdir -p "$tmp/lrs"
node "$here/lrs_server.js" "$cache/node_modules" "$tmp/lrs" >"$tmp/lrs.log" 2>&1 &
server=$!
for _ in $(seq 200); do [ -f "$tmp/lrs/ports.json" ] && break; kill -0 "$server" || break; sleep 0.1; done
[ -f "$tmp/lrs/ports.json" ] || { cat "$tmp/lrs.log" >&2; fail "the LRS did not start"; }
read -r lrs_port proxy_port < <(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p["lrs"], p["proxy"])' "$tmp/lrs/ports.json")
lrs="http://127.0.0.1:$lrs_port/xAPI"
proxy="http://127.0.0.1:$proxy_port/xAPI"
user=meldsim password=geheim-wachtwoord token=test-token-123
echo "LRS (xapi-statements) at $lrs, proxy at $proxy"

export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home" MELDSIM_LANG=en
mkdir -p "$HOME"
db="$XDG_DATA_HOME/meldsim/records.sqlite3"
sent_count() { sqlite3 "$db" "SELECT count(*) FROM lrs_sent WHERE endpoint = '$1'"; }
run() { "$meldsim" run "$@" >/dev/null; }
# What the store holds, read through its own API (pages followed), summarised as JSON.
readback() {
  python3 "$here/lrs_readback.py" "http://127.0.0.1:$lrs_port" "$user" "$password"
}
expect_exit() { # expect_exit CODE OUTFILE command...
  local want=$1 out=$2
  shift 2
  set +e
  "$@" >"$out" 2>&1
  local got=$?
  set -e
  [ "$got" -eq "$want" ] || { cat "$out" >&2; fail "'$*' exited $got, expected $want"; }
}

# Two learners' attempts: anna passes one case and fails another, bram fails one; an open
# attempt (answers that may still be taken back) is not sent.
run pieter-en-suzan --strategy best --learner anna --mode toets
# A database of schema 1 (before lrs_sent) is migrated when it is opened.
sqlite3 "$db" "DROP TABLE lrs_sent; PRAGMA user_version = 1"
run blauwe-plekken --strategy worst --learner anna
[ "$(sqlite3 "$db" "PRAGMA user_version; SELECT count(*) FROM lrs_sent" | tr '\n' ' ')" = "2 0 " ] ||
  fail "schema 1 was not migrated to 2"
run niet-naar-huis --strategy worst --learner bram
set +e; "$meldsim" run ruzie-thuis --choices 1 --learner bram >/dev/null 2>&1; set -e
"$meldsim" export --format xapi --pseudonymise --out "$tmp/all.json" >/dev/null
python3 - "$tmp/all.json" "$tmp/closed.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
finished = {x["context"]["registration"] for x in s if x["verb"]["id"].endswith("/completed")}
json.dump([x for x in s if x["context"]["registration"] in finished], open(sys.argv[2], "w"))
PY
want=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/closed.json")

# 1. Send; read back; compare with the export.
expect_exit 0 "$tmp/out1" "$meldsim" send --lrs "$lrs" --user "$user" --password "$password" --batch 7
grep -q "^$want xAPI statements sent" "$tmp/out1" || { cat "$tmp/out1"; fail "first send: not $want sent"; }
readback >"$tmp/rb1.json"
python3 - "$tmp/closed.json" "$tmp/rb1.json" <<'PY'
import json, sys
want = json.load(open(sys.argv[1])); got = json.load(open(sys.argv[2]))
assert got["count"] == len(want), (got["count"], len(want))
assert sorted(got["ids"]) == sorted(x["id"] for x in want), "ids differ"
verbs = {}
for x in want:
    v = x["verb"]["id"].rsplit("/", 1)[1]; verbs[v] = verbs.get(v, 0) + 1
assert got["verbs"] == verbs, (got["verbs"], verbs)
assert verbs.get("passed") == 1 and verbs.get("failed") == 2 and verbs.get("completed") == 3, verbs
scores = {x["id"]: x["result"]["score"] for x in want if "score" in x.get("result", {})}
for i, sc in got["scores"].items():
    assert scores[i] == sc, (i, scores[i], sc)
assert len(got["scores"]) == len(scores)
assert got["actors"] == 2 and not got["names"], "actors are not two pseudonyms"
PY
echo "ok - $want statements of two learners read back from the LRS (count, ids, verbs, scores)"

# 2. A resend adds nothing, also when meldsim forgot what it sent (a crash before the mark).
expect_exit 0 "$tmp/out2" "$meldsim" send --lrs "$lrs" --user "$user" --password "$password"
grep -q "Nothing to send" "$tmp/out2" || fail "second send sent something: $(cat "$tmp/out2")"
sqlite3 "$db" "DELETE FROM lrs_sent"
expect_exit 0 "$tmp/out3" "$meldsim" send --lrs "$lrs" --user "$user" --password "$password"
[ "$(readback | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')" -eq "$want" ] ||
  fail "a resend duplicated statements in the LRS"
echo "ok - a resend adds nothing to the LRS"

# 3. Wrong password: a clear message, exit 3, nothing marked, the password never printed.
run het-geheim --strategy best --learner cara
before=$(sent_count "$lrs")
expect_exit 3 "$tmp/out4" "$meldsim" send --lrs "$lrs" --user "$user" --password "fout-$password"
grep -q "refused the credentials (HTTP 401)" "$tmp/out4" || fail "wrong password: $(cat "$tmp/out4")"
grep -qF "$password" "$tmp/out4" && fail "the password was printed"
[ "$(sent_count "$lrs")" -eq "$before" ] || fail "a refused send marked statements as sent"
echo "ok - wrong password: exit 3, nothing marked"

# 4. The store is down: queued, a clear message, exit 3.
down=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
expect_exit 3 "$tmp/out5" "$meldsim" send --lrs "http://127.0.0.1:$down/xAPI" --token "$token" --retries 1
grep -q "cannot be reached" "$tmp/out5" && grep -q "still queued" "$tmp/out5" ||
  fail "LRS down: $(cat "$tmp/out5")"
[ "$(sent_count "http://127.0.0.1:$down/xAPI")" -eq 0 ] || fail "a send to a dead store marked statements"
echo "ok - LRS down: queued, exit 3"

# 5. A 500 halfway through the second batch, twice (the retry fails too): the first batch is
#    marked, the rest resent later; the store ends with every statement once.
run lege-broodtrommel --strategy random --seed 7 --learner bram
curl -fsS -X POST "http://127.0.0.1:$proxy_port/__fail?skip=1&after=2&times=2" >/dev/null
expect_exit 3 "$tmp/out6" "$meldsim" send --lrs "$proxy" --token "$token" --batch 5 --retries 1
grep -q "answered HTTP 500" "$tmp/out6" || fail "500: $(cat "$tmp/out6")"
[ "$(sent_count "$proxy")" -eq 5 ] || fail "after a 500 in batch 2, $(sent_count "$proxy") marked (want 5)"
expect_exit 0 "$tmp/out7" "$meldsim" send --lrs "$proxy" --token "$token" --batch 5
# once more with one 500 that the retry overcomes
run geen-vermoeden --strategy best --learner anna
curl -fsS -X POST "http://127.0.0.1:$proxy_port/__fail?after=3&times=1" >/dev/null
expect_exit 0 "$tmp/out8" "$meldsim" send --lrs "$proxy" --token "$token" --batch 100 --retries 2
"$meldsim" export --format xapi --pseudonymise --out "$tmp/all2.json" >/dev/null
python3 - "$tmp/all2.json" "$(readback)" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); got = json.loads(sys.argv[2])
finished = {x["context"]["registration"] for x in s if x["verb"]["id"].endswith("/completed")}
want = sorted(x["id"] for x in s if x["context"]["registration"] in finished)
assert got["count"] == len(want) == len(set(got["ids"])), (got["count"], len(want))
assert sorted(got["ids"]) == want, "ids differ after the 500s"
PY
echo "ok - a 500 halfway through a batch: the rest resent later, no duplicates"

# 6. lrs.conf: refused while others can read it; used once private; never echoed.
mkdir -p "$XDG_CONFIG_HOME/meldsim"
conf="$XDG_CONFIG_HOME/meldsim/lrs.conf"
printf '# the school LRS\nlrs = %s\nuser = %s\npassword = %s\n' "$lrs" "$user" "$password" >"$conf"
chmod 644 "$conf"
expect_exit 3 "$tmp/out9" "$meldsim" send
grep -q "can be read by others (mode 0644)" "$tmp/out9" || fail "open lrs.conf: $(cat "$tmp/out9")"
chmod 600 "$conf"
run anoniem-melden --strategy best --learner cara
expect_exit 0 "$tmp/out10" "$meldsim" send
grep -q "statements sent to $lrs" "$tmp/out10" || fail "lrs.conf send: $(cat "$tmp/out10")"
cat "$tmp"/out* | grep -q "$password" && fail "a password was printed"
sqlite3 "$db" .dump | grep -qF -e "$password" -e "$token" && fail "a credential was stored in the records"
echo "ok - lrs.conf: refused at 0644, used at 0600; no credential printed or stored"
