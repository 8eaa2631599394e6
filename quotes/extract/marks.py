"""Paragraphs and quotation-mark pairing on the raw string.

Pure functions: they never raise on any ``str`` and never tokenise; they look
only at the quotation marks and line breaks (one regex pass over the text).

What is a quotation here: the words between an opening and a closing double
mark on one paragraph (straight, curly, guillemets); a paragraph that opens a
quotation and leaves it open continues into the next paragraph that opens
with a mark (each paragraph's piece is its own span, ``kind`` multi-paragraph);
single marks count as quotation marks only outside double quotations and only
when they pair up cleanly (``‘…’`` or ``'…'`` around words, never the
apostrophes of ``Putin's`` or ``’90s``). Marks nested inside a quotation
belong to it, double marks inside a single-mark one too (British style:
``‘He said “wait”, so we did’``): marks of another style (straight, curly,
guillemets) when the outer style closes later (``« … “la peur” … »``), and of
the same style when a single mark opened in between (``"… 'He said "no" …' …"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import (
    ALL_MARKS,
    CLOSES_BEFORE,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    OPENS_AFTER,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT_DOUBLE,
)

OPEN, CLOSE, EITHER = 1, 2, 3

#: the blanks stripped from both ends of a paragraph
_BLANKS = " \t\r\xa0\u2028\u2029"
#: the marks that are apostrophes between two letters (Putin's, don’t)
_APOSTROPHES = "’'"


@dataclass(slots=True)
class RawQuote:
    """A quotation found by mark pairing (offsets exclude the marks)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when the paragraph ends first
    para: int  # index of the paragraph
    single: bool = False
    continued: bool = False  # continues a quotation left open in the previous paragraph
    continues_next: bool = False  # left open, and the next paragraph opens with a mark
    mixed: bool = False  # opened with a curly mark and closed with a straight one, or the reverse


#: a non-blank line without its surrounding blanks (a paragraph)
_PARAGRAPH = re.compile("[^\n" + _BLANKS + "](?:[^\n]*[^\n" + _BLANKS + "])?")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every non-blank line, stripped of surrounding spaces."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


#: a single closing or straight mark that is no apostrophe: not between two letters (``[^\W\d_]``, as in ``QUOTE_MARK``)
_NOT_APOSTROPHE = {ch: re.compile(ch + r"(?:(?<![^\W\d_]" + ch + r")|(?![^\W\d_]))") for ch in _APOSTROPHES}


def _mark_offsets(text: str) -> list[int]:
    """Offsets of the quotation marks in ``text`` (those ``QUOTE_MARK`` finds), in order.

    Each kind of mark is looked for with ``str.find``: a search for a character class makes ``re`` test
    every character of the text. Only a single closing mark or a straight one may be an apostrophe."""
    out: list[int] = []
    kinds = 0
    for ch in ALL_MARKS:
        i = text.find(ch)
        if i < 0:
            continue
        kinds += 1
        if ch in _APOSTROPHES:
            # most are apostrophes between two letters, which the regex passes over without a match
            out += [m.start() for m in _NOT_APOSTROPHE[ch].finditer(text, i)]
        else:
            while i >= 0:
                out.append(i)
                i = text.find(ch, i + 1)
    if kinds > 1:
        out.sort()
    return out


def _role(text: str, i: int, ch: str) -> int:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in DOUBLE_OPEN or ch == SINGLE_OPEN:
        # a curly opening mark typed where the closing one belongs: 'unusual,“ said'
        if prev and prev not in OPENS_AFTER and nxt in CLOSES_BEFORE:
            return CLOSE
        if prev and not prev.isspace() and (nxt == "" or nxt.isspace()):
            return CLOSE
        return OPEN
    if ch in DOUBLE_CLOSE:
        if prev in OPENS_AFTER and nxt and nxt not in CLOSES_BEFORE:
            return OPEN
        return CLOSE
    opens = prev in OPENS_AFTER
    closes = nxt in CLOSES_BEFORE
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


_SINGLE_MARKS = "‘’'"

# the style of a double mark: straight, curly (“…” „…“ „…”) or guillemets («…» »…«)
_STYLE = {'"': 0, "“": 1, "”": 1, "„": 1, "«": 2, "»": 2}


