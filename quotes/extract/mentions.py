"""Speaker mentions as written next to a cue: names, pronouns, descriptors and quantities.

``mention_before`` takes the subject that ends where a cue verb starts (``Putin's
spokesman Dmitry Peskov`` told, ``he`` said, ``the Kremlin spokesman`` said), past
adverbs, appositions, ages and party labels; ``mention_after`` the one after an
inverted cue (said ``Peskov``). The tests on a single name (is it a name at all, a
person, a place, a role) live here too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import GEOGRAPHIC_WORDS, HONORIFICS, KNOWN_ORGANISATIONS, PLACES
from . import given_names
from . import patterns as P
from .context import Mention

_WS = " \t\n\xa0"

# (the larger of two offsets is written ``b if b > a else a``, not ``max(a, b)``: the builtin parses
# keyword arguments on every call, several times the cost of the comparison, and these run per cue)

#: where a name run can start (each of its words opens with a capital): a test that fails at once at
#: most offsets, put before the run's many alternatives (and before look-behinds) in searches
NAME_START = r"(?=[" + P._UPPER + r"])"

PREPOSITIONS = {"with", "in", "on", "at", "after", "before", "for", "from", "during", "since", "under",
                "by", "like", "unlike", "despite", "without", "amid", "among", "as", "to", "of", "about", "when",
                "while", "if", "although", "though", "because"}

_TIME_AT_END = re.compile(
    r",?\s+(?:(?:on|late|early)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|fall|winter)"
    r"|earlier(?:\s+this\s+(?:week|month|year))?|yesterday|today|tonight|in\s+(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)),?\s*$"
)

_DASH_APPOSITION = re.compile(r"\s*[—–][^—–]{3,160}[—–]\s*$")

_COLLECTIVE = {"police", "staff", "people", "public", "crowd", "audience", "management", "military", "clergy"}

#: a party and state written after a name: "R-Ky.", "D-Md."
PARTY_STATE_MARK = r"[RDI]-[A-Z][\w.]*"
PARTY_STATE = re.compile(PARTY_STATE_MARK + r"$")  # "McConnell, R-Ky., said"
_PARTY_STATE_SET_OFF = re.compile(r",[ \xa0]*" + PARTY_STATE_MARK + r"$")

_ADVERBIAL_AT_END = re.compile(
    r",\s+(?:during|in|at|after|before|on|from|while|speaking|appearing|following)\s[^,“”\"]{1,80}(?:,\s+[A-Z][\w.]*)?,\s*$"
)

_APPOSITION_AT_END = re.compile(r",\s*((?:[^,“”\"]|“[^“”,]{1,80}”){2,200}),\s*$")  # (a title may stand in it: 'whose book “The Hollow Republic” chronicled')
#: the same with a number's thousands separators inside ("which represents 300,000 firms"): tried only when
#: the first match opens inside a number (it is several times slower)
_APPOSITION_WITH_NUMBER_AT_END = re.compile(r",\s*((?:[^,“”\"]|(?<=\d),(?=\d\d\d(?!\d))){2,200}),\s*$")

#: an apposition that is a name, an age before it allowed: "23-year-old Maya Lin", "Maya Lin"
_AGED_NAME = re.compile(r"(?:\d{1,3}-year-old[ \xa0]+)?([A-Z][\w’'\-]+(?:[ \xa0]+[A-Z][\w’'\-.]*){1,3})")
#: lower-case words, then a titled name: "state Sen. Mark Jensen", "former Gov. Jan Brewer"
_LOWER_THEN_TITLED_NAME = re.compile(r"(?:(?:the|a|an)[ \xa0]+)?(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)[ \xa0]+){0,2}[a-z][\w\-]*[ \xa0]+("
                                     + P.NAME_RUN + r")")


def _titled_name_in_apposition(inner: str) -> bool:
    """Is an apposition a person's name with a role written before it ("state Sen. Mark Jensen",
    "pianist Harold Mabern")?"""
    m = _LOWER_THEN_TITLED_NAME.fullmatch(inner) if inner[:1].islower() else None
    if m is None:
        return False
    name, role = split_role(m.group(1))
    lower = inner[: m.start(1)].split()[-1]
    return (role is not None or is_role_noun_of_person(lower) or lower in P.ROLE_HEADS or lower in P.FALSE_TITLES) and " " in name \
        and is_person_name(name)


#: a body's name with its article: "the Lakeshore Faculty Association", "the Bank of England"
_BODY_NAME_WITH_THE = re.compile(r"the[ \xa0]+[A-Z][\w’'.&\-]*(?:[ \xa0]+(?:(?:of|for|and|&)[ \xa0]+)?[A-Z][\w’'.&\-]*)+")
#: a description opening its sentence, ending where an apposition begins: "The faculty union|"
_DESCRIPTOR_OPENING_AT_END = re.compile(r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][”\"][ \xa0]))[Tt]he(?:[ \xa0]+[a-z][\w\-]*){1,3}$")
#: an apposition that names the person outright: "a retired teacher named Doris Hale"
_NAMED_IN_APPOSITION = re.compile(r"(?:[Aa]n?|[Tt]he)[ \xa0]+(?:[\w\-’']+[ \xa0]+){0,4}?(?:named|identified[ \xa0]+as)[ \xa0]+"
                                  r"(?:\d{1,3}-year-old[ \xa0]+)?(" + P.NAME_RUN + r")")
#: someone unnamed right before an apposition: "One protester", "a local farmer"
_UNNAMED_ONE_AT_END = re.compile(r"(?:^|(?<=[\s“\"‘]))(?:[Oo]ne|[Aa]n?|[Aa]nother)[ \xa0]+(?:[a-z\-]+[ \xa0]+){0,2}[a-z\-]+$")

#: a body or place after "of", "in" or "at", capitalised: "… of the University of California"
_PLACE_PHRASE_AT_END = re.compile(r"[ \xa0](?:of|in|at)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w.’'\-]*[ \xa0]+(?:of[ \xa0]+)?)*[A-Z][\w.’'\-]*$")

_PAREN_AT_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")

_PARTICIPLE_PHRASE_AT_END = re.compile(
    r"[ \xa0]+(?:(?:speaking|talking|writing|appearing|testifying|posting|tweeting)[ \xa0]+(?:to|with|on|in|for|at|before)"
    r"|(?:wearing|holding|carrying|waving)[ \xa0]+(?:an?|the|his|her|their))[ \xa0]+[^,;:“”\"]{1,60}(?<! that)(?<! which)$"  # "a young man wearing a … T-shirt asked" (not "… a hat that says")
)

_AGE_AT_END = re.compile(r"(?<=[A-Za-z.]),[ \xa0]+\d{1,3}$")

_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|—|–|\s-\s")

DAYWORDS = P.NOT_NAMES
#: honorifics (and Dr) as British, Singaporean and Malaysian papers write them, without a full stop:
#: "Mrs Adeyemi said" names Mrs Adeyemi
STOPLESS_HONORIFICS = frozenset({h.capitalize() for h in HONORIFICS} | {"Dr"})


#: the generations a name keeps at its end, full stop included ("Martin Luther King Jr.")
GENERATION_ENDS = (" Jr.", " Sr.")


def clean_name(name: str) -> str:
    stop = name.rstrip(" ,;:").endswith(GENERATION_ENDS)  # "Martin Luther King Jr." keeps its stop
    name = name.strip(" ,.;:") + ("." if stop else "")
    name = name[:-2] if name.endswith(("'s", "’s")) else name
    if name[-1:].isupper() and name.count(" ") >= 2:
        rest, last = name.rsplit(" ", 1)
        if last in P.POST_NOMINALS:
            return rest  # "Richard Moore KC": the person is Richard Moore
    return name


_GENERATION_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}

_CONTRACTED_IS = {"he's", "she's", "that's", "here's", "there's", "it's", "what's", "who's", "let's", "where's"}

#: words that end a role like "Chief of Staff", "Secretary of State" (the run starts after "of")
_ROLE_COMPLEMENTS = P.ORG_WORDS | P.TITLE_SET | P.PORTFOLIO_WORDS | {"staff", "intelligence", "ranking", "students", "admissions"}  # "Dean of| Students Ann Lee"


#: capitalised words that describe the person named after them, though no title: "Boss Neil Garraway"
_DESCRIBING_WORDS = {"boss", "garda", "team-mate", "teammate", "mum", "mom", "dad", "grandmother", "grandfather",
                     "grandma", "grandpa", "widow", "widower", "veteran", "resident", "local", "villager", "neighbour",
                     "neighbor", "defenceman", "defenseman", "freshman", "sophomore", "junior", "senior", "fan",
                     "backup", "rookie", "starter", "reserve", "substitute", "youngster", "newcomer", "debutant"}

#: a nickname's adjective or a joining word before a given name: "Crooked Hillary Clinton", "And Marco Rubio"
_EPITHETS = {"crooked", "lyin'", "lyin’", "crazy", "sleepy", "goofy", "real", "and", "but", "so", "then"}


def described_before_given_name(words: list[str]) -> bool:
    """Does a word that describes a person ("Saxophonist", "Commuter", "Eight-year-old", "Ohioan",
    "Texas-based", "Crooked") open ``words``, right before a known given name?"""
    first = words[0].lower()
    if P.given_name_gender(first):
        return False
    if not P.given_name_gender(words[1]):
        # "Backup Jalen Brooks": a describing word before a name of two plain words, its given name unknown
        return first in _DESCRIBING_WORDS and len(words) == 3 and _plain_name_words(words[1:])
    return (first in _DESCRIBING_WORDS or first in _EPITHETS or first.endswith(("-year-old", "-based"))
            or first.endswith(("an", "ans")) and len(first) > 4 or is_role_noun_of_person(first))


def _plain_name_words(words: list[str]) -> bool:
    """Are ``words`` a person's given name and surname as written ("Jalen Brooks"), no title, body or
    day among them ("Government Minister", "Affairs Committee", "Day Care")?"""
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in P.TITLE_SET
               and w.lower() not in P.ROLE_HEADS and w.lower() not in P.ORG_WORDS and w.lower() not in DAYWORDS
               for w in words)


_ROLE_TIME_WORDS = {"former", "ex", "then", "acting", "interim", "outgoing", "incoming", "late"}


@lru_cache(maxsize=16384)
def split_role(name: str) -> tuple[str, str | None]:
    """``"Russian President Vladimir Putin"`` -> ``("Vladimir Putin", "Russian President")``."""
    words = name.split() or [""]  # (what splitting the stripped name at its blanks gives)
    if len(words) > 2 and words[0].lower() in _ROLE_TIME_WORDS:
        # "Former Virginia Gov. Martin Whitfield": the role's time, then the rest split as ever (not
        # "Former" before a given name "Virginia")
        rest, role = split_role(" ".join(words[1:]))
        return rest, f"{words[0]} {role}" if role else words[0]
    for i in range(len(words) - 2, -1, -1):
        # "Fox’s Chris Wallace", "France’s Marine Le Pen": the owner is an affiliation, not the name;
        # "He’s Donald Trump", "Here’s Clinton": a contraction, no affiliation at all
        if words[i].endswith(("'s", "’s")) and all(w[:1].isupper() for w in words[i + 1:]):
            owner = " ".join(words[: i + 1])
            rest, role = split_role(" ".join(words[i + 1:]))
            if owner.lower().replace("’", "'") in _CONTRACTED_IS:
                return rest, role
            owner = owner[:-2]  # without its "'s"
            return rest, f"{owner} {role}" if role else owner
    if len(words) > 1 and (words[-1].lower().rstrip(".") in P.ORG_WORDS or words[-1].isdigit() and words[-2] == "Local"):
        return name.strip(), None  # "House Intelligence Committee" is one name, "House" no role; so is "… Union Local 17"
    if len(words) > 1 and words[0].lower() in P.BODY_FALSE_TITLES and not any(w.lower().rstrip(".") in P.TITLE_SET for w in words[1:]):
        return " ".join(words[1:]), words[0]  # "Group TWC2", "Carmaker Nissan": what kind of body it is
    if len(words) > 2 and words[0] == "Class":
        return " ".join(words[1:]), words[0]  # "… 1st Class| Marisela Ocampo": the end of a rank
    if len(words) > 2 and described_before_given_name(words):
        # "Saxophonist Benny Kowalczyk", "Eight-year-old Zoe Marchetti"; a nickname's "Crooked" is no role
        return " ".join(words[1:]), None if words[0].lower() in _EPITHETS else words[0]
    cut = 0
    # "Martin Luther King Jr.": the name goes on past a role word when only Jr. or Sr. would be left
    last_role_at = len(words) - 2 if words[-1].rstrip(".") in _GENERATION_SUFFIXES else len(words) - 1
    for i, w in enumerate(words[:last_role_at]):
        if (w.lower().rstrip(".") in P.ROLE_HEADS or "-" in w and w.lower().split("-")[0] in P.ROLE_HEADS
                or i == 0 and w.lower() in P.FALSE_TITLES or "-in-" in w.lower()):  # "Investigator-in-charge Noor Hadid"
            cut = i + 1  # "Editor-in-Chief Martin Baron", "Promoter Dev Sandhu"
    if cut == len(words) - 1 and words[cut - 1] in P.ROLES_THAT_ARE_GIVEN_NAMES:
        # "Dean Baker", "Officer Dean Marsh": a man called Dean; "Dean of Students Ann Lee" keeps the role
        cut = max((i + 1 for i, w in enumerate(words[: cut - 1]) if w.lower().rstrip(".") in P.ROLE_HEADS), default=0)
    if cut == 0:
        # "House Newt Gingrich" (from "Speaker of the House Newt Gingrich"), "State John Kerry";
        # "Political Affairs Wendy Sherman" (from "Undersecretary for Political Affairs …")
        for i in range(len(words) - 3, -1, -1):
            if words[i].lower().rstrip(".") in _ROLE_COMPLEMENTS:
                cut = i + 1
                break
    if cut == 0 and len(words) > 3:
        cut = _given_name_after_role(words)
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


def _given_name_after_role(words: list[str]) -> int:
    """Where a name opens in a run of four words or more that holds no title word: at its known given
    name, two or three words from the end ("Clark County Registrar| Joseph Albright"); 0 when the run
    opens with a known given name or has none there."""
    if P.given_name_gender(words[0]):
        return 0
    for i in range(len(words) - 3 if len(words) > 3 else 1, len(words) - 1):
        if P.given_name_gender(words[i]) and is_person_name(" ".join(words[i:])):
            return i
    return 0


@lru_cache(maxsize=8192)
def bare_word(word: str) -> str:
    """Lower case, without a possessive or trailing punctuation ("Its" stays "its", "NATO’s" is "nato")."""
    w = word.lower().rstrip(".,")
    return w.removesuffix("'s").removesuffix("’s").rstrip("'’")


@lru_cache(maxsize=8192)
def is_name_ok(name: str) -> bool:
    if not name:
        return False
    words = name.split()
    if all(bare_word(w) in DAYWORDS for w in words) and not (
        len(words) == 2 and words[0].rstrip(".") in STOPLESS_HONORIFICS and words[1][:1].isupper()
    ):
        return False  # but "Mrs May", "Mr. Will": an honorific makes the next word a surname
    last = words[-1].lower().rstrip(".")
    if last in DAYWORDS and (len(words) == 1 or len(last) > 3 or words[-1].endswith(".")):
        return False  # "Monday", "last May"; but "Ai Jun", "Ho Jan" are names
    if last in P.ROLE_HEADS and len(words) == 1:
        return False
    if last in _PRONOUN_WORDS:
        return False  # "U.S. He says …": an abbreviation ran into the next sentence's pronoun
    return True


_PRONOUN_WORDS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "him", "them"}


#: abbreviations that end a company's name ("Acme Corp.")
_ORG_ABBREVIATIONS = {"Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "LLC", "L.L.C", "Plc", "PLC", "Assn"}


_ROLE_PHRASE_BREAK = re.compile(r"[ \xa0](?:of|for|at|from|in|with|to)[ \xa0]")


def _capitalised_role(inner: str) -> bool:
    """"CEO of Brightpath Solutions", "Labour MP for Bath", "Brightpath CEO": a role in Title Case
    (ending in a role word, before any of/for/at), as appositions are written in press releases and
    British copy; not a titled name ("Mrs. Zainab Umar")."""
    m = _ROLE_PHRASE_BREAK.search(inner)
    words = inner[: m.start() if m else len(inner)].split()
    return 0 < len(words) <= 4 and words[-1].lower().rstrip(".") in P.ROLE_HEADS and not (
        len(words) > 1 and words[-1] in P.ROLES_THAT_ARE_GIVEN_NAMES)  # "Col. Mark Dean"


#: "for" or "of (the)" between a Title Case role and the words that finish it: "High Commissioner for| Refugees"
_ROLE_LINK_BEFORE = re.compile(r"[ \xa0](?:for|of)[ \xa0]+(?:the[ \xa0]+)?$")
_ROLE_LINK_ENDS = (" for ", " of ", " the ", "\xa0for ", "\xa0of ", "\xa0the ")


def role_complement_end(text: str, start: int, end: int) -> int:
    """Where the person's name starts in the name run ``text[start:end]`` when the run's first words
    finish a role written before it with "for" or "of" ("U.N. High Commissioner for |Refugees Anders
    Lindahl" gives the offset of "Anders"); ``start`` otherwise. The name opens at its first known given
    name, or is the run's last two words."""
    if not text[start - 5 if start > 5 else 0: start].endswith(_ROLE_LINK_ENDS):
        return start
    link = _ROLE_LINK_BEFORE.search(text, start - 9 if start > 9 else 0, start)
    if link is None:
        return start
    head = _last_word(text[link.start() - 30 if link.start() > 30 else 0: link.start()])
    if not head[:1].isupper() or head.lower().rstrip(".") not in P.ROLE_HEADS:
        return start  # "University of| Michigan President …", "a spokesman for| …"
    run = text[start:end]
    words = run.split()
    if len(words) < 3 or split_role(run)[1] is not None:
        return start  # "Secretary of| State John Kerry": the role's own words say where the name starts
    k = next((i for i in range(1, len(words) - 1) if P.given_name_gender(words[i])), len(words) - 2)
    if k == len(words) - 2 and len(words[k]) == 2 and words[k].endswith(".") and k > 1:
        k -= 1  # "… for Human Rights Volker J.| Türk": the initial belongs to the name
    name = " ".join(words[k:])
    if not is_person_name(name) or not is_name_ok(name):
        return start
    at = start
    for w in words[:k]:
        at = text.index(w, at) + len(w)
    return text.index(words[k], at)


def role_before_complement(text: str, start: int, name_start: int) -> str | None:
    """The whole role before a name that :func:`role_complement_end` found at ``name_start`` in the run at
    ``start``: "U.N. High Commissioner for Refugees" (a sentence's opening word left out)."""
    link = _ROLE_LINK_BEFORE.search(text, start - 9 if start > 9 else 0, start)
    span = P.name_run_before(text, link.start(), link.start() - 60 if link.start() > 60 else 0) if link else None
    if span is None:
        return None
    words = text[span[0]:name_start].split()
    while len(words) > 1 and words[0].lower() in DAYWORDS:
        words = words[1:]  # "But| U.N. High Commissioner …"
    return " ".join(words)


def _last_word(s: str) -> str:
    words = s.rsplit(None, 1)
    return words[-1] if words else ""


def _last_words_start(window: str, n: int, lo: int) -> int:
    """Where the last ``n`` words of ``window`` start (or the blank before them), ``lo`` if that is
    later or there are fewer words: an end-anchored search for at most ``n`` words, each opening
    after a blank, need not retry before it."""
    words = window.rsplit(None, n)
    start = len(words[0]) if len(words) > n else 0
    return start if start > lo else lo


def _aux_at_end(window: str, w: str) -> re.Match | None:
    """``AUX_AT_END`` in the last 60 characters, searched only when the last word ``w`` can end it."""
    if w not in P.AUX_LAST_WORDS and not w.endswith("ly"):
        return None
    return P.AUX_AT_END.search(window, len(window) - 60 if len(window) > 60 else 0)


#: the last word of every ``_TIME_AT_END`` match (before its optional comma), or a year
_TIME_LAST_WORDS = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night
week month year weekend spring summer fall winter earlier yesterday today tonight
January February March April May June July August September October November December
""".split())


def _time_at_end(window: str, last: str) -> re.Match | None:
    """``_TIME_AT_END`` in the last 40 characters, searched only when the last word ``last`` can end it."""
    w = last.rstrip(",")
    if w not in _TIME_LAST_WORDS and w[:1] not in ("1", "2"):
        return None
    return _TIME_AT_END.search(window, len(window) - 40 if len(window) > 40 else 0)


#: the last letter of he, she, they, i, we, it in any case (``PRONOUN_AT_END`` ignores case)
_PRONOUN_LAST_CHARS = frozenset("eyitEYITıİ")


#: the first words of a body whose name goes on with "of", "for", "on" or "and": "Department of Justice",
#: "Centers for Disease Control and Prevention", "Committee on Foreign Relations", "Bank of America"
ORG_HEADS_WITH_OF = {w.lower() for w in """
Department Ministry University Bank Bureau Center Centers Centre Centres Committee Office Institute Council
Board Agency Commission Association Federation Society Union Court College School Academy Foundation Fund
Corporation Service Services Administration Authority Organization Organisation Chamber Coalition Alliance
League Museum Hospital Church Secretariat Division Directorate Conference Assembly Institutes Party
""".split()}

_ORG_LINK_BEFORE = re.compile(r"[ \xa0](?:of|for|on|and)[ \xa0]+(?:the[ \xa0]+)?$")
_ORG_LINK_AFTER = re.compile(r"[ \xa0]+(?:of|for|on|and)[ \xa0]+(?:the[ \xa0]+)?(?=[A-Z])")


def org_name_start(text: str, s: int, lo: int) -> int:
    """Where a body's name that ends with the run at ``s`` starts: the "Department of Health and" before
    "Human Services", when the words joined on by of/for/on/and open or end with a body's head word
    ("American Federation of| Teachers"); else ``s``."""
    start = s
    while True:
        link = _ORG_LINK_BEFORE.search(text, start - 10 if start - 10 > lo else lo, start)
        if link is None:
            break
        span = P.name_run_before(text, link.start(), link.start() - 90 if link.start() - 90 > lo else lo)
        if span is None:
            break
        start = span[0]
        words = text[start: span[1]].split()
        if words[0] in ("The", "the") and len(words) > 1:
            start += len(words[0]) + 1
            words = words[1:]
        if words[0].lower() in ORG_HEADS_WITH_OF:
            return start
        if words[-1].lower() in ORG_HEADS_WITH_OF:
            # "American Federation| of Teachers", "U.S. Department| of Agriculture": the head ends the run;
            # an owner before it is no part of the name ("ICC's |Office of the Prosecutor")
            owner = next((i for i in range(len(words) - 1, 0, -1) if words[i - 1].endswith(("'s", "’s"))), 0)
            return start + sum(len(w) + 1 for w in words[:owner])
    return s


def org_name_end(text: str, s: int, e: int, hi: int) -> int:
    """Where a body's name that opens with the run ``text[s:e]`` ends ("Department" -> "Department of
    Justice"), when that run opens or ends with a body's head word; else ``e``."""
    words = text[s:e].split()
    if not words or (words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]).lower() not in ORG_HEADS_WITH_OF \
            and words[-1].lower() not in ORG_HEADS_WITH_OF:  # "the American Federation| of Teachers"
        return e
    end = e
    while True:
        link = _ORG_LINK_AFTER.match(text, end, hi)
        if link is None:
            return end
        m = _NAME_RUN_AT.match(text, link.end(), hi)
        if m is None or m.group().split()[0].lower() in DAYWORDS:
            return end  # not "said the Department of Justice on Monday"
        end = m.end()


