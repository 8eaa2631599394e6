"""Speaker identity across the database: linking mentions at ingest, alias-aware look-up, and curation.

Linking a quote's speaker (the article's own full name for them, from the extractor):
1. a known alias (case, accents and punctuation folded) is that speaker — so curation decisions
   (merges, aliases, renames) apply to every later ingest;
2. else quotes.names.link decides among the people who share the surname (or, for an
   organisation, the same name): a full name joins the one compatible person, a bare surname
   joins only when exactly one person has that surname, and two people sharing it ("Hillary
   Clinton", "Bill Clinton") leave a bare "Clinton" unlinked (ambiguous) rather than guessed;
3. else a new speaker. People and organisations are never merged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from quotes.errors import QuotesError
from quotes.names import (
    LinkDecision,
    SpeakerName,
    is_outlet,
    link,
    name_key,
    parse_query,
    parse_speaker,
    preferred,
    roles_conflict,
)
from quotes.store.models import Quotation, Speaker, SpeakerAlias, SpeakerLog
from quotes.store.upsert import insert_ignoring_conflicts

SPEAKER_COLUMNS = ("speaker", "kind", "quotes", "aliases", "roles")


class SpeakerNotFound(QuotesError):
    """No speaker, or more than one, answers to the name a curation command was given."""


# Built once: linking runs these for every new name of a large ingest.
_SPEAKER_OF_ALIAS = select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == bindparam("key"))
_NAME_OF_SPEAKER = select(Speaker.name).where(Speaker.id == bindparam("speaker_id"))
_SPEAKER_NAMED = select(Speaker.id, Speaker.kind).where(Speaker.name == bindparam("name"))
_ALIASES_BY = select(SpeakerAlias.speaker_id, SpeakerAlias.alias, Speaker.kind).join(Speaker, Speaker.id == SpeakerAlias.speaker_id)
_ALIASES_BY_SURNAME = _ALIASES_BY.where(SpeakerAlias.surname_key == bindparam("key"))
_ALIASES_BY_KEY = _ALIASES_BY.where(SpeakerAlias.key == bindparam("key"))
_ROLES_OF_SPEAKER = (select(Quotation.speaker_role).distinct()
                     .where(Quotation.speaker_id == bindparam("speaker_id"), Quotation.speaker_role.is_not(None)))


class Linker:
    """Links speaker names to speaker ids, remembering its decisions across the articles of an ingest.

    Call ``forget`` when a transaction or savepoint rolls back: speakers created in it are gone.
    A name decided "ambiguous" or "new" is asked again in a later ingest, when the database may know more.
    """

    def __init__(self) -> None:
        self.decided: dict[str, int | None] = {}
        self.not_aliases: set[str] = set()  # keys known, from a prefetch, to be no alias yet
        # The alias rows _candidates reads, by ("surname_key" or "key", value), as fetched for this
        # batch; an entry is dropped when this linker writes an alias under it.
        self.alias_rows: dict[tuple[str, str], list[tuple[int, str, str]]] = {}

    def forget(self) -> None:
        self.decided.clear()
        self.not_aliases.clear()
        self.alias_rows.clear()

    def prefetch(self, session: Session, mentions: Iterable[tuple[str, str | None]]) -> None:
        """Look up a whole batch's (name, role) mentions in two queries, so that only new names cost statements each:
        which names are aliases already, and the link candidates of those that are not."""
        mentions = {(name, role) for name, role in mentions if name}
        self.alias_rows.clear()  # what other writers stored since the last batch counts
        keys = {name_key(name) for name, _ in mentions} - self.decided.keys() - self.not_aliases - {""}
        if not keys:
            return
        connection = session.connection()
        known = dict(connection.execute(
            select(SpeakerAlias.key, SpeakerAlias.speaker_id).where(SpeakerAlias.key.in_(keys))).all())
        self.decided.update(known)
        self.not_aliases.update(keys - known.keys())
        lookups = {_candidate_lookup(parsed) for name, role in mentions
                   if name_key(name) in self.not_aliases and (parsed := parse_speaker(name, role)) is not None}
        for column in ("surname_key", "key"):
            values = {value for kind, value in lookups if kind == column}
            if not values:
                continue
            self.alias_rows.update({(column, value): [] for value in values})
            where = getattr(SpeakerAlias, column).in_(values)
            for *row, value in connection.execute(
                    _ALIASES_BY.add_columns(getattr(SpeakerAlias, column)).where(where).order_by(SpeakerAlias.id)):
                self.alias_rows[column, value].append(tuple(row))

    def speaker_id(self, session: Session, name: str, role: str | None = None, outlet: str | None = None) -> int | None:
        """The speaker ``name`` (with the ``role`` its article gave it) is, in an article from ``outlet``."""
        key = name_key(name)
        if not key:
            return None
        if outlet and is_outlet(name, outlet):  # "Bloomberg reported" in a Bloomberg article
            return self._outlet_id(session, name, key, outlet)
        if key not in self.decided:
            self.decided[key] = self._link(session, name, key, role)
        return self.decided[key]

    def _link(self, session: Session, name: str, key: str, role: str | None) -> int | None:
        if key not in self.not_aliases:
            known = session.connection().scalar(_SPEAKER_OF_ALIAS, {"key": key})
            if known is not None:
                return known
        parsed = parse_speaker(name, role)
        if parsed is None:  # "a spokesman", "officials": nobody to link
            return None
        lookup = _candidate_lookup(parsed)
        candidates = _candidates(session, parsed, self.alias_rows.get(lookup))
        decision = link(parsed, candidates)
        if decision.status == "ambiguous":
            return None
        if decision.speaker_id is not None and parsed.role and roles_conflict(
                parsed.role, _known_roles(session, decision.speaker_id)):
            # a name form not seen before, whose role rules the speaker out: "FBI general counsel
            # James Baker" is not "former Secretary of State James A. Baker"; a bare surname stays unlinked
            if parsed.is_bare_surname:
                return None
            decision = LinkDecision(None, "new")
        if decision.speaker_id is None:
            speaker_id = _create_speaker(session, parsed)
        else:
            speaker_id = decision.speaker_id
            _prefer_display(session, speaker_id, parsed)
        add_alias_row(session, speaker_id, name, parsed)
        self.alias_rows.pop(("surname_key", parsed.surname_key), None)
        self.alias_rows.pop(("key", name_key(name)), None)
        return speaker_id

    def _outlet_id(self, session: Session, name: str, key: str, outlet: str) -> int:
        """The article's own outlet is an organisation, even where its name is a person's alias."""
        cache_key = f"{key}\0outlet"
        if cache_key not in self.decided:
            parsed = parse_speaker(name, None, outlet)
            known = [i for i, n in _candidates(session, parsed) if n.kind == "organisation" and n.key == key]
            self.decided[cache_key] = known[0] if known else _create_speaker(session, parsed)
            if not known:
                add_alias_row(session, self.decided[cache_key], name, parsed)
                self.alias_rows.pop(("key", key), None)
        return self.decided[cache_key]


def _candidate_lookup(parsed: SpeakerName) -> tuple[str, str]:
    """Where _candidates finds a name's candidates: the alias column and its value."""
    return ("surname_key", parsed.surname_key) if parsed.surname_key else ("key", parsed.key)


