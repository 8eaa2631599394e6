"""The `quotes` command: a thin layer that parses arguments, calls the library, and prints."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from quotes.errors import QuotesError, first_line
from quotes.output import Format, write_rows

app = typer.Typer(
    help="Who said what, where and when: extract quotes from news articles and query them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLAlchemy URL or SQLite file path. [env: QUOTES_DB; default: ./quotes.db]"),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", min=0, help="Show at most N rows.")]
ApostropheQuotesOption = Annotated[bool, typer.Option(
    "--apostrophe-quotes", help="Read two apostrophes ('') as a double quotation mark, as LexisNexis-style archives print them.")]

SEARCH_TABLE_COLUMNS = ("id", "speaker", "quote", "published", "url")
WHO_SAID_COLUMNS = (
    "score", "id", "speaker", "quote", "speaker_as_written", "role", "cue", "kind", "url", "outlet", "title",
    "published", "start", "end", "context", "sources_count", "first_url", "first_published",
)
WHO_SAID_TABLE_COLUMNS = ("score", "id", "speaker", "quote", "url", "sources_count", "first_url")
QUOTE_SOURCES_TABLE_COLUMNS = ("id", "speaker", "quote", "published", "url", "context")


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=code)


@contextmanager
def database(db: str | None):
    """An engine at the current schema; library errors become one-line messages."""
    from sqlalchemy.exc import SQLAlchemyError  # here: commands without a database start faster without it

    from quotes.store.db import open_engine

    try:
        engine = open_engine(db)
    except QuotesError as exc:
        raise fail(str(exc)) from None
    try:
        yield engine
    except QuotesError as exc:
        raise fail(str(exc)) from None
    except SQLAlchemyError as exc:
        raise fail(f"database error: {first_line(exc)}") from None
    finally:
        engine.dispose()


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files and directories (read recursively): .txt, .md, .html, .jsonl, .csv; - for standard input.")],
    url: Annotated[Optional[str], typer.Option(help="Source URL of the article (with a single file).")] = None,
    input_format: Annotated[Optional[str], typer.Option(
        "--input-format", help="Read every input as text, html, jsonl or csv, whatever its suffix.")] = None,
    field: Annotated[Optional[list[str]], typer.Option(
        "--field", help="Corpus field for one of ours, e.g. --field text=body --field published=date.")] = None,
    workers: Annotated[Optional[int], typer.Option(min=0, help="Extraction processes beside the one that stores; 0 extracts in it. [default: the number of cores]")] = None,
    apostrophe_quotes: ApostropheQuotesOption = False,
    db: DbOption = None,
) -> None:
    """Read articles, extract their quotes, and store both (one transaction per article).

    The same article again (same normalised URL, or same text without one) is left unchanged;
    a known URL with new text is updated and its quotes replaced.

    Example: quotes ingest seeds/ corpus.jsonl --field text=body
    """
    from quotes.ingest import INPUT_FORMATS, iter_articles, read_stream
    from quotes.pipeline import default_workers, ingest as run_ingest
    from quotes.progress import ingest_progress

    if url and (len(paths) != 1 or paths[0].is_dir()):
        raise fail("--url goes with a single file", code=2)
    if input_format and input_format not in INPUT_FORMATS:
        raise fail(f"--input-format takes one of {', '.join(INPUT_FORMATS)}", code=2)
    fields = parse_fields(field or [])
    stdin = [p for p in paths if str(p) == "-"]
    if stdin and (len(paths) != 1 or not input_format):
        raise fail("- (standard input) goes alone and with --input-format", code=2)
    try:
        items = (read_stream(sys.stdin.buffer, input_format, url=url, fields=fields) if stdin
                 else iter_articles(paths, url=url, input_format=input_format, fields=fields, defer_pages=True))
    except ValueError as exc:
        raise fail(str(exc), code=2) from None
    with database(db) as engine, ingest_progress() as progress:
        summary = run_ingest(engine, items, workers or default_workers(), progress, apostrophe_quotes)
    typer.echo(summary.line())
    _note_apostrophe_quotes(summary.apostrophe_articles, "to read them: quotes reextract --all --apostrophe-quotes")
    if summary.counts["failed"]:
        raise typer.Exit(code=1)


def _note_apostrophe_quotes(articles: int, remedy: str) -> None:
    """Say on standard error how many articles printed their quotation marks as '' and went unread."""
    if articles:
        typer.echo(f"note: {articles} articles print quotation marks as two apostrophes (''), "
                   f"which were not read as quotes; {remedy}", err=True)


def parse_fields(pairs: list[str]) -> dict[str, str]:
    """["text=body", "published=date"] -> {"text": "body", "published": "date"}."""
    fields = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise fail(f"--field takes OURS=THEIRS, e.g. text=body (got {pair!r})", code=2)
        fields[ours.strip()] = theirs.strip()
    return fields


@app.command()
def reextract(
    everything: Annotated[bool, typer.Option("--all", help="Every stored article.")] = False,
    outdated: Annotated[bool, typer.Option("--outdated", help="Articles an older extractor version read.")] = False,
    workers: Annotated[Optional[int], typer.Option(min=0, help="Extraction processes beside the one that stores; 0 extracts in it. [default: the number of cores]")] = None,
    apostrophe_quotes: ApostropheQuotesOption = False,
    db: DbOption = None,
) -> None:
    """Run the current extractor again over stored article texts and replace their quotes.

    Example: quotes reextract --outdated
    """
    from quotes.extract import extractor_version
    from quotes.pipeline import default_workers, reextract as run_reextract
    from quotes.progress import ingest_progress

    if everything == outdated:
        raise fail("say which articles: --all or --outdated", code=2)
    with database(db) as engine, ingest_progress() as progress:
        summary = run_reextract(engine, only_outdated=outdated, workers=workers or default_workers(), progress=progress,
                                apostrophe_quotes=apostrophe_quotes)
    typer.echo(f"{summary.articles} articles re-read with extractor {extractor_version(apostrophe_quotes)}; "
               f"{summary.quotes} quotes stored")
    if summary.counts["failed"]:
        raise typer.Exit(code=1)


SpeakerOption = Annotated[Optional[str], typer.Option(help="Speaker name or alias, any case, e.g. putin.")]
OutletOption = Annotated[Optional[str], typer.Option(help="Outlet domain, e.g. bloomberg.com.")]
SinceOption = Annotated[Optional[str], typer.Option(help="Published on or after (YYYY-MM-DD).")]
UntilOption = Annotated[Optional[str], typer.Option(help="Published on or before (YYYY-MM-DD).")]
SourceOption = Annotated[Optional[str], typer.Option("--source", help="Only the article at this URL.")]
CueOption = Annotated[Optional[str], typer.Option(help="Cue verb, e.g. told.")]
MinSourcesOption = Annotated[int, typer.Option(min=1, help="Only quotes printed by at least N sources.")]
OffsetOption = Annotated[int, typer.Option(min=0, help="Skip the first N rows.")]


def quote_filter(text=None, speaker=None, outlet=None, since=None, until=None, source=None, cue=None,
                 min_sources=1, limit=None, offset=0):
    from quotes.store.repo import QuoteFilter

    return QuoteFilter(text=text, speaker=speaker, outlet=outlet, since=parse_date(since), until=parse_date(until),
                       source=source, cue=cue, min_sources=min_sources, limit=limit, offset=offset)


@app.command()
def search(
    text: Annotated[Optional[str], typer.Argument(help="Words the quote contains (case-insensitive).")] = None,
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    cue: CueOption = None,
    min_sources: MinSourcesOption = 1,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Find quotes: who said what, where.

    Example: quotes search --speaker Putin --since 2020-08-01 --format csv
    """
    from quotes.store.db import session_scope
    from quotes.store.repo import QUOTE_COLUMNS, search_quotes

    flt = quote_filter(text, speaker, outlet, since, until, source, cue, min_sources, limit, offset)
    with database(db) as engine, session_scope(engine) as session:
        columns = SEARCH_TABLE_COLUMNS if fmt is Format.table else QUOTE_COLUMNS
        count = write_rows(search_quotes(session, flt), columns, fmt, sys.stdout)
    if fmt is Format.table:
        typer.echo(f"{count} quote{'s' if count != 1 else ''}", err=True)


