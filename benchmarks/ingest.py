"""Benchmark ingest: PolNeAR train (840 articles) as one JSONL corpus and as HTML pages.

For each input form, database and worker count, a fresh database is filled by the same code
path as `quotes ingest` (readers -> extraction in worker processes -> one batching writer), and
the articles/s and MB/s of article text are printed.

    python benchmarks/ingest.py [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.schema import CreateSchema, DropSchema

from quotes.ingest import iter_articles
from quotes.pipeline import ingest
from quotes.store.db import open_engine

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "polnear" / "train.jsonl"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{publisher}">
<meta property="article:published_time" content="{date}T09:00:00Z"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside class="related"><h2>Related articles</h2><ul><li><a href="/x">Another story about the campaign</a></li>
<li><a href="/y">What the polls say this week</a></li></ul></aside></main>
<section id="comments"><h2>Comments</h2><p>Great article, thanks for posting!</p></section>
<footer><p>Copyright 2016. All rights reserved.</p></footer></body></html>"""


def write_inputs(directory: Path) -> tuple[Path, Path, int, int]:
    corpus = directory / "train.jsonl"
    pages = directory / "pages"
    pages.mkdir()
    n = chars = 0
    with corpus.open("w", encoding="utf-8") as out:
        for line in TRAIN.open(encoding="utf-8"):
            doc = json.loads(line)
            url = f"https://{doc['publisher']}.example.com/{doc['id']}"
            out.write(json.dumps({"text": doc["text"], "url": url, "title": doc["title"], "published": doc["date"],
                                  "outlet": doc["publisher"]}) + "\n")
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n\n") if p.strip())
            (pages / f"{n:04d}.html").write_text(PAGE.format(title=html.escape(doc["title"]), url=url, date=doc["date"],
                                                             publisher=doc["publisher"], paragraphs=paragraphs),
                                                 encoding="utf-8")
            n += 1
            chars += len(doc["text"])
    return corpus, pages, n, chars


def run(label: str, make_db, inputs: Path, workers: int, chars: int, repeats: int) -> None:
    """Ingest ``inputs`` into a fresh database ``repeats`` times; print the best and the median run."""
    times = []
    for _ in range(repeats):
        with make_db() as db_url:
            engine = open_engine(db_url)
            started = time.perf_counter()
            summary = ingest(engine, iter_articles([inputs], defer_pages=True), workers=workers)
            times.append(time.perf_counter() - started)
            engine.dispose()
    best, median = min(times), statistics.median(times)
    print(json.dumps({"run": label, "workers": workers, "articles": summary.articles, "failed": summary.counts["failed"],
                      "quotes": summary.quotes, "runs": repeats, "best_s": round(best, 2),
                      "articles_per_s_best": round(summary.articles / best), "articles_per_s_median": round(summary.articles / median),
                      "MB_per_s_best": round(chars / 1e6 / best, 2)}), flush=True)


@contextmanager
def fresh_sqlite(directory: Path):
    path = directory / f"{uuid.uuid4().hex}.db"
    yield f"sqlite:///{path}"
    path.unlink(missing_ok=True)


@contextmanager
def fresh_postgres(url: str):
    """A schema of its own, dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(CreateSchema(schema))
    try:
        yield make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    finally:
        with admin.begin() as connection:
            connection.execute(DropSchema(schema, cascade=True))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", help="PostgreSQL URL; each run gets a schema of its own, dropped afterwards")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=3, help="runs per case; the best and the median are printed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, pages, n, chars = write_inputs(Path(tmp))
        for form, inputs in (("jsonl", corpus), ("html", pages)):
            for workers in args.workers:
                run(f"{form} -> sqlite", lambda: fresh_sqlite(Path(tmp)), inputs, workers, chars, args.repeats)
                if args.postgres:
                    run(f"{form} -> postgresql", lambda: fresh_postgres(args.postgres), inputs, workers, chars,
                        args.repeats)


if __name__ == "__main__":
    main()