def _candidates(session: Session, parsed: SpeakerName, rows=None) -> list[tuple[int, SpeakerName]]:
    """Existing speakers that may be this one: people by surname, organisations by their name.

    ``rows`` are the (speaker_id, alias, kind) rows of the look-up when the caller fetched them already.
    """
    if rows is None:
        column, value = _candidate_lookup(parsed)
        query = _ALIASES_BY_SURNAME if column == "surname_key" else _ALIASES_BY_KEY
        rows = session.connection().execute(query, {"key": value})
    candidates = []
    for speaker_id, alias, kind in rows:
        name = parse_speaker(alias)
        if name is not None and name.kind == kind:
            candidates.append((speaker_id, name))
    return candidates


def _known_roles(session: Session, speaker_id: int) -> list[str]:
    """The roles a speaker's stored quotes were given ("former Secretary of State")."""
    return list(session.connection().scalars(_ROLES_OF_SPEAKER, {"speaker_id": speaker_id}))


def _create_speaker(session: Session, parsed: SpeakerName) -> int:
    connection = session.connection()
    display = parsed.display
    for attempt in (display, f"{display} ({parsed.kind})"):  # a person and an organisation with one name stay apart
        created = connection.scalar(insert_ignoring_conflicts(session, Speaker, Speaker.id),
                                    {"name": attempt, "kind": parsed.kind})
        if created is not None:
            return created
        speaker_id, kind = connection.execute(_SPEAKER_NAMED, {"name": attempt}).one()
        if kind == parsed.kind:
            return speaker_id
    return speaker_id


