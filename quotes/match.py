"""Pure text matching for look-ups: a quote's corroboration key, full-text query terms, fuzzy scores."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from itertools import combinations

from rapidfuzz import fuzz, utils

_WORD = re.compile(r"\w+", re.UNICODE)
# Words that tell quotes apart too little to be worth a full-text term.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say""".split()
)
SHORTER_SLACK = 0.75  # a stored text this much shorter than a who-said query still counts in full
TERM_PREFIX = 5  # "stabilising" and "stabilizing" share "stabi"; so do "control", "controlled"
MAX_TERMS = 6


def fold(text: str) -> str:
    """Case-folded, accents removed: the form every comparison here works on."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():  # most news text: nothing to strip
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_quote(text: str) -> str:
    """The words of a quote without case, accents, punctuation or spacing differences."""
    return " ".join(_WORD.findall(fold(text)))


def quote_key(text: str, normalised: str | None = None) -> str:
    """Same key for the same words however an outlet punctuated them: groups corroborating sources.

    ``normalised`` is normalise_quote(text), when the caller has it already.
    """
    words = normalise_quote(text) if normalised is None else normalised
    return hashlib.sha1(words.encode("utf-8")).hexdigest()


def query_terms(query: str) -> list[str]:
    """The most telling word stems of a half-remembered quote, longest first, at most MAX_TERMS.

    Only letters and digits survive, so a term is always safe inside an FTS5 or tsquery expression.
    """
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(query)):
        word = word.replace("_", "")
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        seen.setdefault(word[:TERM_PREFIX])
    return sorted(seen, key=len, reverse=True)[:MAX_TERMS]


def relaxations(terms: list[str]) -> list[list[tuple[str, ...]]]:
    """Ever looser term sets: all the terms, then every set missing one, down to half of them.

    A misremembered quote has a wrong or extra word or two; requiring most (not all) of its terms
    finds the original without matching every quote that shares one common word.
    """
    if not terms:
        return []
    smallest = max(1, (len(terms) + 1) // 2)
    return [list(combinations(terms, size)) for size in range(len(terms), smallest - 1, -1)]


def similarity(query: str, text: str) -> float:
    """0-100: how well a half-remembered query matches a stored quote (word order, typos, partial recall)."""
    q, t = utils.default_process(fold(query)), utils.default_process(fold(text))
    if not q or not t:
        return 0.0
    whole = fuzz.token_sort_ratio(q, t)
    # token_set_ratio is 100 whenever one side's words are a subset of the other's, so a one-word
    # quote ("reserve") would tie with the whole sentence the user half-remembers: a stored text much
    # shorter than the query (a quarter of slack, for words the user added) can't be what they remember.
    overlap = fuzz.token_set_ratio(q, t) * min(1.0, len(t) / (SHORTER_SLACK * len(q)))
    part = fuzz.partial_ratio(q, t) if len(q) < len(t) else whole
    # The small share of the whole-text ratio breaks ties between quotes that contain the same
    # remembered words in favour of the one that is nearest to them in length.
    return round(0.9 * max(whole, 0.6 * overlap + 0.4 * part) + 0.1 * whole, 1)