def _closers_after(doubles: list[tuple[int, str]]) -> list[tuple[int, int, int, int]]:
    """For every k, how many straight, ``”``, ``“`` and guillemet marks come after ``doubles[k - 1]``."""
    out = [(0, 0, 0, 0)] * (len(doubles) + 1)
    straight = right = left = guillemet = 0
    for k in range(len(doubles) - 1, -1, -1):
        ch = doubles[k][1]
        if ch == STRAIGHT_DOUBLE:
            straight += 1
        elif ch == "”":
            right += 1
        elif ch == "“":
            left += 1
        elif ch in "«»":
            guillemet += 1
        out[k] = (straight, right, left, guillemet)
    return out


def _closes_later(after: tuple[int, int, int, int], open_ch: str) -> int:
    """How many later marks could close a quotation opened with ``open_ch``."""
    straight, right, left, guillemet = after
    if open_ch == STRAIGHT_DOUBLE:
        return straight
    if open_ch in "«»":
        return guillemet
    return right + left if open_ch == "„" else right


def _single_left_open(text: str, singles: list[tuple[int, str]], after: int, before: int) -> bool:
    """Does a single mark open a quotation between ``after`` and ``before`` and stay open?"""
    role = 0
    for i, ch in singles:
        if after < i < before:
            role = _single_role(text, i, ch) or role
    return role == OPEN