def _prefer_display(session: Session, speaker_id: int, parsed: SpeakerName) -> None:
    """Show a speaker under the fullest name seen ("Clinton" -> "Hillary Clinton"), unless a curator named it."""
    connection = session.connection()
    current = parse_speaker(connection.scalar(_NAME_OF_SPEAKER, {"speaker_id": speaker_id}))
    if current is None or preferred(current, parsed) is current or _curated(session, speaker_id, "rename"):
        return
    if connection.execute(_SPEAKER_NAMED, {"name": parsed.display}).first() is None:
        connection.execute(update(Speaker).where(Speaker.id == speaker_id).values(name=parsed.display))


def add_alias_row(session: Session, speaker_id: int, alias: str, parsed: SpeakerName | None = None) -> None:
    parsed = parsed or parse_speaker(alias)
    session.connection().execute(insert_ignoring_conflicts(session, SpeakerAlias), {
        "alias": alias, "key": name_key(alias), "surname_key": parsed.surname_key if parsed else None,
        "speaker_id": speaker_id})


def _curated(session: Session, speaker_id: int, action: str) -> bool:
    return session.connection().scalar(select(SpeakerLog.id).where(SpeakerLog.speaker_id == speaker_id,
                                                      SpeakerLog.action == action).limit(1)) is not None


# --- look-up ------------------------------------------------------------------------------------


def speaker_ids(session: Session, query: str) -> list[int]:
    """Speakers a user may mean: an alias in any case or spelling ("putin", "Vladimir V. Putin"),
    else everyone the name could be (a surname gives every person who has it)."""
    key = name_key(query)
    exact = session.scalars(select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == key)).all()
    if exact:
        return sorted(set(exact))
    parsed = parse_query(query.lower() if query.isupper() else query)  # "PUTIN" is typed, not an acronym
    if parsed is None:
        return []
    if parsed.is_bare_surname:
        found = session.scalars(select(SpeakerAlias.speaker_id).where(SpeakerAlias.surname_key == parsed.surname_key))
        return sorted(set(found))
    decision = link(parsed, _candidates(session, parsed))
    if decision.speaker_id is not None:
        return [decision.speaker_id]
    return sorted(decision.candidate_ids)


def find_speaker(session: Session, name: str) -> Speaker:
    """The one speaker a curation command names, or SpeakerNotFound saying why not."""
    ids = speaker_ids(session, name)
    if len(ids) == 1:
        return session.get(Speaker, ids[0])
    if not ids:
        raise SpeakerNotFound(f"no speaker is called {name!r} (see: quotes speakers --search {name.split()[-1]!r})")
    names = ", ".join(session.scalars(select(Speaker.name).where(Speaker.id.in_(ids)).order_by(Speaker.name)))
    raise SpeakerNotFound(f"{name!r} could be any of: {names}; use the full name")


