"""How far quote+speaker F1 moves on a sample the size of PolNeAR dev, drawn from another split.

Dev holds 12 articles from each of 7 publishers; this draws that many articles per publisher from a
gold file (train by default) again and again, scores the extractor on each draw, and prints the spread,
so that a dev figure can be read against the noise of its sample size.

    python benchmarks/sample_spread.py ../shared/polnear/train.jsonl --per-publisher 12 --draws 400 --below 0.783
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict

from quotes.evaluate import score
from quotes.extract import extract_quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="a PolNeAR-format JSONL file with a 'publisher' per article")
    parser.add_argument("--per-publisher", type=int, default=12)
    parser.add_argument("--draws", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--below", type=float, default=None, help="also print the share of draws at or below this F1")
    args = parser.parse_args()

    with open(args.gold, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    predictions = {d["id"]: [q.to_dict() for q in extract_quotes(d["text"])] for d in docs}
    by_publisher: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_publisher[d.get("publisher", "")].append(d)

    rng = random.Random(args.seed)
    f1s = []
    for _ in range(args.draws):
        sample = [d for group in by_publisher.values() for d in rng.sample(group, min(args.per_publisher, len(group)))]
        figures, _ = score(sample, predictions)
        f1s.append(figures["e2e_f1"])
    f1s.sort()
    n = len(f1s)
    print(f"{args.draws} draws of {args.per_publisher} articles per publisher: quote+speaker F1 median {f1s[n // 2]:.3f}, "
          f"5th percentile {f1s[n // 20]:.3f}, 95th percentile {f1s[n - 1 - n // 20]:.3f}")
    if args.below is not None:
        print(f"share of draws at or below {args.below:.3f}: {sum(f <= args.below for f in f1s) / n:.2f}")


if __name__ == "__main__":
    main()