_NAME_RUN_AT = re.compile(P.NAME_RUN)


_CLASS_YEAR_AT_END = re.compile(r"[ \xa0]['’]\d\d$")


def _without_trailers(window: str) -> str:
    """``window`` (no blank at its end) without a class year, an abbreviation's full stop, a
    parenthesis or an age after the subject."""
    if window[-1:].isdigit() and _CLASS_YEAR_AT_END.search(window, len(window) - 4 if len(window) > 4 else 0):
        window = window[:-4]  # "Jordan Mitchell '25 said": a student paper's class year after the name
    if window.endswith(".") and window[-12:-1].rsplit(None, 1)[-1:] in ([w] for w in _ORG_ABBREVIATIONS):
        window = window[:-1]  # "a spokesman for Acme Corp. told": the full stop of the abbreviation
    # (each end-anchored search below runs only when the words it needs are there: the searches
    # retry at every offset of the window, and most windows end in a plain name)
    pm = _PAREN_AT_END.search(window) if window.endswith(")") else None
    if pm and pm.start() > 0:
        window = window[: pm.start()]
    # an age before an apposition: "Jane Doe, 45, a retired nurse, said" (the apposition is cut below)
    am = _AGE_AT_END.search(window, len(window) - 8 if len(window) > 8 else 0) if window[-1:].isdigit() or window.endswith("\n") else None
    if am and am.start() > 0:
        window = window[: am.start()]
    return window


