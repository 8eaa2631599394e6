"""Speaker attribution on the raw string: cues, speaker mentions, resolution.

Works only on the text near each quotation (its sentence and paragraph, and a
look back of a few paragraphs for antecedents), never on the whole article, so
articles without quotation marks cost nothing. Quotation words are blanked in
a per-paragraph "masked" copy, so names and cues inside quotations never count.

Order of evidence for one quotation (first that fires wins; ``Attribution.how``
names it):

``transcript``  the quotation opens with a speaker label: ``"PENCE: Well, …"``;
``post``        a cue right after the closing mark: ``"…," said Peskov`` /
                ``"…," Peskov said`` / ``"…," Mukasey, the former attorney general,
                said`` / a dash byline ``"…" ― Veronica Cruz`` (not a heading
                ``– Ready to quiz Trump –``); any past-tense verb next to a name
                (``"…!" beamed Donald Hartley``, ``"…," an angry Hollande retaliated``);
                after a quotation ending in a period only a short tag counts, and
                never a new sentence that opens its own quotation;
``pre``         a cue earlier in the sentence with its subject: ``Putin said: "…"``,
                ``Putin told reporters that "…"``, ``according to X, "…"``, ``Putin
                said he would not send it unless "…"``, ``with Macron calling it "…"``
                (participles take the clause subject, or the subject of the cue they follow:
                ``…, Spicer said, adding, "…"``, or the name right before them:
                ``with Sen. John McCain calling it "…"``); a cue inside an opening
                ``When …,`` clause yields to the main clause's subject
                (``When Trump suggested …, Rubio fired back: "…"``); an inverted tag
                closing with a name wins over a name before its comma
                (``"…" for Clinton, said Kunin.``);
``later``       a cue later in the sentence: ``"…" was how Trump put it``;
``colon-name``  a name before a colon, or a Title Case headline cue:
                ``Trump: ‘Oil Pays Him…’``, ``Christie Calls Clinton ‘A Disgrace’``;
``colon``       the paragraph before ends with a colon after a cue (``Breitbart News
                responded:``), a name, or a sentence whose subject is a name or a
                pronoun (``He then listed the qualities …:``);
``previous-sentence``, ``subject``  no cue: the subject of the sentence before (for a
                stand-alone quotation) or of the quotation's own sentence (the subject of
                the clause the quotation ends, ``…, while Mike Huckabee proposed "…"``, else
                the sentence's first: a name, a
                pronoun, or else a noun phrase: ``The piece goes on to slam …``,
                ``Federal labor organizations have long campaigned …``; not the
                subject of a passive or modal verb);
``passive``     a passive cue (``it was labeled "…"``): a quotation, speaker unknown;
``same-paragraph``, ``continuation``  (in :func:`inherit`) split quotations
                (``"…," Putin said. "…"``) and quote-only paragraphs continue the
                speaker of the quotation before;
``next-paragraph``  a quote-only paragraph with no speaker before it takes the speaker
                tagged on the quotation opening the next paragraph.

A subject before a cue is a name, a pronoun, a descriptor (``the spokesman``,
``officials``) or a quantity (``21 percent said``, ``most said``, ``Another
tweeted``, ``As one employee told``; not after a preposition: ``for many``).

Mentions are resolved inside the article: a pronoun to the most recent fitting
person (quotation speakers, sentence subjects and names next to cue verbs, with
gender evidence from titles and the pronouns that follow each name; a one-word
name counts when it is the subject of a cue (``Feinstein said``) or its pronouns
agree and it stands in an earlier sentence, and
a sentence-initial word followed by a past-tense verb is a subject: ``Cruz
openly admitted``), failing that to the last person's name written anywhere in the
paragraph or the two before (``Sanders’ apology``, ``was Garcia`` for the article's Agusein
Garcia; of one sentence's names the first not after a preposition: ``Nancy Worley pledged
her vote to Clinton``), and when the article names no one, to a person descriptor
(``said the base chief known as Bob``, ``The woman who started it all told CNN``); a
surname shared by two people (Bill and Hillary Clinton) gives neither a gender;
``it`` /
``they`` to the organisation that spoke last, unless a noun phrase opening a clause
comes after it (``they``: the last plural one, ``Millennials say``, ``ISIS soldiers
mock``; ``it``: the last singular one or organisation, ``The group seeks``,
``Trump’s campaign backtracked``), a descriptor (``the spokesman``)
to the person introduced with that role, a name to its longest full form
(``Peskov`` → ``Dmitry Peskov``; a headline's ``Understated Perez`` is no form) with the
title kept apart as the role.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..names import GEOGRAPHIC_WORDS, KNOWN_ORGANISATIONS, PLACES
from . import patterns as P
from .marks import RawQuote

_WS = " \t\n\xa0"
_PASSIVE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(" + "|".join(
        re.escape(f) for f in sorted(P.CUE_FORMS_SET, key=len, reverse=True) if f.endswith(("ed", "told", "said", "written"))
    ) + r")\b"
)
_TRANSCRIPT_LABEL = re.compile(r"\s*([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s")
_PREPOSITIONS = {"with", "in", "on", "at", "after", "before", "for", "from", "during", "since", "under",
                 "by", "like", "unlike", "despite", "without", "amid", "among", "as", "to", "of", "about", "when",
                 "while", "if", "although", "though", "because"}
_TIME_AT_END = re.compile(
    r",?\s+(?:(?:on|late|early)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|fall|winter)"
    r"|earlier(?:\s+this\s+(?:week|month|year))?|yesterday|today|tonight|in\s+(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)),?\s*$"
)
_DASH_APPOSITION = re.compile(r"\s*[—–][^—–]{3,160}[—–]\s*$")
_COLLECTIVE = {"police", "staff", "people", "public", "crowd", "audience", "management", "military", "clergy"}
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*$")  # "McConnell, R-Ky., said"
_SAY_VERBS_INVERTED = re.compile(
    r"(?:said|says|say|added|adds|asked|asks|wrote|writes|continued|continues|explained|explains|"
    r"recalled|recalls|noted|notes|replied|replies|responded|responds|argued|argues|insisted|insists|"
    r"declared|declares|warned|warns|tweeted|tweets|stated|states|concluded|concludes|observed|"
    r"added|remarked|quipped|countered|offered|cautioned|conceded|acknowledged|admitted|exclaimed|"
    r"told|tells|joked|jokes|predicted|predicts|suggested|suggests|complained|complains|claimed|claims|"
    r"shouted|yelled|announced|announces|boasted|boasts|lamented|laments|reasoned|mused|muses|"
    r"according\s+to|in\s+the\s+words\s+of)$",
    re.I,
)
_OBJECT_AFTER_TOLD = re.compile(r"(?:told|tells|telling|tell|asked|asks|asking|urged|urges|warned|warns|assured|assures|reminded|reminds|informed|informs)$", re.I)
_ADVERBIAL_AT_END = re.compile(
    r",\s+(?:during|in|at|after|before|on|from|while|speaking|appearing|following)\s[^,“”\"]{1,80}(?:,\s+[A-Z][\w.]*)?,\s*$"
)
_APPOSITION_AT_END = re.compile(r",\s*([^,“”\"]{2,200}),\s*$")
_PAREN_AT_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_PARTICIPLE_PHRASE_AT_END = re.compile(
    r"[ \xa0]+(?:speaking|talking|writing|appearing|testifying|posting|tweeting)[ \xa0]+(?:to|with|on|in|for|at|before)[ \xa0]+[^,;:“”\"]{1,60}$"
)
_AGE_AT_END = re.compile(r"(?<=[A-Za-z.]),[ \xa0]+\d{1,3}$")
_ROLE_SPLIT = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|—|–|\s-\s")
_DAYWORDS = P.NOT_NAMES


@dataclass(slots=True)
class Mention:
    """A speaker mention as written near a cue."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "descriptor"


@dataclass(slots=True)
class Attribution:
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
class Person:
    canonical: str
    role: str | None
    gender: str | None
    is_person: bool


@dataclass
class ArticleContext:
    """Per-article state: text, masked paragraphs, names seen so far."""

    text: str
    paras: list[tuple[int, int]]
    quotes: list[RawQuote]
    masked: dict[int, str] = field(default_factory=dict)  # paragraph index -> text with quotes blanked
    canon_cache: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    forms_cache: dict[str, dict[str, tuple[int, str | None, int]]] = field(default_factory=dict)
    gender_cache: dict[str, str | None] = field(default_factory=dict)
    honorifics: dict[str, str | None] = field(default_factory=dict)  # surname -> gender its Mr./Mrs. say
    persons: list[tuple[int, str, str | None]] = field(default_factory=list)  # (offset, canonical, role)
    orgs: list[tuple[int, str]] = field(default_factory=list)  # organisations and groups that spoke
    roles: dict[str, str] = field(default_factory=dict)  # role head noun -> canonical
    by_para: dict[int, list[RawQuote]] = field(default_factory=dict)
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    cue_names: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    cue_cache: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    ends_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

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
        if hi is None:
            hi = 1 << 62
        return [c for c in got if c[0] >= lo and c[1] <= hi]

    def by_para_quote_between(self, pi: int, lo: int, hi: int) -> bool:
        """Does a quotation of paragraph ``pi`` open inside ``[lo, hi)``?"""
        return any(lo <= q.open_mark < hi for q in self.by_para.get(pi, ()))

    def __post_init__(self) -> None:
        for q in self.quotes:
            self.by_para.setdefault(q.para, []).append(q)

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


# ---------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------
#: a dateline opening a story: "WASHINGTON (AP) — ", "PORTLAND, Ore. - ", "Mexico City (AFP) – "
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.’'\-]+(?:[ \xa0][A-Z][A-Z.’'\-]+){0,3}|[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+){0,2}(?=[ \xa0]\())"
    r"(?:,[ \xa0][A-Z][\w.]*(?:[ \xa0][A-Z\d][\w.]*){0,2}){0,2}[ \xa0]?(?:\([A-Za-z ]{2,20}\)[ \xa0]?)?[-–—]{1,2}[ \xa0]+(?=[A-Z“\"‘])"
)


_WORD_BREAKS = re.compile(r"[\s(“\"‘]")


def sentence_ends(masked: str) -> list[tuple[int, int]]:
    """``(period, next sentence start)`` of every sentence end in a paragraph (abbreviations skipped).

    A dateline counts as a sentence of its own, so the story's first subject is not "WASHINGTON".
    """
    out = []
    dm = _DATELINE.match(masked)
    if dm is not None:
        out.append((dm.end() - 2, dm.end()))
    for m in P.SENTENCE_END.finditer(masked):
        dot = m.start()
        j = masked.rfind(" ", 0, dot) + 1
        if _WORD_BREAKS.search(masked, j, dot):  # rare: another blank or an opening mark nearer
            j = dot
            while j > 0 and not masked[j - 1].isspace() and masked[j - 1] not in "(“\"‘":
                j -= 1
        word = masked[j:dot].lower().rstrip(".")
        if masked[dot] == "." and (word in P.ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        out.append((dot, m.end()))
    return out


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


# ---------------------------------------------------------------------------
# mentions
# ---------------------------------------------------------------------------
def _clean_name(name: str) -> str:
    name = name.strip(" ,.;:")
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "’s")) else name
    return name


_CONTRACTED_IS = {"he's", "she's", "that's", "here's", "there's", "it's", "what's", "who's", "let's", "where's"}


#: words that end a role like "Chief of Staff", "Secretary of State" (the run starts after "of")
_ROLE_COMPLEMENTS = P.ORG_WORDS | P.TITLE_SET | {"staff", "intelligence", "ranking"}


@lru_cache(maxsize=16384)
def split_role(name: str) -> tuple[str, str | None]:
    """``"Russian President Vladimir Putin"`` -> ``("Vladimir Putin", "Russian President")``."""
    words = _ROLE_SPLIT.split(name.strip())
    for i in range(len(words) - 2, -1, -1):
        # "Fox’s Chris Wallace", "France’s Marine Le Pen": the owner is an affiliation, not the name;
        # "He’s Donald Trump", "Here’s Clinton": a contraction, no affiliation at all
        if words[i].endswith(("'s", "’s")) and all(w[:1].isupper() for w in words[i + 1:]):
            owner = " ".join(words[: i + 1])
            rest, role = split_role(" ".join(words[i + 1:]))
            if owner.lower().replace("’", "'") in _CONTRACTED_IS:
                return rest, role
            owner = _POSSESSIVE.sub("", owner)
            return rest, f"{owner} {role}" if role else owner
    if len(words) > 1 and words[-1].lower().rstrip(".") in P.ORG_WORDS:
        return name.strip(), None  # "House Intelligence Committee" is one name, "House" no role
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in P.ROLE_HEADS or "-" in w and w.lower().split("-")[0] in P.ROLE_HEADS:
            cut = i + 1  # "Editor-in-Chief Martin Baron"
    if cut == 1 and len(words) == 2 and words[0] in P.ROLES_THAT_ARE_GIVEN_NAMES:
        cut = 0  # "Dean Baker" is a man called Dean; "Dean of Students Ann Lee" keeps the role
    if cut == 0:
        # "House Newt Gingrich" (from "Speaker of the House Newt Gingrich"), "State John Kerry";
        # "Political Affairs Wendy Sherman" (from "Undersecretary for Political Affairs …")
        for i in range(len(words) - 3, -1, -1):
            if words[i].lower().rstrip(".") in _ROLE_COMPLEMENTS:
                cut = i + 1
                break
    # "the" / "former" at the start belong to the role
    while cut < len(words) - 1 and words[cut].lower() in {"former", "ex", "acting", "then", "deputy", "vice"}:
        cut += 1
    if cut == 0:
        # titles without head words ("Foreign Minister" handled above) or leading "The"
        if words and words[0].lower() == "the" and len(words) > 1:
            return " ".join(words[1:]), None
        return name.strip(), None
    role = " ".join(words[:cut])
    rest = " ".join(words[cut:])
    return rest, role


@lru_cache(maxsize=8192)
def _bare_word(word: str) -> str:
    """Lower case, without a possessive or trailing punctuation ("Its" stays "its", "NATO’s" is "nato")."""
    w = word.lower().rstrip(".,")
    return w.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _is_name_ok(name: str) -> bool:
    if not name:
        return False
    words = name.split()
    if all(_bare_word(w) in _DAYWORDS for w in words):
        return False
    last = words[-1].lower().rstrip(".")
    if last in _DAYWORDS and (len(words) == 1 or len(last) > 3 or words[-1].endswith(".")):
        return False  # "Monday", "last May"; but "Ai Jun", "Ho Jan" are names
    if last in P.ROLE_HEADS and len(words) == 1:
        return False
    if last in _PRONOUN_WORDS:
        return False  # "U.S. He says …": an abbreviation ran into the next sentence's pronoun
    return True


_PRONOUN_WORDS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "him", "them"}


