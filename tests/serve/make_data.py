"""make_data.py DIR [N]: N releases (JSON Lines) and 40 changes (a pretty-printed JSON array) for
the serve tests, the same every time."""
import json
import random
import sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = random.Random(7)
statuses = ["Draft", "Approved", "Execution", "Completed", "Cancelled"]
words = ["UAT", "Core", "Mobile", "API", "Legacy", "Web", "Payments"]
with open(f"{out}/releases.jsonl", "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "identifier": f"REL-{i}",
            "name": f"{rng.choice(words)} {rng.choice(words)} {i}",
            "releaseStatusType": rng.choice(statuses),
            "implementationDate": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00",
            "lastModifiedDate": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00",
            "releaseRiskLevel": rng.choice(["Low", "Medium", "High"]),
            "budget": rng.randint(0, 10**6) if i % 7 else 123456789012345678901234567890,
        }, separators=(",", ":")) + "\n")
changes = [{"id": f"10000000-0000-4000-8000-{i:012d}", "name": f"Change {i}", "changeId": i,
            "status": rng.choice(["Open", "Closed"])} for i in range(40)]
with open(f"{out}/changes.json", "w", encoding="utf-8") as f:
    json.dump(changes, f, indent=2)
