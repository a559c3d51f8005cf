#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/ from the project's own inputs: every string literal
of the tests that is a filter, a query string or a body, the lines of examples/filters.txt, and
filter + records pairs for evaluation. Run from the repository root; files are named by content."""
import hashlib
import itertools
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "fuzz" / "corpus"


def literals(source: str):
    for m in re.finditer(r'R"\((.*?)\)"', source, re.S):
        yield m.group(1).encode()
    for m in re.finditer(r'(?<![R\w])"((?:[^"\\\n]|\\.)*)"', source):
        try:
            yield m.group(1).encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1")
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue


def kind(b: bytes):
    s = b.lstrip()
    if s.startswith(b"{"):
        return "body"
    if s.startswith((b"http", b"?", b"filter=", b"/")) or b"filter=" in s:
        return "query"
    if len(s) >= 3 and re.search(rb"[ =~<>!]|\xe2\x88\x85", s):
        return "filter"
    return None


def save(target: str, data: bytes):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


filters, records = [], []
for test in sorted((root / "tests").glob("*.cpp")):
    for b in literals(test.read_text(encoding="utf-8")):
        k = kind(b)
        if k:
            save(k, b)
        if k == "filter" and len(b) < 200:
            filters.append(b)
        if k == "body" and test.name in ("test_eval.cpp", "test_pager.cpp", "test_cli.cpp"):
            records.append(b)
for line in (root / "examples" / "filters.txt").read_bytes().splitlines():
    if line.strip() and not line.startswith(b"#"):
        save("filter", line)
save("eval", (root / "examples" / "releases.jsonl").read_bytes().replace(b"\n", b"\n", 1).join([b"name ~ uat\n", b""]))
for f, r in itertools.islice(zip(itertools.cycle(filters), records * 4), 300):
    save("eval", f.replace(b"\n", b" ") + b"\n" + r)
