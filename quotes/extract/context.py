"""What attribution knows of one article: its text, paragraphs with quotations blanked,
and the people, organisations and roles met so far; and the records it passes around.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

from . import patterns as P
from .marks import RawQuote
from .sentences import sentence_ends


_START = itemgetter(0)
_END = itemgetter(1)


@dataclass(slots=True)
class Mention:
    """A speaker mention as written near a cue."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "descriptor"


@dataclass(slots=True)
class Attribution:
    """Who said one quotation, as found: the canonical speaker, the mention and cue with their offsets."""

    speaker: str | None = None
    as_written: str | None = None
    role: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    how: str = ""  # which rule fired (for debugging and tests)


@dataclass
class ArticleContext:
    """Per-article state: text, masked paragraphs, names seen so far."""

    text: str
    paras: list[tuple[int, int]]
    quotes: list[RawQuote]
    masked: dict[int, str] = field(default_factory=dict)  # paragraph index -> text with quotes blanked
    canon_cache: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    forms_cache: dict[str, dict[str, tuple[int, str | None, int]]] = field(default_factory=dict)
    firsts_cache: dict[str, list[int]] = field(default_factory=dict)  # sorted first offsets of a word's full forms
    starts_cache: dict[str, dict[str, tuple[int, str | None]]] = field(default_factory=dict)  # forms starting with a word
    gender_cache: dict[str, str | None] = field(default_factory=dict)
    honorifics: dict[str, str | None] = field(default_factory=dict)  # surname -> gender its Mr./Mrs. say
    persons: list[tuple[int, str, str | None]] = field(default_factory=list)  # (offset, canonical, role)
    orgs: list[tuple[int, str]] = field(default_factory=list)  # organisations and groups that spoke
    roles: dict[str, str] = field(default_factory=dict)  # role head noun -> canonical
    by_para: dict[int, list[RawQuote]] = field(default_factory=dict)
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    cue_names: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    cue_subjects: dict[int, set[int]] = field(default_factory=dict)  # offsets of cue_names that are the cue's subject
    cue_cache: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    ends_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    para_starts: list[int] = field(default_factory=list)  # paras' start offsets, for para_of

    def ends(self, pi: int) -> list[tuple[int, int]]:
        """Sentence ends of paragraph ``pi`` (see :func:`sentence_ends`), found once."""
        got = self.ends_cache.get(pi)
        if got is None:
            got = sentence_ends(self.para_text(pi))
            self.ends_cache[pi] = got
        return got

    def cues(self, pi: int, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
        """Cue verbs outside quotations in paragraph ``pi`` (offsets relative to it), found once."""
        got = self.cue_cache.get(pi)
        if got is None:
            got = P.find_cues(self.para_text(pi))
            self.cue_cache[pi] = got
        if lo == 0 and hi is None:
            return got
        # the cues are in order and apart (their ends rise with their starts), so those inside
        # ``[lo, hi]`` are one run of the list: cut out by bisection, not tested one by one
        first = bisect_left(got, lo, key=_START)
        last = len(got) if hi is None else bisect_right(got, hi, key=_END)
        return got[first:last]

    def by_para_quote_between(self, pi: int, lo: int, hi: int) -> bool:
        """Does a quotation of paragraph ``pi`` open inside ``[lo, hi)``?"""
        return any(lo <= q.open_mark < hi for q in self.by_para.get(pi, ()))

    def __post_init__(self) -> None:
        self.para_starts = [s for s, _ in self.paras]
        for q in self.quotes:
            self.by_para.setdefault(q.para, []).append(q)

    def in_quote(self, at: int) -> bool:
        """Is offset ``at`` inside a quotation's words?"""
        qs = self.by_para.get(para_of(self, at), ())
        return any(q.start <= at < q.end for q in qs)

    def para_text(self, pi: int) -> str:
        """The paragraph with each quotation's words blanked (marks and final punctuation kept)."""
        got = self.masked.get(pi)
        if got is not None:
            return got
        ps, pe = self.paras[pi]
        text = self.text
        parts = []
        pos = ps
        for q in self.by_para.get(pi, ()):
            s, e = q.start, q.end
            if e > s and text[e - 1] in ".!?,":
                e -= 1  # keep the final punctuation: it may end the sentence
            parts.append(text[pos:s])
            parts.append("x" * (e - s))
            pos = e
        parts.append(text[pos:pe])
        chars = parts
        got = "".join(chars)
        self.masked[pi] = got
        return got


def para_of(ctx: ArticleContext, at: int) -> int:
    """Index of the paragraph that holds offset ``at``, else of the last one before it (-1 before the first).

    Paragraphs are lines, in order and apart (a newline at least between them), so this is the last
    one starting at or before ``at``: found by ``bisect`` over their starts (in C, not a Python loop)."""
    return bisect_right(ctx.para_starts, at) - 1
