"""Names within one article: the longest full form of a name and the gender its article gives it.

``Peskov`` is the article's ``Dmitry Peskov``; ``Russian President Vladimir Putin`` is
``Vladimir Putin`` with the role kept apart; a headline's ``Understated Perez`` is no form.
Gender comes from titles, given names and the pronouns that follow each name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ..names import KNOWN_ORGANISATIONS, ORGANISATION_WORDS
from . import given_names
from . import patterns as P
from .context import ArticleContext, para_of
from .mentions import (
    DAYWORDS,
    GENERATION_ENDS,
    ORG_HEADS_WITH_OF,
    PREPOSITIONS,
    STOPLESS_HONORIFICS,
    described_before_given_name,
    is_person_name,
    is_role_noun_of_person,
    occurrences,
    role_before_complement,
    role_complement_end,
    role_word_before,
    split_role,
    word_offsets,
)


def _without_headline_words(name: str) -> str:
    """'ROLL TIDE Alabama', 'ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan': a run that opens with two
    or more words in capitals (a newsletter's headline run into its item) before Title Case words is those words."""
    words = name.split()
    k = 0
    while k < len(words) and len(words[k]) > 1 and words[k].isalpha() and words[k].isupper():
        k += 1
    return " ".join(words[k:]) if 2 <= k < len(words) else name


#: a company's legal form, which its canonical name goes without: "Brannock Foods Inc." is "Brannock Foods"
_LEGAL_FORMS = {"Inc", "Corp", "Co", "Ltd", "LLC", "L.L.C", "Plc", "PLC", "plc", "LP", "L.P", "AG", "SA", "S.A", "NV", "N.V", "GmbH"}


def without_legal_form(name: str) -> str:
    """"Brannock Foods Inc." -> "Brannock Foods", "Morgan Stanley & Co." -> "Morgan Stanley"."""
    last = name.rsplit(None, 1)
    if len(last) == 2 and last[1].rstrip(".") in _LEGAL_FORMS:
        return last[0].rstrip(" ,&")
    return name


def canonical_name(ctx: ArticleContext, name: str, at: int | None = None) -> tuple[str, str | None]:
    """Longest full form of a name in the article, and the role written with it; a company's without
    its legal form ("Inc.", "Ltd", "plc"), so that "Brannock Foods Inc." and "Brannock Foods" are one.

    With ``at``, a full form first written before ``at`` is preferred: news names a person in
    full before the surname alone, so "Trump" early on is not the "Ivanka Trump" of a later paragraph.
    """
    if name[:2].isupper() and name.count(" ") >= 2:
        name = _without_headline_words(name)
    words = name.split()
    if len(words) > 2 and _linked_body_name(words):
        # "Bank of America", "Centers for Disease Control and Prevention", "American Federation of Teachers":
        # no role, no surname
        return without_legal_form(name), None
    if len(words) == 2 and words[0].lower() in _GIVEN_NAME_TITLES and words[1][:1].isupper():
        full = _titled_given_name(ctx, words[0], words[1])
        if full is not None:
            return full, words[0]  # "Sister Agnes" of "Sister Agnes Muir"
    if len(words) == 1 and 2 <= len(name) <= 6 and name.isupper() and name.isalpha():
        full = ctx.canon_cache.get("()" + name)
        if full is None:
            full = ctx.canon_cache["()" + name] = (_acronym_expansion(ctx.text, name), None)
        if full[0]:
            return full  # "The FAA … said" where the article names the Federal Aviation Administration
    last = _particle_lowered(words[-1]) if words else ""
    forms = _forms_of(ctx, last) if words else {}
    if at is not None:
        firsts = _full_form_firsts(ctx, last, forms)
        before = bisect_left(firsts, at)  # how many full forms are first written before ``at``
        if len(words) == 1 and before > 1 and firsts[before - 1] >= ctx.paras[para_of(ctx, at)][0]:
            # "Her mother, Gina Marchetti, said … “…,” Marchetti said" after "Zoe Marchetti": a relative
            # sharing the surname, named in full just now, is the one meant
            newest = next(f for f, v in forms.items() if v[2] == firsts[before - 1])
            if is_person_name(newest) and _given_name_gender(newest) is not None and not newest.startswith("Al "):
                return newest, forms[newest][1]
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


_ORG_LINKS = {"of", "for", "on"}


def _linked_body_name(words: list[str]) -> bool:
    """Does a body's head word, among the first three words, go on with "of", "for" or "on" ("Bank| of America",
    "American Federation| of Teachers", "U.S. Department| of Agriculture")? Not when a title follows inside
    ("U.S. Department of Agriculture Secretary Tom Vilsack": a person) or a known given name does."""
    if words[0].lower() in ORG_HEADS_WITH_OF and words[1] in _ORG_LINKS:
        return True
    for i in (1, 2):
        if i + 2 < len(words) and words[i + 1] in _ORG_LINKS and words[i].lower() in ORG_HEADS_WITH_OF:
            return not any(w.lower().rstrip(".") in P.ROLE_HEADS for w in words[i + 2:-1]) and not any(
                P.given_name_gender(w) for w in words[i + 2:])
    return False


#: a run of capitalised words, "of", "for", "and", "on", "the" and "&" allowed between them: "Federal Aviation
#: Administration", "Department of Health and Human Services"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'\-]*(?:[ \xa0]+(?:(?:of|for|and|on|the|&)[ \xa0]+){0,2}[A-Z][\w’'\-]*)*")
_RUN_LINKS = {"of", "for", "and", "on", "the", "&"}


@lru_cache(maxsize=4)
def _capitalised_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of every run of two capitalised words or more in ``text`` (found once per article)."""
    return tuple(tuple(w.removesuffix("’s").removesuffix("'s").rstrip("’'") for w in m.group().split())
                 for m in _CAPITALISED_RUN.finditer(text) if " " in m.group())  # "… Administration’s", "… Matter’"


_WORD_AND_LINKS = re.compile(r"[\w’'\-]*[ \xa0]+(?:(?:of|for|and|on|the|&)[ \xa0]+){0,2}")


def _spells_pair(text: str, first: str, second: str) -> bool:
    """Does a word opening with the capital ``first`` come right before one opening with ``second``, links
    allowed between ("F… A…", "D… of H…")?"""
    i = text.find(first)
    while i >= 0:
        m = _WORD_AND_LINKS.match(text, i + 1)
        if m is not None and text.startswith(second, m.end()):
            return True
        i = text.find(first, i + 1)
    return False


def _acronym_expansion(text: str, acronym: str) -> str:
    """The name an acronym stands for, as the article writes it ("Federal Aviation Administration" for
    "FAA", "Department of Health and Human Services" for "HHS"): the words of a capitalised run whose
    initials, links left out, spell it (a body's head word linked before them kept); the most frequent
    such name, or "" if there is none."""
    n = len(acronym)
    if n > 1 and not _spells_pair(text, acronym[0], acronym[1]):
        return ""  # (no two capitalised words spell its first two letters: no run to look through)
    found: dict[str, int] = {}
    for words in _capitalised_runs(text):
        if acronym[0] not in "".join(w[0] for w in words):
            continue
        sig = [i for i, w in enumerate(words) if w not in _RUN_LINKS]
        for k in range(len(sig) - n + 1):
            window = [words[i] for i in sig[k:k + n]]
            if "".join(w[0] for w in window) == acronym and all(not w.isupper() for w in window):
                first = sig[k]
                if k > 0 and sig[k - 1] < first - 1 and words[sig[k - 1]].lower() in ORG_HEADS_WITH_OF:
                    first = sig[k - 1]  # "HHS" is the "Department of| Health and Human Services"
                full = " ".join(words[first: sig[k + n - 1] + 1])
                found[full] = found.get(full, 0) + 1
    return max(found, key=found.get) if found else ""


def _full_form_firsts(ctx: ArticleContext, last: str, forms: dict[str, tuple[int, str | None, int]]) -> list[int]:
    """The first offsets of the full forms (two words or more) in ``forms``, the forms of ``last``: sorted, found once."""
    firsts = ctx.firsts_cache.get(last)
    if firsts is None:
        firsts = sorted(first for full, (_, _, first) in forms.items() if " " in full)
        ctx.firsts_cache[last] = firsts
    return firsts


def _forms_of(ctx: ArticleContext, last: str) -> dict[str, tuple[int, str | None, int]]:
    """The article's full forms ending in the word ``last`` (see :func:`_full_forms`), found once."""
    forms = ctx.forms_cache.get(last)
    if forms is None:
        if not (last[:1].isupper() and len(last) > 1 or last.startswith(P._ARTICLE_JOINED)):
            return {}
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
        bare_is_person = is_person_name(bare)
        # "Rasmussen" alone is a pollster, but the article's "Cody Rasmussen" is a person named so
        surname_of_a_body = not bare_is_person and len(words) == 1 and " ".join(_particled_words(bare)).lower() in KNOWN_ORGANISATIONS
        counts: dict[str, int] = {}
        roles: dict[str, str | None] = {}
        sizes: dict[str, int] = {}  # how many words each form has
        particled = _particled_words(bare)
        for full_bare, (n, full_role, _) in forms.items():
            # the full form must contain every word of the short form ("Van der Berg" opening a
            # sentence is "Frans van der Berg")
            if not particled <= _particled_words(full_bare):
                continue
            size = len(full_bare.split())
            if size == len(words) or (
                    is_person_name(full_bare) if bare_is_person
                    else not is_person_name(full_bare) or _given_name_gender(full_bare) or surname_of_a_body):
                # "Trump" is not "Team Trump"; a place is a person only with a first name ("Steve Israel",
                # not a heading's "Winning Iowa")
                counts[full_bare] = n
                roles[full_bare] = full_role
                sizes[full_bare] = size
        if role and len(counts) > 1:
            # "President Obama" is the Obama written with that role, not the more frequent Michelle
            head = role.split()[-1].lower().rstrip(".")
            gender = "f" if head in P.FEMALE_TITLES else "m" if head in P.MALE_TITLES else None
            fitting = {f: n for f, n in counts.items() if sizes[f] > len(words) and (
                       roles[f] and roles[f].split()[-1].lower().rstrip(".") == head
                       or gender and _given_name_gender(f) == gender)}
            if fitting:
                counts = fitting
        if len(words) == 1 and any(sizes[f] > 1 for f in counts):
            # "Michelle Obama" is not the "Mr. Obama" the article writes about throughout
            honorific = _honorific_gender(ctx, words[-1])
            if honorific:
                counts = {f: n for f, n in counts.items() if _given_name_gender(f) in (None, honorific)}
        if not bare.endswith(GENERATION_ENDS):
            # "Trump" where the article names both Donald Trump and Donald Trump Jr.: the one without "Jr."
            counts = {f: n for f, n in counts.items() if not (f.endswith(GENERATION_ENDS) and f[:-4] in counts)}
        if counts:
            # longest form; among equally long ones the most frequent
            best = max(counts, key=lambda k: (sizes[k] > len(words), counts[k] if sizes[k] > 1 else 0, sizes[k]))
            if sizes[best] < len(words):
                best = bare
            best_role = role or roles.get(best)
    if len(words) == 1 and best == bare and _bare_is_person_name(bare):
        # No full form ends with the short form, but one starts with it:
        # - "Mr Tan" of "Tan Wei Ming", "Ms Indranee" of "Indranee Rajah": the name an honorific without
        #   a full stop takes is the first word of the full form (Singaporean and Malaysian style);
        # - "Ambassador Li Wei … Li said", "leader Kim Jong-un … Kim": the family name first, when one
        #   such form is written after a role;
        # - "Valentina Cruz … Valentina said": a known given name, when one such form is written at all
        if role in STOPLESS_HONORIFICS:  # not American "Mr. Xi", left as written
            first = _forms_starting_with(ctx, bare)
        else:
            first = _forms_starting_with(ctx, bare)
            if not _given_name_gender(bare) and bare.lower() not in FAMILY_NAMES_FIRST:
                # with a role before it, or a body's name: "Mapleford said" after "Mapleford Foods recalled …"
                first = {f: v for f, v in first.items() if v[1] or _names_a_company(f)}
            first = first if len(first) == 1 else {}
        if first:
            best = max(first, key=lambda k: (first[k][0], len(k)))
            best_role = role or first[best][1]
    if " " in best:
        best = _with_second_surname(ctx.text, best)
    title = best_role.split()[-1] if best_role else ""
    if title.lower() in _REGNAL_TITLES and _REGNAL_NAME.fullmatch(best):
        best = f"{title} {best}"  # "Pope Francis", "King Charles III": the title is part of the name
    return without_legal_form(best), best_role


def _names_a_company(full: str) -> bool:
    """Does ``full`` end with a word that names a company ("Mapleford Foods", "Vantic Systems")?"""
    return full.rsplit(None, 1)[-1].lower().rstrip(".") in P.COMPANY_NAME_WORDS


#: common family names of peoples who write them first ("Wang Jianguo … Wang said", "Nguyen Thi Lan",
#: "Varga Zsófia"): such a word alone stands for the one full form opening with it, with a role or not
FAMILY_NAMES_FIRST = set("""
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng liang xie tang han feng deng
cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su ding ren shen yao xue lei zhong qian
kim choi jung jeong kang cho yoon jang lim seo shin kwon hwang ahn ryu jeon baek
nguyen tran pham hoang huynh phan vu vo dang bui ngo duong
nagy kovacs kovács toth tóth szabo szabó horvath horváth varga molnar molnár nemeth németh farkas balogh
""".split())

#: a second surname after a name: "Carmen Quispe| Huamán", "Andrés Manuel López| Obrador"
_SECOND_SURNAME = re.compile(r"[ \xa0]([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?![\w’'-]|\.\w|[ \xa0][A-Z])")


@lru_cache(maxsize=1024)
def _with_second_surname(text: str, name: str) -> str:
    """``name`` with the second surname the article writes after it every time ("Carmen Quispe" is
    "Carmen Quispe Huamán" when that is how she is always named in full), as Spanish and Portuguese names go
    (found once per article and name: ``text`` hashes once)."""
    seconds = set()
    for i in occurrences(text, name, 20):
        m = _SECOND_SURNAME.match(text, i + len(name))
        if m is None:
            return name
        if not _in_heading(text, i):  # not a headline's "Retired General Reveals …"
            seconds.add(m.group(1))
    if len(seconds) != 1:
        return name
    second = seconds.pop()
    word = second.lower()
    if word in DAYWORDS or word in P.TITLE_SET or word in P.ORG_WORDS or word in ORGANISATION_WORDS or not is_person_name(f"{name} {second}"):
        return name  # "Rachel Maddow Show"
    return f"{name} {second}"


#: titles that monarchs and popes are known by together with one name: "Pope Francis", not "Francis"
_REGNAL_TITLES = {"pope", "king", "queen", "prince", "princess", "emperor", "empress"}
#: one given name, with an ordinal: "Francis", "Charles III", "Benedict XVI"
_REGNAL_NAME = re.compile(r"[A-Z][a-z]+(?: [IVX]+)?")


@lru_cache(maxsize=8192)
def _particle_lowered(word: str) -> str:
    """A name's particle as written inside the name: "Van" and "Al-Hassan" opening a sentence are
    "van" and "al-Hassan"."""
    if word[:1].isupper() and (word.lower() in P._CONNECT_WORDS or word[:3].lower() in P._ARTICLE_JOINED):
        return word[0].lower() + word[1:] if "-" in word[:3] else word.lower()
    return word


@lru_cache(maxsize=8192)
def _particled_words(name: str) -> frozenset[str]:
    """The words of a name, particles as written inside it (see :func:`_particle_lowered`)."""
    return frozenset(_particle_lowered(w) for w in name.split())


#: titles written before a given name alone, in religious, family and sports copy: "Sister Agnes", "Uncle Joe"
_GIVEN_NAME_TITLES = {"sister", "brother", "father", "mother", "aunt", "auntie", "uncle", "coach", "pastor", "imam"}


#: one or two capitalised words after a given name, a full stop allowed after them ("Agnes| Muir.")
_SURNAME_AFTER = re.compile(r"(?:[ \xa0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}(?![\w’'-]|\.\w|[ \xa0][A-Z])")


def _titled_given_name(ctx: ArticleContext, title: str, given: str) -> str | None:
    """The full name a title and given name stand for: "Agnes Muir" for "Sister Agnes" when the article
    writes "Sister Agnes Muir" (or, with no such form, one full name opening with "Agnes"); found once."""
    key = "^^" + title + " " + given
    if key in ctx.starts_cache:
        return next(iter(ctx.starts_cache[key]), None)
    text = ctx.text
    titled: set[str] = set()
    other: set[str] = set()
    for i, full, _ in _names_opening_with(text, given, _SURNAME_AFTER):
        (titled if text[max(0, i - len(title) - 1):i] == title + " " else other).add(full)
    got = next(iter(titled)) if len(titled) == 1 else next(iter(other)) if not titled and len(other) == 1 else None
    ctx.starts_cache[key] = {got: (1, title)} if got is not None else {}
    return got


def _names_opening_with(text: str, first: str, after: re.Pattern) -> Iterator[tuple[int, str, list[str]]]:
    """Person (or company) names written as ``first`` and the capitalised words ``after`` matches, outside headings:
    (offset, full name, the words after ``first``)."""
    for i in word_offsets(text, first)[:40]:
        m = after.match(text, i + len(first))
        if m is None or _in_heading(text, i):
            continue
        rest = m.group().split()
        full = first + " " + " ".join(rest)
        if any(w.lower() in DAYWORDS or w.lower() in P.TITLE_SET for w in rest) and not _names_a_company(full):
            continue  # (but "Riverbend Health": "health" is a title word in "Health Secretary")
        if is_person_name(full) or _names_a_company(full):  # "Brennan| Industries" stands for "Brennan said" too
            yield i, full, rest


@lru_cache(maxsize=256)
def _title_end(text: str) -> int:
    """End of the headline on the first line; -1 when that line is a lede, not a headline: a sentence of
    more than 17 words (longer than nearly every headline), mostly lower case ("North Korean leader Kim Jong Un oversaw the test … on Thursday.")."""
    le = text.find("\n")
    words = text[:le].split()
    if len(words) > 17 and text[:le].rstrip()[-1:] in ".!?\"”" and sum(w[:1].isupper() for w in words) < 0.5 * len(words):
        return -1
    return le


def _bare_is_person_name(word: str) -> bool:
    return word[:1].isupper() and len(word) > 1 and is_person_name(word) and word.lower() not in DAYWORDS


#: one to three plain capitalised words after a name's first word ("Tan| Wei Ming")
_GIVEN_AFTER = re.compile(r"(?:[ \xa0][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-z][a-zß-öø-ÿ]+)?){1,3}(?![\w’'-]|\.\w|[ \xa0][A-Z])")


def _forms_starting_with(ctx: ArticleContext, first: str) -> dict[str, tuple[int, str | None]]:
    """Full forms that begin with ``first`` where nothing but a role stands before it ("Former MP
    Tan Wei Ming"), when the article never writes a full form ending in it: count and role (found once)."""
    key = "^" + first
    got = ctx.starts_cache.get(key)
    if got is None:
        got = ctx.starts_cache[key] = _find_forms_starting_with(ctx.text, first)
    return got


def _find_forms_starting_with(text: str, first: str) -> dict[str, tuple[int, str | None]]:
    forms: dict[str, tuple[int, str | None]] = {}
    title_end = _title_end(text)
    for i, full, rest in _names_opening_with(text, first, _GIVEN_AFTER):
        if i < title_end or any(w.lower() in P.ROLE_HEADS for w in rest):
            continue  # a headline's "Clinton Stays Close to Obama"
        if not _names_a_company(full) and any(next(occurrences(text, w.lower(), 1), None) is not None for w in rest):
            continue  # "President Obama Speech at …" in a caption: the article writes "speech" as a word too
            # (not "Riverbend Health" in an article on health records: a company's word is a word too)
        span = P.name_run_before(text, i + len(first), max(0, i - 90))
        before_bare, role = split_role(text[span[0]:span[1]]) if span else (first, None)
        if before_bare != first and before_bare.endswith(" " + first) and all(
                w.lower() in _NO_NAME_OPENERS for w in before_bare.split()[:-1]):
            before_bare = first  # "When Valentina Cruz walked …": the sentence's opening word is no part of the name
        if before_bare != first:
            continue  # "Nicholas Tan Wei": the word is not the first of this name
        if role is None:
            word = role_word_before(text, i)  # "North Korean leader Kim Jong-un"
            role = word if word in P.ROLE_HEADS else None
        n, r = forms.get(full, (0, None))
        forms[full] = (n + 1, r or role)
    return forms


#: words that open a question or headline, never a name, beyond the sentence words of DAYWORDS
#: ("Is Sanders …?", "Maybe Trump …"): "Perhaps Trump", "Asks Sanders"
_NOT_NAME_OPENERS = {"might", "must", "perhaps", "stated", "asks", "tells",
                     # and a letter's or a speaker's address: "Tell Walter I am fine", "Dear Walter", "Thank you, …"
                     "tell", "ask", "let", "thank", "thanks", "dear", "hey", "hi", "hello", "please", "congratulations"}

#: words that open a capitalised run before a name but are no part of it
_NO_NAME_OPENERS = DAYWORDS | PREPOSITIONS | _NOT_NAME_OPENERS

_KIN_WORDS = {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "grandmother", "grandfather"}


def _full_forms(text: str, last: str) -> dict[str, tuple[int, str | None, int]]:
    """Every capitalised run in ``text`` that ends with the word ``last``: count, role and first offset.

    A headline's (or Title Case heading's) run counts for the body's full form it ends with, and
    as a form of its own only when the body never writes the name in full or it opens with a first
    name: "Is Sanders finally …", "Understated Perez raises …" are no names."""
    forms: dict[str, tuple[int, str | None, int]] = {}
    title_forms: dict[str, tuple[int, str | None, int]] = {}
    title_end = _title_end(text)
    for i in word_offsets(text, last)[:60]:
        into = title_forms if i < title_end else forms
        # most mentions follow a lower-case word ("said Trump"): the form is the word itself (not
        # after a particle: "Frans van der Berg")
        after_word = i > 0 and text[i - 1] in " \xa0"
        if after_word:
            # back to the blank before the word before: the last space (str.rfind, not a loop over
            # characters), unless another blank is nearer (every blank but the space is unprintable)
            j = text.rfind(" ", 0, i - 1)
            word_before = text[j + 1:i - 1]
            if not word_before.isprintable():
                j = i - 2
                while j >= 0 and text[j] not in " \t\n\xa0":
                    j -= 1
                word_before = text[j + 1:i - 1]
        span = None
        if after_word and text[i - 2] in _NICKNAME_OPENER and text[i - 3] not in ",.!?":  # not '…,” Okafor said'
            # 'Marcus "Bullet" Okafor', 'Dwayne “The Hammer” Reyes': the nickname is no part of the full form
            span = _name_before_nickname(text, i - 2)
        if span is None and (not after_word or not word_before[:1].isupper() and word_before not in P._CONNECT_WORDS):
            n, r, first = into.get(last, (0, None, i))
            into[last] = (n + 1, r, first)
            continue
        full = None
        if span is not None:
            full = text[span[0]:span[1]] + " " + last
        else:
            span = P.name_run_before(text, i + len(last), max(0, i - 90))
            if span is None:
                continue
            full = text[span[0]:span[1]]
        complement_role = None
        ns = role_complement_end(text, span[0], span[1])
        if ns > span[0]:
            # "U.N. High Commissioner for Refugees Anders Lindahl": the role's last words are no part of the name
            complement_role = role_before_complement(text, span[0], ns)
            span, full = (ns, span[1]), text[ns:span[1]]
        if into is forms and _in_heading(text, i):
            into = title_forms
        fw, full_role, opens_run = _run_name_words(full)
        full_role = full_role or complement_role
        if len(fw) > 2 and (opens_run and role_opening_sentence(text, span[0], fw[0]) or described_before_given_name(fw)):
            fw = fw[1:]  # "Sprinter Amara Okafor, 22, won …", "Pilot Karen Doyle landed …", "Eight-year-old Zoe Marchetti"
        if not fw or fw[-1] != last or len(fw) > 4:
            continue
        full_bare = " ".join(fw)
        if len(fw) > 1:
            cm = _CONNECTED_SURNAME_AFTER.match(text, i + len(last))
            if cm is not None:
                full_bare += " " + cm.group().strip()  # "Luiz Inácio Lula| da Silva": the name goes on after "Lula"
            gm = _GENERATION_AFTER.match(text, i + len(last))
            if gm is not None:
                full_bare += " " + gm.group(1)  # "Robert Downey| Jr.": "Downey said" is the son, not a "Robert Downey"
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
        elif " " in f and not _given_name_gender(f) and any(c in f for c in "’'"):
            continue  # "Obama: I’m Optimistic Americans Will …": a headline's words, no one's name
        n0, r0, first0 = forms.get(f, (0, None, first))
        forms[f] = (n0 + n, r0 or r, min(first, first0))
    return forms


@lru_cache(maxsize=8192)
def _run_name_words(run: str) -> tuple[tuple[str, ...], str | None, bool]:
    """The words of the name a capitalised run ends with, the role written with it, and whether
    the name still opens the run (found once: an article writes the same run again and again)."""
    bare, role = split_role(run)
    fw = bare.split()
    while fw and fw[0].lower() in _NO_NAME_OPENERS:
        fw = fw[1:]  # "Despite Santilli's …", "Is Sanders Being …?" are Santilli and Sanders
    # "U.S. While Clinton" (a sentence ran on after an abbreviation), "More Important Than Obama"
    for k in range(len(fw) - 2, -1, -1):
        if fw[k].lower() in _RUN_BREAKS:
            fw = fw[k + 1:]
            break
    while len(fw) > 1 and fw[0].lower() in _KIN_WORDS:
        fw = fw[1:]  # "… And Wife Huma Abedin"
    return tuple(fw), role, bool(fw) and run.split()[0] == fw[0]


#: a connector and a capitalised word that go on with a name: " da Silva", " van der Merwe"
_CONNECTED_SURNAME_AFTER = re.compile(r"(?:[ \xa0]+" + P._CONNECT + r"{1,2}[A-Z][\w’'\-]+)+")

#: a generation written after a full name: " Jr.", " Sr." (not " III": the scorer judges a speaker by its last word)
_GENERATION_AFTER = re.compile(r"[ \xa0]((?:Jr|Sr)\.)(?![\w’'-])")

#: the mark that opens a nickname, by the mark that closes it
_NICKNAME_OPENER = {"”": "“", '"': '"', "’": "‘", "'": "'"}


def _name_before_nickname(text: str, close: int) -> tuple[int, int] | None:
    """The name run before a nickname in quotation marks that closes at ``close``: the span of
    'Marcus' in 'Marcus "Bullet" Okafor' (one to three capitalised words quoted, on one line), or None."""
    opener = _NICKNAME_OPENER[text[close]]
    o = text.rfind(opener, max(0, close - 30), close)
    if o < 2 or text[o - 1] != " ":
        return None
    words = text[o + 1:close].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or "\n" in text[o:close]:
        return None
    return P.name_run_before(text, o - 1, max(0, o - 90))


def role_opening_sentence(text: str, at: int, word: str) -> bool:
    """Is ``word`` at ``at`` a common noun for a person, capitalised only because it opens the sentence?
    (a role-shaped noun, "Sprinter", or one the article also writes in lower case, "Pilot" / "the pilot")"""
    before = text[max(0, at - 3): at].rstrip(" \xa0“\"‘")
    if before and before[-1] not in ".!?\n" or _given_name_gender(word):
        return False
    low = word.lower()
    return low.isalpha() and (is_role_noun_of_person(low) or low in P.ROLE_HEADS or next(occurrences(text, low, 1), None) is not None)


_RUN_BREAKS = DAYWORDS | PREPOSITIONS | {"than", "about", "against", "over", "into", "regarding", "neither", "either"}


def _in_heading(text: str, i: int) -> bool:
    """Is offset ``i`` in a Title Case line ("17 Of The Most Powerful Things Latinos Said In 2015")?"""
    return _is_heading_line(text, text.rfind("\n", 0, i) + 1)


@lru_cache(maxsize=4096)
def _is_heading_line(text: str, ls: int) -> bool:
    le = text.find("\n", ls)
    words = text[ls: le if le >= 0 else len(text)].split(None, 20)  # a 21st item: too long for a heading
    return 3 <= len(words) <= 20 and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= 0.8 * len(words)


_OTHER_NAME = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")

#: he, his, himself, she, her, hers, herself as a whole word, in any case (not "him": an object after a
#: name is someone else, as in "Dr. Carys Morgan said the response saved him"): what
#: ``re.compile(r"\b(he|his|himself|she|her|hers|herself)\b", re.I)`` finds, written to open with the
#: letters an "h" or "s" matches ignoring case, so that ``re`` skips to them (a pattern that opens with
#: ``\b``, or ignores case throughout, is tried at every offset of the window)
_PRONOUN_GENDER = re.compile(r"([HhSsſ](?<!\w[HhSsſ])(?:(?<=[Hh])(?i:e|is|imself|er|ers|erself)|(?<=[Ssſ])(?i:he)))\b")


def gender_of(ctx: ArticleContext, canonical: str, role: str | None) -> str | None:
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
        if g is not None and " " not in canonical and _opposite_votes(ctx, canonical, g):
            g = "f" if g == "m" else "m"  # "Ambrose said she …": a surname that is also a given name, never given in full
    if g is None and " " in canonical:
        g = given_names.gender(canonical.split(None, 1)[0])  # "Sherrod Brown", "Gilda Ruiz": the longer lists
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
        male, female = _honorifics_before(ctx.text, surname) if _writes_honorifics(ctx.text) else (0, 0)
        got = "m" if male > female else "f" if female > male else None
        ctx.honorifics[surname] = got
    return got


@lru_cache(maxsize=4)
def _writes_honorifics(text: str) -> bool:
    """Does the article write Mr, Mrs or Ms at all? (asked once per article, not once per surname; one
    regex search, not a search of the whole text for each)"""
    return _MR_OR_MS.search(text) is not None


_MR_OR_MS = re.compile("M[rs]")


def _honorifics_before(text: str, surname: str) -> tuple[int, int]:
    """How often "Mr. " or "Mr " (male) and "Mrs. ", "Ms. ", "Mrs ", "Ms " (female) stand right before ``surname``.

    One pass over the surname's offsets instead of a count of the whole text per honorific; the
    same figures, since "Mr. Obama" cannot overlap another "Mr. Obama" unless the surname ends in
    the start of an honorific (those few are counted as before)."""
    if surname.endswith(("M", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.")):
        return (text.count("Mr. " + surname) + text.count("Mr " + surname),
                sum(text.count(h + surname) for h in ("Mrs. ", "Ms. ", "Mrs ", "Ms ")))
    male = female = 0
    p = text.find(surname)
    while p >= 0:
        before = text[max(0, p - 5):p]
        if before.endswith(("Mr. ", "Mr ")):
            male += 1
        elif before.endswith(("Mrs. ", "Ms. ", "Mrs ", "Ms ")):
            female += 1
        p = text.find(surname, p + 1)
    return male, female


def _given_name_gender(name: str) -> str | None:
    words = name.split()
    return P.given_name_gender(words[0]) if words else None


def _shared_surname(ctx: ArticleContext, canonical: str) -> bool:
    """Do two people of the article share this surname ("Bill Clinton", "Hillary Clinton")? Then the
    surname's pronouns say nothing about either."""
    words = canonical.split()
    if len(words) < 2:
        return False
    firsts = {f.split()[-2] for f in _forms_of(ctx, words[-1]) if len(f.split()) > 1}
    return len(firsts) > 1


def _opposite_votes(ctx: ArticleContext, word: str, g: str) -> bool:
    """Do the pronouns after ``word`` say the other sex than its given-name reading ``g``, at least twice as
    often and twice over?"""
    votes = _gender_vote_counts(ctx, word)
    other = votes["f" if g == "m" else "m"]
    return other >= 2 and other >= 2 * votes[g] + 2


def _gender_votes(ctx: ArticleContext, last: str) -> str | None:
    """Gender evidence after each mention of ``last``: a Mr./Ms. before it, the next he/she after it."""
    votes = _gender_vote_counts(ctx, last)
    return "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None


def _gender_vote_counts(ctx: ArticleContext, last: str) -> dict[str, int]:
    """The votes of :func:`_gender_votes`: 3 for each Mr. or Ms. before ``last``, 1 for each next he or she."""
    votes = {"m": 0, "f": 0}
    for start in word_offsets(ctx.text, last)[:40]:
        if ctx.in_quote(start):
            continue  # '“Dana Whitfield has been in Washington for twelve years,” he said': the speaker's "he"
        end = start + len(last)
        before = ctx.text[max(0, start - 6): start].lower().replace(".", "")
        if before.endswith(("mrs ", "ms ", "miss ")):
            votes["f"] += 3
        elif before.endswith("mr "):
            votes["m"] += 3
        pm = _PRONOUN_GENDER.search(ctx.text, end, end + 150)
        while pm is not None and ctx.in_quote(pm.start()):
            # '“He planned this for weeks,” she said': the quotation's "he" is someone else
            pm = _PRONOUN_GENDER.search(ctx.text, pm.end(), end + 150)
        if pm and not _OTHER_NAME.search(ctx.text, end, pm.start()):
            votes["f" if pm.group(1).lower().startswith(("she", "her")) else "m"] += 1
        if votes["m"] + votes["f"] >= 12 or abs(votes["m"] - votes["f"]) >= 4:
            break
    return votes
