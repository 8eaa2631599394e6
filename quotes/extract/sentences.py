"""Sentence bounds inside one paragraph, abbreviations and datelines aside."""

from __future__ import annotations

import re

from . import patterns as P

#: a dateline opening a story: "WASHINGTON (AP) — ", "PORTLAND, Ore. - ", "Mexico City (AFP) – "
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.’'\-]+(?:[ \xa0/][A-Z][A-Z.’'\-]+){0,3}|[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+){0,2}(?=[ \xa0]\())"
    r"(?:,[ \xa0][A-Z][\w.]*(?:[ \xa0][A-Z\d][\w.]*){0,2}){0,2}[ \xa0]?(?:\([A-Za-z ]{2,20}\)[ \xa0]?)?[-–—]{1,2}[ \xa0]+(?=[A-Z“\"‘])"
    # South Asian style: "RAWALPINDI: Pakistan captain …" (a place in capitals, then a colon)
    r"|[A-Z]{4,}(?:[ \xa0][A-Z]{3,})?:[ \xa0]+(?=[A-Z][a-z])"
)

#: a party and state, lower-cased, as news copy abbreviates them: "d-minn", "r-texas", "i-vt"
_PARTY_STATE_WORD = re.compile(r"[rdi]-[a-z][a-z.]*$")

_WORD_BREAKS = re.compile(r"[\s(“\"‘]")


#: what the second character of a dateline in capitals is ("WASHINGTON", "U.S.", "O'HARE")
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.’'-")


def _may_open_with_dateline(masked: str) -> bool:
    """Can ``_DATELINE`` match at all? It opens with a capital, then a word in capitals or a place name
    in Title Case before a parenthesis ("Mexico City (AFP)"): a test that spares most paragraphs the match."""
    return "A" <= masked[:1] <= "Z" and (masked[1:2] in _DATELINE_SECOND or "(" in masked)


def dateline_end(paragraph: str) -> int:
    """Where the dateline opening ``paragraph`` ends ("DUBAI/LONDON, Nov 30 - "), or 0 when none does."""
    dm = _DATELINE.match(paragraph) if _may_open_with_dateline(paragraph) else None
    return dm.end() if dm is not None else 0


def sentence_ends(masked: str) -> list[tuple[int, int]]:
    """``(period, next sentence start)`` of every sentence end in a paragraph (abbreviations skipped).

    A dateline counts as a sentence of its own, so the story's first subject is not "WASHINGTON".
    """
    out = []
    opening = dateline_end(masked)
    if opening:
        out.append((opening - 2, opening))
    end = 0
    match = P.SENTENCE_END.match
    for dot in _end_marks(masked):
        if dot < end:
            continue  # inside the last sentence end ("?!", "...")
        m = match(masked, dot)
        if m is None:
            continue
        end = m.end()
        if masked[dot] == ".":  # the word before a full stop may be an abbreviation
            j = masked.rfind(" ", 0, dot) + 1
            word = masked[j:dot]
            # rare: another blank or an opening mark nearer (none in letters and digits: no search then)
            if not word.isalnum() and _WORD_BREAKS.search(masked, j, dot):
                for b in _WORD_BREAKS.finditer(masked, j, dot):  # the last one (a blanked quotation is a long word)
                    j = b.end()
                word = masked[j:dot]
            word = word.lower().rstrip(".")
            if word in P.ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not P.LETTER_NAMES_A_THING.search(masked, 0, j)):
                continue  # (but 'wrote on X.', 'a Plan B.': a letter as a name ends its sentence)
            if "." in word and all(len(w) == 1 and w.isalpha() for w in word.split(".")):
                continue  # initials: "George H.W. Bush"
            if masked[dot + 1:dot + 2] == ")" and _PARTY_STATE_WORD.match(word):
                continue  # "Sen. Ruth Okafor (D-Minn.) “dumb as a rock”": a party and state, no sentence end
        out.append((dot, end))
    return out


def _end_marks(masked: str) -> list[int]:
    """Offsets of the characters ``SENTENCE_END`` opens with, in order: it is tried only there, and they are
    found with ``str.find`` (a search for a character class makes ``re`` test every character)."""
    marks: list[int] = []
    kinds = 0
    for mark in ".!?…":
        i = masked.find(mark)
        if i >= 0:
            kinds += 1
            while i >= 0:
                marks.append(i)
                i = masked.find(mark, i + 1)
    if kinds > 1:
        marks.sort()
    return marks


def sentence_bounds(masked: str, at: int, ends: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Bounds (relative to the paragraph) of the sentence holding offset ``at``."""
    if ends is None:
        ends = sentence_ends(masked)
    start, end = 0, len(masked)
    for dot, nxt in ends:
        if nxt <= at:
            start = nxt
        elif dot >= at:
            end = nxt
            break
    return start, end


def sentence_bounds_all(para: str) -> list[int]:
    """Start offsets of every sentence of a paragraph after the first."""
    return [next_start for _, next_start in sentence_ends(para)]