def mention_before(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker mention that ends right at ``hi`` (the subject of a cue at ``hi``)."""
    nl = text.rfind("\n", lo, hi)
    if nl >= 0:
        lo = nl + 1
    lo = max(lo, hi - 240)  # a subject, even with an apposition, is never longer
    window = text[lo:hi]
    # drop adverbs/auxiliaries: "Putin also said", "he has repeatedly said"
    m = P.AUX_AT_END.search(window, max(0, len(window) - 60))
    if m and m.start() > 0:
        window = window[: m.start()]
    # and when it was said: "Beck on Wednesday called", "Trump last week told"
    m = _TIME_AT_END.search(window, max(0, len(window) - 40)) if not window.rstrip().endswith(",") else None
    if m and m.start() > 0:
        window = window[: m.start()]
        m = P.AUX_AT_END.search(window, max(0, len(window) - 60))
        if m and m.start() > 0:
            window = window[: m.start()]
    # a dash apposition: "Gingrich — mentioned by Newsmax as the leading choice — told"
    if window.rstrip().endswith(("—", "–")):
        dm = _DASH_APPOSITION.search(window, max(0, len(window) - 200))
        if dm and dm.start() > 0:
            window = window[: dm.start()]
    window = window.rstrip(_WS)
    pm = _PAREN_AT_END.search(window)
    if pm and pm.start() > 0 and window.endswith(")"):
        window = window[: pm.start()]
    # an age before an apposition: "Jane Doe, 45, a retired nurse, said" (the apposition is cut below)
    am = _AGE_AT_END.search(window, max(0, len(window) - 8))
    if am and am.start() > 0:
        window = window[: am.start()]
    # a participial phrase: "Another intelligence source speaking to Fox News said"
    pm = _PARTICIPLE_PHRASE_AT_END.search(window, max(0, len(window) - 80))
    if pm and pm.start() > 0:
        got = mention_before(text, lo, lo + pm.start())
        if got is not None:
            return got
    # an adverbial set off by commas: "Clinton, during a town hall in Columbus, Ohio, said"
    if window.endswith(","):
        am = _ADVERBIAL_AT_END.search(window, max(0, len(window) - 140))
        if am and am.start() > 0:
            return mention_before(text, lo, lo + am.start())  # never the place that ends it
    # apposition: "Mukasey, the former attorney general, said"
    if window.endswith(","):
        am = _APPOSITION_AT_END.search(window)
        if am:
            inner = am.group(1).strip()
            head = inner.split()[0].lower() if inner.split() else ""
            tail = inner.split()[-1] if inner.split() else ""
            if head in {"the", "a", "an", "who", "which", "his", "her", "its", "their", "whose", "former", "then", "now"} or inner[:1].islower() or (tail.islower() and tail.isalpha()) or _PARTY_STATE.match(inner) or inner[:1].isdigit():
                got = mention_before(text, lo, lo + am.start())
                if got is not None:
                    return got
            window = window[:-1]
        else:
            window = window[:-1]
    window = window.rstrip(_WS)
    if not window:
        return None
    end = lo + len(window)
    tail = max(0, len(window) - 90)  # end-anchored searches need only the last words
    m = P.PRONOUN_AT_END.search(window, tail)
    if m:
        return Mention(m.group(1), lo + m.start(1), end, "pronoun")
    m = _WHO_AT_END.search(window, max(0, len(window) - 130))
    if m:
        # "Trump, who spoke in Ohio on Monday, said": the relative pronoun's antecedent
        return mention_before(text, lo, lo + m.start()) if m.start() > 0 else None
    span = P.name_run_before(window, len(window))
    if span:
        raw = window[span[0]:span[1]]
        s = lo + span[0]
        # "Putin's spokesman Dmitry Peskov": the capitalised run is "Dmitry Peskov"
        # drop a leading sentence word that is not a name ("But Trump")
        words = raw.split()
        while len(words) > 1 and words[0].lower() in _DAYWORDS:
            s += len(words[0]) + 1 + (len(raw) - len(raw.lstrip()))
            raw = raw[raw.index(words[0]) + len(words[0]):].lstrip()
            words = raw.split()
        name = _clean_name(raw)
        om = _OPEN_APPOSITION.search(text, max(lo, s - 130), s) if text[max(lo, s - 9):s].endswith(_OPEN_APPOSITION_ENDS) else None
        if om is not None:
            # "Sam Lau, the communications director for the Iowa Democratic Party said": no closing comma
            who = _clean_name(om.group(1))
            ws = who.split()
            if len(ws) >= 2 and ws[0].lower() not in _DAYWORDS and _is_name_ok(who) and _is_person_name(split_role(who)[0]):
                return Mention(who, om.start(1), om.start(1) + len(who), "name")
        if text[s - 4: s] == " of " and len(words) <= 3:
            # "House Speaker Paul D. Ryan of Wisconsin lamented": the person, not the place
            span2 = P.name_run_before(text, s - 4, lo)
            if span2 is not None and not text[max(0, span2[0] - 4): span2[0]].lower().endswith(("the ", "of ")):
                who = _clean_name(text[span2[0]:span2[1]])
                rest = split_role(who)[0]
                if len(rest.split()) >= 2 and _is_person_name(rest) and _is_name_ok(rest) and who.split()[0].lower() not in _DAYWORDS:
                    return Mention(who, span2[0], span2[0] + len(who), "name")
        if _is_name_ok(name) and _plausible_name(text, name, s):
            return Mention(name, s, s + len(name), "name")
        if " " not in name and not _is_name_ok(name) and _plausible_name(text, name, s) and _used_as_surname(text, name):
            return Mention(name, s, s + len(name), "name")  # '“…,” Jun wrote.' where the article has columnist Ai Jun
        if " " not in name and name.lower() not in _DAYWORDS and (
            name.lower() in _COLLECTIVE or len(name) > 3 and name.endswith("s") and name[1:].islower()
        ):
            return Mention(name, s, s + len(name), "descriptor")  # "Demonstrators said", "Police say"
        qm = _QUANTITY_AT_END.search(window, tail)
        if qm is not None and qm.group(1)[:1].isupper():
            # "Another advised, “…”", "Most said": a capitalised quantity opening the sentence
            return Mention(qm.group(1), lo + qm.start(1), end, "descriptor")
        return None
    m = P.DESCRIPTOR_AT_END.search(window, tail)
    if m:
        desc = m.group(1)
        dw = desc.split()
        if len(dw) > 2 and dw[-1].endswith("ed") and dw[-1].islower():
            desc = desc[: desc.rindex(" ")]  # "A campaign TV ad released [Thursday] accuses": the ad
        if _plausible_descriptor(desc):
            return Mention(desc, lo + m.start(1), end, "descriptor")
        # "a voice-over in the ad states", "a welcome message on the website reads": the head noun phrase
        pm = _PP_CUT.search(desc)
        if pm is not None and pm.start() > 0 and _plausible_descriptor(desc[: pm.start()]) and not _CLAUSE_BREAK.search(desc):
            head = desc[: pm.start()]
            return Mention(head, lo + m.start(1), lo + m.start(1) + len(head), "descriptor")
    m = _COORDINATED_DESCRIPTOR_AT_END.search(window, max(0, len(window) - 120))
    if m and _plausible_descriptor(m.group(1)) and _is_role_noun(m.group(1).split()[-1].lower()):
        # "the Florida senator and Republican presidential candidate said": the first conjunct
        return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "descriptor")
    m = _COORDINATE_ADJ_NP_AT_END.search(window, tail)
    if m and _plausible_descriptor(m.group(1)) and not any(
            w.endswith("ing") or w in _INDEFINITE_PRONOUNS for w in m.group(1).split(",", 1)[1].split()):
        # not "mocked the complaint, saying anybody who complains …": a clause, no descriptor
        # "the bespectacled, 71-year-old diplomat said"
        return Mention(m.group(1), lo + m.start(1), end, "descriptor")
    m = _POSSESSIVE_NP_AT_END.search(window, tail)
    if m and _is_role_noun(m.group(1).lower()):
        desc = m.group(0).strip()
        first = desc.split()[0]
        if first.lower() in _DAYWORDS or first.lower() in _PREPOSITIONS:
            desc = desc[len(first):].lstrip()
        return Mention(desc, end - len(desc), end, "descriptor")
    m = P.PLURAL_SUBJECT_AT_END.search(window, tail)
    if m:
        desc = m.group(1)
        first = desc.split()[0]
        if first.lower() in _SUBORDINATORS | {"but", "and"} and len(desc.split()) > 1:
            desc = desc[len(first):].lstrip()  # "But officials said", "When critics called"
        before = text[max(0, end - len(desc) - 3): end - len(desc)].rstrip(" \xa0")
        if not desc.endswith(("ss", "us", "is")) and _plausible_descriptor(desc) and desc.split()[0].lower() not in _DAYWORDS and not any(
                w.islower() and w.endswith(("ly", "ed", "ing")) for w in desc.split()[:-1]) and not (
                before[-1:] in "”\"" and before[-2:-1].isalnum()):  # not '“Ted Cruz” campaign pins'
            return Mention(desc, end - len(desc), end, "descriptor")
    m = _QUANTITY_AT_END.search(window, tail)
    if m and window[: m.start(1)].rstrip().rsplit(None, 1)[-1:] not in ([w] for w in _NOT_BEFORE_QUANTITY):
        # "21 percent said", "most said", "Another tweeted", "As one employee told …"
        return Mention(m.group(1), lo + m.start(1), end, "descriptor")
    return None


@lru_cache(maxsize=1024)
def _used_as_surname(text: str, word: str) -> bool:
    """Does the article write ``word`` (a common word: "From", "Jun", "King") as the last part of a
    person's name, after a given name or mid-sentence after another capitalised word ("Al From",
    "columnist Ai Jun", "Billie Jean King")?"""
    for m in re.finditer(r"(?<![\w’'.])([A-Z][a-z]+)[ \xa0]+" + re.escape(word) + r"(?![\w’'-])", text):
        first = m.group(1).lower()
        if first in _DAYWORDS or first in P.TITLE_SET or first in P.ROLE_HEADS:
            continue
        if first in P.FEMALE_GIVEN or first in P.MALE_GIVEN:
            return True
        before = text[max(0, m.start() - 2): m.start()]
        if len(before) == 2 and before[1] in " \xa0" and before[0].islower():
            return True
    return False


_OPEN_APPOSITION = re.compile(
    r"(?:^|(?<=[\s“\"‘(]))(" + P.NAME_RUN + r"),[ \xa0]+(?:the|a|an)[ \xa0]+[^,;:“”\"()]{1,80}?[ \xa0](?:for|of|at|with)[ \xa0]+(?:the[ \xa0]+)?$"
)
_OPEN_APPOSITION_ENDS = tuple(f" {p} {t}" for p in ("for", "of", "at", "with") for t in ("", "the "))
_COORDINATED_DESCRIPTOR_AT_END = re.compile(
    r"(?:^|(?<=^[\s“\"‘])|(?<=[,;:(—–][ \xa0]))((?:[Tt]he|[Aa]n?)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[\w’'\-]+)[ \xa0]+and[ \xa0]+(?:[A-Za-z][\w’'\-]*[ \xa0]+){0,3}[a-z][\w\-]*$"
)
_INDEFINITE_PRONOUNS = {"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "no-one"}
_COORDINATE_ADJ_NP_AT_END = re.compile(r"(?:^|(?<=[\s“\"‘]))((?:[Tt]he|[Aa]n?)[ \xa0]+[a-z][\w\-]*,[ \xa0]+(?:[a-z0-9][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*)$")
_NOT_BEFORE_QUANTITY = (_PREPOSITIONS - {"as", "while", "when", "if", "although", "though", "because"}) | {"what", "that", "than"}
_PP_CUT = re.compile(r"\s(?:in|at|from|of|for|with|on(?=\s+(?:the|a|an|his|her|its|their)\s))\s")
_QUANTITY_AT_END = re.compile(
    r"(?:^|(?<=[\s“\"‘(]))("
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Oo]ver|[Mm]ore than|[Ff]ewer than|[Ll]ess than)\s+)?"
    r"\d[\d,.]*\s*(?:percent|%|in\s+(?:\d+|ten))(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*s)?(?![\w\-])"
    r"|(?:[Mm]ost|[Mm]any|[Oo]thers|[Aa]nother|[Ss]ome|[Ff]ew|[Ss]everal|[Hh]alf)(?:\s+of\s+(?:them|those|the\s+[a-z][\w\-]*s))?(?![\w\-])"
    r"|(?:[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]+\s+)?[a-z][\w\-]+"
    r")\s*$"
)


_ROLE_NAME_AT_START = re.compile(r"\s*((?:[a-z0-9][\w\-’'./]*\s+){1,5}?)(" + P.NAME_RUN + r")")
_ROLE_WORDS_ONLY = re.compile(r"^(?:[a-z][\w\-’'.]*\s+){0,5}$")
_POSSESSIVE_NP_AT_END = re.compile(r"(?:(?<=\s)|^)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*[’']s?\s+(?:[a-z][\w\-]+\s+){0,2}?([a-z][\w\-]+)\s*$")
_WHO_AT_END = re.compile(r"(?:^|(?<=[\s,]))who(?:\s+[^,]{0,100},|(?:\s+[a-z]+){1,5})?\s*$")
_CONTRACTION = re.compile(r"[’'](?:ll|m|re|ve|d|t)$", re.I)
_NOT_IN_DESCRIPTOR = set("""
that when which who whom whose where while if as than then because since after before during until
in on at to by from into onto over under about against between through without within upon
and or but nor so yet is was are were be been being has have had do does did will would can could
should may might must not no never also just only even it he she they we i you this these those
there here said says say told tells added""".split())


def _plausible_descriptor(desc: str) -> bool:
    words = desc.lower().split()
    if len(words) > 6 or len(desc) > 70 or _CLAUSE_BREAK.search(desc):
        return False
    if any(w.strip(",.") in _NOT_IN_DESCRIPTOR for w in words[1:]):
        return False
    head = words[-1]
    if head.endswith(("ly", "ing")) or not head.isalpha() and "-" not in head:
        return False
    if head in _NOT_IN_DESCRIPTOR or head in _PREPOSITIONS or head in {"a", "an", "the"}:
        return False  # "The evidence for the [last claim]", "[this reporter] has [revealed]"
    if head in _NOT_SPEAKER_HEADS or words[0].endswith("ing"):
        return False  # "The day before", "The question", "Holding signs"
    return True


#: head nouns of phrases that open sentences but never speak
_NOT_SPEAKER_HEADS = set("""
day days week weeks month months year years night nights morning afternoon evening time times moment
point fact question questions issue issues problem problems idea ideas thing things way ways reason
result results kind sort part end start beginning
""".split())


#: a past-tense verb (or a cue) right after a sentence-initial word: the word is its subject
_VERB_NEXT = re.compile(r"[ \xa0]+(?:(?:[a-z]+ly|also|then|later|again|never|even|once|first)[ \xa0]+)?(?:[a-z]{2,}ed|said|says|told|tells|wrote|writes|has|had|was|is|will|would"
                        r"|went|came|made|took|gave|got|kept|left|began|spoke|sat|stood|ran|met|held|brought|thought"
                        r"|felt|found|knew|saw|heard|won|lost|hit|led|sent|spent|became|chose|drew|fought|sought|struck)\b")


def _plausible_name(text: str, name: str, at: int) -> bool:
    """Reject sentence-initial ordinary words ("Walking", "We’ll") taken for names."""
    words = name.split()
    if any(_CONTRACTION.search(w) for w in words):
        return False
    if len(words) > 1:
        return True
    j = at - 1
    if j >= 0 and text[j] in "“\"‘(":
        j -= 1  # an opening mark glued to the name: '“Putin'
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    if j >= 0 and text[j] not in ".!?\n:;—–”\"":
        return True  # capitalised in mid-sentence
    if j >= 1 and text[j] in "”\"" and text[j - 1] not in ".":
        return True  # right after a quotation: '“…,” Putin said'
    if j >= 1 and text[j] in "”\"" and text[j - 1] == "." and at + 1 < len(text):
        # '“… the end.” Trump said' is rare but '“… end.” Trump then left' is not: need a cue next
        return bool(P.find_cues(text, at, min(len(text), at + len(name) + 25)))
    w = words[0]
    if not w.endswith(("ing", "ly", "ed")) and _VERB_NEXT.match(text, at + len(name)):
        return True  # "Cruz openly admitted …", "Carson defied …": a past-tense verb follows
    for i in _occurrences(text, w, 200):
        j = i - 1
        if j > 0 and text[j] in " \xa0" and (text[j - 1].islower() or text[j - 1] == ","):
            return True
    return False


_DANGLING = {"a", "an", "the", "any", "all", "each", "is", "was", "are", "were", "and", "or", "but", "that"}


def mention_after(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker mention that starts right at ``lo`` (``said Peskov``)."""
    window = text[lo:hi]
    dm = P.DAY_OR_TIME.match(window)
    if dm:
        lo += dm.end()
        window = text[lo:hi]
    m = P.PRONOUN_AT_START.match(window)
    if m:
        return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "pronoun")
    m = P.NAME_AT_START.match(window)
    if m:
        raw = m.group(1)
        name = _clean_name(raw)
        if _is_name_ok(name) and name.split()[0].lower() not in {"the", "a", "an"}:
            s = lo + m.start(1)
            return Mention(name, s, s + len(name), "name")
        if name.split()[0].lower() == "the" and len(name.split()) > 1:
            s = lo + m.start(1)
            return Mention(name, s, s + len(name), "name")
    m = _ROLE_NAME_AT_START.match(window)
    if m and not any(w in _NOT_IN_DESCRIPTOR for w in m.group(1).split()):
        name = _clean_name(m.group(2))
        if _is_name_ok(name):
            s = lo + m.start(2)
            return Mention(name, s, s + len(name), "name")
    m = P.DESCRIPTOR_AT_START.match(window)
    if m:
        desc = m.group(1)
        words = desc.lower().split()
        if len(words) > 3 and words[-1] in {"the", "a", "an"} and words[-2] in _PREPOSITIONS:
            # "the authors of the “Growth and Opportunity Project”": the noun phrase runs into a quoted title
            desc = desc[: desc.lower().rindex(" " + words[-2] + " ")]
        elif words[-1] in _PREPOSITIONS or words[-1] in _DANGLING:
            return None  # "her record as secretary of", "a court document filed by": not a noun phrase
        s = lo + m.start(1)
        # "a spokesman for Trump": keep the noun phrase, drop the of/for phrase
        return Mention(desc, s, s + len(desc), "descriptor")
    return None


