"""'Who said this?': quotes that match half-remembered words, and every source that printed a quote.

Candidates come from the database's full-text index (SQLite FTS5, PostgreSQL tsvector), asked for
ever looser sets of the query's word stems; rapidfuzz then ranks them against the whole query.
The candidate sets are defined by which words a quote contains, not by a database's own ranking,
so SQLite and PostgreSQL give the same answers for the same data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from sqlalchemy import Select, and_, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from quotes.match import query_terms, relaxations, similarity
from quotes.store.models import Quotation, Source
from quotes.store.repo import QuoteFilter, apply_filters, quote_rows_query, row_dict

CANDIDATE_CAP = 500  # per relaxation level; newest quotes first when a level matches more
NEAR_DUPLICATE = 90.0
CONFIDENT = 85.0  # a candidate this close ends the search for looser ones  # similarity at which two quotes are the same words, differently printed

TermGroups = Sequence[tuple[str, ...]]


def fulltext_condition(dialect: str, groups: TermGroups):
    """Quotes that contain every stem of at least one group (stems are [a-z0-9] only: safe to embed)."""
    if dialect == "sqlite":
        match = " OR ".join("(" + " AND ".join(f'"{t}"*' for t in g) + ")" for g in groups)
        matching = select(literal_column("rowid")).select_from(table("quotes_fts")).where(
            text("quotes_fts MATCH :fts").bindparams(fts=match)
        )
        return Quotation.id.in_(matching)
    if dialect == "postgresql":
        query = " | ".join("(" + " & ".join(f"{t}:*" for t in g) + ")" for g in groups)
        return text("quotes.search_vector @@ to_tsquery('simple', :fts)").bindparams(fts=query)
    return or_(*(and_(*(Quotation.search_text.like(f"%{t}%") for t in g)) for g in groups))


def _candidate_ids(session: Session, groups: TermGroups, flt: QuoteFilter) -> list[int]:
    dialect = session.get_bind().dialect.name
    query: Select = (
        select(Quotation.id)
        .select_from(Quotation)
        .join(Source, Quotation.source_id == Source.id)
        .where(fulltext_condition(dialect, groups))
    )
    query = apply_filters(session, query, replace(flt, text=None))
    return list(session.scalars(query.order_by(Quotation.id.desc()).limit(CANDIDATE_CAP)))


def candidate_levels(session: Session, query: str, flt: QuoteFilter = QuoteFilter()) -> Iterator[set[int]]:
    """Ids of quotes sharing the query's word stems: all of them first, then ever fewer (new ids per level).

    A stem no stored quote has (a typo, a word the speaker never used) is dropped first: no
    level could match it, and the looser levels cost more to ask.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # A stem that no quote has looks common to the planner, which then reads the whole table
        # to find one; the GIN index answers at once. Only for these look-ups.
        session.execute(text("SET LOCAL enable_seqscan = off"))
    terms = [t for t in query_terms(query) if session.scalar(
        select(Quotation.id).where(fulltext_condition(dialect, [(t,)])).limit(1)) is not None]
    if dialect == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = on"))
    seen: set[int] = set()
    for groups in relaxations(terms):
        new = set(_candidate_ids(session, groups, flt)) - seen
        seen |= new
        yield new


def candidate_ids(session: Session, query: str, flt: QuoteFilter = QuoteFilter(), wanted: int = 10) -> set[int]:
    """Candidates from the strictest levels that together give ``wanted`` ids (or all levels)."""
    found: set[int] = set()
    for new in candidate_levels(session, query, flt):
        found |= new
        if len(found) >= wanted:
            break
    return found


def who_said(session: Session, query: str, flt: QuoteFilter = QuoteFilter(), limit: int = 10) -> list[dict]:
    """The best matches for half-remembered words, best first, one row per distinct quote.

    Looser candidate levels are asked only until there are ``limit`` candidates or one that
    matches the words closely (CONFIDENT): a close match already shares the words that a looser
    level would add. Each row has the listing columns plus ``score`` (0-100), ``sources_count``,
    and the first source to print it (``first_url``, ``first_published``: by publication date,
    then ingest time). ``flt.offset`` skips that many of the best (the next page).
    """
    wanted = flt.offset + limit
    scored: list[tuple[float, int, str]] = []
    for ids in candidate_levels(session, query, flt):
        if ids:
            rows = session.execute(select(Quotation.id, Quotation.text, Quotation.text_key).where(Quotation.id.in_(ids)))
            scored.extend((similarity(query, text), quote_id, key) for quote_id, text, key in rows)
        if len(scored) >= wanted or (scored and max(scored)[0] >= CONFIDENT and not flt.offset):
            break
    scored.sort(key=lambda c: (-c[0], c[1]))
    ranked: dict[str, tuple[float, int]] = {}
    for score, quote_id, key in scored:
        ranked.setdefault(key, (score, quote_id))
        if len(ranked) == wanted:
            break
    best = dict(list(ranked.items())[flt.offset:])
    if not best:
        return []
    scores = {quote_id: score for score, quote_id in best.values()}
    rows = {r["id"]: r for r in map(row_dict, session.execute(quote_rows_query().where(Quotation.id.in_(scores))))}
    firsts = first_sources(session, list(best))
    results = []
    for key, (score, quote_id) in best.items():
        row = rows[quote_id]
        row["score"] = score
        row["first_url"], row["first_published"] = firsts.get(key, (None, None))
        results.append(row)
    return results


def first_sources(session: Session, keys: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
    """For each quote key, the (url, published) of the earliest source: publication date, then ingest time."""
    if not keys:
        return {}
    query = (
        select(Quotation.text_key, Source.url, Source.published)
        .join(Source, Quotation.source_id == Source.id)
        .where(Quotation.text_key.in_(set(keys)))
        .order_by(Quotation.text_key, Source.published.asc().nulls_last(), Source.ingested_at, Source.id)
    )
    firsts: dict[str, tuple[str | None, str | None]] = {}
    for key, url, published in session.execute(query):
        firsts.setdefault(key, (url, published.isoformat() if published else None))
    return firsts


def quote_sources(session: Session, quote_id: int) -> list[dict]:
    """Every printing of one quote: the same words, or nearly (NEAR_DUPLICATE), in any source; first first."""
    origin = session.get(Quotation, quote_id)
    if origin is None:
        return []
    ids = candidate_ids(session, origin.text, wanted=CANDIDATE_CAP)
    same_words = select(Quotation.id).where(Quotation.text_key == origin.text_key)
    ids.update(session.scalars(same_words))
    query = (
        quote_rows_query()
        .add_columns(Source.ingested_at)
        .where(Quotation.id.in_(ids))
        .order_by(Source.published.asc().nulls_last(), Source.ingested_at, Source.id, Quotation.start)
    )
    rows = []
    for row in session.execute(query):
        values = row_dict(row)
        values["score"] = 100.0 if values["id"] == quote_id else similarity(origin.text, values["quote"])
        if values["score"] >= NEAR_DUPLICATE:
            values.pop("ingested_at")
            rows.append(values)
    return rows