#: a determiner, a body's capitalised name (with "and", "of", "&" inside it) and a person who speaks for it
_BODY_PERSON_AT_END = re.compile(
    r"(?<![\w’'])((?:[Aa]n?|[Tt]he)[ \xa0]+(?:[A-Z][\w’'\-]*)(?:[ \xa0]+(?:[A-Z][\w’'\-]*|and|of|&)){1,9}"
    r"[ \xa0]+(?:spokes(?:wo)?man|spokesperson|official|representative))[ \xa0]*$")
_BODY_PERSON_ENDS = ("spokesman", "spokeswoman", "spokesperson", "official", "representative")


_UNION_LOCAL_AT_END = re.compile(r"(?<![\w’'])([A-Z][\w&’'\-.]*[ \xa0]+(?:(?:[A-Z][\w&’'\-.]*|and|of|&)[ \xa0]+){0,6}Local[ \xa0]+\d{1,5})$")


#: an unnamed source and what they know: "a senior official familiar with the matter", "two people briefed on the talks"
_IN_THE_KNOW_AT_END = re.compile(
    r"(?:^|(?<=[\s“\"‘(]))(((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[a-z][\w\-]*)"
    r"[ \xa0]+(?:familiar[ \xa0]+with|close[ \xa0]+to|briefed[ \xa0]+on|involved[ \xa0]+in|with[ \xa0]+(?:direct[ \xa0]+)?knowledge[ \xa0]+of)"
    r"[ \xa0]+[^,;:“”\"()]{1,60})$")
_IN_THE_KNOW_WORDS = ("familiar", "close to", "briefed", "involved", "knowledge")

#: a subject that says nobody: "neither government", "no official", "nobody"
_NEGATED_SUBJECT_AT_END = re.compile(r"(?<![\w’'])(?:[Nn]either[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+)?[a-z][\w\-]*|[Nn]o[ \xa0]+one|[Nn]obody)$")


def _union_local_at_end(window: str, lo: int) -> Mention | None:
    """"Municipal Employees Union Local 17" ending ``window``: a union's branch, its number part of its name."""
    if not window[-1:].isdigit():
        return None
    lm = _UNION_LOCAL_AT_END.search(window, len(window) - 100 if len(window) > 100 else 0)
    return Mention(lm.group(1), lo + lm.start(1), lo + lm.end(1), "name") if lm is not None else None


def _sentence_opening_name(text: str, lo: int, hi: int) -> Mention | None:
    """The one capitalised word opening a sentence at ``lo`` and set off from a description up to ``hi``
    ("Uniper, the country's largest gas importer, said"; "Mukasey, the former attorney general, said"),
    when no other reading is likely: no sentence adverb ("Meanwhile", "Privately"), no word the article
    also writes in lower case."""
    word = text[lo:hi].strip(_WS + "“\"‘")
    if not (word[:1].isupper() and word.isalpha() and len(word) > 2) or word.endswith("ly"):
        return None
    if word.lower() in P.NOT_NAMES or next(occurrences(text, word.lower(), 1), None) is not None:
        return None
    before = text[max(0, lo - 3):lo].rstrip(" \xa0“\"‘")
    if before and before[-1] not in ".!?\n":
        return None
    start = text.index(word, lo)
    return Mention(word, start, start + len(word), "name")


#: a second subject with a clause of its own: "Trump, who …, and| Sanders, who says" (not "firms in Tucson, Pima and Cochise counties,")
_SECOND_SUBJECT_WITH_CLAUSE = re.compile(r"[ \xa0](?:and|or)[ \xa0]+[A-Z][^,]*,[ \xa0]+(?:who|which)[ \xa0]")


#: determiners that open a second noun phrase inside a run of words: "a nickname |the chief"
_INNER_DETERMINERS = {"the", "a", "an"}


