"""Extraction speed over a PolNeAR-format corpus: the full extractor against a bare regex pass.

    python -m quotes.bench [--corpus PATH] [--repeats N]

Both are timed in the same run over the same article texts with
``time.perf_counter``; the best of ``--repeats`` runs counts, and the extractor's first run is printed
too (its word caches still cold, as for the first articles a new process ingests). The CPU time of
the process (``time.process_time``) is printed too, as a check on a machine
whose cores are shared with other work. The regex pass
only pairs quotation marks (``re.finditer``), so the ratio says what finding
the speakers costs on top of finding the quotations.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from quotes.extract import EXTRACTOR_VERSION, extract_quotes

#: the bare baseline: a straight or curly double-quote pair on one line
QUOTE_PAIR = re.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”]")
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "polnear" / "train.jsonl"


def load_texts(path: Path) -> list[str]:
    """Article texts of a JSONL file whose lines have a ``text`` field."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _best_of(repeats: int, fn, texts: list[str]) -> tuple[float, float, int, float]:
    """Best wall-clock seconds (perf_counter), best CPU seconds of this process, the count, and the
    first run's wall-clock seconds."""
    best = best_cpu = first = float("inf")
    found = 0
    for i in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        found = fn(texts)
        took = time.perf_counter() - t0
        first = took if i == 0 else first
        best = min(best, took)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, found, first


def run_extractor(texts: list[str]) -> int:
    return sum(len(extract_quotes(t)) for t in texts)


def run_regex(texts: list[str]) -> int:
    n = 0
    for t in texts:
        for _ in QUOTE_PAIR.finditer(t):
            n += 1
    return n


def bench(texts: list[str], repeats: int = 3) -> dict:
    """Seconds, MB/s and quotations found for the extractor and the regex pass."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t_ext, c_ext, n_ext, first_ext = _best_of(repeats, run_extractor, texts)
    t_re, c_re, n_re, _ = _best_of(repeats, run_regex, texts)
    return {
        "articles": len(texts),
        "megabytes": round(mb, 3),
        "extractor_seconds": t_ext,
        "extractor_mb_s": mb / t_ext if t_ext else float("inf"),
        "extractor_quotes": n_ext,
        "extractor_cpu_mb_s": mb / c_ext if c_ext else float("inf"),
        "extractor_first_mb_s": mb / first_ext if first_ext else float("inf"),
        "regex_seconds": t_re,
        "regex_mb_s": mb / t_re if t_re else float("inf"),
        "regex_quotes": n_re,
        "regex_cpu_mb_s": mb / c_re if c_re else float("inf"),
        "ratio": t_ext / t_re if t_re else float("inf"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quotes.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with a 'text' field per line")
    ap.add_argument("--repeats", type=int, default=3, help="best of this many runs (default 3)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"Error: corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    texts = load_texts(args.corpus)
    r = bench(texts, max(1, args.repeats))
    print(f"corpus    {args.corpus} ({r['articles']} articles, {r['megabytes']:.2f} MB)")
    print(f"extractor {EXTRACTOR_VERSION}: {r['extractor_mb_s']:6.2f} MB/s  "
          f"({r['extractor_seconds']:.3f} s, {r['extractor_quotes']} quotes, speakers included)")
    print(f"          first run {r['extractor_first_mb_s']:.2f} MB/s (word caches cold, as when a process starts)")
    print(f"regex     pairs only: {r['regex_mb_s']:6.2f} MB/s  ({r['regex_seconds']:.3f} s, {r['regex_quotes']} pairs)")
    print(f"ratio     extractor takes {r['ratio']:.1f}x the regex pass's time")
    print(f"cpu time  extractor {r['extractor_cpu_mb_s']:.2f} MB/s, regex {r['regex_cpu_mb_s']:.2f} MB/s"
          " (this process only: a check when other work shares the cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