@app.command("who-said")
def who_said(
    text: Annotated[str, typer.Argument(help="The words as you remember them.")],
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    cue: CueOption = None,
    min_sources: MinSourcesOption = 1,
    limit: Annotated[int, typer.Option(min=1, help="Show at most N quotes.")] = 10,
    offset: OffsetOption = 0,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Who said this? Quotes that match half-remembered words, best match first.

    Example: quotes who-said "the situation is under controll"
    """
    from quotes.store.db import session_scope
    from quotes.store.lookup import who_said as lookup

    flt = quote_filter(None, speaker, outlet, since, until, source, cue, min_sources, offset=offset)
    with database(db) as engine, session_scope(engine) as session:
        rows = lookup(session, text, flt, limit=limit)
    columns = WHO_SAID_TABLE_COLUMNS if fmt is Format.table else WHO_SAID_COLUMNS
    write_rows(rows, columns, fmt, sys.stdout)
    if not rows:
        typer.echo("no quote matches those words", err=True)


@app.command()
def quote(
    quote_id: Annotated[int, typer.Argument(help="A quote's id, as search and who-said show it.")],
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Every source that printed one quote (the same words, or nearly), the first one first.

    Example: quotes quote 42
    """
    from quotes.store.db import session_scope
    from quotes.store.lookup import quote_sources
    from quotes.store.repo import QUOTE_COLUMNS

    with database(db) as engine, session_scope(engine) as session:
        rows = quote_sources(session, quote_id)
    if not rows:
        raise fail(f"no quote with id {quote_id}")
    columns = QUOTE_SOURCES_TABLE_COLUMNS if fmt is Format.table else (*QUOTE_COLUMNS, "score")
    write_rows(rows, columns, fmt, sys.stdout)


speakers_app = typer.Typer(add_completion=False)
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback(invoke_without_command=True)
def speakers(
    ctx: typer.Context,
    search: Annotated[Optional[str], typer.Option(help="Only speakers whose name or an alias contains this.")] = None,
    ambiguous: Annotated[bool, typer.Option(help="List names left unlinked because several speakers fit.")] = False,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
    db: DbOption = None,
) -> None:
    """List speakers under their canonical names, most quoted first, with aliases and roles.

    Example: quotes speakers --search clinton --format csv
    """
    if ctx.invoked_subcommand is not None:
        return
    from quotes.store.db import session_scope
    from quotes.store.speakers import SPEAKER_COLUMNS, ambiguous_names, list_speakers

    with database(db) as engine, session_scope(engine) as session:
        if ambiguous:
            write_rows(ambiguous_names(session), ("speaker", "quotes", "could_be"), fmt, sys.stdout)
        else:
            write_rows(list_speakers(session, search, limit), SPEAKER_COLUMNS, fmt, sys.stdout)


def curate(db: str | None, action, *args) -> None:
    """Run one curation action in one transaction; a name that fits no speaker, or several, is a one-line error."""
    from quotes.store.db import session_scope

    with database(db) as engine, session_scope(engine) as session:
        speaker = action(session, *args)
        name = speaker.name
    typer.echo(f"{action.__name__.replace('_', ' ')}: done; see quotes speakers show {name!r}")


@speakers_app.command("show")
def speakers_show(name: Annotated[str, typer.Argument(help="A name or alias.")], fmt: FormatOption = Format.table,
                  db: DbOption = None) -> None:
    """One speaker: canonical name, kind, quote count, aliases, roles, and the curation log.

    Example: quotes speakers show putin
    """
    from quotes.store.db import session_scope
    from quotes.store.speakers import SPEAKER_COLUMNS, show_speaker

    with database(db) as engine, session_scope(engine) as session:
        row = show_speaker(session, name)
    write_rows([row], (*SPEAKER_COLUMNS, "log"), fmt, sys.stdout)


@speakers_app.command("merge")
def speakers_merge(keep: Annotated[str, typer.Argument(help="The speaker to keep.")],
                   others: Annotated[list[str], typer.Argument(help="Speakers to fold into it.")],
                   db: DbOption = None) -> None:
    """Make several speakers one: their quotes and aliases move to KEEP.

    Example: quotes speakers merge "Vladimir Putin" "V. Putin"
    """
    from quotes.store.speakers import merge

    curate(db, merge, keep, others)


@speakers_app.command("alias")
def speakers_alias(name: str, alias: str, db: DbOption = None) -> None:
    """Give a speaker another name; later ingests and searches use it.

    Example: quotes speakers alias "Vladimir Putin" "the Russian leader"
    """
    from quotes.store.speakers import add_alias

    curate(db, add_alias, name, alias)


@speakers_app.command("rename")
def speakers_rename(old: str, new: str, db: DbOption = None) -> None:
    """Show a speaker under another canonical name (the old one stays an alias).

    Example: quotes speakers rename "Putin" "Vladimir Putin"
    """
    from quotes.store.speakers import rename

    curate(db, rename, old, new)


@speakers_app.command("split")
def speakers_split(name: str, alias: Annotated[str, typer.Option(help="The alias that is someone else.")],
                   db: DbOption = None) -> None:
    """Undo a wrong merge: ALIAS, and the quotes whose article named the speaker so, become their own speaker.

    Example: quotes speakers split "Hillary Clinton" --alias "Bill Clinton"
    """
    from quotes.store.speakers import split

    curate(db, split, name, alias)


@app.command()
def sources(fmt: FormatOption = Format.table, limit: LimitOption = None, db: DbOption = None) -> None:
    """List stored articles with how many quotes each gave.

    Example: quotes sources --format json
    """
    from quotes.store.db import session_scope
    from quotes.store.repo import SOURCE_COLUMNS, list_sources

    with database(db) as engine, session_scope(engine) as session:
        write_rows(list_sources(session, limit), SOURCE_COLUMNS, fmt, sys.stdout)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; - for standard output.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="csv, json or jsonl.")] = Format.csv,
    excel: Annotated[bool, typer.Option(help="Start the CSV with a BOM so that Excel reads it as UTF-8.")] = False,
    text: Annotated[Optional[str], typer.Option("--text", help="Only quotes containing these words.")] = None,
    speaker: SpeakerOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    cue: CueOption = None,
    min_sources: MinSourcesOption = 1,
    db: DbOption = None,
) -> None:
    """Write every quote (or those the filters keep) with its speaker and source, streaming.

    Example: quotes export -o quotes.csv --excel --speaker Putin
    """
    from quotes.store.db import session_scope
    from quotes.store.repo import QUOTE_COLUMNS, quote_tuples, search_quotes

    if fmt is Format.table:
        raise fail("export writes csv, json or jsonl", code=2)
    flt = replace(quote_filter(text, speaker, outlet, since, until, source, cue, min_sources), newest_first=False)
    with database(db) as engine, session_scope(engine) as session:
        rows = quote_tuples(session, flt) if fmt is Format.csv else search_quotes(session, flt)
        if str(output) == "-":
            count = write_rows(rows, QUOTE_COLUMNS, fmt, sys.stdout)
        else:
            encoding = "utf-8-sig" if excel and fmt is Format.csv else "utf-8"
            try:
                with output.open("w", encoding=encoding, newline="") as stream:
                    count = write_rows(rows, QUOTE_COLUMNS, fmt, stream)
            except OSError as exc:
                raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    typer.echo(f"{count} quotes written to {output}", err=True)