def list_speakers(session: Session, search: str | None = None, limit: int | None = None,
                  speaker_id: int | None = None) -> list[dict]:
    """Canonical speakers, most quoted first, with aliases and the roles their quotes gave them."""
    query = (
        select(Speaker.id, Speaker.name, Speaker.kind, func.count(Quotation.id).label("n"))
        .outerjoin(Quotation, Quotation.speaker_id == Speaker.id)
        .group_by(Speaker.id, Speaker.name, Speaker.kind)
        .order_by(func.count(Quotation.id).desc(), Speaker.name)
        .limit(limit)
    )
    if speaker_id is not None:
        query = query.where(Speaker.id == speaker_id)
    if search:
        matching = select(SpeakerAlias.speaker_id).where(SpeakerAlias.key.contains(name_key(search), autoescape=True))
        query = query.where(or_(Speaker.id.in_(matching), Speaker.name.contains(search, autoescape=True)))
    rows = session.execute(query).all()
    ids = [row.id for row in rows]
    aliases = _aliases(session, ids)
    roles = _roles(session, ids)
    return [
        {
            "speaker": row.name,
            "kind": row.kind,
            "quotes": row.n,
            "aliases": "; ".join(a for a in aliases.get(row.id, []) if a != row.name),
            "roles": "; ".join(f"{role} ×{n}" for role, n in roles.get(row.id, [])),
        }
        for row in rows
    ]


