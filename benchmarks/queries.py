"""Benchmark the fact-checker queries on a large database: who-said latency and accuracy, search, export.

Builds a database of realistic quotes (PolNeAR gold quotes cut into clauses and recombined) on
SQLite and/or PostgreSQL, then asks who-said with misremembered versions of stored quotes
(a word dropped, two words swapped, a typo, another spelling, only part of the quote) and
checks that the source quote comes back first (top-1) or among the first five (top-5).

    python benchmarks/queries.py --sqlite /tmp/bench.db --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
    python benchmarks/queries.py --sqlite /tmp/small.db --quotes 100000 --sources 10000 --speakers 2000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, insert, select, text

from quotes.match import normalise_quote, quote_key
from quotes.output import Format, write_rows
from quotes.store.db import open_engine, session_scope
from quotes.store.lookup import who_said
from quotes.store.models import Quotation, Source, Speaker, SpeakerAlias
from quotes.names import name_key
from quotes.store.repo import QUOTE_COLUMNS, QuoteFilter, quote_tuples, search_quotes

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "polnear"
FIRST = "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle".split()
LAST = "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Peskov Putin Borrell Macron Lukashenko".split()
OUTLETS = [f"outlet{i}.example.com" for i in range(60)]


def clauses() -> list[str]:
    """Clauses of real quotes: PolNeAR's gold quotations split at commas and sentence ends."""
    found = []
    for name in ("train.jsonl", "dev.jsonl"):
        for line in open(POLNEAR / name, encoding="utf-8"):
            doc = json.loads(line)
            for q in doc["quotes"]:
                for part in re.split(r"(?<=[,.;:?!])\s+", q["text"]):
                    if len(part.split()) >= 3:
                        found.append(part.strip())
    return found


def synthetic_quotes(n: int, rng: random.Random) -> list[str]:
    parts = clauses()
    return [" ".join(rng.sample(parts, rng.choice((1, 2, 2, 3)))) for _ in range(n)]


