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
import tempfile
import time
import uuid
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


def fresh_postgres(url: str):
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(CreateSchema(schema))
    return admin, schema, make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)


def run(label: str, db_url: str, inputs: Path, workers: int, n: int, chars: int) -> None:
    engine = open_engine(db_url)
    t0 = time.perf_counter()
    summary = ingest(engine, iter_articles([inputs], defer_pages=True), workers=workers)
    elapsed = time.perf_counter() - t0
    engine.dispose()
    print(json.dumps({"run": label, "workers": workers, "articles": summary.articles, "failed": summary.counts["failed"],
                      "quotes": summary.quotes, "seconds": round(elapsed, 2),
                      "articles_per_s": round(summary.articles / elapsed), "MB_per_s": round(chars / 1e6 / elapsed, 2)}),
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", help="PostgreSQL URL; each run gets a schema of its own, dropped afterwards")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, pages, n, chars = write_inputs(Path(tmp))
        for form, inputs in (("jsonl", corpus), ("html", pages)):
            for workers in args.workers:
                db = Path(tmp) / f"{form}-{workers}.db"
                run(f"{form} -> sqlite", f"sqlite:///{db}", inputs, workers, n, chars)
                if args.postgres:
                    admin, schema, url = fresh_postgres(args.postgres)
                    try:
                        run(f"{form} -> postgresql", url, inputs, workers, n, chars)
                    finally:
                        with admin.begin() as connection:
                            connection.execute(DropSchema(schema, cascade=True))
                        admin.dispose()


if __name__ == "__main__":
    main()
