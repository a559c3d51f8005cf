"""seed_flow.py URL PLUTORA_FILTER DATA_DIR: the seeds' flow against `plutora-filter serve` with
Python's requests — a token (and the wrong-credentials answer), a filtered GET, a paging loop to
the last page, POST /filter, GET by id — and then 50 concurrent clients. Every page must equal
what `plutora-filter eval` gives on the same data."""
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import requests

url, exe, data = sys.argv[1], sys.argv[2], sys.argv[3]
records = f"{data}/releases.jsonl"


def check(condition, what):
    if not condition:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def evaluate(filter_text, page_num=0, per_page=100):
    out = subprocess.run([exe, "eval", "--filter", filter_text, "--page-num", str(page_num),
                          "--records-per-page", str(per_page), records], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# 1. The token, as Postman sends it (x-www-form-urlencoded).
wrong = requests.post(f"{url}/oauth/token", data={"client_id": "cid", "client_secret": "nope", "grant_type": "password",
                                                  "username": "me@example.com", "password": "pw"})
check(wrong.status_code == 400 and wrong.json() == {"error": "invalid_grant",
                                                     "error_description": "The client_id or client_secret is incorrect."},
      "wrong credentials answer invalid_grant")
answer = requests.post(f"{url}/oauth/token", data={"client_id": "cid", "client_secret": "cs", "grant_type": "password",
                                                   "username": "me@example.com", "password": "pw"})
check(answer.status_code == 200, f"token: {answer.status_code} {answer.text}")
token = answer.json()
check(token["token_type"] == "bearer" and token["expires_in"] == 12000, "token shape")
session = requests.Session()
session.headers["Authorization"] = f"bearer {token['access_token']}"
check(requests.get(f"{url}/releases").status_code == 401, "no token: 401")

# 2. A filtered GET, as the source document writes it.
typical = "( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 )"
page = session.get(f"{url}/releases", params={"filter": typical, "pageNum": 0, "recordsPerPage": 10})
check(page.status_code == 200, f"GET: {page.status_code} {page.text[:200]}")
check(page.json() == evaluate(typical, 0, 10), "GET equals eval")
check(page.headers["Content-Type"].startswith("application/json"), "JSON content type")

# 3. The paging loop of a script: to the last page.
seen, page_num = [], 0
while True:
    r = session.get(f"{url}/releases?filter={quote(typical)}&pageNum={page_num}&recordsPerPage=25").json()
    seen += [rec["id"] for rec in r["resultSet"]]
    if (page_num + 1) * r["recordsPerPage"] >= r["totalCount"]:
        break
    page_num += 1
everything = evaluate(typical, 0, 100)
total = everything["totalCount"]
check(len(seen) == total and len(set(seen)) == total, f"paging loop saw {len(seen)} of {total}")
all_ids = []
for p in range((total + 99) // 100):
    all_ids += [rec["id"] for rec in evaluate(typical, p, 100)["resultSet"]]
check(seen == all_ids, "pages in eval's order")

# 4. POST /filter with an ExpandoObject body, and with searchFilters.
body = {"PageNum": 0, "RecordsPerPage": 5,
        "ExpandoObject": {"Left": {"Left": "name", "Operator": "Contains", "Right": "uat"}, "Operator": "And",
                          "Right": {"Left": "lastModifiedDate", "Operator": "GreaterOrEqual", "Right": "2022-01-01"}}}
r = session.post(f"{url}/releases/filter", json=body)
check(r.status_code == 200 and r.json() == evaluate(typical, 0, 5), f"POST /filter: {r.status_code} {r.text[:200]}")
r = session.post(f"{url}/releases/filter", json={"searchFilters": [{"property": "nmae", "operator": "contains", "value": "x"}]})
check(r.status_code == 400 and r.json()["diagnostics"][0]["code"] == "E016", "unknown field: 400 with E016")
check(session.post(f"{url}/changes/filter", json=body).status_code in (400, 200), "changes has POST /filter")
check(session.post(f"{url}/releases", json={"name": "x"}).status_code == 405, "writes are 405")

# 5. GET by id, of a record found above.
rid = seen[0]
r = session.get(f"{url}/releases/{rid}")
check(r.status_code == 200 and r.json()["id"] == rid, "GET by id")
check(session.get(f"{url}/releases/00000000-0000-0000-0000-000000000000").status_code == 404, "unknown id: 404")
check(session.get(f"{url}/changes").json()["totalCount"] == 40, "a pretty-printed array of changes")

# 6. 50 concurrent clients, each with its own token and filters; every answer equals eval's.
filters = [typical, "`releaseStatusType` = `cancelled`", "`releaseRiskLevel` iswithin `High,Medium`",
           "( `name` !~ `legacy` ) and ( `implementationDate` < 2021-06-01 )", "`identifier` = `REL-7`"]
expected = {(f, p): evaluate(f, p, 20) for f in filters for p in range(2)}


def client(n):
    s = requests.Session()
    t = s.post(f"{url}/oauth/token", data={"client_id": "cid", "client_secret": "cs", "grant_type": "password",
                                          "username": f"user{n}@example.com", "password": "pw"}).json()["access_token"]
    s.headers["Authorization"] = f"Bearer {t}"
    for i in range(6):
        f = filters[(n + i) % len(filters)]
        p = i % 2
        r = s.get(f"{url}/releases", params={"filter": f, "pageNum": p, "recordsPerPage": 20})
        if r.status_code != 200 or r.json() != expected[(f, p)]:
            return f"client {n}: {f} page {p}: {r.status_code}"
    return None


with ThreadPoolExecutor(max_workers=50) as pool:
    failures = [f for f in pool.map(client, range(50)) if f]
check(not failures, f"concurrent clients: {failures[:3]}")
print(f"seed flow: token, GET, {page_num + 1} pages, POST /filter, GET by id; 50 concurrent clients x 6 requests: all equal to eval")