def mention_before(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker mention that ends right at ``hi`` (the subject of a cue at ``hi``)."""
    nl = text.rfind("\n", lo, hi)
    if nl >= 0:
        lo = nl + 1
    lo = hi - 240 if hi - 240 > lo else lo  # a subject, even with an apposition, is never longer
    window = text[lo:hi]
    # drop adverbs/auxiliaries: "Putin also said", "he has repeatedly said"
    last = _last_word(window)
    m = _aux_at_end(window, last)
    if m and m.start() > 0:
        window = window[: m.start()]
        last = _last_word(window)
    # and when it was said: "Beck on Wednesday called", "Trump last week told"
    m = _time_at_end(window, last) if not last.endswith(",") else None
    if m and m.start() > 0:
        window = window[: m.start()]
        m = _aux_at_end(window, _last_word(window))
        if m and m.start() > 0:
            window = window[: m.start()]
    # a dash apposition: "Gingrich — mentioned by Newsmax as the leading choice — told"
    if window.rstrip().endswith(("—", "–")):
        dm = _DASH_APPOSITION.search(window, len(window) - 200 if len(window) > 200 else 0)
        if dm and dm.start() > 0:
            window = window[: dm.start()]
    window = window.rstrip(_WS)
    end40 = window[-40:]
    if ("either" in end40 or "no one" in end40 or "obody" in end40) and _NEGATED_SUBJECT_AT_END.search(window, len(window) - 40 if len(window) > 40 else 0):
        return None  # "…, though neither government disclosed the amount": nobody said it
    local = _union_local_at_end(window, lo)
    if local is not None:
        return local
    if not window[-1:].isalpha():  # (most windows end in a name: no number, stop or parenthesis to cut)
        window = _without_trailers(window)
    # a participial phrase: "Another intelligence source speaking to Fox News said"
    part_lo = len(window) - 80 if len(window) > 80 else 0
    pm = _PARTICIPLE_PHRASE_AT_END.search(window, part_lo) if window.find("ing", part_lo) >= 0 else None
    if pm and pm.start() > 0:
        got = mention_before(text, lo, lo + pm.start())
        if got is not None:
            return got
    if " who " in window and not window.endswith(","):
        dm = _UNNAMED_WHO_RESTRICTIVE.search(window, len(window) - 160 if len(window) > 160 else 0)
        if dm is not None and (dm.group(2) in _ANYONE_HEADS or _is_role_phrase(dm.group(2).lower())):
            # "…, one person who said they had worked as a Corvid adjuster for 11 years wrote": the one the clause
            # tells apart, not a noun inside it
            return Mention(dm.group(1), lo + dm.start(1), lo + dm.end(1), "descriptor")
    if window.endswith(",") and " who " in window:
        dm = _UNNAMED_WHO_OPENING.search(window, len(window) - 220 if len(window) > 220 else 0)
        if dm is not None and _is_role_phrase(dm.group(2).lower()):
            # "A Republican strategist who has worked on several Senate races, and who spoke … to avoid angering
            # Voss, said": the one the restrictive clause describes, not a name inside it
            return Mention(dm.group(1), lo + dm.start(1), lo + dm.end(1), "descriptor")
    if window.endswith(","):
        whose = window.rfind(", whose ", len(window) - 160 if len(window) > 160 else 0)
        if whose < 0 and window.count(",", len(window) - 160 if len(window) > 160 else 0) > 2:
            # "Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed": a relative
            # clause with commas of its own
            whose = max(window.rfind(", who ", len(window) - 160 if len(window) > 160 else 0),
                        window.rfind(", which ", len(window) - 160 if len(window) > 160 else 0))  # (a body's: "Local 218, which represents …")
            if whose > 0 and (any(w in window[whose:] for w in ("“", '"', "”")) or _SECOND_SUBJECT_WITH_CLAUSE.search(window, whose)):
                whose = -1  # not "Trump, who has called the pact “insanity,” and Sanders, who says"
        if whose > 0:
            # "Claire Foxton, whose daughter Molly, 7, receives care there, said": the one the clause is about
            got = mention_before(text, lo, lo + whose)
            if got is not None and got.kind == "name" and is_place(got.text) and text[got.start - 2:got.start] == ", ":
                # "Sheriff Wade Ferrell of Pinal County, Arizona, who …, added": the state closes where he is from
                got = mention_before(text, lo, got.start - 2) or got
            if got is not None and got.start > lo and (got.kind == "descriptor" or got.kind == "name" and (
                    window.startswith(", which ", whose) or window.startswith(", whose ", whose) and not is_person_name(got.text))):
                # "Uniper, the country's largest gas importer, which …, said": the name the description is set off from;
                # "Carla Mendes, president of the Retail Workers, which represents …, said" and "Anand Sethi, vice
                # president at Corvid Labs, whose platform …, said": the person before the apposition, not the body
                # the clause is about
                named = mention_before(text, lo, lo + whose + 1)
                if named is not None and named.kind == "name" and (got.kind == "descriptor" or named.start < got.start
                                                                    and is_person_name(named.text)):
                    return named
            return got

        # an adverbial set off by commas: "Clinton, during a town hall in Columbus, Ohio, said"
        am = _ADVERBIAL_AT_END.search(window, len(window) - 140 if len(window) > 140 else 0)
        if am and am.start() > 0:
            return mention_before(text, lo, lo + am.start())  # never the place that ends it
        # apposition: "Mukasey, the former attorney general, said"
        am = _APPOSITION_AT_END.search(window)
        if am and window[am.start() - 1: am.start()].isdigit() and window[am.start(1): am.start(1) + 3].isdigit():
            am = _APPOSITION_WITH_NUMBER_AT_END.search(window, am.start() - 200 if am.start() > 200 else 0)
        if am:
            inner = am.group(1).strip()
            inner_at = lo + am.start(1) + len(am.group(1)) - len(am.group(1).lstrip())
            nm = _AGED_NAME.fullmatch(inner)
            if nm is not None and _UNNAMED_ONE_AT_END.search(window, am.start() - 40 if am.start() > 40 else 0, am.start()):
                # "One protester, 23-year-old Maya Lin, said": the name set off after someone unnamed
                name = nm.group(1)
                if is_name_ok(name) and is_person_name(name):
                    return Mention(name, inner_at + nm.start(1), inner_at + nm.start(1) + len(name), "name")
            # (a remark in brackets may close it: "a retired machinist named Dale Kosinski (no relation)")
            nm = _NAMED_IN_APPOSITION.fullmatch(inner.rsplit(" (", 1)[0] if inner.endswith(")") else inner) if (
                "named" in inner or "identified" in inner) else None
            if nm is not None:
                # "My neighbor, a retired teacher named Doris Hale, put it": the apposition names the speaker
                name = clean_name(nm.group(1))
                if is_name_ok(name) and is_person_name(name):
                    return Mention(name, inner_at + nm.start(1), inner_at + nm.start(1) + len(name), "name")
            head = inner.split()[0].lower() if inner.split() else ""
            tail = inner.split()[-1] if inner.split() else ""
            if _titled_name_in_apposition(inner):
                pass  # "Its sponsor, state Sen. Mark Jensen, said": the apposition is the name (taken below)
            elif (head == "the" and _BODY_NAME_WITH_THE.fullmatch(inner) and not is_person_name(inner[4:])
                  and _DESCRIPTOR_OPENING_AT_END.search(window, am.start() - 40 if am.start() > 40 else 0, am.start())):
                # "The faculty union, the Lakeshore Faculty Association, said": the body the description names
                return Mention(inner[4:], inner_at + 4, inner_at + len(inner), "name")
            elif head in {"the", "a", "an", "who", "which", "his", "her", "its", "their", "whose", "former", "then", "now"} or inner[:1].islower() or (tail.islower() and tail.isalpha()) or PARTY_STATE.match(inner) or inner[:1].isdigit() or _capitalised_role(inner) or inner in P.POST_NOMINALS:
                cut = am.start()
                pm = _PARTY_STATE_SET_OFF.search(window, cut - 16 if cut > 16 else 0, cut)
                if pm is not None:
                    cut = pm.start()  # "Sen. Dolores Quintanilla, D-Colo., the committee's chair, posted"
                got = mention_before(text, lo, lo + cut)
                if got is not None and got.kind == "name" and text[lo + cut] == "," and "," in window[:cut]:
                    # "Sharon Whitfield, president of the Missouri State Teachers Alliance, one of the plaintiffs,
                    # said": two appositions; the name before the first, not the body named in it
                    first = mention_before(text, lo, lo + cut + 1)
                    if first is not None and first.kind == "name" and first.start < got.start and is_person_name(first.text):
                        return first
                if got is not None:
                    return got
                if head in {"the", "a", "an"}:
                    got = _sentence_opening_name(text, lo, lo + cut)
                    if got is not None:
                        return got
            elif (pm := _PLACE_PHRASE_AT_END.search(window, am.start() - 60 if am.start() > 60 else 0, am.start())) and len(inner.split()) <= 3:
                # "Jennifer Doudna of the University of California, Berkeley, called": the place after the
                # comma finishes the body's name, it is nobody's apposition
                got = mention_before(text, lo, lo + am.start())
                if got is not None and got.kind == "name" and got.start < lo + pm.start() and is_person_name(got.text):
                    return got
            window = window[:-1]
        else:
            window = window[:-1]
        if window.endswith(")"):
            window = _without_trailers(window)  # "Sen. Jack Reed (D-R.I.), said"
    window = window.rstrip(_WS)
    if not window:
        return None
    local = _union_local_at_end(window, lo)
    if local is not None:
        return local  # "The union representing the drivers, Amalgamated Transit Union Local 1590, said"
    end = lo + len(window)
    tail = len(window) - 90 if len(window) > 90 else 0  # end-anchored searches need only the last words
    m = P.PRONOUN_AT_END.search(window, _last_words_start(window, 1, tail)) \
        if window.rstrip()[-1:] in _PRONOUN_LAST_CHARS else None
    if m:
        return Mention(m.group(1), lo + m.start(1), end, "pronoun")
    wm = _WHICH_AT_END.search(window, len(window) - 30 if len(window) > 30 else 0) if window.endswith(_WHICH_ENDS) else None
    if wm is not None:
        # "the Southern Arizona Home Builders Association, which said": the body the clause is about
        got = mention_before(text, lo, lo + wm.start())
        return got if got is not None and got.kind == "name" and not is_person_name(got.text) else None
    who_lo = len(window) - 130 if len(window) > 130 else 0
    m = _WHO_AT_END.search(window, who_lo) if window.find("who", who_lo) >= 0 else None
    if m:
        # "a lecture from the Mexican president, who said": the person the relative pronoun follows,
        # subject or object (not "In Mexico City", which opens the clause that holds the object)
        np = _PERSON_NP_BEFORE_WHO.search(window, m.start() - 60 if m.start() > 60 else 0, m.start()) if m.start() > 0 else None
        if np is None and m.start() > 0 and window[m.start() - 1] == " ":
            # "to censure a Republican lawmaker who suggested …": a restrictive clause, no comma before "who"
            np = _PERSON_NP_BEFORE_WHO_NO_COMMA.search(window, m.start() - 60 if m.start() > 60 else 0, m.start())
        if np is not None and _is_role_phrase(np.group(2).lower()):
            return Mention(np.group(1), lo + np.start(1), lo + np.end(1), "descriptor")
        if np is None and m.start() > 2 and window[m.start() - 3].islower():
            owned = _OWNED_NP_BEFORE_WHO.search(window, m.start() - 60 if m.start() > 60 else 0, m.start())
            if owned is not None and not _is_role_phrase(owned.group(1).lower()):
                # "by his show’s listeners, who wondered if …": the listeners, not a name before them
                return None
        # "Trump, who spoke in Ohio on Monday, said": the relative pronoun's antecedent
        return mention_before(text, lo, lo + m.start()) if m.start() > 0 else None
    span = P.name_run_before(window, len(window))
    if span:
        raw = window[span[0]:span[1]]
        s = lo + span[0]
        # "Putin's spokesman Dmitry Peskov": the capitalised run is "Dmitry Peskov"
        # drop a leading sentence word that is not a name ("But Trump")
        words = raw.split()
        while len(words) > 1 and words[0].lower() in DAYWORDS and words[0] not in STOPLESS_HONORIFICS:
            s += len(words[0]) + 1 + (len(raw) - len(raw.lstrip()))
            raw = raw[raw.index(words[0]) + len(words[0]):].lstrip()
            words = raw.split()
        name = clean_name(raw)
        if text[s - 3 if s > 3 else 0:s] == " & ":
            # "Hollins & Reed said": the firm's whole name, not its last partner
            partner = P.name_run_before(text, s - 3, lo)
            if partner is not None and partner[1] == s - 3:
                name, s = text[partner[0]:s + len(name)], partner[0]
                words = name.split()
        ns = role_complement_end(text, s, s + len(name))
        if ns > s:
            name, s = text[ns: s + len(name)], ns  # "U.N. High Commissioner for Refugees| Anders Lindahl said"
            words = name.split()
        body_start = org_name_start(text, s, lo) if split_role(name)[1] is None else s
        if body_start < s:
            name, s = text[body_start: s + len(name)], body_start  # "University of| Michigan said"
        om = _OPEN_APPOSITION.search(text, s - 130 if s - 130 > lo else lo, s) if text[s - 9 if s - 9 > lo else lo:s].endswith(_OPEN_APPOSITION_ENDS) else None
        if om is not None:
            # "Sam Lau, the communications director for the Iowa Democratic Party said": no closing comma
            who = clean_name(om.group(1))
            ws = who.split()
            if len(ws) >= 2 and ws[0].lower() not in DAYWORDS and is_name_ok(who) and is_person_name(split_role(who)[0]):
                return Mention(who, om.start(1), om.start(1) + len(who), "name")
        om = _OFFICE_IN_BEFORE.search(text, s - 90 if s - 90 > lo else lo, s) if text[s - 4 if s - 4 > lo else lo:s] == " in " else None
        if om is not None and len(words) <= 3:
            # "the National Weather Service office in Portland said": the office speaks, not the city
            return Mention(text[om.start(1): s + len(name)], om.start(1), s + len(name), "descriptor")
        ds = _person_for_body_before(text, s, lo)
        if ds is not None:
            # "a spokeswoman for the Ministry of Justice said": the spokeswoman speaks, not the ministry
            return Mention(text[ds: s + len(name)], ds, s + len(name), "descriptor")
        link = _PERSON_OF_BODY.search(text, s - 30 if s - 30 > lo else lo, s) if len(words) <= 4 else None
        if link is None and len(words) <= 3 and text[s - 4 if s - 4 > lo else lo:s] == " in ":
            # "Lance Perrilloux of the National Weather Service in Jackson said": the person, not the
            # place where the body sits
            bspan = P.name_run_before(text, s - 4, lo)
            if bspan is not None:
                link = _PERSON_OF_BODY.search(text, bspan[0] - 30 if bspan[0] - 30 > lo else lo, bspan[0])
        if link is not None:
            # "House Speaker Paul D. Ryan of Wisconsin lamented": the person, not the place;
            # "Sgt. Luis Ortega with the Mesa Police Department said", "Professor Hélène Dubois-Marchand of
            # the Sorbonne said": the person, not the body (a name after "the" is never a person's)
            span2 = P.name_run_before(text, link.start(), lo)
            if span2 is not None and not text[span2[0] - 4 if span2[0] > 4 else 0: span2[0]].lower().endswith(("the ", "of ")):
                who = clean_name(text[span2[0]:span2[1]])
                rest = split_role(who)[0]
                if len(rest.split()) >= 2 and is_person_name(rest) and is_name_ok(rest) and who.split()[0].lower() not in DAYWORDS:
                    return Mention(who, span2[0], span2[0] + len(who), "name")
            elif span2 is not None:
                # "Judge Eleanor Vance of the U.S. District Court for the Western District of Texas wrote": the
                # person before the whole chain of a body's name, not the place that ends it
                got = _person_before_body_chain(text, span2[0], lo)
                if got is not None:
                    return got
        the = text[s - 4 if s - 4 > lo else lo:s]
        if " " not in name and the.lower() == "the " and is_demonym_phrase("the " + name):
            return Mention(the + name, s - 4, s + len(name), "descriptor")  # "Afterward the Russian said"
        if is_name_ok(name) and plausible_name(text, name, s):
            return Mention(name, s, s + len(name), "name")
        if " " not in name and not is_name_ok(name) and plausible_name(text, name, s) and _used_as_surname(text, name):
            return Mention(name, s, s + len(name), "name")  # '“…,” Jun wrote.' where the article has columnist Ai Jun
        if " " not in name and name.lower() not in DAYWORDS and (
            name.lower() in _COLLECTIVE or len(name) > 3 and name.endswith("s") and name[1:].islower()
        ):
            return Mention(name, s, s + len(name), "descriptor")  # "Demonstrators said", "Police say"
        qm = _QUANTITY_AT_END.search(window, _last_words_start(window, 8, tail))
        if qm is not None and qm.group(1)[:1].isupper():
            # "Another advised, “…”", "Most said": a capitalised quantity opening the sentence
            return Mention(qm.group(1), lo + qm.start(1), end, "descriptor")
        return None
    m = _BODY_PERSON_AT_END.search(window, _last_words_start(window, 12, tail)) if window.rstrip().endswith(_BODY_PERSON_ENDS) else None
    if m:
        # "A Bath and North East Somerset Council spokeswoman said": a body's long name before the person
        return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "descriptor")
    m = _IN_THE_KNOW_AT_END.search(window, tail) if any(w in window[tail:] for w in _IN_THE_KNOW_WORDS) else None
    if m and plausible_descriptor(m.group(2)):
        # "A senior official familiar with the matter said": a source too long for a determiner and five words
        return Mention(m.group(1), lo + m.start(1), end, "descriptor")
    m = P.DESCRIPTOR_AT_END.search(window, _last_words_start(window, 6, tail))  # a determiner and five words
    if m:
        desc = m.group(1)
        dw = desc.split()
        desc_end = end
        if len(dw) > 2 and dw[-1].endswith("ed") and dw[-1].islower() and not dw[-1].endswith("eed"):
            # "A campaign TV ad released [Thursday] accuses": the ad (not "the top seed")
            desc = desc[: desc.rindex(" ")]
            desc_end = lo + m.start(1) + len(desc)
        elif len(dw) > 3 and (k := next((i for i in range(2, len(dw)) if dw[i] in P.IRREGULAR_PAST and dw[i - 1].islower()), 0)):
            # "the GOP nominee stood up, told …": the subject of a verb before the cue, not a noun phrase with it
            desc = " ".join(dw[:k])
            desc_end = lo + m.start(1) + len(desc)
        elif len(dw) > 2 and (k := next((i for i in range(len(dw) - 2, 0, -1) if dw[i].lower() in _INNER_DETERMINERS
                                         and dw[i - 1].lower() not in _PREPOSITION_WORDS), 0)) and not (
                dw[k - 1].endswith(("ed", "s")) or dw[k - 1] in P.IRREGULAR_PAST or dw[k - 1].lower() in P.CUE_FORMS_SET):
            # "…, a nickname the chief said he did not love": a relative clause's subject after the noun it is about
            # (not "The company rejected the offer", a clause)
            cut = desc.index(" " + dw[k] + " ") + 1
            if plausible_descriptor(desc[cut:]):
                return Mention(desc[cut:], lo + m.start(1) + cut, end, "descriptor")
        if plausible_descriptor(desc):
            return Mention(desc, lo + m.start(1), desc_end, "descriptor")
        # "a voice-over in the ad states", "a welcome message on the website reads": the head noun phrase
        pm = _PP_CUT.search(desc)
        if pm is not None and pm.start() > 0 and plausible_descriptor(desc[: pm.start()]) and not _CLAUSE_BREAK.search(desc):
            head = desc[: pm.start()]
            return Mention(head, lo + m.start(1), lo + m.start(1) + len(head), "descriptor")
    co_lo = len(window) - 120 if len(window) > 120 else 0
    m = _COORDINATED_DESCRIPTOR_AT_END.search(window, co_lo) if window.find("and", co_lo) >= 0 else None
    if m and plausible_descriptor(m.group(1)) and is_role_noun(m.group(1).split()[-1].lower()):
        # "the Florida senator and Republican presidential candidate said": the first conjunct
        return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "descriptor")
    m = _COORDINATE_ADJ_NP_AT_END.search(window, _last_words_start(window, 5, tail)) if window.find(",", tail) >= 0 else None
    if m and plausible_descriptor(m.group(1)) and not any(
            w.endswith("ing") or w in INDEFINITE_PRONOUNS for w in m.group(1).split(",", 1)[1].split()) and (
            window[: m.start(1)].rsplit(None, 1)[-1:] not in ([p] for p in _PREPOSITION_WORDS)):
        # not "mocked the complaint, saying anybody who complains …": a clause, no descriptor;
        # not "In the town, shop owners warned": a phrase after a preposition ends an adverbial
        # "the bespectacled, 71-year-old diplomat said"
        return Mention(m.group(1), lo + m.start(1), end, "descriptor")
    m = _POSSESSIVE_NP_AT_END.search(window, tail) if window.find("’", tail) >= 0 or window.find("'", tail) >= 0 else None
    if m and is_role_noun(m.group(1).lower()):
        desc = m.group(0).strip()
        first = desc.split()[0]
        if first.lower() in DAYWORDS or first.lower() in PREPOSITIONS:
            desc = desc[len(first):].lstrip()
        return Mention(desc, end - len(desc), end, "descriptor")
    m = P.PLURAL_SUBJECT_AT_END.search(window, _last_words_start(window, 6, tail)) if window.rstrip().endswith("s") else None
    if m:
        desc = m.group(1)
        first = desc.split()[0]
        if first.lower() in _OPENERS_OF_A_SUBJECT and len(desc.split()) > 1:
            desc = desc[len(first):].lstrip()  # "But officials said", "When critics called", "…, where owners warned"
        before = text[end - len(desc) - 3 if end - len(desc) > 3 else 0: end - len(desc)].rstrip(" \xa0")
        if not desc.endswith(("ss", "us", "is")) and plausible_descriptor(desc) and desc.split()[0].lower() not in DAYWORDS and not any(
                w.islower() and w.endswith(("ly", "ed", "ing")) and w not in P.NOUNS_IN_LY for w in desc.split()[:-1]) and not (
                before[-1:] in "”\"" and before[-2:-1].isalnum()) and not (  # not '“Ted Cruz” campaign pins'
                desc.count(" ") == 1 and desc[:1].isupper() and (
                    desc.rsplit(None, 1)[-1] in _REACTION_VERBS or desc.rsplit(None, 1)[-1] in P.CUE_FORMS_SET)):
            return Mention(desc, end - len(desc), end, "descriptor")  # (not "Pruitt laughs, says", "which Will claims affirmed")
    m = _QUANTITY_AT_END.search(window, _last_words_start(window, 8, tail))  # "More than 10 percent of the voters"
    if m and window[: m.start(1)].rstrip().rsplit(None, 1)[-1:] not in ([w] for w in _NOT_BEFORE_QUANTITY):
        # "21 percent said", "most said", "Another tweeted", "As one employee told …"
        return Mention(m.group(1), lo + m.start(1), end, "descriptor")
    return None


#: people by nationality that do not end like most ("the Russian", "the Norwegian", "the Japanese" do)
_DEMONYMS = set("""
briton scot dane swede pole finn czech slovak serb croat turk greek thai israeli iraqi pakistani saudi kuwaiti
qatari afghan bangladeshi nepali yemeni somali kenyan ugandan ghanaian frenchman frenchwoman dutchman
dutchwoman englishman englishwoman welshman welshwoman irishman irishwoman scotsman scotswoman spaniard
argentine kiwi aussie swiss
""".split())


#: a party, a faith, a paper, a place: no nationality ("the Republican" is the party's man, named elsewhere)
_NOT_DEMONYMS = {"republican", "european", "libertarian", "christian", "anglican", "vatican", "guardian", "olympian",
                 "caribbean", "mediterranean", "pentecostal", "episcopalian", "presbyterian"}


def is_demonym_phrase(phrase: str) -> bool:
    """"the Russian", "the Dane": "the" and one capitalised word for a person of a nation."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    w = words[1].lower()
    return w in _DEMONYMS or w.endswith(("ian", "ese", "ican", "ean")) and w not in P.ROLE_HEADS and w not in _NOT_DEMONYMS


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w’'.])([A-Z][a-z]+)[ \xa0]+$")


@lru_cache(maxsize=1024)
def _used_as_surname(text: str, word: str) -> bool:
    """Does the article write ``word`` (a common word: "From", "Jun", "King") as the last part of a
    person's name, after a given name or mid-sentence after another capitalised word ("Al From",
    "columnist Ai Jun", "Billie Jean King")?"""
    for i in occurrences(text, word, limit=1 << 30):
        if text[i + len(word): i + len(word) + 1] in ("’", "'"):
            continue
        m = _CAPITALISED_WORD_BEFORE.search(text, i - 40 if i > 40 else 0, i)
        if m is None:
            continue
        first = m.group(1).lower()
        if first in DAYWORDS or first in P.TITLE_SET or first in P.ROLE_HEADS:
            continue
        if P.given_name_gender(first):
            return True
        before = text[m.start() - 2 if m.start() > 2 else 0: m.start()]
        if len(before) == 2 and before[1] in " \xa0" and before[0].islower():
            return True
    return False


#: people who speak for a body or person: "a spokesman for Maersk", "one official at the ministry"
PEOPLE_FOR_A_BODY = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials",
                     "executive", "executives", "lawyer", "lawyers", "attorney", "attorneys", "source", "sources",
                     "aide", "aides", "adviser", "advisers", "employee", "employees", "member", "members",
                     "reporter", "reporters", "correspondent", "correspondents", "analyst", "analysts",
                     "economist", "economists", "researcher", "researchers", "strategist", "strategists"}

