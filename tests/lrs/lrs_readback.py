# tests/lrs/lrs_readback.py BASE USER PASSWORD: reads every statement from an LRS through its
# xAPI statements resource (following "more") and prints a JSON summary: count, ids, verb
# counts, scores by id, the number of distinct actors, and whether any actor has a name.
import base64, json, sys, urllib.request

base, user, password = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
url, statements = base + "/xAPI/statements?limit=500", []
while url:
    req = urllib.request.Request(url, headers={"Authorization": auth,
                                               "X-Experience-API-Version": "1.0.3"})
    with urllib.request.urlopen(req, timeout=30) as r:
        page = json.load(r)
    statements += page["statements"]
    more = page.get("more")
    url = base + more if more else None
verbs, scores, actors = {}, {}, set()
for s in statements:
    v = s["verb"]["id"].rsplit("/", 1)[1]
    verbs[v] = verbs.get(v, 0) + 1
    if "score" in s.get("result", {}):
        scores[s["id"]] = s["result"]["score"]
    actors.add(json.dumps(s["actor"].get("account"), sort_keys=True))
print(json.dumps({"count": len(statements), "ids": [s["id"] for s in statements], "verbs": verbs,
                  "scores": scores, "actors": len(actors),
                  "names": any("name" in s["actor"] for s in statements)}))