@app.command()
def extract(
    corpus: Annotated[Path, typer.Argument(help="JSON Lines, one article a line with 'id' and 'text'.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    apostrophe_quotes: ApostropheQuotesOption = False,
) -> None:
    """Extract quotes without a database: one JSON line of quotes per input line.

    Example: quotes extract articles.jsonl > predictions.jsonl
    """
    from quotes.extract import extract_quotes, prints_apostrophe_quotes

    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    unread = 0
    try:
        for number, doc in _jsonl(corpus):
            quotes = [q.to_dict() for q in extract_quotes(doc["text"], apostrophe_quotes=apostrophe_quotes)]
            stream.write(json.dumps({"id": doc.get("id", number), "quotes": quotes}, ensure_ascii=False) + "\n")
            unread += not apostrophe_quotes and prints_apostrophe_quotes(doc["text"])
    finally:
        if output:
            stream.close()
    _note_apostrophe_quotes(unread, "add --apostrophe-quotes to read them")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines: id, text and quotes with start, end, source, resolved.")],
    errors: Annotated[int, typer.Option("--errors", min=0, help="Also print the first N errors.")] = 0,
    json_output: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    apostrophe_quotes: ApostropheQuotesOption = False,
) -> None:
    """Extract from annotated articles and score against their gold quotes (quote and quote+speaker P/R/F1).

    A quote matches when the spans overlap with Jaccard >= 0.5; its speaker is right when the
    speaker's last word is a word of the gold source (a bare pronoun never is).

    Example: quotes eval our-annotations.jsonl --errors 20
    """
    from quotes.evaluate import format_figures, score
    from quotes.extract import extract_quotes, prints_apostrophe_quotes

    docs = [doc for _, doc in _jsonl(gold)]
    predictions = {doc.get("id"): [q.to_dict() for q in extract_quotes(doc["text"], apostrophe_quotes=apostrophe_quotes)]
                   for doc in docs}
    _note_apostrophe_quotes(0 if apostrophe_quotes else sum(map(prints_apostrophe_quotes, (d["text"] for d in docs))),
                            "add --apostrophe-quotes to read them, if your gold counts them")
    try:
        figures, found = score(docs, predictions, errors)
    except (KeyError, TypeError, ValueError) as exc:
        raise fail(f"{gold}: not in the gold format (each line needs id, text and quotes with start, end, "
                   f"source, resolved): {exc!r}") from None
    for kind, quoted, detail in found:
        typer.echo(f"{kind:9} {quoted!r} :: {detail}")
    typer.echo(json.dumps(figures) if json_output else format_figures(figures))


def _jsonl(path: Path):
    """(line number, object) for each line with a string 'text'; bad lines are reported and skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    typer.echo(f"skipped: {path}:{number}: not JSON ({exc.msg})", err=True)
                    continue
                if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                    typer.echo(f"skipped: {path}:{number}: no 'text' string", err=True)
                    continue
                yield number, doc
        except UnicodeDecodeError as exc:
            raise fail(f"{path}: not valid UTF-8 (bad byte at offset {exc.start})") from None


def main() -> None:
    app()