def _single_role(text: str, i: int, ch: str) -> int:
    """Role of a single mark, 0 when it is an apostrophe."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == "'" and "'" in (prev, nxt):
        return 0  # two apostrophes typed for a double mark (''Hey,''), never a single one
    if ch == SINGLE_OPEN:
        return OPEN if nxt and not nxt.isspace() else 0
    if prev.isalnum() and nxt.isalnum():
        return 0  # Putin's, don't
    if (prev == "" or prev in OPENS_AFTER) and nxt.isalpha():
        return OPEN if ch != SINGLE_CLOSE else 0  # ’90s, ’em are apostrophes
    if prev and not prev.isspace() and (nxt == "" or nxt in CLOSES_BEFORE):
        return CLOSE
    return 0


def find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[RawQuote]:
    """Pair the quotation marks of ``text``; return spans sorted by start."""
    if paras is None:
        paras = paragraphs(text)
    if not paras:
        return []
    # double and single marks of each paragraph that has any (most have none), in order of the paragraphs
    per_para: dict[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {}
    k = 0
    np_ = len(paras)
    ps, pe = paras[0]
    marks = None
    for i in _mark_offsets(text):
        if i >= pe:
            while k < np_ and paras[k][1] <= i:
                k += 1
            if k == np_:
                break
            ps, pe = paras[k]
            marks = None
        if ps <= i:
            if marks is None:
                marks = per_para[k] = ([], [])
            ch = text[i]
            marks[ch in _SINGLE_MARKS].append((i, ch))
    out: list[RawQuote] = []
    carried = False  # the previous paragraph left a quotation open
    for pi, (doubles, singles) in per_para.items():
        ps, pe = paras[pi]
        if pi - 1 not in per_para:
            carried = False  # the previous paragraph has no marks
        spans: list[RawQuote] = []
        inside = False
        start = open_at = 0
        open_ch = ""
        nested = 0  # quotations of the same style opened inside the current one and not yet closed
        closers_after: list[tuple[int, int, int, int]] = []  # counted when a mark inside a quotation needs them
        for k, (i, ch) in enumerate(doubles):
            role = _role(text, i, ch)
            straight = ch == STRAIGHT_DOUBLE
            if not inside:
                if role == CLOSE and not straight:
                    continue  # stray closing curly mark
                if role == CLOSE and i + 1 < pe and text[i + 1] in " \t\xa0" and i > ps:
                    continue  # stray straight mark after a word: 'word" and'
                inside, start, open_at, open_ch, nested = True, i + 1, i, ch, 0
                continue
            open_straight = open_ch == STRAIGHT_DOUBLE
            same_style = _STYLE[ch] == _STYLE[open_ch]
            if (not same_style or role == OPEN) and not closers_after:
                closers_after = _closers_after(doubles)
            if not same_style and _closes_later(closers_after[k + 1], open_ch):
                continue  # the other style inside a quotation that closes later: nested («… “la peur” …»)
            if nested:
                nested += 1 if role == OPEN else -1
                continue
            if role == OPEN and same_style and _closes_later(closers_after[k + 1], open_ch) > 1 \
                    and _single_left_open(text, singles, open_at, i):
                nested = 1  # "She told me, 'He said "never" and meant it,' and …": the third level
                continue
            if straight != open_straight:
                if role == OPEN and not straight and ch not in DOUBLE_CLOSE:
                    # an opening curly mark and no closing straight one: the closing mark was left out
                    spans.append(RawQuote(start, i, open_at, None, pi))
                    start, open_at, open_ch = i + 1, i, ch
                    continue
                spans.append(RawQuote(start, i, open_at, i, pi, mixed=True))
                inside = False
                continue
            if role == OPEN and not straight and ch not in DOUBLE_CLOSE:
                # an opening curly mark inside a curly quotation: the closing mark was left out
                spans.append(RawQuote(start, i, open_at, None, pi))
                start, open_at, open_ch = i + 1, i, ch
                continue
            spans.append(RawQuote(start, i, open_at, i, pi))
            inside = False
        if inside:
            nxt_open = False
            if pi + 1 < np_:
                ns = paras[pi + 1][0]
                c = text[ns]
                nxt_open = c in '"“„«' or (c in "‘'" and False)
            spans.append(RawQuote(start, pe, open_at, None, pi, continues_next=nxt_open))
        # single marks outside the double quotations
        if singles:
            nxt = text[paras[pi + 1][0]] if pi + 1 < np_ else ""
            found = _singles(text, singles, spans, pi, pe, nxt)
            if found:
                # British style: double marks inside a single-mark quotation are nested in it
                spans = [q for q in spans if not any(
                    s.open_mark < q.open_mark and q.close_mark is not None and q.close_mark < (pe if s.close_mark is None else s.close_mark)
                    for s in found)]
                spans.extend(found)
                spans.sort(key=lambda q: q.start)
        if carried and spans and spans[0].open_mark == ps:
            spans[0].continued = True
        carried = bool(spans) and spans[-1].close_mark is None and spans[-1].continues_next
        out.extend(spans)
    return [q for q in out if q.end > q.start and not text[q.start:q.end].isspace()]


def _singles(text: str, singles: list[tuple[int, str]], doubles: list[RawQuote], pi: int, pe: int, nxt: str = "") -> list[RawQuote]:
    """Single-mark pairs outside ``doubles``; one left open goes on into the next paragraph when that
    opens with the same kind of mark (``nxt`` is its first character), as British text continues a quotation."""
    def in_double(i: int) -> bool:
        for q in doubles:
            if q.open_mark <= i <= (q.close_mark if q.close_mark is not None else pe):
                return True
        return False

    found: list[RawQuote] = []
    open_at: int | None = None
    open_ch = ""
    # (the apostrophes, role 0, play no part in the pairing: left out before the search among the double quotations)
    marks = [(i, ch, role) for i, ch in singles if (role := _single_role(text, i, ch)) and not in_double(i)]
    for k, (i, ch, role) in enumerate(marks):
        if role == OPEN and open_at is None:
            open_at, open_ch = i, ch
        elif role == CLOSE and open_at is not None:
            if (open_ch == "'") != (ch == "'"):
                continue  # ‘…' or '…’: not a pair
            if _possessive(text, i) and _clean_close_follows(text, marks, k, ch):
                continue  # ‘The players’ union hasn’t been consulted’: a plural possessive, the pair closes later
            if i - open_at > 400:
                open_at = None
                continue
            found.append(RawQuote(open_at + 1, i, open_at, i, pi, single=True))
            open_at = None
    if open_at is not None and nxt and (nxt == "'") == (open_ch == "'") and nxt in "‘'":
        found.append(RawQuote(open_at + 1, pe, open_at, None, pi, single=True, continues_next=True))
    return found


def _possessive(text: str, i: int) -> bool:
    """A mark after a plural in ``s`` with a word right after it: ``players’ union``, ``bosses' turn``."""
    return text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] in (" ", "\xa0") and (text[i + 2:i + 3].islower() or text[i + 2:i + 3].isdigit())


def _clean_close_follows(text: str, marks: list[tuple[int, str, int]], k: int, ch: str) -> bool:
    """Is there a later closing mark of the same kind, before any opening one, that no word follows?"""
    for i, c, role in marks[k + 1:]:
        if role == OPEN:
            return False
        if role == CLOSE and (c == "'") == (ch == "'") and not _possessive(text, i):
            return True
    return False
