#!/usr/bin/env python3
"""Write truth.json, verify/printed_forms.json and verify/conventions.json from tools/fields.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from fields import DOCS
truth, printed, conv = {}, {}, {}
for name, d in sorted(DOCS.items()):
    names = [f for f, _, _ in d["fields"]]
    assert len(names) == len(set(names)), name
    truth[name] = {f: t for f, t, _ in d["fields"]}
    printed[name] = {f: p for f, _, p in d["fields"]}
    conv[name] = d["conv"]
os.makedirs(os.path.join(ROOT, "verify"), exist_ok=True)
def dump(obj, path):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2); fh.write("\n")
dump(truth, "truth.json")
dump(printed, "verify/printed_forms.json")
dump(conv, "verify/conventions.json")
n = sum(len(v) for v in truth.values())
print(f"{len(truth)} documents, {n} values")