_PERSON_FOR_BODY_BEFORE = re.compile(
    r"(?=[AaTtOoSs])(?:^|(?<=[\s“\"‘(]))((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,2}?([a-z][a-z\-]+))"
    r"(?:[ \xa0]+(?:close|closest|familiar|loyal))?"  # "a source close to Holloway", "one aide loyal to the mayor"
    r"[ \xa0]+(?:for|of|at|with|from|to|in)[ \xa0]+(?:[Tt]he[ \xa0]+)?"  # ("a reporter for The Associated Press")
    r"(?:(?:[A-Z][\w’'\-.]*[ \xa0]+)+(?:of|for|on)[ \xa0]+(?:the[ \xa0]+)?)?$"  # "the Ministry of Justice"
)

_BODY_OPENS = (" for ", " of ", " at ", " with ", " from ", " the ", " The ", " to ", " in ")

#: a body's local office before the place it sits in: "the National Weather Service office in "
_OFFICE_IN_BEFORE = re.compile(
    r"(?:^|(?<=[\s“\"‘(]))((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \xa0]+(?:[\w’'\-.]+[ \xa0]+){0,4}?"
    r"(?:office|bureau|branch|headquarters|embassy|consulate|mission))[ \xa0]+in[ \xa0]+$")

#: people named by a plural without a determiner, for the body, place or person they work for or with:
#: "Lawyers for Trump", "Health officials in Texas", "Aides to Biden", "Researchers at Stanford University"
_PLURAL_FOR_BODY_BEFORE = re.compile(
    r"(?:^|(?<=[\s“\"‘(]))((?:[A-Za-z][a-z\-]+[ \xa0]+)?([A-Za-z][a-z\-]+s))"
    r"(?:[ \xa0]+(?:close|closest|familiar|loyal))?"  # "Sources close to Holloway"
    r"[ \xa0]+(?:for|at|to|in|with|from|of)[ \xa0]+(?:the[ \xa0]+)?$"
)
#: people who speak for someone else or are told apart by where they are (beyond PEOPLE_FOR_A_BODY and
#: -er/-or/-ist nouns)
_PEOPLE_FOR_SOMEONE = {"aides", "allies", "officials", "attorneys", "doctors", "experts", "scientists", "analysts",
                       "economists", "diplomats", "envoys", "delegates", "staffers", "associates", "colleagues",
                       "friends", "relatives", "democrats", "republicans", "activists", "residents", "students",
                       "workers", "negotiators", "prosecutors", "investigators", "officers", "agents",
                       # kin speak for the dead, the missing and the accused: "the family of Tyre Nichols"
                       "family", "parents", "mother", "father", "widow", "widower", "wife", "husband", "son",
                       "daughter", "brother", "sister", "sons", "daughters", "brothers", "sisters", "children",
                       # and anyone told apart by where they are: "a man in Texas", "one woman at the rally"
                       "man", "woman", "men", "women", "people", "person", "boy", "girl", "teenager", "teenagers"}

#: "Ryan of Wisconsin", "Ortega with the Mesa Police Department": a person's place or body after the name
#: a person's name, then "of the" or "with the" opening a body's name: "Eleanor Vance of the| U.S. District Court"
_PERSON_THEN_BODY = re.compile(NAME_START + r"(" + P.NAME_RUN + r")[ \xa0]+(?:of|with|from|at)[ \xa0]+the[ \xa0]+(?=[A-Z])")
#: what a body's name may hold between its capitalised words: "Court for the Western District of"
_BODY_CHAIN = re.compile(r"(?:[A-Z][\w.’'\-]*|of|for|the|and|&|on)(?:[ \xa0]+(?:[A-Z][\w.’'\-]*|of|for|the|and|&|on))*[ \xa0]*")


def _person_before_body_chain(text: str, at: int, lo: int) -> Mention | None:
    """The person named before a body's name that runs on to ``at`` ("Eleanor Vance of the U.S. District
    Court for the| Western District"), if that name is a person's of two words or more."""
    for m in _PERSON_THEN_BODY.finditer(text, at - 120 if at - 120 > lo else lo, at):
        if _BODY_CHAIN.fullmatch(text, m.end(), at):
            who = clean_name(m.group(1))
            rest = split_role(who)[0]
            if len(rest.split()) >= 2 and is_person_name(rest) and is_name_ok(rest) and who.split()[0].lower() not in DAYWORDS:
                return Mention(who, m.start(1), m.start(1) + len(who), "name")
            return None
    return None


_PERSON_OF_BODY = re.compile(r"[ \xa0](?:(of)|(?:of|with)[ \xa0]+the" + P.BODY_KIND + r")[ \xa0]$")


_FOR_SOMEONE_LINKS = {"for", "to", "at", "with", "from", "in", "of"}


def _speaks_for_someone(noun: str) -> bool:
    """Is ``noun`` a person (or people) who may speak for someone else: "lawyer", "aides", "officials"?"""
    return (noun in PEOPLE_FOR_A_BODY or noun in _PEOPLE_FOR_SOMEONE or is_role_noun_of_person(noun)
            or noun.endswith("s") and is_role_noun_of_person(noun[:-1]))


