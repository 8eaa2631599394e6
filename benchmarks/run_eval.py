"""Run the extractor over a PolNeAR-format file and write predictions for score.py.

    python benchmarks/run_eval.py ../shared/polnear/dev.jsonl /tmp/pred_dev.jsonl
"""
import json
import sys
import time

from quotes.extract.core import _extract

src, dst = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
with open(dst, "w") as f:
    for line in open(src):
        d = json.loads(line)
        out = []
        for q, a in _extract(d["text"], strict=True):
            row = q.to_dict()
            row["how"] = a.how if a else None
            out.append(row)
        f.write(json.dumps({"id": d["id"], "quotes": out}) + "\n")
print(f"{time.perf_counter() - t0:.2f}s", file=sys.stderr)