# ---------------------------------------------------------------------------
# resolution
# ---------------------------------------------------------------------------
def _canonical(ctx: ArticleContext, name: str, at: int | None = None) -> tuple[str, str | None]:
    """Longest full form of a name in the article, and the role written with it.

    With ``at``, a full form first written before ``at`` is preferred: news names a person in
    full before the surname alone, so "Trump" early on is not the "Ivanka Trump" of a later paragraph.
    """
    words = name.split()
    forms = _forms_of(ctx, words[-1]) if words else {}
    if at is not None:
        firsts = [first for full, (_, _, first) in forms.items() if " " in full]
        before = sum(1 for first in firsts if first < at)
        if 0 < before < len(firsts):
            key = (name, before)
            got = ctx.canon_cache.get(key)
            if got is None:
                got = _canonical_among(ctx, name, {f: v for f, v in forms.items() if v[2] < at})
                ctx.canon_cache[key] = got
            return got
    got = ctx.canon_cache.get(name)
    if got is None:
        got = _canonical_among(ctx, name, forms)
        ctx.canon_cache[name] = got
    return got


def _forms_of(ctx: ArticleContext, last: str) -> dict[str, tuple[int, str | None, int]]:
    """The article's full forms ending in the word ``last`` (see :func:`_full_forms`), found once."""
    if not (last[:1].isupper() and len(last) > 1):
        return {}
    forms = ctx.forms_cache.get(last)
    if forms is None:
        forms = _full_forms(ctx.text, last)
        ctx.forms_cache[last] = forms
    return forms


def _canonical_among(ctx: ArticleContext, name: str, forms: dict[str, tuple[int, str | None, int]]
                     ) -> tuple[str, str | None]:
    bare, role = split_role(name)
    words = bare.split()
    if not words:
        return name, role
    best, best_role = bare, role
    if forms:
        bare_is_person = _is_person_name(bare)
        counts: dict[str, int] = {}
        roles: dict[str, str | None] = {}
        for full_bare, (n, full_role, _) in forms.items():
            # the full form must contain every word of the short form
            fw = full_bare.split()
            if all(w in fw for w in words) and (len(fw) == len(words) or (
                    _is_person_name(full_bare) if bare_is_person
                    else not _is_person_name(full_bare) or _given_name_gender(full_bare))):
                # "Trump" is not "Team Trump"; a place is a person only with a first name ("Steve Israel",
                # not a heading's "Winning Iowa")
                counts[full_bare] = n
                roles[full_bare] = full_role
        if role and len(counts) > 1:
            # "President Obama" is the Obama written with that role, not the more frequent Michelle
            head = role.split()[-1].lower().rstrip(".")
            gender = "f" if head in P.FEMALE_TITLES else "m" if head in P.MALE_TITLES else None
            fitting = {f: n for f, n in counts.items() if len(f.split()) > len(words) and (
                       roles[f] and roles[f].split()[-1].lower().rstrip(".") == head
                       or gender and _given_name_gender(f) == gender)}
            if fitting:
                counts = fitting
        if len(words) == 1 and any(len(f.split()) > 1 for f in counts):
            # "Michelle Obama" is not the "Mr. Obama" the article writes about throughout
            honorific = _honorific_gender(ctx, words[-1])
            if honorific:
                counts = {f: n for f, n in counts.items() if _given_name_gender(f) in (None, honorific)}
        if counts:
            # longest form; among equally long ones the most frequent
            best = max(counts, key=lambda k: (len(k.split()) > len(words), counts[k] if len(k.split()) > 1 else 0, len(k.split())))
            if len(best.split()) < len(words):
                best = bare
            best_role = role or roles.get(best)
    return best, best_role


#: words that open a question or headline, never a name, beyond the sentence words of _DAYWORDS
#: ("Is Sanders …?", "Maybe Trump …"): "Perhaps Trump", "Asks Sanders"
_NOT_NAME_OPENERS = {"might", "must", "perhaps", "stated", "asks", "tells"}
_KIN_WORDS = {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "grandmother", "grandfather"}


def _full_forms(text: str, last: str) -> dict[str, tuple[int, str | None, int]]:
    """Every capitalised run in ``text`` that ends with the word ``last``: count, role and first offset.

    A headline's (or Title Case heading's) run counts for the body's full form it ends with, and
    as a form of its own only when the body never writes the name in full or it opens with a first
    name: "Is Sanders finally …", "Understated Perez raises …" are no names."""
    forms: dict[str, tuple[int, str | None, int]] = {}
    title_forms: dict[str, tuple[int, str | None, int]] = {}
    title_end = text.find("\n")
    for i in _occurrences(text, last):
        into = title_forms if i < title_end else forms
        # most mentions follow a lower-case word ("said Trump"): the form is the word itself
        j = i - 2
        while j >= 0 and text[j] not in " \t\n\xa0":
            j -= 1
        if i == 0 or text[i - 1] not in " \xa0" or not text[j + 1:j + 2].isupper():
            n, r, first = into.get(last, (0, None, i))
            into[last] = (n + 1, r, first)
            continue
        span = P.name_run_before(text, i + len(last), max(0, i - 90))
        if span is None:
            continue
        if into is forms and _in_heading(text, i):
            into = title_forms
        full = text[span[0]:span[1]]
        full_bare, full_role = split_role(full)
        fw = full_bare.split()
        while fw and (fw[0].lower() in _DAYWORDS or fw[0].lower() in _PREPOSITIONS or fw[0].lower() in _NOT_NAME_OPENERS):
            fw = fw[1:]  # "Despite Santilli's …", "Is Sanders Being …?" are Santilli and Sanders
        # "U.S. While Clinton" (a sentence ran on after an abbreviation), "More Important Than Obama"
        cut = max((k + 1 for k, w in enumerate(fw[:-1]) if w.lower() in _RUN_BREAKS), default=0)
        fw = fw[cut:]
        while len(fw) > 1 and fw[0].lower() in _KIN_WORDS:
            fw = fw[1:]  # "… And Wife Huma Abedin"
        if not fw or fw[-1] != last or len(fw) > 4:
            continue
        full_bare = " ".join(fw)
        n, r, first = into.get(full_bare, (0, None, span[0]))
        into[full_bare] = (n + 1, r or full_role, first)
    full = [f.split() for f in forms if " " in f]
    for f, (n, r, first) in title_forms.items():
        if full:
            # a headline's "Benghazi Widow Dorothy Woods" counts for the body's "Dorothy Woods"
            fw = f.split()
            ends = [bw for bw in full if fw[-len(bw):] == bw]
            if ends:
                f, r = " ".join(max(ends, key=len)), None
            elif not _given_name_gender(f):
                continue
        n0, r0, first0 = forms.get(f, (0, None, first))
        forms[f] = (n0 + n, r0 or r, min(first, first0))
    return forms


_RUN_BREAKS = _DAYWORDS | _PREPOSITIONS | {"than", "about", "against", "over", "into", "regarding", "neither", "either"}


def _in_heading(text: str, i: int) -> bool:
    """Is offset ``i`` in a Title Case line ("17 Of The Most Powerful Things Latinos Said In 2015")?"""
    return _is_heading_line(text, text.rfind("\n", 0, i) + 1)


@lru_cache(maxsize=4096)
def _is_heading_line(text: str, ls: int) -> bool:
    le = text.find("\n", ls)
    words = text[ls: le if le >= 0 else len(text)].split()
    return 3 <= len(words) <= 20 and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= 0.8 * len(words)


def _occurrences(text: str, word: str, limit: int = 60):
    """Offsets where ``word`` occurs as a whole word (str.find, no regex compile)."""
    n = len(word)
    i = text.find(word)
    found = 0
    while i >= 0 and found < limit:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "-'’") and not (after.isalnum() or after == "-"):
            found += 1
            yield i
        i = text.find(word, i + n)


def _is_place(name: str) -> bool:
    words = name.split()
    return bool(words) and (" ".join(_bare_word(w) for w in words) in PLACES or _bare_word(words[-1]) in GEOGRAPHIC_WORDS)


_WORD_NEXT = re.compile(r"[ \xa0]+([a-z][a-z\-]+)")


def _role_follows(text: str, at: int) -> bool:
    m = _WORD_NEXT.match(text, at)
    return m is not None and (m.group(1) in P.ROLE_HEADS or _is_role_noun_of_person(m.group(1)))


@lru_cache(maxsize=8192)
def _is_person_name(name: str) -> bool:
    words = name.split()
    if any(_bare_word(w) in P.ORG_WORDS for w in words):
        return False
    key = " ".join(_bare_word(w) for w in words)
    if key in PLACES or key in KNOWN_ORGANISATIONS or words and _bare_word(words[-1]) in GEOGRAPHIC_WORDS:
        return False  # "San Francisco", "Pennsylvania Avenue", "Sirius XM": never a he or she
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
        return False  # CNN, NRA
    if words and words[0].lower() == "the":
        return False
    return True


_OTHER_NAME = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_PRONOUN_GENDER = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)


def _gender(ctx: ArticleContext, canonical: str, role: str | None) -> str | None:
    if canonical in ctx.gender_cache:
        return ctx.gender_cache[canonical]
    g = None
    if role:
        for w in role.lower().replace(".", "").split():
            if w in P.FEMALE_TITLES:
                g = "f"
            elif w in P.MALE_TITLES:
                g = "m"
    if g is None:
        g = _given_name_gender(canonical)  # "Melania", "Hillary": a given name alone is gendered too
    if g is None:
        g = _gender_votes(ctx, canonical) if " " in canonical else None  # "Rakeyia Scott", not every Scott
        if g is None and not _shared_surname(ctx, canonical):
            g = _gender_votes(ctx, canonical.split()[-1])
    ctx.gender_cache[canonical] = g
    return g


def _honorific_gender(ctx: ArticleContext, surname: str) -> str | None:
    """"m" when the article writes "Mr. Obama" more than "Mrs./Ms. Obama", "f" for the reverse."""
    got = ctx.honorifics.get(surname, "?")
    if got == "?":
        text = ctx.text
        male = female = 0
        if "Mr" in text or "Ms" in text:
            male = text.count("Mr. " + surname) + text.count("Mr " + surname)
            female = sum(text.count(h + surname) for h in ("Mrs. ", "Ms. ", "Mrs ", "Ms "))
        got = "m" if male > female else "f" if female > male else None
        ctx.honorifics[surname] = got
    return got


def _given_name_gender(name: str) -> str | None:
    given = name.split()[0].lower() if name.split() else ""
    return "f" if given in P.FEMALE_GIVEN else "m" if given in P.MALE_GIVEN else None


def _shared_surname(ctx: ArticleContext, canonical: str) -> bool:
    """Do two people of the article share this surname ("Bill Clinton", "Hillary Clinton")? Then the
    surname's pronouns say nothing about either."""
    words = canonical.split()
    if len(words) < 2:
        return False
    firsts = {f.split()[-2] for f in _forms_of(ctx, words[-1]) if len(f.split()) > 1}
    return len(firsts) > 1


def _gender_votes(ctx: ArticleContext, last: str) -> str | None:
    """Gender evidence after each mention of ``last``: a Mr./Ms. before it, the next he/she after it."""
    g = None
    if True:
        votes = {"m": 0, "f": 0}
        for start in _occurrences(ctx.text, last, 40):
            end = start + len(last)
            before = ctx.text[max(0, start - 6): start].lower().replace(".", "")
            if before.endswith(("mrs ", "ms ", "miss ")):
                votes["f"] += 3
            elif before.endswith("mr "):
                votes["m"] += 3
            pm = _PRONOUN_GENDER.search(ctx.text, end, end + 150)
            if pm and not _OTHER_NAME.search(ctx.text, end, pm.start()):
                votes["f" if pm.group(1).lower().startswith(("she", "her")) else "m"] += 1
            if votes["m"] + votes["f"] >= 12 or abs(votes["m"] - votes["f"]) >= 4:
                break
        if votes["m"] > votes["f"]:
            g = "m"
        elif votes["f"] > votes["m"]:
            g = "f"
    return g


def _subject_names(ctx: ArticleContext, lo: int, hi: int) -> list[tuple[int, str]]:
    """Person names that open a sentence or clause in text[lo:hi] (most recent last)."""
    out = []
    pi = _para_of(ctx, lo)
    if ctx.paras[pi] == (lo, hi):
        # match only at sentence starts (found once per paragraph), not at every offset
        seg = ctx.para_text(pi)
        starts = [0] + [nxt for _, nxt in ctx.ends(pi)]
        matches = []
        for pos in starts:
            # "Former Pennsylvania governor Ed Rendell, …": the name after the role words (and
            # not "Former Pennsylvania", which is part of the role)
            rm = _ROLE_NAME_SUBJECT.match(seg, pos)
            if (rm is not None and _role_words_ok(_without_adverb_the(seg[rm.start(): rm.start(1)]))
                    and not _is_dayword_run(rm.group(1)) and rm.group(1).split()[-1].lower().rstrip(".") not in P.ROLE_HEADS):
                matches.append(rm)
            else:
                # "Armstrong Williams, Carson’s longtime friend, suggested": the name before the
                # apposition, not the possessor inside it
                matches.append(_NAME_THEN_APPOSITION.match(seg, pos) or _subject_at(seg, pos))
        matches += [_TOPIC_AT.match(seg, pos) for pos in starts]  # "As for Trump, he said …"
        matches += [_RELATION_NAME_AT.match(seg, pos) for pos in starts]  # "Trump’s wife, Melania, is …"
    else:
        seg = ctx.text[lo:hi]
        matches = _SUBJECT.finditer(seg)
    for m in matches:
        if m is None:
            continue
        raw = m.group(1)
        pre = seg[max(0, m.start(1) - 6): m.start(1)].rstrip()
        if pre.endswith(".") and pre.rsplit(" ", 1)[-1].lower().rstrip(".") in P.ABBREVIATIONS:
            continue  # "Dr. Jill Stein" is not a sentence start
        pre = seg[max(0, m.start() - 6): m.start()].rstrip()
        if m.start() != m.start(1) and pre.endswith(".") and pre.rsplit(" ", 1)[-1].lower().rstrip(".") in P.ABBREVIATIONS:
            continue  # "Mr. Tribe's client, Peabody Energy": the sentence did not start at "Tribe's"
        name = _clean_name(raw)
        words = name.split()
        if len(words) > 1 and words[0].lower() in _NOT_SUBJECT_OPENERS:
            continue  # "In California, he proved …": a place, not the subject; "Like Makaeff, Roffman …"
        if len(words) > 1 and words[0].lower() == "the" and words[1].lower().rstrip(".") not in P.ROLE_HEADS:
            continue  # "The Great Debate Debate shows …": a title or a body, not a he or she ("The Rev. Al Sharpton" is)
        while words and words[0].lower() in _DAYWORDS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if not _is_name_ok(name) or not _plausible_name(ctx.text, name, lo + m.start(1)):
            continue
        if len(words) == 1 and words[0].lower().rstrip("s") in P.TITLE_SET:
            continue
        out.append((lo + m.start(1), name))
    return out


def _without_adverb_the(words: str) -> str:
    m = _ADVERB_THE.match(words)
    return words[m.end():] if m else words


def _is_dayword_run(name: str) -> bool:
    """"Thursday" in "Gowdy earlier Thursday said": a date, so the subject is the name before it."""
    return all(_bare_word(w) in _DAYWORDS for w in name.split())


#: a second sentence-opening adverb: "And then Trump went on the attack"
_THEN = r"(?:(?:then|now|later|so|yet|still|also|finally|even)[ \xa0,]+)?"
#: "Rep. Lee Zeldin of New York, a Trump supporter, said": where the subject comes from
_OF_PLACE = r"(?:[ \xa0]+of[ \xa0]+[A-Z][\w.]*(?:[ \xa0]+[A-Z][\w.]*){0,2})?"
#: "Maricopa County (Ariz.) Sheriff Joe Arpaio": a place and its state before the title and name
_PLACE_IN_PARENS = r"(?:[A-Z][\w.]*[ \xa0]+){1,3}\([A-Z][^()]{0,15}\)[ \xa0]+"
_NAME_THEN_APPOSITION = re.compile(
    r"[“\"‘(]?(" + P.NAME_RUN + r")" + _OF_PLACE + r"(?:,[ \xa0]+(?:the|a|an|his|her|its|their|who|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0][^,.;:!?“”\"]{1,100},"
    # "Governor Chris Christie – a Dallas Cowboys fan – gave"
    r"|[ \xa0]+[—–-]{1,2}[ \xa0]+(?:the|a|an|his|her|its|their|who)[ \xa0][^—–.;:!?“”\"]{1,100}?[ \xa0][—–-]{1,2})[ \xa0]+[a-z]"
)
_RELATION_NAME_AT = re.compile(
    r"(?:[^,.!?\n“”\"]{1,40},\s+)?(?:[A-Z][\w’'\-]*(?:’s?|'s?)|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}[a-z]+,\s+(" + P.NAME_RUN + r"),"
)
_TOPIC_AT = re.compile(r"(?:As for|For|Asked about|(?:Then )?[Tt]here(?:’|')s|Enter)\s+(" + P.NAME_RUN + r")[,.]")
_SUBJECT_AT = re.compile(
    r"(?:[“\"‘(]\s*)?(?:[^,.!?\n“”\"]{1,40},\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile|However,)\s+" + _THEN + r")?"
    r"(?:" + _PLACE_IN_PARENS + r")?(" + P.NAME_RUN + r")" + _OF_PLACE + r"(?=(?:,|\s*\(|\s+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]))"
)
_SUBJECT_AT_BARE = re.compile(r"(?:[“\"‘(]\s*)?(" + P.NAME_RUN + r")[ \xa0]+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]")