def _person_for_body_before(text: str, s: int, lo: int = 0) -> int | None:
    """Where "a spokesman for " starts when the name at ``s`` is the body someone speaks for."""
    if not text[s - 6 if s - 6 > lo else lo: s].endswith(_BODY_OPENS):
        return None
    m = _PERSON_FOR_BODY_BEFORE.search(text, s - 70 if s - 70 > lo else lo, s)
    if m is not None and _speaks_for_someone(m.group(2)):
        return m.start(1)
    m = _PLURAL_FOR_BODY_BEFORE.search(text, s - 50 if s - 50 > lo else lo, s)
    if m is None:
        return None
    if not _speaks_for_someone(m.group(2).lower()):
        return None
    start = m.start(1)
    first = m.group(1).split()[0]
    if first != m.group(2) and (first.lower() in DAYWORDS or first.lower() in SUBORDINATORS):
        start = m.start(2)  # "But officials in Texas", "When aides to Biden": the connective is no part of it
    opening = start == lo or text[start - 3 if start - 3 > lo else lo: start].rstrip(" \xa0“\"‘(")[-1:] in (".", "!", "?", "\n", "")
    return start if text[start].islower() or opening else None


_OPEN_APPOSITION = re.compile(
    NAME_START + r"(?:^|(?<=[\s“\"‘(]))(" + P.NAME_RUN + r"),[ \xa0]+(?:the|a|an)[ \xa0]+[^,;:“”\"()]{1,80}?[ \xa0](?:for|of|at|with)[ \xa0]+(?:the[ \xa0]+)?$"
)

_OPEN_APPOSITION_ENDS = tuple(f" {p} {t}" for p in ("for", "of", "at", "with") for t in ("", "the "))

_COORDINATED_DESCRIPTOR_AT_END = re.compile(
    r"(?=[TtAa])(?:^|(?<=^[\s“\"‘])|(?<=[,;:(—–][ \xa0]))((?:[Tt]he|[Aa]n?)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[\w’'\-]+)[ \xa0]+and[ \xa0]+(?:[A-Za-z][\w’'\-]*[ \xa0]+){0,3}[a-z][\w\-]*$"
)

INDEFINITE_PRONOUNS = {"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "no-one"}

_COORDINATE_ADJ_NP_AT_END = re.compile(r"(?:^|(?<=[\s“\"‘]))((?:[Tt]he|[Aa]n?)[ \xa0]+[a-z][\w\-]*,[ \xa0]+(?:[a-z0-9][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*)$")

#: prepositions, as words written capitalised or not: "In the town, …"
_PREPOSITION_WORDS = PREPOSITIONS | {p.capitalize() for p in PREPOSITIONS}

_NOT_BEFORE_QUANTITY = (PREPOSITIONS - {"as", "while", "when", "if", "although", "though", "because"}) | {"what", "that", "than"}

_PP_CUT = re.compile(r"\s(?:in|at|from|of|for|with|on(?=\s+(?:the|a|an|his|her|its|their)\s))\s")

_QUANTITY_AT_END = re.compile(
    r"(?=[AaFfHhJjLlMmNnOoRrSs\d])"  # (how its words open: a test before the look-behinds)
    r"(?:^|(?<=[\s“\"‘(]))("
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Oo]ver|[Mm]ore than|[Ff]ewer than|[Ll]ess than)\s+)?"
    r"\d[\d,.]*\s*(?:percent|%|in\s+(?:\d+|ten))(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*s)?(?![\w\-])"
    r"|(?:[Mm]ost|[Mm]any|[Oo]thers|[Aa]nother|[Ss]ome|[Ff]ew|[Ss]everal|[Hh]alf)(?:\s+of\s+(?:them|those|the\s+[a-z][\w\-]*s))?(?![\w\-])"
    r"|(?:[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]+\s+)?[a-z][\w\-]+"
    r")\s*$"
)

_ROLE_NAME_AT_START = re.compile(r"\s*+((?:[a-z0-9][\w\-’'./]*+\s++){1,5}?)" + NAME_START + r"(" + P.NAME_RUN + r")")

_POSSESSIVE_NP_AT_END = re.compile(r"(?=[A-Z])(?:(?<=\s)|^)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*[’']s?\s+(?:[a-z][\w\-]+\s+){0,2}?([a-z][\w\-]+)\s*$")

#: ("who" first, then the look-behind for a blank, a comma or the start before it: a literal the search skips to)
_WHO_AT_END = re.compile(r"who(?<![^\s,]who)(?:\s+[^,]{0,100},|(?:\s+[a-z]+){1,5})?\s*$")
_WORDS_AFTER_WHICH = ("also", "later", "then", "earlier", "previously", "has", "had")
#: how a window ending in a body's relative clause ends (tested before the search)
_WHICH_ENDS = ("which",) + _WORDS_AFTER_WHICH
#: a body's relative clause right before the cue: "the … Association, which| said"
_WHICH_AT_END = re.compile(r",[ \xa0]+which(?:[ \xa0]+(?:" + "|".join(_WORDS_AFTER_WHICH) + r"))?[ \xa0]*$")

#: a noun phrase with its (last) article right before ", who": "the Mexican president, "
_NP_WITH_ARTICLE = r"(?<![\w’'\-])((?:the|a|an)[ \xa0]+((?:(?!(?:the|a|an)[ \xa0])[\w’'\-]+[ \xa0]+){0,3}?[a-z][a-z\-]+))"
_PERSON_NP_BEFORE_WHO = re.compile(_NP_WITH_ARTICLE + r",[ \xa0]*$", re.I)
#: the same before a restrictive "who", with no comma: "a Republican lawmaker| who suggested"
_PERSON_NP_BEFORE_WHO_NO_COMMA = re.compile(_NP_WITH_ARTICLE + r"[ \xa0]+$", re.I)

#: a possessed noun phrase right before ", who": "his show’s listeners, ", "Trump’s voters, "
_OWNED_NP_BEFORE_WHO = re.compile(r"(?:(?<![\w’'\-])(?:his|her|their|its|our|my|your)|[’']s?)[ \xa0]+((?:[\w’'\-]+[ \xa0]+){0,2}?[a-z][a-z\-]+),[ \xa0]*$")

_CONTRACTION = re.compile(r"[’'](?:ll|m|re|ve|d|t)$", re.I)

NOT_IN_DESCRIPTOR = set("""
that when which who whom whose where while if as than then because since after before during until
in on at to by from into onto over under about against between through without within upon
and or but nor so yet is was are were be been being has have had do does did will would can could
should may might must not no never also just only even it he she they we i you this these those
there here said says say told tells added""".split())


#: "and" inside a body's name: "a Customs and Border Protection spokesperson", "a Food and Drug Administration official"
_AND_IN_A_NAME = re.compile(r"\b([A-Z][\w’'\-]*) and (?=[A-Z][a-z])")


_CLOSE_WORDS = {"close", "closest", "loyal", "near"}


#: words that open a verb's object: "rejected |the offer"
_OBJECT_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}


def plausible_descriptor(desc: str) -> bool:
    words = (_AND_IN_A_NAME.sub(r"\1 &", desc) if " and " in desc else desc).lower().split()  # (the search tries every offset)
    if len(words) > 6 or len(desc) > 70 or _CLAUSE_BREAK.search(desc):
        return False
    if len(words) in (3, 4) and words[0] == "the" and words[-1].isdigit() and words[-2] in ("no", "no."):
        return True  # a rank: "the world No 1", "the former No. 2"
    if any(w.strip(",.") in NOT_IN_DESCRIPTOR and not (w == "to" and words[i] in _CLOSE_WORDS) for i, w in enumerate(words[1:])):
        return False  # (but "a source close to the player", "an aide loyal to the mayor")
    head = words[-1]
    if head.endswith(("ly", "ing")) and head not in P.NOUNS_IN_LY or not head.isalpha() and "-" not in head:
        return False
    if any(w.endswith("ed") and words[i + 2] in _OBJECT_OPENERS for i, w in enumerate(words[1:-1])):
        return False  # "The company rejected the offer": a clause, its verb and object
    if head in NOT_IN_DESCRIPTOR or head in PREPOSITIONS or head in {"a", "an", "the"}:
        return False  # "The evidence for the [last claim]", "[this reporter] has [revealed]"
    if head in _NOT_SPEAKER_HEADS or words[0].endswith("ing"):
        return False  # "The day before", "The question", "Holding signs"
    return True


#: head nouns for a time, an event, an idea, a feeling or a result: a sentence's subject, never a speaker
#: ("The music seemed to match …", "The anxiety about Trump … was underscored")
ABSTRACT_HEADS = frozenset("""
timeline period era season occasion scene performance notion notions narrative theory concept belief feeling
feelings fear fears hope hopes anxiety anxieties optimism pessimism frustration frustrations anger outrage mood
sentiment taste rejection outcome effect impact consequence consequences test strategy approach attempt effort
place places area lie lies truth music look glance browse
word words term terms phrase phrases slogan slogans motto buzzword ago
""".split())


def is_abstract_descriptor(desc: str) -> bool:
    """"The first taste", "Frustrations at Carson’s inability": a phrase for no one who could speak."""
    words = desc.lower().split()
    return bool(words) and words[-1] in ABSTRACT_HEADS


#: head nouns of phrases that open sentences but never speak
_NOT_SPEAKER_HEADS = set("""
day days week weeks month months year years night nights morning afternoon evening time times moment
point fact question questions issue issues problem problems idea ideas thing things way ways reason
result results kind sort part end start beginning
""".split())

#: a past-tense verb (or a cue) right after a sentence-initial word: the word is its subject
_VERB_NEXT = re.compile(r"[ \xa0]+(?:(?:on|last|this|late|early)[ \xa0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                        r"|week|month|year|morning|night)(?:[ \xa0]+(?:morning|afternoon|evening|night))?[ \xa0]+)?"  # "Vance on Thursday lobbed"
                        r"(?:(?:[a-z]+ly|also|then|later|again|never|even|once|first|himself|herself|itself|themselves)[ \xa0]+)?(?:[a-z]{2,}ed|said|says|told|tells|wrote|writes|has|had|was|is|will|would"
                        r"|went|came|made|took|gave|got|kept|left|began|spoke|sat|stood|ran|met|held|brought|thought"
                        r"|felt|found|knew|saw|heard|won|lost|hit|led|sent|spent|became|chose|drew|fought|sought|struck)\b")
#: a speech verb right after the word, with nothing between and no passive after ("Boeing said", not
#: "Having said that" or "Reportedly said to be")
_SPEECH_VERB_NEXT = re.compile(r"[ \xa0]+(?:said|says|told|tells)\b(?![ \xa0]+to\b)")
_WHO_NEXT = re.compile(r",[ \xa0]+(?:who|which)[ \xa0]")
_AUXILIARY_GERUNDS = {"having", "being", "getting", "needless", "enough"}
#: how abstract nouns end, and hardly a surname (a word of seven letters or more)
_ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ism", "ness", "ship", "hood")


def plausible_name(text: str, name: str, at: int) -> bool:
    """Reject sentence-initial ordinary words ("Walking", "We’ll") taken for names."""
    words = name.split()
    if ("’" in name or "'" in name) and any(_CONTRACTION.search(w) for w in words):
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
        # (or the word is a surname: "… Tate was less pleased" after "American Lauren Tate")
        return bool(P.find_cues(text, at, min(len(text), at + len(name) + 25))) or _written_after_given_name(text, words[0]) or (
            # "…” Kessler led with his signature line": a past-tense verb of its own follows
            not words[0].endswith(("ing", "ly", "ed", "s")) and _VERB_NEXT.match(text, at + len(name)) is not None)
    w = words[0]
    if len(w) >= 7 and w.endswith(_ABSTRACT_NOUN_ENDINGS) and not _written_after_given_name(text, w):
        return False  # "Production will move to …", "Leadership has …": an abstract noun, whatever verb follows
    if not w.endswith(("ing", "ly", "ed")) and _VERB_NEXT.match(text, at + len(name)):
        return True  # "Cruz openly admitted …", "Carson defied …": a past-tense verb follows
    if not w.endswith("s") and _WHO_NEXT.match(text, at + len(name)):
        return True  # "Musk, who bought Twitter, said", "Novarden, which makes …, said": a relative pronoun follows a name
    if w.lower() not in _AUXILIARY_GERUNDS and _SPEECH_VERB_NEXT.match(text, at + len(name)):
        return True  # "Boeing said", "Kelly told": no gerund or adverb is the subject of "said"
    for i in word_offsets(text, w)[:200]:
        j = i - 1
        if j > 0 and text[j] in " \xa0" and (text[j - 1].islower() or text[j - 1] == ","):
            return True
    return _written_after_given_name(text, w)  # a surname: "Tate" after "American Lauren Tate"


