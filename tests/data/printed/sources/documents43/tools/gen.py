#!/usr/bin/env python3
"""Write truth.json, verify/printed_forms.json and verify/conventions.json from tools/fields.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import fields  # noqa: E402


def main():
    truth, printed, conv = {}, {}, {}
    for d in fields.DOCS:
        f = d["file"]
        assert f not in truth, f
        names = [x["name"] for x in d["fields"]]
        assert len(names) == len(set(names)), (f, names)
        truth[f] = {x["name"]: x["value"] for x in d["fields"]}
        printed[f] = {x["name"]: ({"printed": x["printed"], "page": x["page"]} if x["page"]
                                  else {"printed": x["printed"]}) for x in d["fields"]}
        conv[f] = dict(d["conventions"], country=d["country"], language=d["lang"])
    os.makedirs(os.path.join(ROOT, "verify"), exist_ok=True)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(ROOT, "verify", "printed_forms.json"), "w", encoding="utf-8") as fh:
        json.dump(printed, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(ROOT, "verify", "conventions.json"), "w", encoding="utf-8") as fh:
        json.dump(conv, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    n = sum(len(v) for v in truth.values())
    print(f"wrote truth.json: {len(truth)} documents, {n} values")


if __name__ == "__main__":
    main()