def build(url: str, n_quotes: int, n_sources: int, n_speakers: int, seed: int = 7) -> tuple[float, list[tuple[int, str]]]:
    rng = random.Random(seed)
    engine = open_engine(url)
    with engine.begin() as connection:
        for model in (Quotation, SpeakerAlias, Speaker, Source):
            connection.execute(delete(model))
    names = sorted({f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}" for _ in range(n_speakers * 2)})
    names = names[:n_speakers]
    texts = synthetic_quotes(n_quotes, rng)
    t0 = time.perf_counter()
    now = datetime.now(timezone.utc)
    start_day = date(2016, 1, 1)
    sources = [
        {"id": i + 1, "url": f"https://{rng.choice(OUTLETS)}/{i}", "url_key": None, "title": f"Article {i}",
         "outlet": None, "published": start_day + timedelta(days=rng.randrange(1500)),
         "sha256": f"{i:064x}", "text": "", "ingested_at": now}
        for i in range(n_sources)
    ]
    for s in sources:
        s["outlet"] = s["url"].split("/")[2]
        s["url_key"] = s["url"]
    quotes = []
    for i, t in enumerate(texts):
        speaker = rng.randrange(len(names))
        quotes.append({"id": i + 1, "source_id": rng.randrange(n_sources) + 1, "speaker_id": speaker + 1,
                       "text": t, "text_key": quote_key(t), "search_text": normalise_quote(t), "start": i, "end": i + len(t), "cue": "said",
                       "speaker_name": names[speaker], "speaker_as_written": None, "speaker_role": None, "kind": "full",
                       "context": t, "extractor_version": "bench"})
    with engine.begin() as connection:
        connection.execute(insert(Source), sources)
        connection.execute(insert(Speaker), [{"id": i + 1, "name": n} for i, n in enumerate(names)])
        connection.execute(insert(SpeakerAlias), [
            {"alias": n, "key": name_key(n), "surname_key": name_key(n.split()[-1]), "speaker_id": i + 1}
            for i, n in enumerate(names)])
        if engine.dialect.name == "postgresql":
            _copy_quotes(connection, quotes)
        else:
            for i in range(0, len(quotes), 50_000):
                connection.execute(insert(Quotation), quotes[i : i + 50_000])
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    elapsed = time.perf_counter() - t0
    engine.dispose()
    return elapsed, [(q["id"], q["text"]) for q in quotes]


def _copy_quotes(connection, quotes) -> None:
    columns = ["id", "source_id", "speaker_id", "text", "text_key", "search_text", "start", "end", "cue", "kind", "context", "extractor_version"]
    raw = connection.connection.dbapi_connection
    with raw.cursor() as cursor:
        with cursor.copy(f'COPY quotes ({", ".join(chr(34) + c + chr(34) for c in columns)}) FROM STDIN') as copy:
            for q in quotes:
                copy.write_row([q[c] for c in columns])


def misremember(quote: str, rng: random.Random) -> str:
    words = quote.split()
    if len(words) > 12 and rng.random() < 0.5:  # only part of it remembered
        start = rng.randrange(len(words) // 3)
        words = words[start : start + max(6, int(len(words) * 0.6))]
    change = rng.choice(["drop", "swap", "typo", "spelling", "extra"])
    if change == "drop" and len(words) > 4:
        del words[rng.randrange(len(words))]
    elif change == "swap" and len(words) > 3:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif change == "typo":
        long = [i for i, w in enumerate(words) if len(w) > 4] or [0]
        i = rng.choice(long)
        w = words[i]
        j = rng.randrange(1, max(2, len(w) - 1))
        words[i] = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :] if len(w) > 2 else w
    elif change == "spelling":
        words = [re.sub("iz", "is", re.sub("or$", "our", w)) for w in words]
    else:
        words.insert(rng.randrange(len(words) + 1), rng.choice(["really", "just", "very", "actually"]))
    return " ".join(words)


def measure(url: str, stored: list[tuple[int, str]], n_queries: int, label: str) -> dict:
    rng = random.Random(11)
    engine = open_engine(url)
    targets = rng.sample([s for s in stored if len(s[1].split()) >= 8], n_queries)
    latencies, top1, top5 = [], 0, 0
    keys = {quote_id: quote_key(t) for quote_id, t in targets}
    with session_scope(engine) as session:
        who_said(session, "warm up the caches please")
        for quote_id, original in targets:
            query = misremember(original, rng)
            t0 = time.perf_counter()
            results = who_said(session, query, limit=5)
            latencies.append(time.perf_counter() - t0)
            found = [quote_key(r["quote"]) for r in results]
            top1 += bool(found) and found[0] == keys[quote_id]
            top5 += keys[quote_id] in found
        speaker = session.scalar(select(Speaker.name).order_by(Speaker.id).limit(1))
        t0 = time.perf_counter()
        speaker_rows = list(search_quotes(session, QuoteFilter(speaker=speaker, limit=100)))
        speaker_ms = (time.perf_counter() - t0) * 1000
    with tempfile.TemporaryDirectory() as tmp, session_scope(engine) as session:
        t0 = time.perf_counter()
        with open(Path(tmp) / "all.csv", "w", encoding="utf-8", newline="") as stream:
            exported = write_rows(quote_tuples(session, QuoteFilter(newest_first=False)), QUOTE_COLUMNS, Format.csv, stream)
        export_s = time.perf_counter() - t0
    engine.dispose()
    latencies.sort()
    return {
        "database": label,
        "queries": n_queries,
        "who_said_p50_ms": round(statistics.median(latencies) * 1000, 1),
        "who_said_p95_ms": round(latencies[int(0.95 * len(latencies)) - 1] * 1000, 1),
        "top1": round(top1 / n_queries, 3),
        "top5": round(top5 / n_queries, 3),
        "search_by_speaker_ms": round(speaker_ms, 1),
        "search_by_speaker_rows": len(speaker_rows),
        "export_rows": exported,
        "export_s": round(export_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", help="SQLite file to build (replaced)")
    parser.add_argument("--postgres", help="PostgreSQL URL (its quotes tables are emptied first)")
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--speakers", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="measure the databases as they are, without building")
    args = parser.parse_args()
    targets = []
    if args.sqlite:
        if not args.reuse:
            Path(args.sqlite).unlink(missing_ok=True)
        targets.append(("sqlite", f"sqlite:///{Path(args.sqlite).resolve()}"))
    if args.postgres:
        targets.append(("postgresql", args.postgres))
    for label, url in targets:
        if args.reuse:
            engine = open_engine(url)
            with engine.connect() as connection:
                stored = [tuple(r) for r in connection.execute(select(Quotation.id, Quotation.text))]
            engine.dispose()
            print(json.dumps(measure(url, stored, args.queries, label)), flush=True)
            continue
        build_s, stored = build(url, args.quotes, args.sources, args.speakers)
        print(f"{label}: built {args.quotes:,} quotes, {args.sources:,} sources, {args.speakers:,} speakers in {build_s:.0f} s", flush=True)
        print(json.dumps(measure(url, stored, args.queries, label)), flush=True)


if __name__ == "__main__":
    main()