@lru_cache(maxsize=256)
def _written_after_given_name(text: str, word: str) -> bool:
    """Does the article write ``word`` right after a known given name ("Lauren Tate")? (``text`` hashes once.)"""
    return any(i > 1 and text[i - 1] in " \xa0" and _given_name_before(text, i - 1) for i in word_offsets(text, word)[:200])


def _given_name_before(text: str, end: int) -> bool:
    """Is the word ending at ``end`` a capitalised known given name?"""
    k = end
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:end]
    return word[:1].isupper() and (P.given_name_gender(word) is not None or given_names.gender(word) is not None)


#: the rest of a role written with "of" or "for" before a name: "Secretary| of State John Kerry", "Commissioner| for Refugees …"
_OF_ROLE_NAME = re.compile(r"[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?(" + P.NAME_RUN + r")")

#: a name set off after a descriptor: "the police spokesperson, Inspector Jane Atieno,"
_NAME_APPOSITION_AFTER = re.compile(r",[ \xa0]+(" + P.NAME_RUN + r")(?=[ \xa0]*(?:[.,;:!?]|$))")
#: an apposition that names the person outright: "said one witness, a bus driver named Colm Reilly."
_NAMED_APPOSITION_AFTER = re.compile(
    r",[ \xa0]+(?:an?|the)[ \xa0]+(?:[\w\-’']+[ \xa0]+){0,4}?named[ \xa0]+(" + P.NAME_RUN + r")(?=[ \xa0]*(?:[.,;:!?]|$))")

#: an apposition that gives only a first name: "said one organizer, a junior who gave only her first name, Leila."
_FIRST_NAME_APPOSITION_AFTER = re.compile(
    r",[ \xa0]+(?:an?|the)[ \xa0]+(?:[\w\-’']+[ \xa0]+){0,12}?(?:first|given)[ \xa0]+name,?[ \xa0]+([A-Z][a-z]+)(?=[ \xa0]*(?:[.,;:!?]|$))")

_INDEFINITE = {"a", "an", "one", "another"}

#: lower-case role words after a name, then a name set off by commas: "the Vatican| spokesman, Paolo Rossi"
_ROLE_THEN_NAME = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*)" + _NAME_APPOSITION_AFTER.pattern)

_LOWER_WORD_NEXT = re.compile(
    r"[ \xa0]+(?!(?:familiar|close|involved|briefed|aware)\b)[a-z]+(?<!ed)(?=[ \xa0]*(?:[,.;:!?)—–]|$)|[ \xa0]+(?:who|in|at|from|for|with|on|of|outside|close|familiar|speaking)\b)")

#: lower-case role words and a name after an organisation: "Hartley Foods chief executive Ben Sowerby"
#: a rank's class before a name: " 1st Class Marisela Ocampo"
_CLASS_OF_RANK_NAME = re.compile(r"[ \xa0]+\d(?:st|nd|rd|th)[ \xa0]+Class[ \xa0]+(" + P.NAME_RUN + r")")
_LOWER_ROLE_NAME = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){1,3})(" + P.NAME_RUN + r")")


def _is_role_phrase(words: str) -> bool:
    """"chief executive", "spokesman", "party leader": words naming a post, ending in a person noun."""
    ws = words.split()
    head = ws[-1]
    return not any(w in NOT_IN_DESCRIPTOR or w in PREPOSITIONS or w.endswith(("ed", "ing", "ly")) for w in ws) and (
        head in P.ROLE_HEADS or head in P.FALSE_TITLES or head in _ROLE_PHRASE_HEADS or is_role_noun_of_person(head))


#: people's posts that are no title before a name: "Olympic champion Ana Duarte", "Rovers boss Tim Hale"
_ROLE_PHRASE_HEADS = {"champion", "star", "boss", "head", "legend", "winner", "chief", "veteran", "source"}


_DANGLING = {"a", "an", "the", "any", "all", "each", "is", "was", "are", "were", "and", "or", "but", "that"}


#: "Jr." or "Sr." inside a capitalised run, and the word after it: "Cal Ripken Jr.| The"
_GENERATION_THEN_WORD = re.compile(r"[ \xa0]((?:Jr|Sr)\.)[ \xa0]+([\w’']+)")

#: quotation marks that open a nickname inside a name, and the mark that closes each
_NICKNAME_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


#: adjectives that follow an anonymous source with their "with" or "to": "familiar with", "close to"
_IN_THE_KNOW_ADJECTIVES = {"familiar", "close", "closest", "knowledgeable", "privy", "briefed", "involved", "loyal"}


#: an unnamed person opening the sentence, then a restrictive "who" clause (no comma before it) that runs to
#: the comma before the cue: "A Republican strategist| who has worked …, and who spoke …,"
_UNNAMED_WHO_OPENING = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][”\"’][ \xa0]))((?:[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+(?:[\w\-’']+[ \xa0]+){0,3}?([a-z][a-z\-]+))"
    r"[ \xa0]+who[ \xa0][^.!?;“”\"]*,$")


#: nouns for anyone, whom a clause after them tells apart: "one person who …", "a woman who …"
_ANYONE_HEADS = {"person", "man", "woman", "resident", "voter", "worker", "user", "reader", "employee", "member", "parent",
                 "student", "viewer", "caller", "listener", "customer", "patient", "neighbor", "neighbour"}
#: the same with no commas round the clause, after a sentence's opening phrase too: "…, one person who said they worked there wrote"
_UNNAMED_WHO_RESTRICTIVE = re.compile(
    r"(?:^|(?<=[.!?,][ \xa0])|(?<=[.!?][”\"’][ \xa0]))((?:[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+(?:[\w\-’']+[ \xa0]+){0,3}?([a-z][a-z\-]+))"
    r"[ \xa0]+who[ \xa0][^.!?;,“”\"]*$")


#: what someone does as they speak, in the present tense, shaped like a plural noun: "Pruitt laughs, says …"
_REACTION_VERBS = frozenset("laughs smiles grins nods shrugs pauses sighs frowns winces chuckles smirks gestures".split())


#: a role after an owner's name, and the name set off after it: "Trump’s| spokeswoman, Hope Hicks"
_OWNED_ROLE_AFTER = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*)(?:,?[ \xa0]+(" + P.NAME_RUN + r")(?=[,.;:!?]|$))?")


def name_after_lower_role(text: str, at: int, hi: int) -> Mention | None:
    """The person named after a body or place and a lower-case role, the body's name ending at ``at``:
    "Freedom Forward Action| president Dennis Hale", "Arizona Republican Senate| nominee Kyle Dunmore", or
    set off after it: "The Milwaukee| police chief, Raymond Odum,"."""
    rm = _LOWER_ROLE_NAME.match(text, at, hi) or _LOWER_ROLE_THEN_APPOSED_NAME.match(text, at, hi)
    return _name_after_lower_role(rm) if rm is not None else None


#: a lower-case role, then the name set off by commas: "| police chief, Raymond Odum,"
_LOWER_ROLE_THEN_APPOSED_NAME = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*),[ \xa0]+(" + P.NAME_RUN + r"),")