def _subject_at(seg: str, pos: int) -> re.Match | None:
    m = _SUBJECT_AT.match(seg, pos)
    if m is not None and m.start(1) > pos + 2:
        # "Andrew Hale took his daughter, Chloe, there": the opening words before the comma are no
        # adverbial ("In 2008,") but a sentence of their own with a full name as subject
        b = _SUBJECT_AT_BARE.match(seg, pos)
        if b is not None and b.end(1) < m.start(1):
            words = b.group(1).split()
            if len(words) > 1 and words[0].lower() not in _DAYWORDS | _NOT_SUBJECT_OPENERS and not words[0].endswith(("ing", "ed")):
                return b
    return m


_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n)|(?<=^))(?:[^,.!?\n“”\"]{1,40},\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile|However,)\s+" + _THEN + r")?"
    r"(?:" + _PLACE_IN_PARENS + r")?(" + P.NAME_RUN + r")" + _OF_PLACE + r"(?=(?:,|\s*\(|\s+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]))"
)


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OWNER_PRONOUN = {w: p for w, p in _POSSESSIVE_PRONOUN.items() if p in ("he", "she")}
#: people (or bodies of people) who belong to someone: "his spokesman said" is the spokesman speaking
_PEOPLE_OF_SOMEONE = set("""
spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors lawyer lawyers
attorney attorneys wife husband son sons daughter daughters father mother brother sister children family
campaign staff staffer staffers friend friends colleague colleagues rival rivals opponent opponents
secretary chief manager team office representative representatives supporters allies critics deputy
successor predecessor counsel doctor physician partner partners press boss employer employees doctors
biographer nephew niece cousin uncle aunt grandson granddaughter fiancee fiance ex-wife ex-husband
""".split())


def _is_role_noun_of_person(head: str) -> bool:
    """Nouns for people by what they do ("his co-author", "her predecessor"): -er/-or/-ist/-ant forms."""
    return head.endswith(("er", "or", "ist", "ant", "ent")) and head not in {"letter", "order", "paper", "statement", "comment", "member"} and len(head) > 4


def resolve(ctx: ArticleContext, mention: Mention, at: int) -> tuple[str | None, str | None]:
    """Canonical speaker and role for a mention at offset ``at``."""
    if mention.kind == "name":
        canon, role = _canonical(ctx, mention.text, mention.start)
        if _is_person_name(canon):
            ctx.persons.append((mention.start, canon, role))
            if role:
                ctx.roles[role.split()[-1].lower().rstrip(".")] = canon
            for head in _role_heads_near(ctx.text, mention.start, mention.end):
                ctx.roles[head] = canon
        else:
            ctx.orgs.append((mention.start, canon))
        return canon, role
    if mention.kind == "pronoun":
        p = mention.text.lower()
        if p in {"he", "she"}:
            gender = "m" if p == "he" else "f"
            got = _antecedent(ctx, at, gender)
            if got[0] is not None:
                # a person named in this paragraph beats one named only before it
                pi = _para_of(ctx, at)
                ps = ctx.paras[pi][0]
                here = ctx.para_text(pi)[: at - ps]
                back = 1
                if pi > 0 and not any(c.isalpha() and c != "x" for c in here[: mention.start - ps]):
                    # a paragraph opening with the quotation: the paragraph before is "this" one
                    here, back = ctx.para_text(pi - 1), 2
                if got[0].split()[-1] not in here:
                    near = _any_name_before(ctx, at, gender, paragraphs=back, free=back > 1)
                    if near[0] is not None and near[0].split()[-1] in here:
                        got = near
                # "A reporter for Agence France-Presse called it “chaos.” “…,” he said": a new, unnamed
                # person (not "the senator", who is someone named before) spoke after the antecedent
                desc_at, desc = _person_descriptor_at(ctx, at, gender)
                if desc is not None and _unnamed(desc) and desc_at > ctx.text.rfind(got[0].split()[-1], 0, at):
                    got = (desc, None)
            if got[0] is None:
                got = _any_name_before(ctx, at, gender, surnames=True)
            if got[0] is not None:
                got = _pronoun_led(ctx, at, p, got)
            if got[0] is None:
                got = _person_descriptor_before(ctx, at, gender, unnamed_only=True)
            if got[0] is None:
                got = _earlier_person(ctx, at, gender)
            if got[0] is None:
                got = _person_descriptor_before(ctx, at, gender)
            if got[0]:
                ctx.persons.append((mention.start, got[0], got[1]))
            return got
        if p in {"i", "we"}:
            return _antecedent(ctx, at, None)
        if p == "it":
            doc = _document_before(ctx, at)
            if doc is not None and not any(doc[0] < pos < at for pos, _ in ctx.orgs):
                return doc[1], None  # 'Dawson lifted a sign of her own. “I am still Sanders,” it read.'
        if p in {"they", "it"}:
            org_at, got = _org_antecedent(ctx, at)
            # a subject written after the organisation that spoke last is nearer: "The Post
            # reported that … It added"
            subject = (_plural_antecedent if p == "they" else _it_antecedent)(ctx, at, after=org_at)
            if subject[0] is not None:
                got = subject
                first = subject[0].split()[0]
                if first.lower() in {"he", "she"}:
                    # "He and his partner came … because they wanted": whose partner
                    who = _antecedent(ctx, at, "m" if first.lower() == "he" else "f")[0]
                    if who is not None and " " in who:
                        got = (who + subject[0][len(first):], None)
            return got
        return None, None
    # descriptor
    desc = mention.text
    words = desc.lower().split()
    head = words[-1] if words else ""
    if len(words) > 1 and words[0] in _OWNER_PRONOUN and head not in _PEOPLE_OF_SOMEONE and not _is_role_noun_of_person(head):
        # "His assumption was that “…”", "her statement read": the owner of the words spoke them
        owner = Mention(_OWNER_PRONOUN[words[0]], mention.start, mention.start + len(words[0]), "pronoun")
        got = resolve(ctx, owner, at)
        if got[0] is not None:
            return got
    if head in ctx.roles and words[0] in {"the", "his", "her", "its", "their", "this"}:
        canon = ctx.roles[head]
        if _modifiers_fit(ctx.text, desc.split()[1:-1], canon):
            return canon, None
        # "The Florida senator" is not the Vermont senator introduced before: keep the descriptor
    apposed = _apposed_name(ctx, mention)
    if apposed is not None:
        return resolve(ctx, apposed, apposed.start)
    # "the Kremlin spokesman", "the Belarusian leader"
    ctx.orgs.append((mention.start, desc))
    return desc, None


#: "Braynard, a South Carolina native who …": a name opening its clause, then a comma
_NAME_BEFORE_APPOSITION = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))(" + P.NAME_RUN + r"),[ \xa0]+$")
#: "Clinton, a top aide said, “…”": a parenthetical tag, not an apposition
_PARENTHETICAL_TAG_NEXT = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:said|says|added|adds|noted|notes|wrote|writes|argued|argues|explained|explains|told[ \xa0]+[a-z]+)[ \xa0]*,")


def _apposed_name(ctx: ArticleContext, men: Mention) -> Mention | None:
    """The name a descriptor is set in apposition to: 'Braynard, a South Carolina native who writes
    fiction on the side (… “…”)' is Braynard's, not an unnamed native's."""
    if men.text.split()[0].lower() not in ("a", "an", "the") or _PARENTHETICAL_TAG_NEXT.match(ctx.text, men.end):
        return None
    nm = _NAME_BEFORE_APPOSITION.search(ctx.text, max(0, men.start - 60), men.start)
    if nm is None:
        return None
    name = _clean_name(nm.group(1))
    words = name.split()
    if not _is_name_ok(name) or words[0].lower() in _DAYWORDS or not _is_person_name(name) or _is_place(name):
        return None
    if not _plausible_name(ctx.text, name, nm.start(1)):
        return None
    return Mention(name, nm.start(1), nm.start(1) + len(name), "name")


def _modifiers_fit(text: str, modifiers: list[str], canonical: str) -> bool:
    """Are the capitalised modifiers of a descriptor ("Florida" in "the Florida senator") written
    near a mention of ``canonical``?"""
    caps = [w for w in modifiers if w[:1].isupper()]
    if not caps:
        return True
    last = canonical.split()[-1]
    for i in _occurrences(text, last, 30):
        near = text[max(0, i - 50): i + len(last) + 50]
        if all(w in near for w in caps):
            return True
    return False