def _aliases(session: Session, ids: Iterable[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = select(SpeakerAlias.speaker_id, SpeakerAlias.alias).where(SpeakerAlias.speaker_id.in_(list(ids)))
    for speaker_id, alias in session.execute(query.order_by(SpeakerAlias.alias)):
        found.setdefault(speaker_id, []).append(alias)
    return found


def _roles(session: Session, ids: Iterable[int]) -> dict[int, list[tuple[str, int]]]:
    query = (
        select(Quotation.speaker_id, Quotation.speaker_role, func.count())
        .where(Quotation.speaker_id.in_(list(ids)), Quotation.speaker_role.is_not(None))
        .group_by(Quotation.speaker_id, Quotation.speaker_role)
        .order_by(func.count().desc(), Quotation.speaker_role)
    )
    found: dict[int, list[tuple[str, int]]] = {}
    for speaker_id, role, n in session.execute(query):
        found.setdefault(speaker_id, []).append((role, n))
    return found


def ambiguous_names(session: Session) -> list[dict]:
    """Names quotes were attributed to that fit several speakers, so they were linked to none."""
    query = (
        select(Quotation.speaker_name, func.count())
        .where(Quotation.speaker_id.is_(None), Quotation.speaker_name.is_not(None))
        .group_by(Quotation.speaker_name)
        .order_by(func.count().desc(), Quotation.speaker_name)
    )
    rows = []
    for name, n in session.execute(query).all():
        ids = speaker_ids(session, name)
        if len(ids) > 1:
            could_be = ", ".join(session.scalars(select(Speaker.name).where(Speaker.id.in_(ids)).order_by(Speaker.name)))
            rows.append({"speaker": name, "quotes": n, "could_be": could_be})
    return rows


def show_speaker(session: Session, name: str) -> dict:
    speaker = find_speaker(session, name)
    [row] = list_speakers(session, speaker_id=speaker.id)
    log = session.execute(select(SpeakerLog.at, SpeakerLog.action, SpeakerLog.detail)
                          .where(SpeakerLog.speaker_id == speaker.id).order_by(SpeakerLog.id)).all()
    row["log"] = "; ".join(f"{at:%Y-%m-%d %H:%M} {action}: {detail}" for at, action, detail in log)
    return row


# --- curation -------------------------------------------------------------------------------------


def _log(session: Session, speaker_id: int, action: str, **detail) -> None:
    session.add(SpeakerLog(speaker_id=speaker_id, action=action, detail=json.dumps(detail, ensure_ascii=False)))
    session.flush()


def merge(session: Session, keep: str, others: Iterable[str]) -> Speaker:
    """Make several speakers one: quotes and aliases move to ``keep``; the others are gone."""
    kept = find_speaker(session, keep)
    for other_name in others:
        other = find_speaker(session, other_name)
        if other.id == kept.id:
            continue
        if other.kind != kept.kind:
            raise SpeakerNotFound(f"{other.name!r} is a {other.kind} and {kept.name!r} a {kept.kind}: people and "
                                  "organisations are not merged")
        session.execute(update(Quotation).where(Quotation.speaker_id == other.id).values(speaker_id=kept.id))
        session.execute(update(SpeakerAlias).where(SpeakerAlias.speaker_id == other.id).values(speaker_id=kept.id))
        _log(session, kept.id, "merge", merged=other.name, aliases=[other.name])
        session.execute(delete(Speaker).where(Speaker.id == other.id))
    _relink_unlinked(session)
    return kept


def add_alias(session: Session, name: str, alias: str) -> Speaker:
    """Another name for a speaker: later ingests link it there, and unlinked quotes under it are linked now."""
    speaker = find_speaker(session, name)
    owner = session.scalar(select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == name_key(alias)))
    if owner is not None and owner != speaker.id:
        other = session.get(Speaker, owner)
        raise SpeakerNotFound(f"{alias!r} already names {other.name!r}; to make them one: quotes speakers merge "
                              f"{speaker.name!r} {other.name!r}")
    add_alias_row(session, speaker.id, alias)
    _log(session, speaker.id, "alias", alias=alias)
    _relink_unlinked(session)
    return speaker


def rename(session: Session, old: str, new: str) -> Speaker:
    """Show a speaker under another canonical name; the old name stays an alias."""
    speaker = find_speaker(session, old)
    taken = session.scalar(select(Speaker.id).where(Speaker.name == new))
    if taken is not None and taken != speaker.id:
        raise SpeakerNotFound(f"{new!r} is another speaker's name; to make them one: quotes speakers merge {new!r} {old!r}")
    previous = speaker.name
    speaker.name = new
    add_alias_row(session, speaker.id, new)
    _log(session, speaker.id, "rename", old=previous, new=new)
    return speaker


def split(session: Session, name: str, alias: str) -> Speaker:
    """Undo a wrong merge: ``alias`` and the quotes whose article named the speaker so become their own speaker."""
    speaker = find_speaker(session, name)
    key = name_key(alias)
    alias_row = session.scalar(select(SpeakerAlias).where(SpeakerAlias.key == key, SpeakerAlias.speaker_id == speaker.id))
    if alias_row is None:
        raise SpeakerNotFound(f"{speaker.name!r} has no alias {alias!r}")
    parsed = parse_speaker(alias)
    new = Speaker(name=alias, kind=parsed.kind if parsed else speaker.kind)
    session.add(new)
    session.flush()
    alias_row.speaker_id = new.id
    moved = [q for q in session.scalars(select(Quotation).where(Quotation.speaker_id == speaker.id))
             if q.speaker_name and name_key(q.speaker_name) == key]
    for quote in moved:
        quote.speaker_id = new.id
    if speaker.name == alias:
        remaining = session.scalar(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == speaker.id))
        speaker.name = remaining or f"{alias} (split)"
    session.flush()
    _log(session, speaker.id, "split", alias=alias, quotes_moved=len(moved))
    _log(session, new.id, "split", from_speaker=speaker.name, alias=alias, quotes_moved=len(moved))
    return new


def _relink_unlinked(session: Session) -> None:
    """Quotes left unlinked (ambiguous) whose name is now a known alias get that speaker."""
    known = select(SpeakerAlias.key, SpeakerAlias.speaker_id)
    aliases = dict(session.execute(known).all())
    for quote in session.scalars(select(Quotation).where(Quotation.speaker_id.is_(None), Quotation.speaker_name.is_not(None))):
        speaker_id = aliases.get(name_key(quote.speaker_name))
        if speaker_id is not None:
            quote.speaker_id = speaker_id
    session.flush()