def _name_after_lower_role(rm: re.Match) -> Mention | None:
    """The person's name a ``_LOWER_ROLE_NAME`` match ends with, when its lower-case words are a role."""
    if not _is_role_phrase(rm.group(1)):
        return None
    name = clean_name(rm.group(2))
    if len(name.split()) >= 2 and is_name_ok(name) and is_person_name(name):
        return Mention(name, rm.start(2), rm.start(2) + len(name), "name")
    return None


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
    if m and m.group(1).endswith(("’s", "'s")) and (pm := _OWNED_ROLE_AFTER.match(text, lo + m.end(1), hi)) is not None \
            and _is_role_phrase(pm.group(1)):
        # '“…,” said Trump’s spokeswoman, Hope Hicks', '“…,” argued Ellery’s attorney, Victor Salas': the one set off
        # after the owner's role, or the role itself; not the owner
        if pm.group(2) and is_name_ok(name := clean_name(pm.group(2))) and is_person_name(split_role(name)[0]):
            return Mention(name, pm.start(2), pm.start(2) + len(name), "name")
        return Mention(text[lo + m.start(1):pm.end(1)], lo + m.start(1), pm.end(1), "descriptor")
    if m and (jm := _GENERATION_THEN_WORD.search(m.group(1))) and (
            jm.group(2).lower() in DAYWORDS or jm.group(2).lower() in _PRONOUN_WORDS):
        # '…," said Cal Ripken Jr. The crowd cheered': the stop of "Jr." ends the sentence too
        m = P.NAME_AT_START.match(window[: m.start(1) + jm.end(1)])
    if m:
        om = _OF_ROLE_NAME.match(text, lo + m.end(1), hi)
        if om is not None:
            # "said Secretary of State John Kerry", "noted Bank of Ghana Governor Kojo Asante": the name
            # that ends the role, not the role's first word
            bare = split_role(om.group(1))[0]
            if bare == om.group(1):
                # "said U.N. High Commissioner for Refugees Anders Lindahl": the name after the role's last words
                ns = role_complement_end(text, om.start(1), om.end(1))
                bare = text[ns:om.end(1)]
            if bare != om.group(1) and len(bare.split()) >= 2 and is_person_name(bare) and is_name_ok(bare):
                s = om.end(1) - len(bare)
                return Mention(bare, s, s + len(bare), "name")
        cm = _CLASS_OF_RANK_NAME.match(text, lo + m.end(1), hi)
        if cm is not None:
            # "said Petty Officer 1st Class Marisela Ocampo": the name after the rank's class
            name = clean_name(cm.group(1))
            if is_name_ok(name) and is_person_name(name):
                return Mention(name, cm.start(1), cm.start(1) + len(name), "name")
        rm = _LOWER_ROLE_NAME.match(text, lo + m.end(1), hi)
        if rm is not None and rm.group(1).split()[-1] == "and" and len(rm.group(1).split()) > 1 and _is_role_phrase(
                rm.group(1).rsplit(None, 1)[0]):
            # "said Quillworks co-founder and CEO Ayesha Rahman-Cole": two posts, the second a title
            bare = split_role(clean_name(rm.group(2)))[0]
            if bare != clean_name(rm.group(2)) and len(bare.split()) >= 2 and is_person_name(bare) and is_name_ok(bare):
                s = rm.end(2) - len(bare)
                return Mention(bare, s, s + len(bare), "name")
        if rm is not None and (found := _name_after_lower_role(rm)) is not None:
            # "said Hartley Foods chief executive Ben Sowerby", "said Labour leader Keir Dalton": the
            # organisation and the role come before the name
            return found
        raw = m.group(1)
        body_end = org_name_end(text, lo + m.start(1), lo + m.end(1), hi)
        if body_end > lo + m.end(1):
            raw = text[lo + m.start(1): body_end]  # "said the Department| of Justice"
        name = clean_name(raw)
        if is_name_ok(name) and name.split()[0].lower() not in {"the", "a", "an"}:
            s = lo + m.start(1)
            e = lo + m.end(1)
            if text[e + 1:e + 2] in _NICKNAME_MARKS and text[e:e + 1] == " ":
                # 'said Anthony “Tony” Russo': the surname after the nickname ends the name
                # (the nickname's marks end the window ``hi``: look past them)
                close = text.find(_NICKNAME_MARKS[text[e + 1]], e + 2, e + 30)
                sm = P.NAME_AT_START.match(text, close + 1, close + 40) if close > 0 else None
                if sm is not None and text[close + 1:close + 2] == " " and text[e + 2:close][:1].isupper():
                    # the surname as written; its full form leaves the nickname out (article_names)
                    return Mention(sm.group(1), sm.start(1), sm.end(1), "name")
            return Mention(name, s, s + len(name), "name")
        if name.split()[0].lower() == "the" and len(name.split()) > 1:
            s = lo + m.start(1)
            # "said the Norwegian": a person by nationality, not a name
            return Mention(name, s, s + len(name), "descriptor" if is_demonym_phrase(name) else "name")
    m = _ROLE_NAME_AT_START.match(window)
    if m and not any(w in NOT_IN_DESCRIPTOR for w in m.group(1).split()):
        name = clean_name(text[lo + m.start(2): org_name_end(text, lo + m.start(2), lo + m.end(2), hi)])  # "said the Department| of Justice"
        if is_demonym_phrase(m.group(1) + name):
            return Mention(m.group(1).strip() + " " + name, lo + m.start(1), lo + m.start(2) + len(name), "descriptor")
        lead = m.group(1).split()
        if len(lead) >= 3 and lead[-1] == "the" and lead[-2] in _FOR_SOMEONE_LINKS and _speaks_for_someone(lead[-3]) or (
                len(lead) >= 2 and lead[-1] in _FOR_SOMEONE_LINKS and _speaks_for_someone(lead[-2])):
            # "said a lawyer for Trump", "said lawyers for the family": they speak, not the one they speak for
            s, e = lo + m.start(1), lo + m.start(2) + len(name)
            am = _NAME_APPOSITION_AFTER.match(text, e, hi)
            if am is not None and " " in (apposed := clean_name(am.group(1))) and is_person_name(split_role(apposed)[0]):
                return Mention(apposed, am.start(1), am.start(1) + len(apposed), "name")  # "…, Sybrina Fulton"
            return Mention(text[s:e], s, e, "descriptor")
        if lead[0] in _INDEFINITE and _LOWER_WORD_NEXT.match(text, lo + m.start(2) + len(name), hi):
            pass  # "said a White House official", "said one Westminster source": the name is a modifier
        elif m.group(1) == "the " and (am := _ROLE_THEN_NAME.match(text, lo + m.start(2) + len(name), hi)) is not None \
                and _is_role_phrase(am.group(1)) and " " in (bare := split_role(clean_name(am.group(2)))[0]) \
                and is_person_name(bare) and is_name_ok(bare):
            # "said the Vatican spokesman, Paolo Rossi": the name set off after the role is the speaker
            name = clean_name(am.group(2))
            return Mention(name, am.start(2), am.start(2) + len(name), "name")
        elif (rm := _LOWER_ROLE_NAME.match(text, lo + m.start(2) + len(name), hi)) is not None and (
                found := _name_after_lower_role(rm)) is not None:
            return found  # "said former Massachusetts congressman Barney Frank": the place is no speaker
        elif is_name_ok(name):
            s = lo + m.start(2)
            return Mention(name, s, s + len(name), "name")
    m = P.DESCRIPTOR_AT_START.match(window)
    if m:
        desc = m.group(1)
        words = desc.lower().split()
        if len(words) > 2 and words[-1] in _IN_THE_KNOW_ADJECTIVES:
            desc = desc.rsplit(None, 1)[0]  # "a senior official familiar| with the budget", "a source close| to her"
        elif len(words) > 3 and words[-1] in {"the", "a", "an"} and words[-2] in PREPOSITIONS:
            # "the authors of the “Growth and Opportunity Project”": the noun phrase runs into a quoted title
            desc = desc[: desc.lower().rindex(" " + words[-2] + " ")]
        elif words[-1] in PREPOSITIONS or words[-1] in _DANGLING:
            return None  # "her record as secretary of", "a court document filed by": not a noun phrase
        s = lo + m.start(1)
        am = _NAME_APPOSITION_AFTER.match(text, s + len(desc), hi) or _NAMED_APPOSITION_AFTER.match(text, s + len(desc), hi)
        fm = _FIRST_NAME_APPOSITION_AFTER.match(text, s + len(desc), hi) if am is None else None
        if fm is not None and is_name_ok(fm.group(1)) and fm.group(1).lower() not in DAYWORDS:
            # "said one organizer, a junior who asked to be identified only by her first name, Leila,"
            return Mention(fm.group(1), fm.start(1), fm.end(1), "name")
        if am is not None:
            # "pleaded her mother, Jennifer Wambui.", "according to the police spokesperson, Inspector Jane Atieno, …"
            name = clean_name(am.group(1))
            if is_name_ok(name) and " " in split_role(name)[0] and is_person_name(split_role(name)[0]):
                return Mention(name, am.start(1), am.start(1) + len(name), "name")
        # "a spokesman for Trump": keep the noun phrase, drop the of/for phrase
        return Mention(desc, s, s + len(desc), "descriptor")
    return None


_LOWER_OR_HYPHEN = frozenset("abcdefghijklmnopqrstuvwxyz-")


def role_word_before(text: str, start: int) -> str | None:
    """The lower-case word right before ``start`` ("spokesman" in "Kremlin spokesman |Dmitry Peskov").

    What ``re.search(r"(?:^|[\\s(])((?:[\\w’'\\-]+\\s+){0,3}?)([a-z][a-z\\-]+)\\s+$", text, start - 60, start)``
    gives as its group 2, found by stepping back from ``start`` instead of retrying the search at
    every offset: blanks, then a run of [a-z-] (two characters or more, opening with a letter)
    after a blank or "(" inside the window, or at the start of the text.
    """
    lo = start - 60 if start > 60 else 0
    end = start
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == start:
        return None
    i = end
    while i > lo and text[i - 1] in _LOWER_OR_HYPHEN:
        i -= 1
    if end - i < 2 or text[i] == "-":
        return None
    if i > lo:
        ok = text[i - 1].isspace() or text[i - 1] == "("
    else:
        ok = i == 0
    return text[i:end] if ok else None


def occurrences(text: str, word: str, limit: int = 60):
    """Offsets where ``word`` occurs as a whole word (str.find, no regex compile)."""
    n = len(word)
    last = len(text) - n  # the offset of a word that ends the text
    find = text.find
    i = find(word)
    found = 0
    while i >= 0 and found < limit:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i < last else " "
        if not (before.isalnum() or before in "-'’" or after.isalnum() or after == "-"):
            found += 1
            yield i
        i = find(word, i + n)


@lru_cache(maxsize=1024)
def word_offsets(text: str, word: str) -> tuple[int, ...]:
    """Every offset :func:`occurrences` yields, with no limit: found once per article and word, since several
    rules look up the same name (``text`` hashes once). Its first ``n`` are ``occurrences(text, word, n)``."""
    return tuple(occurrences(text, word, len(text) + 1))


def is_place(name: str) -> bool:
    words = name.split()
    return bool(words) and (" ".join(bare_word(w) for w in words) in PLACES or bare_word(words[-1]) in GEOGRAPHIC_WORDS)


_WORD_NEXT = re.compile(r"[ \xa0]+([a-z][a-z\-]+)")


def role_follows(text: str, at: int) -> bool:
    m = _WORD_NEXT.match(text, at)
    return m is not None and (m.group(1) in P.ROLE_HEADS or is_role_noun_of_person(m.group(1)))


@lru_cache(maxsize=8192)
def is_person_name(name: str) -> bool:
    words = name.split()
    if any(bare_word(w) in P.ORG_WORDS for w in words):
        return False
    key = " ".join(bare_word(w) for w in words)
    if key in PLACES or key in KNOWN_ORGANISATIONS or words and bare_word(words[-1]) in GEOGRAPHIC_WORDS:
        return False  # "San Francisco", "Pennsylvania Avenue", "Sirius XM": never a he or she
    if len(words) > 1 and bare_word(words[-1]) in P.COMPANY_NAME_WORDS:
        return False  # "Vantage Research", "Mapleford Foods": a company
    if words and all(w.isupper() for w in words) and len(name) > 1:
        return False  # CNN, NRA; a dateline's SAN ANTONIO
    if words and words[0].lower() == "the":
        return False
    if len(words) >= 2 and words[0] in _STORM_WORDS:
        return False  # "Hurricane Katrina", "Tropical Storm Alberto": weather, though named like a person
    if len(words) >= 2 and words[-1] in ("Day", "Eve", "Night") and bare_word(words[0]) in _DAYS_NAMED_FOR:
        return False  # "Election Day", "Christmas Eve": a date ("Doris Day" is a person)
    return True


_STORM_WORDS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Superstorm"}

#: what holidays and election dates are named for: "Election Day", "Labor Day", "Super Tuesday" aside
_DAYS_NAMED_FOR = {"election", "labor", "labour", "memorial", "independence", "christmas", "thanksgiving", "veterans",
                   "presidents", "inauguration", "primary", "boxing", "easter", "valentine", "remembrance", "armistice",
                   "new", "caucus", "debate", "opening", "polling", "budget"}


def without_adverb_the(words: str) -> str:
    m = _ADVERB_THE.match(words)
    return words[m.end():] if m else words


def is_dayword_run(name: str) -> bool:
    """"Thursday" in "Gowdy earlier Thursday said": a date, so the subject is the name before it."""
    return all(bare_word(w) in DAYWORDS for w in name.split())


def is_role_noun_of_person(head: str) -> bool:
    """Nouns for people by what they do ("his co-author", "her predecessor"): -er/-or/-ist/-ant forms."""
    return head.endswith(("er", "or", "ist", "ant", "ent")) and head not in _NOT_NOUNS_FOR_PEOPLE and len(head) > 4


#: words shaped like nouns for people by what they do: things, adjectives ("the former governor") and
#: adverbs ("The Utah Republican later told")
_NOT_NOUNS_FOR_PEOPLE = frozenset("""letter order paper statement comment member
former senior junior minor major inner outer upper lower prior
later earlier never ever further rather together after other either however whatever""".split())


def is_role_noun(w: str) -> bool:
    if not w.isalpha() or len(w) < 3 or w in NOT_IN_DESCRIPTOR or w in P.CUE_FORMS_SET:
        return False
    return not w.endswith(("ly", "ed", "ing"))


SUBORDINATORS = {"when", "after", "as", "while", "before", "if", "because", "since", "until", "although",
                 "though", "unless", "once", "whenever"}

#: words that open a clause before its plural subject: "But officials said", "…, where owners warned"
_OPENERS_OF_A_SUBJECT = SUBORDINATORS | {"but", "and", "where"}

#: "There, the district GOP Chairman Chuck Williams declined …": an adverb and "the" may open the role
_ADVERB_THE = re.compile(r"\s*[“\"‘(]?" + P.SENTENCE_ADVERB + r",\s+the\s+")

_NOT_ROLE_WORDS = NOT_IN_DESCRIPTOR | (PREPOSITIONS - {"of"}) | {"a", "an", "the", "her", "his", "their", "its", "my", "our",
                                                        "your", "around", "through", "into", "across", "toward", "towards",
                                                        "whether", "if", "why", "how", "what", "when", "where"}


#: past participles that open a sentence with what was put to its subject: "Told of Harcourt’s comments, Wierzbicki laughed"
OPENING_PARTICIPLES = ("Asked", "Told", "Pressed", "Questioned", "Reached", "Confronted", "Informed", "Shown", "Challenged",
                       "Contacted")


def role_words_ok(words: str, all_words: bool = False) -> bool:
    """Words before a name that can be its role ("Former Pennsylvania governor"), not a phrase
    ("Making her way around Chez Vachon, …", "Told of Harcourt’s comments, …")."""
    ws = words.split()
    for k, w in enumerate(ws):
        if not all_words and not w.islower():
            if w.endswith("ing") and w[:1].isupper() or k == 0 and w in OPENING_PARTICIPLES:
                return False  # a participle opening the sentence
            continue
        if w == "and" and 0 < k < len(ws) - 1 and is_role_noun_of_person(ws[k + 1]):
            continue  # "DJ and producer Samir Haddou", "singer and songwriter Ada Vance"
        if w in _NOT_ROLE_WORDS or w.endswith("ed"):
            return False
    return True