_ROLE_BEFORE = re.compile(r"(?:^|[\s(])((?:[\w’'\-]+\s+){0,3}?)([a-z][a-z\-]+)\s+$")
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|his|her|its)\s+([^,.;:()“”\"]{1,80}?)\s*(?:[,.;:)]|$)")
_PREP = re.compile(r"\s(?:of|for|at|in|on|to|under|from|with|who|which|and|since)\s")


def _role_heads_near(text: str, start: int, end: int) -> list[str]:
    """Role nouns written next to a name: "Kremlin spokesman Dmitry Peskov", "Peskov, the spokesman,"."""
    heads = []
    m = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if m:
        w = m.group(2)
        if _is_role_noun(w):
            heads.append(w)
    m = _ROLE_AFTER.match(text, end, min(len(text), end + 120))
    if m:
        phrase = m.group(1)
        cut = _PREP.search(" " + phrase + " ")
        if cut:
            phrase = (" " + phrase + " ")[: cut.start()].strip()
        ws = phrase.split()
        if ws and _is_role_noun(ws[-1].lower()):
            heads.append(ws[-1].lower())
    return heads


def _is_role_noun(w: str) -> bool:
    if not w.isalpha() or len(w) < 3 or w in _NOT_IN_DESCRIPTOR or w in P.CUE_FORMS_SET:
        return False
    return not w.endswith(("ly", "ed", "ing"))


_SUBORDINATORS = {"when", "after", "as", "while", "before", "if", "because", "since", "until", "although",
                  "though", "unless", "once", "whenever"}
_LOWER_WORD_NEXT = re.compile(r"[ \xa0]+[a-z]")


def _names_at_cues(ctx: ArticleContext, pi: int) -> list[tuple[int, str]]:
    """Names right before or after a cue verb outside quotations: "Sabato said", "said Sunshine"."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    out = []
    for a, b, form in ctx.cues(pi):
        if form.endswith("ing") or form in P.WEAK_CUES:
            continue  # not "Trump continued to hurt his cause": a weak cue is no report away from a quotation
        lo = max(0, a - 80)
        span = P.name_run_before(masked, a - 1, lo) if a > 0 and masked[a - 1] == " " else None
        if span is not None:
            name = _clean_name(masked[span[0]:span[1]])
            words = name.split()
            while words and words[0].lower() in _DAYWORDS:
                words = words[1:]
            name = " ".join(words)
            if name and _is_name_ok(name):
                before = masked[max(0, span[1] - len(name) - 12): span[1] - len(name)].split()[-1:]
                if before and before[0].lower() in _SUBORDINATORS:
                    continue  # "Ryan did not exude confidence when Tapper asked …": not the one talked about
                out.append((ps + span[1] - len(name), name))
                continue
        m = P.NAME_AT_START.match(masked, b)
        if m and masked[b:b + 1] == " " and masked[:a].rstrip().endswith((",", "”", '"')) and not _LOWER_WORD_NEXT.match(masked, m.end()):
            # "…, said Kunin." but not "…, for example, said Trump continued to hurt": the subject of the report
            name = _clean_name(m.group(1))
            if _is_name_ok(name) and name.split()[0].lower() not in _DAYWORDS:
                out.append((ps + m.start(1), name))
    return out


_CUE_NEXT = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]+ed|said|says|told|tells|wrote|writes)(?![\w’'-])")


def _mid_sentence(text: str, word: str) -> bool:
    """Is ``word`` written capitalised in mid-sentence somewhere (a name, not "Delegates" opening a sentence)?"""
    for i in _occurrences(text, word, 200):
        j = i - 1
        if j > 0 and text[j] in " \xa0" and (text[j - 1].islower() or text[j - 1] in ",”\""):
            return True  # after a lower-case word, a comma or a quotation ('“…!” Cruz said')
    return False
_SENTENCE_GAP = re.compile(r"[.!?][”\"’]?\s")


def _antecedent(ctx: ArticleContext, at: int, gender: str | None) -> tuple[str | None, str | None]:
    # the paragraph holding `at` and the one before
    pi = _para_of(ctx, at)
    lo = ctx.paras[max(0, pi - 2)][0] if pi >= 0 else 0
    lo = max(lo, at - 1500)
    subj = []
    at_cue: set[int] = set()  # offsets of names written next to a cue verb ("Feinstein said")
    for k in range(max(0, pi - 2), pi + 1):
        got = ctx.subjects.get(k)
        if got is None:
            got = _subject_names(ctx, ctx.paras[k][0], ctx.paras[k][1])
            ctx.subjects[k] = got
        subj.extend(x for x in got if lo <= x[0] < at)
        got = ctx.cue_names.get(k)
        if got is None:
            got = _names_at_cues(ctx, k)
            ctx.cue_names[k] = got
        subj.extend(x for x in got if lo <= x[0] < at)
        at_cue.update(x[0] for x in got if " " in x[1] or _CUE_NEXT.match(ctx.text, x[0] + len(x[1]))
                      and _mid_sentence(ctx.text, x[1]))
    subj.sort(reverse=True)
    # most recent first; names are canonicalised (and gendered) only as far as needed
    merged = [(pos, 0, name, None) for pos, name in subj[:6]]
    merged.extend((pos, 1, canon, role) for pos, canon, role in ctx.persons if lo <= pos < at)
    merged.sort(key=lambda c: c[0], reverse=True)
    weak = None
    seen = 0
    for pos, kind, name, role in merged:
        if kind == 0:
            canon, role = _canonical(ctx, name, pos)
            if not _is_person_name(canon):
                continue
        else:
            canon = name
        seen += 1
        if seen > 8:
            break
        g = _gender(ctx, canon, role) if gender is not None else None
        if gender is not None and g is not None and g != gender:
            continue
        # a one-word name with no role may be a place ("Russia"): only if nothing better
        if len(canon.split()) == 1 and not role and not (
            # "Cruz openly admitted …. “…,” he said": a one-word name with the right pronouns after
            # it, in an earlier sentence (not "Russia, he said", whose "he" is the vote itself)
            pos in at_cue
            or gender is not None and g == gender and _SENTENCE_GAP.search(ctx.text, pos, at) is not None
            # "Carson defied the question. “…,” he said": the subject opening the quotation's own paragraph
            or kind == 0 and gender is not None and g is None and pos >= ctx.paras[pi][0]
            and canon.lower() not in _NOT_ONE_PERSON and _SENTENCE_GAP.search(ctx.text, pos, at) is not None
        ):
            if weak is None:
                weak = (canon, role)
            continue
        return canon, role
    if weak is not None:
        return weak
    return None, None


def _pronoun_led(ctx: ArticleContext, at: int, pronoun: str, got: tuple[str | None, str | None]
                 ) -> tuple[str | None, str | None]:
    """'She appeared to imply that Trump … than Clinton, the former secretary. “…,” she said': a
    name inside a sentence whose subject is the same pronoun is not what the pronoun stands for;
    the person that pronoun went on from is."""
    pos = ctx.text.rfind(got[0].split()[-1], 0, at)
    if pos < 0:
        return got
    pi = _para_of(ctx, pos)
    ps = ctx.paras[pi][0]
    start = sentence_bounds(ctx.para_text(pi), pos - ps, ctx.ends(pi))[0] + ps
    m = _PRONOUN_OPENING.match(ctx.text, start)
    if m is None or m.group(1).lower() != pronoun or pos < m.end():
        return got
    first = ctx.text.rfind(got[0].split()[0], max(start, pos - 40), pos + 1)
    before = [w for w in ctx.text[start: first if first >= 0 else pos].split()[-3:] if w.lower() not in {"a", "an", "the"}]
    if not before or before[-1].lower() not in _PREPOSITIONS | {"than"}:
        return got  # the name must be an object ("than Clinton", "on a South Korean passport")
    gender = "m" if pronoun == "he" else "f"
    for q, canon, role in reversed(ctx.persons):
        if q < start and canon != got[0] and _gender(ctx, canon, role) in (gender, None):
            return canon, role
    return got


_PRONOUN_OPENING = re.compile(r"[“\"‘]?(?:(?:But|And|Yet|Still|Then|Now|Later)[ \xa0]+)?([Hh]e|[Ss]he)[ \xa0]+(?!said\b|says\b)[a-z]")


_NOT_ONE_PERSON = _INDEFINITE_PRONOUNS | {"none", "nothing", "everything", "something", "all", "both", "each", "either", "neither"}


def _earlier_person(ctx: ArticleContext, at: int, gender: str) -> tuple[str | None, str | None]:
    """The most recent speaker of the right gender, however far back: a paragraph that goes on
    about one person without naming them."""
    for pos, canon, role in reversed(ctx.persons):
        if pos < at and _gender(ctx, canon, role) in (gender, None):
            return canon, role
    return None, None


_ANY_NAME = re.compile(r"(?<![\w’'.])(" + P.NAME_RUN + r")")


def _any_name_before(ctx: ArticleContext, at: int, gender: str, paragraphs: int = 3, surnames: bool = False,
                     free: bool = False) -> tuple[str | None, str | None]:
    """Last resort for he/she: the last person's name of two or more words written before ``at``
    outside quotations, in any position ("Sanders’ apology …", "when I asked Bernie Sanders …").

    With ``surnames`` a surname alone counts too when the article writes it in full elsewhere
    ("Yet there in the back was Garcia"), and of a sentence's fitting names the first that is
    neither a possessor nor after a preposition is taken; with ``free`` only such names count."""
    pi = _para_of(ctx, at)
    for k in range(pi, max(-1, pi - paragraphs), -1):
        ps, pe = ctx.paras[k]
        seg = ctx.para_text(k)
        hi = min(len(seg), at - ps)
        found = []
        for m in _ANY_NAME.finditer(seg, 0, max(0, hi)):
            words = m.group(1).split()
            if words[0].lower() == "the" or seg[max(0, m.start() - 4): m.start()].lower() == "the ":
                if len(words) < 2 or words[words[0].lower() == "the"].lower().rstrip(".") not in P.ROLE_HEADS:
                    continue  # "The Washington Post", "the Great Debate Debate"; not "the Rev. Al Sharpton"
            while words and words[0].lower() in _DAYWORDS:
                words = words[1:]
            if len(words) < (1 if surnames else 2) or not _is_name_ok(" ".join(words)):
                continue
            possessive = m.group(1).endswith(("’s", "'s")) or seg[m.end(): m.end() + 1] in ("’", "'")
            found.append((m.start(), _clean_name(" ".join(words)), possessive))
        last = best = None
        for pos, name, possessive in reversed(found):
            if last is not None and (not surnames or _SENTENCE_GAP.search(seg, pos, last[0]) is not None):
                break
            canon, role = _canonical(ctx, name)
            if not _is_person_name(canon) or len(canon.split()) < 2:
                continue
            g = _gender(ctx, canon, role)
            if g is not None and g != gender:
                continue
            is_free = not possessive and seg[max(0, pos - 12): pos].split()[-1:] not in ([p] for p in _PREPOSITIONS - {"of"} | {"and", "or"})
            if free and not is_free:
                continue
            last = last or (pos, canon, role)
            # the subject more likely than an object: "Nancy Worley pledged her vote to Clinton", not
            # "During an interview with Sean Hannity, Donald Trump …" ("Secretary of State Hillary
            # Clinton" is a subject) or a possessor ("Clinton’s email scandal, … Loretta Lynch …")
            if is_free:
                best = (pos, canon, role)
        got = best or last
        if got is not None:
            return got[1], got[2]
    return None, None


#: a text that "reads", "says" or "states" its words: 'a sign of her own', 'Thursday's memo from the panel'
_DOCUMENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,2}?"
    r"(?:letter|memo|memorandum|statement|sign|banner|placard|poster|website|web[ \xa0]site|ad|advertisement|video|report|"
    r"press[ \xa0]release|release|document|message|note|email|e-mail|tweet|post|headline|editorial|petition|filing|complaint|"
    r"lawsuit|ruling|order|bill|resolution|cable|transcript|flier|flyer|mailer|brochure|t-shirt|shirt|paper)\b"
)


def _document_before(ctx: ArticleContext, at: int) -> tuple[int, str] | None:
    """The last text that could be "it" in "“…,” it read", this paragraph or the one before."""
    pi = _para_of(ctx, at)
    for k in range(pi, max(-1, pi - 2), -1):
        ps = ctx.paras[k][0]
        seg = ctx.para_text(k)
        last = None
        for m in _DOCUMENT.finditer(seg, 0, max(0, min(len(seg), at - ps))):
            if seg[max(0, m.start() - 4):m.start()].endswith(" in ") and P.find_cues(seg, max(0, m.start() - 40), m.start()):
                continue  # 'the company wrote in its statement': the company wrote
            last = m
        if last is not None:
            return ps + last.start(), last.group(0)
    return None


_WOMAN_HEADS = {"woman", "mother", "wife", "daughter", "sister", "widow", "grandmother", "girl", "lady", "spokeswoman"}
_MAN_HEADS = {"man", "father", "husband", "son", "brother", "widower", "grandfather", "boy", "spokesman"}


def _person_descriptor_at(ctx: ArticleContext, at: int, gender: str) -> tuple[int, str | None]:
    """The last speaker written as a person descriptor ("the base chief known as Bob") in this
    paragraph or the two before, and where."""
    pi = _para_of(ctx, at)
    lo = ctx.paras[max(0, pi - 2)][0] if pi >= 0 else 0
    for pos, desc in reversed(ctx.orgs):
        if not lo <= pos < at:
            continue
        words = desc.lower().split()
        if not words or words[0] not in {"the", "a", "an"}:
            continue
        heads = set(words[1:])
        if heads & (_MAN_HEADS if gender == "f" else _WOMAN_HEADS):
            continue
        if heads & (_WOMAN_HEADS | _MAN_HEADS) or any(h in _PEOPLE_OF_SOMEONE or _is_role_noun_of_person(h) for h in heads):
            return pos, desc
    return -1, None


def _unnamed(desc: str) -> bool:
    """"a top aide", "the woman": someone new, not "the senator" named before."""
    words = desc.lower().split()
    return words[0] in {"a", "an"} or words[-1] in {"woman", "man"}


def _person_descriptor_before(ctx: ArticleContext, at: int, gender: str, unnamed_only: bool = False
                              ) -> tuple[str | None, str | None]:
    """For he/she when no name fits nearby: a speaker written as a descriptor in this paragraph or
    the two before ("…,” said the base chief known as Bob. … Nor, he said, …"), else a sentence
    opening with a person noun ("The woman who started it all told CNN …"); with ``unnamed_only``
    only a new, unnamed person ("A 29-year-old Berlin woman received …")."""
    desc = _person_descriptor_at(ctx, at, gender)[1]
    if desc is not None and (not unnamed_only or _unnamed(desc)):
        return desc, None
    got = _last_subject_before(ctx, at, _PERSON_SUBJECT)
    if got[0] is not None and not set(got[0].lower().split()) & (_MAN_HEADS if gender == "f" else _WOMAN_HEADS) and (
            not unnamed_only or _unnamed(got[0])):
        return got
    return None, None


_PERSON_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][”\"][ \xa0]))((?:The|A|An)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?"
    r"(?:woman|man|mother|father|wife|husband|widow|voter|resident|official|worker|protester|supporter|delegate|owner|student"
    r"|teacher|veteran|activist|reporter|cashier|waitress|nurse|driver|farmer|soldier|officer|lawyer|doctor|pastor|aide"
    r"|organizer|volunteer|retiree|immigrant|refugee))"
    r"(?=[ \xa0,])"
)


def _org_antecedent(ctx: ArticleContext, at: int) -> tuple[int, tuple[str | None, str | None]]:
    """"it said" / "they wrote": the organisation or group that spoke last, within two paragraphs
    (and where it was written, -1 for none)."""
    pi = _para_of(ctx, at)
    lo = ctx.paras[max(0, pi - 2)][0] if pi >= 0 else 0
    best = None
    for pos, name in ctx.orgs:
        if lo <= pos < at and (best is None or pos > best[0]):
            best = (pos, name)
    return (best[0], (best[1], None)) if best else (-1, (None, None))


#: "He and his partner came …", "She and her defenders argue …", "Democrats and Republicans in Congress"
_COORDINATED = (
    r"(?:[Hh]e|[Ss]he|[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)[ \xa0]+and[ \xa0]+(?:his|her|their)[ \xa0]+(?:[a-z\-]+[ \xa0]+)??[a-z\-]+[a-z]"
    r"|[A-Z][a-z]+s[ \xa0]+and[ \xa0]+[A-Z][a-z]+s(?:[ \xa0]+in[ \xa0]+[A-Z][a-z]+)?"
)
_COORDINATED_FULL = re.compile(_COORDINATED)
_PLURAL_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;,—][ \xa0])|(?<=[.!?][”\"][ \xa0]))(?:(?:But|And|Yet|So|Still)[ \xa0]+)?((?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[a-z][\w\-]*"
    r"|[A-Z][\w\-]*[ \xa0]+[a-z][a-z\-]*(?=s[ \xa0]+(?!(?:the|a|an|his|her|their|its|to|for|on|in|at|from|with|that|this|it|him|them)\b))"
    r"|[A-Z][a-z]+)(?<![su]s)s|" + _COORDINATED + r")(?=[ \xa0]+(?:who[ \xa0][^,.]{0,80}?[ \xa0])?(?:[a-z]+ly[ \xa0]+)?[a-z]{2,})"
)


_IT_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;][ \xa0])|(?<=[.!?][”\"][ \xa0]))((?:The|Its|This|[A-Z][\w\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[a-z][a-z\-]*"
    r"|(?:[A-Z][\w’'\-]*[ \xa0]+){0,4}(?:" + "|".join(sorted(w.capitalize() for w in P.ORG_WORDS if w.isalpha() and len(w) > 2)) + r"))"
    r"(?=[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{2,}s|[a-z]{3,}ed|said|has|was|wrote)\b)"
)


def _it_antecedent(ctx: ArticleContext, at: int, after: int = -1) -> tuple[str | None, str | None]:
    """For "it": the last singular noun phrase or organisation opening a sentence, this paragraph or
    the one before ("The group seeks …", "The Washington Post notes …"), written after ``after``."""
    return _last_subject_before(ctx, at, _IT_SUBJECT, after=after)


def _plural_antecedent(ctx: ArticleContext, at: int, after: int = -1) -> tuple[str | None, str | None]:
    """Last resort for "they": the last plural noun phrase opening a sentence or clause, this paragraph
    or the one before ("the groups who wrote to her say …", "Millennials say …")."""
    return _last_subject_before(
        ctx, at, _PLURAL_SUBJECT,
        lambda m: m.group(1).split()[0].lower() not in _DAYWORDS - {"the", "many", "some", "most"}
        or _COORDINATED_FULL.fullmatch(m.group(1)) is not None, after=after,
    )


def _last_subject_before(ctx: ArticleContext, at: int, pattern: re.Pattern, accept=lambda m: True,
                         after: int = -1) -> tuple[str | None, str | None]:
    """The last ``pattern`` subject before ``at`` (and after ``after``) in its paragraph or the one
    before, if it reads as a descriptor."""
    pi = _para_of(ctx, at)
    for k in range(pi, max(-1, pi - 2), -1):
        ps = ctx.paras[k][0]
        if ctx.paras[k][1] <= after:
            break
        seg = ctx.para_text(k)
        hi = min(len(seg), at - ps)
        last = None
        for m in pattern.finditer(seg, max(0, after + 1 - ps), max(0, hi)):
            if accept(m):
                last = m
        if last is not None and (_plausible_descriptor(last.group(1)) or _COORDINATED_FULL.fullmatch(last.group(1))):
            return last.group(1), None
    return None, None


def _para_of(ctx: ArticleContext, at: int) -> int:
    lo, hi = 0, len(ctx.paras) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = ctx.paras[mid]
        if at < s:
            hi = mid - 1
        elif at > e:
            lo = mid + 1
        else:
            return mid
    return hi


# ---------------------------------------------------------------------------
# cues around one quotation
# ---------------------------------------------------------------------------
_POST_CUE_FIRST = re.compile(r"[\s,—–-]*(" + P.CUE_ALT + r")(?![\w’'-])\s+", re.I)
_POST_SPEAKER_FIRST_LIMIT = 160
_CLAUSE_END = re.compile(r"[.!?;:]\s")
_INVERTIBLE_IRREGULAR = {"said", "wrote", "read", "put it", "went on", "shot back", "says", "writes", "reads"}
_DASH_NAME = re.compile(r"[ \t\xa0]*[-—–―]+[ \t\xa0]*(" + P.NAME_RUN + r")")


_SENTENCE_STOP = re.compile(r"[.!?;][”\"’]?\s")  # a colon introduces, it does not stop
_POST_NAME_ANY_VERB = re.compile(
    r"[ \xa0]+(?:(?:an?|the)[ \xa0]+[a-z]+[ \xa0]+)?(" + P.NAME_RUN + r")[ \xa0]+([a-z]{3,}ed)(?=[.,;]|[ \xa0]+(?:as|in|on|at|during|after|before|to)\b)"
)
_POST_ANY_VERB = re.compile(r"[ \xa0]+([a-z]{3,}ed)[ \xa0]+(?=[A-Z])")


_CAME_FROM = re.compile(
    r"[ \xa0,]*(came)[ \xa0]+(?:the[ \xa0]+|a[ \xa0]+)?(?:[a-z]+[ \xa0]+){0,2}?(?:shouts?|cries|cry|reply|response|answer|chants?|calls?|voice|retort)[ \xa0]+from(?=[ \xa0])"
)


def _clause_end_in(s: str) -> bool:
    """A clause end in ``s``, not counting abbreviations ('“…!” Rep. Glenn Thompson, R-Pa., said')."""
    for m in _CLAUSE_END.finditer(s):
        if s[m.start()] == ".":
            j = m.start()
            while j > 0 and not s[j - 1].isspace():
                j -= 1
            word = s[j:m.start()].lower()
            if word.rstrip(".") in P.ABBREVIATIONS or len(word) == 1 and word.isalpha() or _PARTY_STATE.match(s[j:m.start() + 1]):
                continue
        return True
    return False


def _post(ctx: ArticleContext, q: RawQuote, masked: str, ps: int) -> tuple[Mention, int, int] | None:
    """Cue right after the closing mark."""
    if q.close_mark is None:
        return None
    lo = q.close_mark + 1
    rel = lo - ps
    window = masked[rel: rel + _POST_SPEAKER_FIRST_LIMIT]
    # stop at the next quotation
    cut = _next_mark(window)
    window = window[:cut]
    m = _POST_CUE_FIRST.match(window)
    if m and q.end > q.start and ctx.text[q.end - 1] not in ",.!?…—–-:;" and not window.lstrip(" \xa0").startswith((",", "—", "–", "-")):
        m = None  # 'the “sharing economy” reflects an improvement': the quotation is a noun phrase, not a tagged one
    if m:
        verb = m.group(1)
        v = " ".join(verb.lower().split())
        if (v in ("asked", "asks") or not _OBJECT_AFTER_TOLD.match(v)) and (v.endswith(("ed", "s")) or v in _INVERTIBLE_IRREGULAR):
            men = mention_after(ctx.text, lo + m.end(), lo + len(window))
            if men is not None:
                return men, lo + m.start(1), lo + m.end(1)
        elif v.endswith(("ed", "s")):
            # '“…,” warned Clinton.': with nothing after it the name is the subject, not the object
            men = mention_after(ctx.text, lo + m.end(), lo + len(window))
            if men is not None and men.kind == "name" and ctx.text[men.end:men.end + 1] in ".,;":
                return men, lo + m.start(1), lo + m.end(1)
    elif q.end > q.start and ctx.text[q.end - 1] in ",!?":
        # '“This is fantastic!” beamed Donald Hartley of Madison': any past-tense verb before a name
        vm = _POST_ANY_VERB.match(window)
        if vm is not None:
            men = mention_after(ctx.text, lo + vm.end(), lo + len(window))
            if men is not None and men.kind == "name" and ctx.text[men.end:men.end + 1] in ",. " and " " in men.text:
                return men, lo + vm.start(1), lo + vm.end(1)
        # '“France will always be France,” an angry Hollande retaliated.': a name, then any past-tense verb
        nm = _POST_NAME_ANY_VERB.match(window)
        if nm is not None and ctx.text[q.end - 1] == ",":
            name = _clean_name(nm.group(1))
            if _is_name_ok(name) and name.split()[0].lower() not in _DAYWORDS:
                st = lo + nm.start(1)
                return Mention(name, st, st + len(name), "name"), lo + nm.start(2), lo + nm.end(2)
    cm = _CAME_FROM.match(window)
    if cm is not None:
        # '“Call the roll,” came shouts from the crowd'
        men = mention_after(ctx.text, lo + cm.end(), lo + len(window))
        if men is not None and men.kind != "pronoun":
            return men, lo + cm.start(1), lo + cm.end(1)
    # "… ― Veronica Cruz" / next paragraph "- Sanders."
    dm = _DASH_NAME.match(ctx.text, lo, lo + len(window))
    if dm is None and lo + len(window.rstrip()) >= ps + len(masked) and q.para + 1 < len(ctx.paras):
        nps, npe = ctx.paras[q.para + 1]
        if ctx.text[nps] in "-—–―" and npe - nps < 80:
            dm = _DASH_NAME.match(ctx.text, nps, npe)
            if dm is not None and any(c in "-—–―" for c in ctx.text[dm.end():npe]):
                dm = None  # "– Ready to quiz Trump –.": a section heading, not a byline
    if dm is not None:
        name = _clean_name(dm.group(1))
        if _is_name_ok(name) and not _is_outlet(name):  # "- Reuters.": a credit line, not a speaker
            st = dm.start(1)
            return Mention(name, st, st + len(name), "name"), st, st
    # speaker first: ", Peskov said", ", Mukasey, the ..., said", ", he added"
    last = ctx.text[q.end - 1] if q.end > q.start else ""
    if last not in ",.!?…—–-:;" and not window.lstrip(" \xa0").startswith((",", "—", "–", "-")):
        return None  # '“poison pill” measures added by …': the quotation is part of a noun phrase
    ended = last in ".…"  # '“All the way!” Dawson shouted, shorthand for …' is a tag however long
    for c_start, c_end, _form in ((a - rel, b - rel, f) for a, b, f in ctx.cues(q.para, rel, rel + len(window))):
        if ended:
            # '“… to us.” Russia stands ready …': after a finished sentence only a short tag counts
            tail = window[c_end:]
            closes = tail.strip() in ("", ".") and rel + len(window) >= len(masked)  # '“…” Trump said.' ends the paragraph
            if cut < _POST_SPEAKER_FIRST_LIMIT and not closes and not _SENTENCE_STOP.search(tail):
                break  # '“… unhinged.” Sen. Marco Rubio said Trump is “…”': a new sentence with its own quotation
            stop = _CLAUSE_END.search(tail + " ")
            if len(tail[: stop.start() if stop else len(tail)].split()) > 9:
                break
        pre = window[:c_start]
        if len(pre) > 130 or _clause_end_in(pre):
            break
        stripped = pre.lstrip(" ,—–-\t\xa0")
        if not stripped:
            break
        men = mention_before(ctx.text, lo + (len(pre) - len(stripped)), lo + c_start)
        if men is not None and men.start >= lo:
            # the mention must start the window: nothing but the speaker between mark and cue
            between = ctx.text[lo: men.start].strip(" ,—–-\t\xa0\n")
            if not between or (men.kind == "name" and _ROLE_WORDS_ONLY.match(between + " ")
                               and not any(w in _NOT_IN_DESCRIPTOR for w in between.split())):
                return men, lo + c_start, lo + c_end
        break
    return None


def _quote_closes_clause(ctx: ArticleContext, q: RawQuote, hit: tuple[Mention, int, int]) -> bool:
    """'“Cruz,” Beck joked': a comma ends the quotation and the post cue's clause starts right after it."""
    if q.close_mark is None or q.end <= q.start:
        return False
    inside = ctx.text[q.end - 1]
    gap = ctx.text[q.close_mark + 1: min(hit[0].start, hit[1])]
    return (inside == "," or gap.startswith(",")) and not gap.strip(" ,\t\xa0")


def _next_mark(s: str) -> int:
    best = len(s)
    for ch in '"“”«»':
        i = s.find(ch)
        if 0 <= i < best:
            best = i
    return best


def _cue_in(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int, last: bool,
            near_quote: bool) -> tuple[Mention, int, int] | None:
    """A cue inside paragraph ``pi`` between ``lo_rel`` and ``hi_rel`` with its speaker."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    found = ctx.cues(pi, lo_rel, hi_rel)
    if last:
        found.reverse()
    for c_start, c_end, form in found:
        verb = form.lower()
        a, b = ps + c_start, ps + c_end
        verb_norm = re.sub(r"\s+", " ", verb)
        if verb_norm in P.WEAK_CUES and not near_quote:
            continue
        if verb_norm in {"according to", "in the words of"}:
            men = _according_to_source(ctx.text, b, ps + hi_rel)
            sm = _SAID_THAT_BEFORE.search(masked, max(lo_rel, c_start - 120), c_start) if last else None
            if men is not None and sm is not None:
                # "Win Htein … said Tuesday that according to its analysis, …": the outer speaker
                outer = mention_before(ctx.text, ps + lo_rel, ps + sm.start(1))
                if outer is not None and outer.start >= ps + lo_rel and outer.kind in ("name", "pronoun", "descriptor"):
                    return outer, ps + sm.start(1), ps + sm.end(1)
            if men is not None:
                return men, a, b
            continue
        before = masked[lo_rel: c_start].rstrip()
        if verb_norm.endswith("ed") and masked.startswith(" by ", c_end) and not _GERUND_NEXT.match(masked, c_end + 3):
            # '“poison pill” measures added by Republicans': a passive participle, its agent speaks
            men = mention_after(ctx.text, b + 4, ps + hi_rel)
            if men is not None and men.kind != "pronoun":
                return men, a, b
            continue
        # "..., said Steve Elmendorf, a strategist": inverted after a comma
        if before.endswith(",") and _SAY_VERBS_INVERTED.match(verb_norm) and not _OBJECT_AFTER_TOLD.match(verb_norm):
            # a name closing the tag: "… for Clinton, said Kunin." / "…, said Geert Wilders, founder of …"
            after = mention_after(ctx.text, b, ps + hi_rel)
            if after is not None and after.kind == "name" and ctx.text[after.end:after.end + 1] in ",.;" and verb_norm in _SAID_FORMS:
                return after, a, b
            # unless the comma closes an apposition: "Hemsley, the co-author of the book, said the days…"
            men = mention_before(ctx.text, ps + lo_rel, a)
            if men is not None and men.kind == "name" and men.start >= ps + lo_rel:
                return men, a, b
            men = mention_after(ctx.text, b, ps + hi_rel)
            if men is not None and men.kind != "pronoun" and not (
                # "…, said the days when the nation had “…”": the subject of the reported clause
                men.kind == "descriptor" and _CLAUSE_GOES_ON.match(ctx.text, men.end)
                # "The lawmaker, who represents …, said Trump’s remarks “…”": likewise
                or men.kind == "name" and _REPORTED_CLAUSE_NEXT.match(ctx.text, men.end)
            ):
                return men, a, b
        if verb_norm.endswith("ing") and _PROGRESSIVE_BEFORE.search(before, max(0, len(before) - 40)):
            # "… but John Kasich’s campaign is already claiming …": a finite verb with its own subject
            men = mention_before(ctx.text, ps + lo_rel, a)
            if men is not None and men.start >= ps + lo_rel:
                return men, a, b
        # "Trump attacked Obama, calling him ...": a participle takes the clause's subject
        if verb_norm.endswith("ing") and not before.endswith(","):
            # "with Trump calling it …", "– Ryan saying he was …": the name right before the participle;
            # "The town released a statement saying …": else the clause's subject
            men = mention_before(ctx.text, ps + lo_rel, a)
            if men is not None and men.start >= ps + lo_rel and men.kind in ("name", "pronoun"):
                prev_word = ctx.text[max(ps + lo_rel, men.start - 12): men.start].split()[-1:]
                if not prev_word or prev_word[0].lower() not in _PREPOSITIONS - {"with"}:
                    return men, a, b  # not "on Twitter reading", "to Wired explaining"
            if men is not None and men.start >= ps + lo_rel and men.kind == "descriptor" and _WITH_BEFORE.search(
                    ctx.text, max(ps + lo_rel, men.start - 60), men.start):
                return men, a, b  # "with many marchers and spectators chanting “…”"
        if verb_norm.endswith("ing") or before.endswith((" and", " but", ", and")):
            # "…, Spicer said, adding, “…”": the participle takes the subject of the cue it follows
            prev = ctx.cues(pi, lo_rel, c_start)
            if prev and verb_norm.endswith("ing"):
                p_start, p_end, p_form = prev[-1]
                if not masked[p_end:c_start].strip(" ,\t\xa0") and not p_form.endswith("ing"):
                    men = mention_before(ctx.text, ps + lo_rel, ps + p_start)
                    if men is None or men.start < ps + lo_rel:
                        men = mention_after(ctx.text, ps + p_end, a) if masked[p_start - 2:p_start].strip() == "," else None
                    if men is not None and men.start >= ps + lo_rel:
                        return men, a, b
            elif prev and not prev[-1][2].endswith("ing") and "," not in masked[prev[-1][1]:c_start]:
                # "Ryan lamented the “…” state of the race and criticized the “…”": the subject of the first verb
                men = mention_before(ctx.text, ps + lo_rel, ps + prev[-1][0])
                if men is not None and men.start >= ps + lo_rel:
                    return men, a, b
            if verb_norm.endswith("ing") and before.endswith(","):
                # "where about 50 protesters had gathered, chanting “…”": the nearest clause's subject
                men = _last_clause_subject(ctx, pi, lo_rel, len(before) - 1 + lo_rel)
                if men is not None:
                    return men, a, b
            men = _sentence_subject(ctx, ps + lo_rel, a)
            if men is not None:
                return men, a, b
            continue
        if verb_norm in P.SPEECH_NOUNS:
            # "Podliska’s most explosive claim is that …": a noun, whose possessor is the speaker
            pm = _POSSESSOR_OF_NOUN.search(masked, max(lo_rel, c_start - 100), c_start)
            if pm is not None and not (pm.group(3) or "").rstrip().endswith("s") and not _AUX_WORD_AT_END.search(pm.group(3) or ""):
                if pm.group(2):
                    return Mention(_POSSESSIVE_PRONOUN[pm.group(2).lower()], ps + pm.start(2), ps + pm.end(2), "pronoun"), a, b
                words = _clean_name(pm.group(1)).split()
                while len(words) > 1 and words[0].lower() in _DAYWORDS:
                    words = words[1:]
                name = " ".join(words)
                if _is_name_ok(name) and words[0].lower() not in _DAYWORDS:
                    st = ps + pm.end(1) - len(name)
                    return Mention(name, st, st + len(name), "name"), a, b
            if _DETERMINER_ADJ_BEFORE.search(masked, max(lo_rel, c_start - 40), c_start):
                continue  # "the old claim that …", "a bold promise to …": a noun, not a cue
        # subject before the cue, inside this sentence
        men = mention_before(ctx.text, ps + lo_rel, a)
        if men is not None and men.start >= ps + lo_rel:
            om = _OUTER_SAY_BEFORE.search(ctx.text, max(ps + lo_rel, men.start - 30), men.start) if last else None
            if om is not None and om.start() > ps + lo_rel:
                # "Rep. Steve Israel said Clinton called on members to be “…”": reported speech is the reporter's
                outer = mention_before(ctx.text, ps + lo_rel, om.start())
                if outer is not None and outer.start >= ps + lo_rel and outer.kind in ("name", "pronoun"):
                    return outer, om.start(), om.start() + len(om.group(1))
            return men, a, b
        if _SAY_VERBS_INVERTED.match(verb_norm) and (not before or before.endswith((",", "”", '"', ":"))):
            after = ctx.text[b: ps + hi_rel]
            if after[:1] in " \t" and not _OBJECT_AFTER_TOLD.match(verb_norm):
                men = mention_after(ctx.text, b, ps + hi_rel)
                if men is not None and men.kind == "descriptor" and _CLAUSE_GOES_ON.match(ctx.text, men.end):
                    men = None
                if men is not None and men.kind != "pronoun" or (men is not None and ctx.text[men.end:men.end + 1] in ",:."):
                    return men, a, b
    return None


_AUX = r"(?:had|has|have|was|were|is|are)\b"
_SUBORDINATE_CLAUSE = re.compile(
    r"(?<![\w’'])(?:where|when|as|while|after)[ \xa0]+"
    r"(?:(he|she|they)"
    r"|(" + P.NAME_RUN + r")(?![ \xa0]+[a-z]+s[ \xa0]+(?:[a-z]+ly[ \xa0]+)?[a-z]+ed\b)"
    r"|(" + P.NAME_RUN + r"[ \xa0]+[a-z]+s"  # "Sanders protesters"
    r"|(?:(?:about|nearly|some|several|more[ \xa0]+than)[ \xa0]+)?(?:the|an?|\d[\d,]*|dozens[ \xa0]+of|hundreds[ \xa0]+of)"
    r"[ \xa0]+(?:(?!" + _AUX + r")[\w\-]+[ \xa0]+){0,2}(?!" + _AUX + r")[a-z][\w\-]*))"
    r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:" + _AUX + r"[ \xa0]+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s’'\s]s)\b"
)


def _last_clause_subject(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The subject of a subordinate clause that runs, without a comma, up to ``hi_rel``."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    last = None
    for m in _SUBORDINATE_CLAUSE.finditer(masked, lo_rel, hi_rel):
        last = m
    if last is None or any(c in masked[last.end():hi_rel] for c in ",;:—–“”\"()"):
        return None
    if last.group(1):
        return Mention(last.group(1), ps + last.start(1), ps + last.end(1), "pronoun")
    if last.group(2):
        name = _clean_name(last.group(2))
        if name.split()[0].lower() in _DAYWORDS or not _is_name_ok(name):
            return None
        return Mention(name, ps + last.start(2), ps + last.start(2) + len(name), "name")
    desc = last.group(3)
    if not _plausible_descriptor(desc):
        return None
    return Mention(desc, ps + last.start(3), ps + last.end(3), "descriptor")


_POSSESSOR_OF_NOUN = re.compile(
    r"(?:(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')|(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,2})$"
)
_AUX_WORD_AT_END = re.compile(r"\b(?:would|will|could|should|may|might|can|must|did|does|do|to|not|never)[ \xa0]+$")
_PROGRESSIVE_BEFORE = re.compile(r"(?<![\w’'])(?:is|are|was|were|am|been)(?:[ \xa0]+(?:[a-z]+ly|already|still|now|also|not|just|even))*$")
_BARE_PLURAL_AFTER = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,3}?(?:[a-z][\w\-]*(?<![su]s)s|people|men|women|police))(?=[ \xa0]*(?:[,.;:)—–]|$)|[ \xa0]+(?:who|that|with|familiar|close|in|at|on|from|for|of)\b)")
#: "according to a copy of the letter reviewed by The Post": the noun phrase before its complement
_NP_BEFORE_COMPLEMENT = re.compile(
    r"[ \xa0]+((?:the|a|an|his|her|its|their)[ \xa0]+(?:[a-z0-9][\w\-]*[ \xa0]+){0,2}?[a-z][\w\-]*(?<!ed))(?=[ \xa0]+(?:of|from|by|obtained|released|reviewed|seen|published|filed|issued|sent|written|prepared)\b)"
)
_IN_WORDS = re.compile(r"(?<![\w’'])[Ii]n[ \xa0]+(his|her|their|its|" + P.NAME_RUN + r")(?:’s|'s|’|')?[ \xa0]+(?:own[ \xa0]+)?words,?[ \xa0]*$")
_WITH_BEFORE = re.compile(r"(?<![\w’'])with[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,4}$")
_OUTER_SAY_BEFORE = re.compile(r"(?<=[ \xa0])(said|says|told[ \xa0]+[a-z]+|tells[ \xa0]+[a-z]+)[ \xa0]+(?:that[ \xa0]+)?$")
_REPORTED_CLAUSE_NEXT = re.compile(
    r"(?:[’']s?(?![\w’'])|[ \xa0]+(?!(?:of|in|at|on|who|whose|from|after|during|when|as|to|with|for|and|the|a|an|said|says)\b)[a-z]{2,}\b)"
)
_DETERMINER_ADJ_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+){1,2}$")
_GERUND_NEXT = re.compile(r"[ \xa0]+[a-z]+ing\b")


def _according_to_source(text: str, lo: int, hi: int) -> Mention | None:
    """The source named after "according to" at ``lo``."""
    men = mention_after(text, lo, hi)
    if men is None:
        # "according to multiple intelligence sources who have seen …", "according to a copy of the letter …"
        bm = _BARE_PLURAL_AFTER.match(text, lo, hi) or _NP_BEFORE_COMPLEMENT.match(text, lo, hi)
        if bm is not None and not any(w in _NOT_IN_DESCRIPTOR for w in bm.group(1).split()):
            men = Mention(bm.group(1), bm.start(1), bm.end(1), "descriptor")
    return men


_AGENT_AS_BEFORE = re.compile(
    r"(?<![\w’'])(?:seen|viewed|regarded|considered|known|described|dubbed|called|labeled|labelled|branded|characterized)"
    r"[ \xa0]+by[ \xa0]+([^,;:“”\"]{2,60}?)[ \xa0]+as[ \xa0]+(?:(?:an?|the)[ \xa0]+)?$"
)
_PERCENT = re.compile(r"\d[\d,.]*\s*(?:percent|%)")
_POLL_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[\s“\"‘]))(?:In[ \xa0]+)?((?:[Aa]n?|[Tt]he)[ \xa0]+[^,;:“”\"]{0,60}?(?:poll|survey))(?:[ \xa0]+(?:released|conducted|published)[^,;:“”\"]{0,40})?"
    r"(?:,|[ \xa0]+(?:also[ \xa0]+)?(?:finds|found|shows|showed)[ \xa0]+that\b)"
)
_SAID_THAT_BEFORE = re.compile(r"(?<![\w’'])(said|says)(?:[ \xa0]+[A-Z]?[a-z]+){0,3}[ \xa0]+that[ \xa0]+$")
_SUBORDINATE_OPENING = re.compile(r"[“\"‘(]?(?:When|After|As|While|Before|If|Although|Though|Since|Once|Until)[ \xa0]")
_MAIN_CLAUSE_SUBJECT = re.compile(r",[ \xa0]+(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?[a-z]{2,}(?:ed|es|s)\b")
_SAID_FORMS = {"said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "recalled", "argued", "continued"}
_CLAUSE_GOES_ON = re.compile(r"[ \xa0]+(?:that|when|was|is|were|are|will|would|had|has|have|could|should|can|may|might)\b")
_SUBJECT_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[,;:—][ \xa0])|(?<=^[“\"‘(]))(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile)[ \xa0,]+" + _THEN + r")?"
    r"(?:((?:[Hh]e|[Ss]he|[Tt]hey|I|We))|(?!(?:The|An?|His|Her|Its|Their)\s+[a-z])(" + P.NAME_RUN + r")(?:\s*\([^()]{1,30}\))?|((?:[Tt]he|[Aa]n?|His|Her|Its|Their)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+))"
    r"(?=(?:,[^,]{1,80},|[ \xa0]*[—–][^—–“”\"]{1,120}[—–])?\s+[a-z])"
)


#: words that open an adverbial, not a subject ("Outside the sports arena, …")
_LOCATIVES = _PREPOSITIONS | {"outside", "inside", "across", "behind", "beyond", "near", "around", "along",
                              "throughout", "toward", "towards", "through", "into", "onto", "upon", "within"}
_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "across", "inside", "outside", "throughout"}
#: a capitalised run opening with one of these is no subject: "In California", "Like Makaeff, Roffman …"
#: (but "When Trump held rallies, he …" is Trump's)
_NOT_SUBJECT_OPENERS = _PLACE_PREPOSITIONS | {"like", "unlike", "despite", "whether", "without", "amid", "among",
                                              "with", "by", "to", "of"}
_QUANTIFIERS = {"many", "most", "some", "several", "both", "all", "other", "another", "various", "few",
                "dozens", "hundreds", "thousands", "millions"}
#: words that cannot open a bare plural subject: "This" and "Its" end in s, "Outside …" is a place
_NOT_PLURAL_OPENERS = _LOCATIVES | (_DAYWORDS - _QUANTIFIERS) | {"given", "including", "regarding", "concerning", "considering"}
_BARE_PLURAL_SUBJECT = re.compile(r"([A-Z][a-z]+(?:[ \xa0][a-z][a-z\-]+){0,3}?(?<![su]s)s)(?=[ \xa0](?:[a-z]+ly[ \xa0])?(?!(?:would|will|could|should|may|might|can|must|are|were|be|been)\b)[a-z])")
_NAME_COLON = re.compile(r"(?:[A-Z][a-z]+\s+)?(" + P.NAME_RUN + r")\s*:\s*")


_HEADLINE_WORD = re.compile(r"[A-Z][a-z]+")


def _headline_cue(ctx: ArticleContext, lo: int, hi: int) -> tuple[Mention, int, int] | None:
    """Speaker and capitalised cue of a headline, the speaker being the capitalised run before the cue."""
    for m in _HEADLINE_WORD.finditer(ctx.text, lo, hi):
        w = m.group().lower()
        if w not in P.CUE_FORMS_SET or w.endswith("ing") or m.start() == lo:
            continue
        span = P.name_run_before(ctx.text, m.start() - 1, lo)
        if span is None or ctx.text[m.start() - 1] != " ":
            continue
        name = _clean_name(ctx.text[span[0]:span[1]])
        if _is_name_ok(name):
            st = ctx.text.index(name, span[0])
            return Mention(name, st, st + len(name), "name"), m.start(), m.end()
    return None


_HEADLINE_SMALL = {"On", "In", "To", "For", "With", "About", "At", "From", "After", "Over", "Against"}


def _headline_subject(words: list[str]) -> list[str]:
    """The subject of a Title Case headline run: "Carly Fiorina Endorses Ted Cruz" -> "Carly Fiorina",
    "CNN President On Trump" -> "CNN President" (cut at a small word, else at the last verb-like -s word)."""
    for i, w in enumerate(words[1:], 1):
        if w.capitalize() in _HEADLINE_SMALL:
            return words[:i]
    for i in range(len(words) - 2, 0, -1):
        w = words[i]
        if w.endswith("s") and not w.endswith(("ss", "us", "’s", "'s")) and w[:1].isupper() and w[1:].islower():
            return words[:i]
    return words


def _name_before_colon(ctx: ArticleContext, lo: int, hi: int) -> tuple[Mention, int, int] | None:
    """A name written right before a colon that ends ``text[lo:hi]`` ("… Hillary Rodham Clinton:")."""
    seg = ctx.text[lo:hi].rstrip()
    if not seg.endswith(":"):
        return None
    colon = lo + len(seg) - 1
    span = P.name_run_before(ctx.text, colon, max(lo, colon - 80))
    if span is None:
        return None
    name = _clean_name(ctx.text[span[0]:span[1]])
    words = name.split()
    while len(words) > 1 and words[0].lower() in _DAYWORDS:
        words = words[1:]
    name = " ".join(words)
    if not _is_name_ok(name) or not name[:1].isupper():
        return None
    st = ctx.text.index(name, span[0])
    prev = ctx.text[max(lo, st - 12): st].split()[-1:]
    if prev and prev[0].lower() in _PREPOSITIONS:
        return None  # "delivered a blunt message to Trump: “…”", "quoting da Vinci in Italian: “…”"
    return Mention(name, st, st + len(name), "name"), colon, colon + 1


#: "There, the district GOP Chairman Chuck Williams declined …": an adverb and "the" may open the role
_ADVERB_THE = re.compile(r"\s*[“\"‘(]?[A-Z][a-z]+,\s+the\s+")
_ROLE_NAME_SUBJECT = re.compile(
    r"\s*(?:[“\"‘(])?(?:[A-Z][a-z]+,\s+the\s+)?(?:[A-Z][\w’'\-.]*\s+){0,2}(?:[a-z][\w\-]*\s+){1,3}(" + P.NAME_RUN + r")(?=\s+[a-z]|,)"
)


_NOT_ROLE_WORDS = _NOT_IN_DESCRIPTOR | (_PREPOSITIONS - {"of"}) | {"a", "an", "the", "her", "his", "their", "its", "my", "our",
                                                        "your", "around", "through", "into", "across", "toward", "towards"}


def _role_words_ok(words: str, all_words: bool = False) -> bool:
    """Words before a name that can be its role ("Former Pennsylvania governor"), not a phrase
    ("Making her way around Chez Vachon, …")."""
    for w in words.split():
        if not all_words and not w.islower():
            if w.endswith("ing") and w[:1].isupper():
                return False  # a participle opening the sentence
            continue
        if w in _NOT_ROLE_WORDS or w.endswith("ed"):
            return False
    return True


_CLAUSE_SUBJECT = re.compile(
    r"\b(?:while|when|whereas|after|before|because|as|since|although|though|but|and|where|which|whom|if|until)[ \xa0]+"
    r"(?:(he|she|they)|(" + P.NAME_RUN + r"))(?:,[^,]{2,80},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{2,}ed|[a-z]{2,}s|said|told|wrote)\b"
)


def _clause_subject(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The subject of the last subordinate or coordinate clause before ``hi_rel`` in paragraph ``pi``."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    last = None
    for m in _CLAUSE_SUBJECT.finditer(masked, lo_rel, hi_rel):
        last = m
    if last is None or ctx.by_para_quote_between(pi, ps + last.end(), ps + hi_rel - 1):
        return None
    if "," in masked[last.end():hi_rel].rstrip(" ,\t\xa0"):
        return None  # "where Clinton appeared Sunday, West landed a dig at “…”": the main clause resumed
    if last.group(1):
        return Mention(last.group(1), ps + last.start(1), ps + last.end(1), "pronoun")
    if last.group(2).endswith(("’s", "'s", "’", "'")):
        return None  # "Gorka’s analysis is": a possessive, not the subject
    name = _clean_name(last.group(2))
    words = name.split()
    if words[0].lower() in _DAYWORDS or not _is_name_ok(name):
        return None
    st = ps + last.start(2)
    return Mention(name, st, st + len(name), "name")


_OPENING_ADVERBIAL = re.compile(r"[“\"‘(]?(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|Since|With|When|While|Asked|Speaking)\b")


#: "Roloson supports Democrat Hillary Clinton": a verb, not a role noun, right before the name
_VERB_S_AT_END = re.compile(r"(?<=[A-Za-z.])[ \xa0]+[a-z]+(?<![su]s)(?<![’']s)s[ \xa0]+$")


def _sentence_subject(ctx: ArticleContext, lo: int, hi: int) -> Mention | None:
    """The subject of the clause that a participial cue hangs on (first mention in the sentence)."""
    pi = _para_of(ctx, lo)
    ps = ctx.paras[pi][0] if pi >= 0 else 0
    seg = ctx.para_text(pi)[lo - ps: hi - ps] if pi >= 0 and hi <= ctx.paras[pi][1] else ctx.text[lo:hi]
    descriptor = None  # only when no name or pronoun opens a clause
    rm = _ROLE_NAME_SUBJECT.match(seg)
    if rm is None and _OPENING_ADVERBIAL.match(seg):
        # "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising …"
        comma = seg.find(", ")
        rm = _ROLE_NAME_SUBJECT.match(seg, comma + 2) if 0 < comma < 80 else None
    if rm is not None and _role_words_ok(seg[rm.start(): rm.start(1)], all_words=True) and not _VERB_S_AT_END.search(seg, rm.start(), rm.start(1)):
        # "Republican presidential nominee Donald Trump issued …"
        name = _clean_name(rm.group(1))
        st = lo + rm.start(1)
        if _is_name_ok(name) and len(name.split()) > 1:
            return Mention(name, st, st + len(name), "name")
    for m in _SUBJECT_IN_SENTENCE.finditer(seg):
        if m.group(1):
            return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "pronoun")
        if m.group(2):
            name = _clean_name(m.group(2))
            words = name.split()
            if words[0].lower() in _PREPOSITIONS:
                continue  # "With Democratic leaders worried, …": an adverbial, not the subject
            k = 0
            while k < len(words) - 1 and words[k].lower() in _DAYWORDS:
                k += 1
            if k:
                off = m.group(2).index(words[k])
                name = " ".join(words[k:])
                st = lo + m.start(2) + off
            else:
                st = lo + m.start(2)
            if _is_name_ok(name) and _plausible_name(ctx.text, name, st):
                return Mention(name, st, st + len(name), "name")
            if descriptor is None and m.start(2) == m.start():
                # "Federal labor organizations have long campaigned …": a plural noun phrase
                bm = _BARE_PLURAL_SUBJECT.match(seg, m.start(2))
                if bm is not None and _plausible_descriptor(bm.group(1)) and bm.group(1).split()[0].lower() not in _NOT_PLURAL_OPENERS:
                    descriptor = Mention(bm.group(1), lo + bm.start(1), lo + bm.end(1), "descriptor")
            continue
        if m.group(3) and descriptor is None and _plausible_descriptor(m.group(3)):
            end = _noun_phrase_end(seg, m.end(3))
            descriptor = Mention(seg[m.start(3):end], lo + m.start(3), lo + end, "descriptor")
    return descriptor


_NEXT_WORD = re.compile(r"[ \xa0]+([a-z][a-z\-]*)\b(?![’'])")
_VERB_AFTER_PLURAL = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:are|were|have|had|say|said|will|would|can|could|do|did|may|might|must|should|[a-z]+ed|[a-z]+n[’']t)\b")
_IRREGULAR_PAST = set("""went came made took gave got kept left began spoke sat stood ran met held brought thought felt found
knew saw heard won lost hit led sent spent became chose drew fought sought struck grew rose fell seemed
put set cut let read shut quit cost hurt spread""".split())


def _noun_phrase_end(seg: str, end: int) -> int:
    """Where a sentence-opening noun phrase matched to its shortest ends ("The first" of "The first
    incident came …", "The final" of "The final results aren’t in"): through the nouns that follow."""
    for _ in range(3):
        if seg[end - 1: end] == "s" and seg[max(0, end - 3): end] not in ("ews", "ics") and seg[end - 2: end] not in ("ss", "us", "is"):
            break  # a plural noun ends the phrase: "His remarks [buttress …]"
        m = _NEXT_WORD.match(seg, end)
        if m is None:
            break
        w = m.group(1)
        if w in _NOT_IN_DESCRIPTOR or w in _PREPOSITIONS or w in _IRREGULAR_PAST or w in {"the", "a", "an"} or w.endswith(("ed", "ly", "ing")):
            break
        if w.endswith("s") and not w.endswith(("ss", "us")):
            if _VERB_AFTER_PLURAL.match(seg, m.end()):
                end = m.end()
            break
        if _NEXT_WORD.match(seg, m.end()) is None:
            if seg[m.end(): m.end() + 1] in (",", "—", "–", "(") or seg[m.end(): m.end() + 3] == " --":
                end = m.end()  # "The 43-year-old former congressman, who led …,": an apposition follows
            break  # else the word before a name is the verb's object, not part of the subject
        end = m.end()
    return end


_POSSESSOR_BEFORE = re.compile(r"(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')[ \xa0]+(?:[a-z]+[ \xa0]+){0,2}[“\"‘]$")


_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(" + P.CUE_ALT + r")[ \xa0]+by[ \xa0]+"
)


def attribute(ctx: ArticleContext, qi: int, done: list[Attribution | None]) -> Attribution | None:
    """Find the speaker of quotation ``ctx.quotes[qi]`` (earlier ones are in ``done``)."""
    q = ctx.quotes[qi]
    pi = q.para
    ps, pe = ctx.paras[pi]
    masked = ctx.para_text(pi)
    rel_open = q.open_mark - ps
    s_lo, s_hi = sentence_bounds(masked, rel_open, ctx.ends(pi))
    lm = _TRANSCRIPT_LABEL.match(ctx.text, q.start, q.end)
    if lm is not None and lm.group(1).split()[-1].lower() not in _DAYWORDS:
        # a transcript line: "PENCE: Well, look, …"
        label = lm.group(1)
        name = " ".join(w.capitalize() for w in label.split())
        speaker, role = _canonical(ctx, name)
        return Attribution(speaker, label, role, ":", lm.start(1), lm.end(1), lm.end(1), lm.end(1) + 1, "transcript")
    hit = _post(ctx, q, masked, ps)
    how = "post"
    if hit is not None and _SUBORDINATE_OPENING.match(masked, s_lo) and masked[s_lo:rel_open].strip():
        # "When someone in the audience shouted, “Cruz,” Beck joked": the quotation closes the opening
        # clause, whose own cue names its speaker; the main clause's cue tags what comes after it
        sub = _cue_in(ctx, pi, s_lo, rel_open, last=True, near_quote=True)
        if (sub is not None and sub[0].start >= ps + s_lo and "," not in ctx.text[sub[2]:q.open_mark].rstrip(" ,:\t\xa0")
                and _quote_closes_clause(ctx, q, hit)):
            hit = sub
            how = "pre"
    if hit is None:
        # "Pollsters agree - Carl Bialik: “…”": a name and colon set off right before the quotation
        nc = _name_before_colon(ctx, ps + s_lo, q.open_mark)
        if nc is not None and ctx.text[nc[2]:q.open_mark].strip() == "":
            j = nc[0].start - 1
            while j > ps and ctx.text[j] in " \t\xa0":
                j -= 1
            if j > ps and ctx.text[j] in "-—–;(" and (" " in nc[0].text or ctx.text[j] in "-—–" and ctx.text[j + 1] in " \xa0"):
                hit = nc
                how = "colon-name"
    if hit is None:
        # "because, in Forbes’ words, “…”", "in his own words, “…”": whose words they are
        wm = _IN_WORDS.search(masked, max(s_lo, rel_open - 80), rel_open)
        if wm is not None:
            w = wm.group(1)
            if w.lower() in _POSSESSIVE_PRONOUN:
                men = Mention(_POSSESSIVE_PRONOUN[w.lower()], ps + wm.start(1), ps + wm.end(1), "pronoun")
            else:
                name = _clean_name(w)
                men = Mention(name, ps + wm.start(1), ps + wm.start(1) + len(name), "name") if _is_name_ok(name) else None
            if men is not None:
                hit = (men, ps + wm.start(), ps + wm.start() + len(wm.group().rstrip(" ,\xa0")))
                how = "pre"
    if hit is None:
        # "an option seen by organizers as a “lifeboat”", "known by some Republicans as a “hug”"
        am = _AGENT_AS_BEFORE.search(masked, max(s_lo, rel_open - 100), rel_open)
        if am is not None:
            men = mention_after(ctx.text, ps + am.start(1) - 1, ps + am.end(1))
            if men is None:
                bm = _BARE_PLURAL_AFTER.match(ctx.text, ps + am.start(1) - 1, ps + am.end(1))
                men = Mention(bm.group(1), bm.start(1), bm.end(1), "descriptor") if bm is not None else None
            if men is not None and men.kind != "pronoun":
                hit = (men, ps + am.start(), ps + am.start(1) - 1)
                how = "pre"
    if hit is None:
        # cue before the quotation in its sentence
        hit = _cue_in(ctx, pi, s_lo, rel_open, last=True, near_quote=True)
        how = "pre"
        if hit is not None and _SUBORDINATE_OPENING.match(masked, s_lo):
            # "When Trump suggested …, Rubio fired back forcefully: “…”": the main clause's subject
            mm = _MAIN_CLAUSE_SUBJECT.search(masked, hit[2] - ps, rel_open)
            if mm is not None and not ctx.by_para_quote_between(pi, ps + mm.end(), q.open_mark):
                name = _clean_name(mm.group(1))
                if _is_name_ok(name) and name.split()[0].lower() not in _DAYWORDS:
                    st = ps + mm.start(1)
                    hit = (Mention(name, st, st + len(name), "name"), st + len(name), st + len(name))
    if hit is None and q.close_mark is not None:
        rel_close = q.close_mark + 1 - ps
        if rel_close < s_hi:
            hit = _cue_in(ctx, pi, rel_close, s_hi, last=False, near_quote=False)
            if hit is not None and ctx.text[hit[1]:hit[2]].endswith("ing"):
                hit = None  # '… the “usuals” with her, predicting that …': a participle tags its own clause
            how = "later"
    if hit is None and pi == 0:
        # "Donald Trump Praises Breitbart’s Editor Matthew Boyle: ‘…’", "Gillibrand on Hillary …: ‘…’":
        # a headline's subject, not the name that ends it
        colon = ctx.text.rfind(":", ps, q.open_mark)
        words = ctx.text[ps:colon].split() if colon > ps and not ctx.text[colon + 1:q.open_mark].strip() else []
        if 2 < len(words) <= 14:
            subj = _headline_subject(words)
            name = _clean_name(" ".join(subj))
            if len(subj) < len(words) and all(w[:1].isupper() for w in subj) and _is_name_ok(name):
                hit = (Mention(name, ps, ps + len(name), "name"), colon, colon + 1)
                how = "colon-name"
    if hit is None:
        # "Trump: ‘Oil Pays Him a Lot of Money’" (headline style) or "Continued Stone: “…”"
        m = _NAME_COLON.match(ctx.text, ps, q.open_mark)
        if m and (m.end() == q.open_mark or pi == 0):
            name = _clean_name(m.group(1))
            words = name.split()
            while len(words) > 1 and words[0].lower() in _DAYWORDS | P.CUE_FORMS_SET:
                words = words[1:]
            if pi == 0:
                words = _headline_subject(words)
            name = " ".join(words)
            if _is_name_ok(name) and name.split()[0].lower() not in P.CUE_FORMS_SET:
                st = ctx.text.index(name, m.start(1))
                men = Mention(name, st, st + len(name), "name")
                hit = (men, m.end() - 1, m.end())
                how = "colon-name"
        if hit is None:
            # "Former secretary of state Hillary Rodham Clinton: “…”", "More from Jones: “…”"
            hit = _name_before_colon(ctx, ps + s_lo, q.open_mark)
            how = "colon-name"
        if hit is None and pi == 0:
            # a Title Case headline: "Chris Christie Calls Hillary Clinton ‘A Disgrace’"
            hit = _headline_cue(ctx, ps, q.open_mark)
    if hit is None and rel_open == 0 and pi > 0 and ctx.text[ctx.paras[pi - 1][1] - 1] == ":":
        # 'Breitbart News responded:' closing the paragraph before a quotation
        prev = ctx.para_text(pi - 1)
        pps = ctx.paras[pi - 1][0]
        p_lo, _ = sentence_bounds(prev, len(prev) - 1, ctx.ends(pi - 1))
        hit = _cue_in(ctx, pi - 1, p_lo, len(prev), last=True, near_quote=True)
        if hit is None:
            hit = _name_before_colon(ctx, pps + p_lo, pps + len(prev))
        if hit is None:
            # "Republican nominee Donald Trump issued the following statement:"
            men = _sentence_subject(ctx, pps + p_lo, pps + len(prev))
            if men is not None and men.kind in ("name", "pronoun"):
                hit = (men, men.end, men.end)
        how = "colon"
    if hit is None and s_lo > 0 and masked[s_lo:rel_open].strip() == "":
        # a quotation opening a sentence, after a sentence about its speaker in the same paragraph
        prev_lo, _ = sentence_bounds(masked, max(0, s_lo - 2), ctx.ends(pi))
        if not ctx.by_para_quote_between(pi, ps + prev_lo, ps + s_lo):
            # "Or maybe Jeb Bush, digital consultant Phil Musser says.": a cue's own subject first
            tag = _cue_in(ctx, pi, prev_lo, s_lo, last=True, near_quote=False)
            if tag is not None and tag[0].kind == "name" and tag[1] > ps + prev_lo:
                hit = (tag[0], tag[0].end, tag[0].end)
                how = "previous-sentence"
            men = _sentence_subject(ctx, ps + prev_lo, ps + s_lo) if hit is None else None
            if men is not None and ctx.cues(pi, prev_lo, s_lo) or (men is not None and men.kind == "name"):
                hit = (men, men.end, men.end)
                how = "previous-sentence"
    if hit is None and s_lo < rel_open:
        # "Sanders was asked by host Bill Maher, …, “…”": the agent of a passive cue
        for pm in _PASSIVE_BY.finditer(masked, s_lo, rel_open):
            men = mention_after(ctx.text, ps + pm.end(), q.open_mark)
            if men is not None and men.kind != "pronoun":
                hit = (men, ps + pm.start(1), ps + pm.end(1))
                how = "passive-agent"
    if hit is None and s_lo < rel_open:
        # no cue: the subject of the sentence the partial quotation stands in, or of a
        # later clause of it ("…, while Mike Huckabee, the former governor, proposed “…”")
        men = _clause_subject(ctx, pi, s_lo, rel_open) or _last_clause_subject(ctx, pi, s_lo, rel_open) or _sentence_subject(ctx, ps + s_lo, q.open_mark)
        if men is not None and not (men.kind == "name" and _is_place(men.text) and not _role_follows(ctx.text, men.end)):
            # not 'Washington appears weak before the “offensive”': a place says nothing ('The Florida senator' does)
            hit = (men, men.end, men.end)
            how = "subject"
    if hit is None and 0 < s_lo < rel_open:
        # "This makes it harder to dislodge misinformation, he said. Good information can still win, but
        # only when “…”": a sentence with no speaker of its own goes on from a report tagged just before
        prev_lo, _ = sentence_bounds(masked, max(0, s_lo - 2), ctx.ends(pi))
        tag = _REPORT_TAG_END.search(masked, prev_lo, s_lo)
        if tag is not None and not ctx.by_para_quote_between(pi, ps + prev_lo, ps + s_lo):
            got = _cue_in(ctx, pi, prev_lo, s_lo, last=True, near_quote=False)
            if got is not None and got[0].kind in ("name", "pronoun") and got[1] >= ps + tag.start():
                hit = got
                how = "previous-sentence"
    if hit is None:
        # '“Our roads are crumbling," she said. "Families …”': marks that do not pair hide the tag inside
        hit = _inner_tag(ctx, q)
        how = "inner"
    if hit is not None and how in ("pre", "subject") and hit[0].kind != "pronoun" and _PERCENT.search(
            ctx.text, max(0, hit[0].start - 25), hit[0].end):
        # "In a September Washington Post-ABC News poll, 75 percent of Republicans said “…”": the poll's finding
        pm = _POLL_IN_SENTENCE.search(masked, s_lo, rel_open)
        if pm is not None:
            hit = (Mention(pm.group(1), ps + pm.start(1), ps + pm.end(1), "descriptor"), hit[1], hit[2])
    if hit is not None:
        men, cs, ce = hit
        speaker, role = resolve(ctx, men, men.start)
        return Attribution(speaker, men.text, role, ctx.text[cs:ce], men.start, men.end, cs, ce, how)
    # "Obama’s “if you like your plan, you can keep it” promise": whose words they are
    pm = _POSSESSOR_BEFORE.search(masked, max(s_lo, rel_open - 60), rel_open + 1)
    if pm is not None:
        name = _clean_name(pm.group(1))
        words = name.split()
        if _is_name_ok(name) and words[0].lower() not in _DAYWORDS and _is_person_name(name):
            st = ps + pm.start(1)
            men = Mention(name, st, st + len(name), "name")
            speaker, role = resolve(ctx, men, st)
            return Attribution(speaker, name, role, "", st, st + len(name), st + len(name), st + len(name), "possessive")
    # a passive cue ("it was labeled “Mostly True”"): a quotation whose speaker the text does not name
    pm = _PASSIVE_CUE.search(masked, s_lo, rel_open)
    if pm is not None and pm.end() >= rel_open - 40:
        return Attribution(cue=pm.group(1), cue_start=ps + pm.start(1), cue_end=ps + pm.end(1), how="passive")
    return None


#: a closing mark inside a quotation: '“… crumbling," she said. "Families …”'
_INNER_CLOSE = re.compile(r"[,.!?…][ \xa0]?[\"”][ \xa0]+")


def _inner_tag(ctx: ArticleContext, q: RawQuote) -> tuple[Mention, int, int] | None:
    """A report tag inside a quotation whose opening and closing marks do not pair."""
    text = ctx.text
    for m in _INNER_CLOSE.finditer(text, q.start, q.end):
        lo = m.end()
        hi = min(q.end, lo + _POST_SPEAKER_FIRST_LIMIT)
        hi = lo + _next_mark(text[lo:hi])
        cues = P.find_cues(text, lo, hi)
        if not cues:
            continue
        c_start, c_end, form = cues[0]
        v = " ".join(form.lower().split())
        if c_start == lo:
            # '… bad publicity," said Atlantic City Mayor Don Guardian'
            if _OBJECT_AFTER_TOLD.match(v) or not (v.endswith(("ed", "s")) or v in _INVERTIBLE_IRREGULAR):
                continue
            men = mention_after(text, c_end + 1, hi)
        else:
            # '… crumbling," she said.', '… states you win,” Rubio responded'
            pre = text[lo:c_start]
            if len(pre) > 130 or _clause_end_in(pre):
                continue
            men = mention_before(text, lo, c_start)
            if men is not None and men.start != lo:
                continue
        if men is not None:
            return men, c_start, c_end
    return None


#: a sentence ending with its report tag: "…, he said.", "…, Hemsley added."
_REPORT_TAG_END = re.compile(r",[ \xa0]+(?:[A-Z][\w’'\-.]*(?:[ \xa0][A-Z][\w’'\-.]*){0,2}|he|she|they)[ \xa0]+(?:said|says|added|adds|argued|argues|noted|notes|explained|explains|wrote|writes)\.[ \xa0]*$")


def _is_outlet(name: str) -> bool:
    """A news organisation's name ("The Washington Post", "USA Today", "Reuters")."""
    words = name.split()
    key = " ".join(_bare_word(w) for w in words)
    return key in KNOWN_ORGANISATIONS or any(_bare_word(w) in P.ORG_WORDS for w in words) or key.removeprefix("the ") in KNOWN_ORGANISATIONS


def inherit(ctx: ArticleContext, qi: int, done: list[Attribution | None]) -> Attribution | None:
    """Speaker from a neighbouring quotation (same paragraph, or the previous paragraph)."""
    q = ctx.quotes[qi]
    if _bare_scare_quote(ctx, q):
        return None
    # same paragraph: nearest earlier, then nearest later
    for j in range(qi - 1, -1, -1):
        o = ctx.quotes[j]
        if o.para != q.para:
            break
        a = done[j]
        if a is not None and a.speaker:
            return _copy(a, "same-paragraph")
    for j in range(qi + 1, len(ctx.quotes)):
        o = ctx.quotes[j]
        if o.para != q.para:
            break
        a = done[j]
        if a is not None and a.speaker and a.how != "same-paragraph":
            return _copy(a, "same-paragraph")
    # continuation: no cue outside quotes in this paragraph
    if ctx.cues(q.para) and not q.continued:
        return None
    reach = q.para - 1
    for j in range(qi - 1, -1, -1):
        o = ctx.quotes[j]
        if o.para == q.para:
            continue
        if o.para < reach and not q.continued:
            break
        a = done[j]
        if a is not None and a.speaker:
            return _copy(a, "continuation")
        if a is None and _bare_scare_quote(ctx, o):
            reach = o.para - 1  # 'What “go after them” means …' between two paragraphs of one speaker's words
            continue
        break
    # a quote-only paragraph after reported speech: "Trump said Mexico would pay. ¶ “Believe me.”"
    ps = ctx.paras[q.para][0]
    if q.para > 0 and q.open_mark == ps and not ctx.by_para.get(q.para - 1):
        prev = ctx.para_text(q.para - 1)
        p_lo, _ = sentence_bounds(prev, len(prev) - 1, ctx.ends(q.para - 1))
        hit = _cue_in(ctx, q.para - 1, p_lo, len(prev), last=True, near_quote=False)
        if hit is not None and hit[0].kind in ("name", "pronoun"):
            men, cs, ce = hit
            speaker, role = resolve(ctx, men, men.start)
            return Attribution(speaker, men.text, role, ctx.text[cs:ce], men.start, men.end, cs, ce, "reported")
    # a quote-only paragraph whose speaker is named with the next one: "¶ “…” ¶ “…,” Viguerie notes."
    pe = ctx.paras[q.para][1]
    if q.open_mark == ps and q.close_mark is not None and not ctx.text[q.close_mark + 1: pe].strip(" \t\xa0.,"):
        for j in range(qi + 1, len(ctx.quotes)):
            o = ctx.quotes[j]
            if o.para != q.para + 1:
                break
            a = done[j]
            if o.open_mark == ctx.paras[o.para][0] and a is not None and a.speaker and a.how == "post":
                return _copy(a, "next-paragraph")
            break
    return None


#: a mid-sentence quotation of at most this many words borrows no neighbour's speaker without a cue
_SCARE_WORDS = 3
_WORD_AFTER_MARK = re.compile(r"[ \xa0]+([a-z][a-z\-]*)\b")


def _bare_scare_quote(ctx: ArticleContext, q: RawQuote) -> bool:
    """'the “establishment” candidate', 'a “unity” lunch': a few words mid-sentence, no cue before them.

    A neighbouring quotation's speaker does not make them that speaker's words.
    """
    if q.continued or q.continues_next or len(ctx.text[q.start:q.end].split()) > _SCARE_WORDS:
        return False
    ps = ctx.paras[q.para][0]
    masked = ctx.para_text(q.para)
    rel = q.open_mark - ps
    j = rel - 1
    while j >= 0 and masked[j] in " \t\xa0":
        j -= 1
    if j < 0 or masked[j] in ".!?—–(\"”“" and not ctx.text[q.start:q.start + 1].islower():
        # opens a sentence: said ("“Very good.”") unless it is the subject of the sentence, a term
        # talked about ("“Top secret” is the highest level of classification")
        if q.close_mark is None or ctx.text[q.end - 1:q.end] in ".,!?;:…":
            return False
        m = _WORD_AFTER_MARK.match(ctx.text, q.close_mark + 1)
        return m is not None and m.group(1) not in P.CUE_FORMS_SET
    if masked[j] in ",:":
        return False  # after a comma: "…,” Tester said. “Very good.”", 'a dismissive, “eww.”'
    s_lo, _ = sentence_bounds(masked, rel, ctx.ends(q.para))
    return not ctx.cues(q.para, s_lo, rel)


def _copy(a: Attribution, how: str) -> Attribution:
    return Attribution(a.speaker, a.as_written, a.role, a.cue, a.speaker_start, a.speaker_end, a.cue_start, a.cue_end, how)
