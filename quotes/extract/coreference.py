"""Who a speaker mention stands for, inside one article.

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
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from ..names import PLACES
from . import given_names
from . import patterns as P
from .article_names import (
    _forms_of,
    _given_name_gender,
    _honorific_gender,
    _title_end,
    canonical_name,
    gender_of,
    role_opening_sentence,
    without_legal_form,
)
from .context import ArticleContext, Mention, para_of
from .marks import RawQuote
from .mentions import (
    PARTY_STATE_MARK,
    bare_word,
    DAYWORDS,
    INDEFINITE_PRONOUNS,
    NAME_START,
    OPENING_PARTICIPLES,
    NOT_IN_DESCRIPTOR,
    PREPOSITIONS,
    SUBORDINATORS,
    clean_name,
    is_dayword_run,
    is_demonym_phrase,
    is_name_ok,
    is_person_name,
    is_place,
    is_role_noun,
    is_role_noun_of_person,
    occurrences,
    plausible_descriptor,
    plausible_name,
    role_word_before,
    role_words_ok,
    split_role,
    without_adverb_the,
    word_offsets,
)
from .sentences import dateline_end, sentence_bounds

# (on the paths run for every mention, the larger of two offsets is written ``b if b > a else a``: see
# mentions, the builtin ``max`` costs several times the comparison)


def _subject_names(ctx: ArticleContext, lo: int, hi: int) -> list[tuple[int, str]]:
    """Person names that open a sentence or clause in text[lo:hi] (most recent last)."""
    out = []
    pi = para_of(ctx, lo)
    if ctx.paras[pi] == (lo, hi):
        # match only at sentence starts (found once per paragraph), not at every offset
        seg = ctx.para_text(pi)
        starts = [0] + [nxt for _, nxt in ctx.ends(pi)]
        matches = []
        for pos in starts:
            # "Former Pennsylvania governor Ed Rendell, …": the name after the role words (and
            # not "Former Pennsylvania", which is part of the role)
            rm = ROLE_NAME_SUBJECT.match(seg, pos)
            if (rm is not None and role_words_ok(without_adverb_the(seg[rm.start(): rm.start(1)]))
                    # not "Maya Goldfarb of| Pennant Research was": a person and the body she is of
                    and not _NAME_THEN_PREPOSITION.fullmatch(seg, rm.start(), rm.start(1))
                    and not _named_subject_before(ctx.text, seg[rm.start(): rm.start(1)])
                    and not is_dayword_run(rm.group(1)) and rm.group(1).split()[-1].lower().rstrip(".") not in P.ROLE_HEADS
                    and not is_place(rm.group(1))):  # "Dunmore, the former New Mexico governor, said": a place in the role
                matches.append(rm)
            else:
                # "Armstrong Williams, Carson’s longtime friend, suggested": the name before the
                # apposition, not the possessor inside it
                matches.append(_NAME_THEN_APPOSITION.match(seg, pos) or _subject_at(seg, pos))
        matches += [_TOPIC_AT.match(seg, pos) for pos in starts if seg.startswith(_TOPIC_OPENERS, pos)]  # "As for Trump, he said …"
        # "Asked whether he worries …, against Evelyn Rourke, the likely nominee, Brinkerhoff laughed.": the
        # subject after a long question with commas of its own
        matches += [_ASKED_OPENING_SUBJECT.match(seg, pos) for pos in starts if seg.startswith(_OPENING_PARTICIPLES_SPACED, pos)]
        # "Among the 71 residents who spoke was Carmen Ruiz-Whitaker, …": the subject after its verb
        matches += [_INVERTED_SUBJECT.match(seg, pos) for pos in starts if seg.startswith(_INVERTED_OPENERS, pos)]
        if " by " in seg:
            # "Ostravia’s delegation was led by Deputy Foreign Minister Valentin Orlov-Sedykh, …": the agent of a
            # passive "led by" is the one the next "he" is about
            matches += list(_LED_BY_AGENT.finditer(seg))
        if ", and " in seg or ", but " in seg:
            # "Whitaker and Calloway shook hands, and Whitaker later said he …": a coordinate clause's subject
            matches += [_SUBJECT_AT_BARE.match(seg, m.end()) for m in _COORDINATE_CLAUSE_OPENING.finditer(seg)]
        # "Trump’s wife, Melania, is …" (two commas at least after the sentence start)
        last = seg.rfind(",")
        second_last = seg.rfind(",", 0, last) if last > 0 else -1
        matches += [_RELATION_NAME_AT.match(seg, pos) for pos in starts if pos <= second_last]
    else:
        seg = ctx.text[lo:hi]
        matches = _SUBJECT.finditer(seg)
    for m in matches:
        if m is None:
            continue
        if m.group(1).endswith(("’s", "'s")):
            # "Northgate's chief executive, Harold Vinter, struck …": the one set off after what the owner has
            # (a given name alone is kin, left to the relative's rule: "Dr Oakeshott's husband, Martin,")
            am = _POSSESSED_APPOSITION.match(seg, m.end(1))
            m = am if am is not None and " " in am.group(1).strip() else m
        raw = m.group(1)
        pre = seg[m.start(1) - 6 if m.start(1) > 6 else 0: m.start(1)].rstrip()
        if pre.endswith(".") and pre.rsplit(" ", 1)[-1].lower().rstrip(".") in P.ABBREVIATIONS:
            continue  # "Dr. Jill Stein" is not a sentence start
        pre = seg[m.start() - 6 if m.start() > 6 else 0: m.start()].rstrip()
        if m.start() != m.start(1) and pre.endswith(".") and pre.rsplit(" ", 1)[-1].lower().rstrip(".") in P.ABBREVIATIONS:
            continue  # "Mr. Tribe's client, Peabody Energy": the sentence did not start at "Tribe's"
        name = clean_name(raw)
        words = name.split()
        if len(words) > 1 and words[0].lower() in _NOT_SUBJECT_OPENERS:
            continue  # "In California, he proved …": a place, not the subject; "Like Makaeff, Roffman …"
        if len(words) > 1 and words[0].lower() == "the" and words[1].lower().rstrip(".") not in P.ROLE_HEADS:
            continue  # "The Great Debate Debate shows …": a title or a body, not a he or she ("The Rev. Al Sharpton" is)
        while words and words[0].lower() in DAYWORDS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if not is_name_ok(name) or not plausible_name(ctx.text, name, lo + m.start(1)):
            continue
        if len(words) == 1 and words[0].lower().rstrip("s") in P.TITLE_SET:
            continue
        out.append((lo + m.start(1), name))
    return out


#: a second sentence-opening adverb: "And then Trump went on the attack"
OPTIONAL_THEN = r"(?:(?:then|now|later|so|yet|still|also|finally|even)[ \xa0,]+)?"

#: "Rep. Lee Zeldin of New York, a Trump supporter, said": where the subject comes from
_OF_PLACE = r"(?:[ \xa0]+of[ \xa0]+[A-Z][\w.]*(?:[ \xa0]+[A-Z][\w.]*){0,2})?"

#: "Maricopa County (Ariz.) Sheriff Joe Arpaio": a place and its state before the title and name
_PLACE_IN_PARENS = r"(?:[A-Z][\w.]*+[ \xa0]++){1,3}\([A-Z][^()]{0,15}\)[ \xa0]+"

#: (the name run is atomic: a shorter run is never followed by the comma or dash the apposition needs,
#: so the match never backtracks into it)
_NAME_THEN_APPOSITION = re.compile(
    r"[“\"‘(]?((?>" + P.NAME_RUN + r"))" + _OF_PLACE + r"(?:,[ \xa0]+(?:the|a|an|his|her|its|their|who|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0][^,.;:!?“”\"]{1,100},"
    # "Governor Chris Christie – a Dallas Cowboys fan – gave"
    r"|[ \xa0]+[—–-]{1,2}[ \xa0]+(?:the|a|an|his|her|its|their|who)[ \xa0][^—–.;:!?“”\"]{1,100}?[ \xa0][—–-]{1,2})[ \xa0]+[a-z]"
)

_RELATION_NAME_AT = re.compile(
    r"(?:[^,.!?\n“”\"]{1,40},\s+)?(?:(?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*(?:’s?|'s?)|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}[a-z]+,\s+(" + P.NAME_RUN + r"),"
)

#: what a possessor has, then the name set off after it: "(Northgate's) chief executive, Harold Vinter,"
_POSSESSED_APPOSITION = re.compile(r"[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+){0,3}[a-z][\w\-]*,[ \xa0]+(" + P.NAME_RUN + r"),")

_OPENING_PARTICIPLES_SPACED = tuple(w + " " for w in OPENING_PARTICIPLES)

_TOPIC_AT = re.compile(r"(?:As for|For|Asked about|(?:Then )?[Tt]here(?:’|')s|Enter)\s+(" + P.NAME_RUN + r")[,.]")
#: how every ``_TOPIC_AT`` match opens (a cheap test before the match)
_TOPIC_OPENERS = ("As for", "For", "Asked about", "Then ", "There", "there", "Enter")

_SUBJECT_AT = re.compile(
    r"(?:[“\"‘(]\s*)?(?:"
    # "Winding up for the government, the policing minister, Rebecca Stroud, promised": an adverbial,
    # then the subject's role set off before its name
    r"(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|With|When|While|Asked)\b[^,.!?\n“”\"]{0,40},\s+"
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,.!?\n“”\"]{1,40},\s+(?=[A-Z][^,.!?\n“”\"]{1,40},)"
    # "Asked what she would do with the prize money, Nishimura smiled": a long participial opening
    # "In his assessment of the real estate magnate, Calderon intimated": a long prepositional opening
    r"|(?:[A-Z][a-z]+(?:ed|ing)|Asked|After|Before|During|Despite|Following|In|At|On|With|When|While|Amid|Since|Under)\b[^,.!?\n“”\"]{35,70},\s+"
    r"|[^,.!?\n“”\"]{1,40},\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile|However,)\s+" + OPTIONAL_THEN + r")?"
    r"(?:" + _PLACE_IN_PARENS + r")?" + NAME_START + r"(" + P.NAME_RUN + r")" + _OF_PLACE
    + r"(?=(?:,|\s*\(|\s+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]))"
)

#: the subject after a sentence-opening "Asked …," question ("Told of …,", "Pressed on …,"), however many commas it holds
_ASKED_OPENING_SUBJECT = re.compile(r"(?:" + "|".join(OPENING_PARTICIPLES) + r")\b[^.!?“”\"]{5,250}?,[ \xa0]+(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?[a-z]+(?:ed|s)\b")

#: how a sentence opens whose subject comes after "was": "Among those who spoke was …", "Also speaking was …"
_INVERTED_OPENERS = ("Among ", "Also ", "Joining ", "Leading ", "First ", "Next ", "Last ", "Speaking ")
_INVERTED_SUBJECT = re.compile(r"(?:Among|Also|Joining|Leading|First|Next|Last|Speaking)\b[^.!?“”\"]{0,120}?[ \xa0](?:was|were)[ \xa0]+("
                               + P.NAME_RUN + r")(?=[,.]|[ \xa0]+(?:who|of)\b)")

#: the agent of a passive that says who leads something: "was led by Deputy Foreign Minister Valentin Orlov-Sedykh"
_LED_BY_AGENT = re.compile(r"\b(?:was|were|is|are|will[ \xa0]+be)[ \xa0]+(?:led|headed|chaired|run|represented)[ \xa0]+by[ \xa0]+(" + P.NAME_RUN + r")")

#: where a coordinate clause opens with a capital after ", and" or ", but": its subject may be a name
_COORDINATE_CLAUSE_OPENING = re.compile(r",[ \xa0]+(?:and|but)[ \xa0]+(?=[A-Z])")

_SUBJECT_AT_BARE = re.compile(r"(?:[“\"‘(]\s*)?(" + P.NAME_RUN + r")[ \xa0]+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]")


def _subject_at(seg: str, pos: int) -> re.Match | None:
    m = _SUBJECT_AT.match(seg, pos)
    while m is not None and seg.startswith(",", m.end(1)) and is_place(m.group(1)):
        # "At a rally in Portland, Maine, on Thursday, Trump included …": the state closes the
        # opening phrase; the subject comes after it
        after = _SUBJECT_AT.match(seg, m.end(1) + 1)
        if after is None:
            break
        m = after
    if m is not None and m.start(1) > pos + 2:
        # "Andrew Hale took his daughter, Chloe, there": the opening words before the comma are no
        # adverbial ("In 2008,") but a sentence of their own with a full name as subject
        b = _SUBJECT_AT_BARE.match(seg, pos)
        if b is not None and b.end(1) < m.start(1):
            words = b.group(1).split()
            if len(words) > 1 and words[0].lower() not in DAYWORDS | _NOT_SUBJECT_OPENERS and not words[0].endswith(("ing", "ed")):
                return b
    return m


_SUBJECT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n)|(?<=^))(?:[^,.!?\n“”\"]{1,40},\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile|However,)\s+" + OPTIONAL_THEN + r")?"
    r"(?:" + _PLACE_IN_PARENS + r")?(" + P.NAME_RUN + r")" + _OF_PLACE + r"(?=(?:,|\s*\(|\s+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than)\b)[a-z]))"
)

POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}

_OWNER_PRONOUN = {w: p for w, p in POSSESSIVE_PRONOUN.items() if p in ("he", "she")}

#: people (or bodies of people) who belong to someone: "his spokesman said" is the spokesman speaking
_PEOPLE_OF_SOMEONE = set("""
spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors lawyer lawyers
attorney attorneys wife husband son sons daughter daughters father mother brother sister children family
campaign staff staffer staffers friend friends colleague colleagues rival rivals opponent opponents
secretary chief manager team office representative representatives supporters allies critics deputy
successor predecessor counsel doctor physician partner partners press boss employer employees doctors
biographer nephew niece cousin uncle aunt grandson granddaughter fiancee fiance ex-wife ex-husband
fiancée fiancé girlfriend boyfriend ex-girlfriend ex-boyfriend ex-partner widow widower stepfather stepmother
stepson stepdaughter parents grandparents sibling siblings twin relatives mum mom dad landlord landlady
landlords tenants neighbour neighbours neighbors coach coaches teammate teammates roommate roommates bandmate bandmates
flatmate flatmates housemate housemates classmate classmates carer nurse nurses pastor
""".split())


#: posts written as capitals after "the", and the role word they stand for: "the PM" is the prime minister,
#: Kenya's "the CS" a cabinet secretary, India's "the CM" a chief minister
_ROLE_ABBREVIATIONS = {"PM": "minister", "CM": "minister", "CS": "secretary", "PS": "secretary", "AG": "general",
                       "DG": "director-general", "CEO": "ceo", "CFO": "officer", "MD": "director"}

#: a word character other than "x" (the letter that blanks quotation words), to test with ``isalpha``
_WORD_CHAR_BUT_X = re.compile(r"[^\W_x]")


def _letter_besides_x(s: str) -> bool:
    """Is there a letter other than "x" in ``s`` (words outside the blanked quotations)?"""
    return any(m.group().isalpha() for m in _WORD_CHAR_BUT_X.finditer(s))


#: a party's member as the head of a description: "the Nevada |Democrat|"
_PARTY_NOUNS = {"Democrat", "Republican", "Independent", "Libertarian"}


#: someone's words as a thing: "Khatri’s response", "Clinton's written statement"
_OWNED_WORDS_DESCRIPTOR = re.compile(r"(" + P.NAME_RUN + r")(?:’s|'s)[ \xa0]+(?:[a-z]+[ \xa0]+)?(?:response|reply|answer|retort|reaction"
                                     r"|statement|message|tweet|post|comment|remarks?)")


def resolve(ctx: ArticleContext, mention: Mention, at: int) -> tuple[str | None, str | None]:
    """Canonical speaker and role for a mention at offset ``at``."""
    if mention.kind in ("name", "descriptor"):
        member = _party_member(ctx, mention)
        if member is not None:
            ctx.persons.append((mention.start, member[0], member[1]))
            return member
    om = _OWNED_WORDS_DESCRIPTOR.fullmatch(mention.text) if mention.kind == "descriptor" and mention.text[:1].isupper() else None
    if om is not None and is_name_ok(owner := clean_name(om.group(1))):
        # "Khatri’s response, posted shortly afterward, was …: “…”": whose words they are
        return resolve(ctx, Mention(owner, mention.start, mention.start + len(owner), "name"), at)
    if mention.kind == "name":
        after_the = ctx.text[mention.start - 4 if mention.start > 4 else 0:mention.start] in ("the ", "The ")
        if after_the and mention.text.rsplit(None, 1)[-1] in _PARTY_NOUNS:
            # "the Nevada Democrat" whom the article names nowhere with that party and state: a description, no name
            return ctx.text[mention.start - 4:mention.start] + mention.text, None
        head = _ROLE_ABBREVIATIONS.get(mention.text)
        if head is not None and after_the:
            # "Prime Minister Rishi Patel … “…,” the PM said": the one given that title
            if head in ctx.roles:
                return ctx.roles[head], None
            titled = _titled_name_before(ctx, head, mention.start, back=4)
            if titled is not None:
                return resolve(ctx, titled, titled.start)
        if after_the and mention.text.split()[-1].lower() in P.ROLE_HEADS and all(w[:1].isupper() for w in mention.text.split()):
            # "Daniel Ashcombe did not give a figure. “…,” the Prime Minister replied": a title standing alone
            held = _person_of_sentence_before(ctx, mention.start)
            if held is not None:
                return held[0], mention.text
        canon, role = canonical_name(ctx, mention.text, mention.start)
        if " " not in canon and _given_name_gender(canon) is not None:
            # "Dr Oakeshott's husband, Martin, said": the given name of a relative named by whose he is
            canon = _relative_full_name(ctx, canon, mention.start) or canon
        # "The Sun said", "the Guardian reported": a newspaper, whose "the" is part of its name (never a
        # person, though "Sun" or "Mirror" alone could be a surname)
        publication = (after_the or mention.text.startswith("The ")) \
            and canon.rsplit(None, 1)[-1].lower() in P.PUBLICATION_WORDS
        if is_person_name(canon) and not publication:
            ctx.persons.append((mention.start, canon, role))
            if role:
                ctx.roles[role.split()[-1].lower().rstrip(".")] = canon
            for head in _role_heads_near(ctx.text, mention.start, mention.end):
                ctx.roles[head] = canon
        else:
            if publication and not canon.startswith("The "):
                canon = "The " + canon  # "the Guardian reported": the newspaper is "The Guardian"
            ctx.orgs.append((mention.start, canon))
        return canon, role
    if mention.kind == "pronoun":
        p = mention.text.lower()
        if p in {"he", "she"}:
            gender = "m" if p == "he" else "f"
            kin = _relative_before_quote(ctx, at, gender)
            if kin is not None:
                # "… survived by a daughter, Meera Chaudhary-Lewis. / His daughter said he …. “…,” she said": the
                # daughter, not the wife named before her
                ctx.persons.append((mention.start, kin[0], kin[1]))
                return kin
            got = _antecedent(ctx, at, gender)
            if got[0] is not None:
                # a person named in this paragraph beats one named only before it
                pi = para_of(ctx, at)
                ps = ctx.paras[pi][0]
                here = ctx.para_text(pi)[: at - ps]
                back = 1
                if pi > 0 and not _letter_besides_x(here[: mention.start - ps]):
                    # a paragraph opening with the quotation: the paragraph before is "this" one
                    here, back = ctx.para_text(pi - 1), 2
                if got[0].split()[-1] not in here:
                    near = _any_name_before(ctx, at, gender, paragraphs=back, free=back > 1)
                    if near[0] is not None and near[0].split()[-1] in here:
                        got = near
                    else:
                        # (written in the sentence before the quotation, by name or as "the Iowa Republican")
                        near = _clause_subject_before_quote(ctx, at, gender)
                        got = near if near[0] is not None else got
                # "A reporter for Agence France-Presse called it “chaos.” “…,” he said": a new, unnamed
                # person (not "the senator", who is someone named before) spoke after the antecedent
                desc_at, desc = _person_descriptor_at(ctx, at, gender)
                if (desc is None or not _unnamed(desc)) and _unnamed(got[0]):
                    # or, after another unnamed one, a sentence opening with one: "A teacher …. “…,” she
                    # said. A parent was furious. “…,” he said"
                    desc_at, desc = _person_subject_at(ctx, at, gender)
                elif desc is None or not _unnamed(desc):
                    # after a named one, a sentence where an unnamed one says something: "A teacher …
                    # said staff learned of it from the news. “Nobody told us,” she said" (not one who
                    # asks, whom the named one answers)
                    desc_at, desc = _person_subject_at(ctx, at, gender)
                    if desc is not None and not _SAID_IN_SENTENCE.match(ctx.text, desc_at, at) and not (
                            _sentence_leads_into_quote(ctx.text, desc_at, at) and got[0].split()[-1] not in here):
                        # (but "Another diplomat was less sanguine. «…» he said", in a paragraph not naming
                        # the antecedent, is the diplomat)
                        desc_at, desc = -1, None
                named_at = ctx.text.rfind(got[0].split()[-1], 0, at) if desc is not None and _unnamed(desc) else -1
                if desc is not None and _unnamed(desc) and (desc_at > named_at or _SENTENCE_GAP.search(ctx.text, desc_at, named_at) is None):
                    # (a name inside the unnamed one's own sentence does not come after it: "A Republican
                    # strategist who …, to avoid angering Voss, said …. “…,” he said" is the strategist)
                    got = (desc, None)
            given_at, given = _name_given_before(ctx, at, gender)
            if given is not None and (got[0] is None or given_at > ctx.text.rfind(got[0].split()[-1], 0, at)):
                got = (given, None)  # "Yonas, who gave only his first name, said …. “…,” he said": not a name before
            title_at, titled = _titled_subject(ctx, at, gender)
            if titled[0] is not None and titled[0] != got[0] and (
                    got[0] is None or title_at > (got_at := ctx.text.rfind(got[0].split()[-1], 0, at))
                    # "The 31-year-old was full of sympathy for Petrakis, who was caught … of Joe Whitmore": the
                    # subject, not a name later in its sentence
                    or _SENTENCE_GAP.search(ctx.text, title_at, got_at) is None):
                got = titled
            asked = _person_asked_before(ctx, at, gender)
            if asked is not None:
                got = asked
            if got[0] is None:
                desc_at, desc = _person_descriptor_at(ctx, at, gender)
                if desc is not None and _unnamed(desc):
                    # "A Republican strategist who …, to avoid angering Voss, said …. “…,” he said": no subject
                    # named, so the unnamed one who spoke last, not a name anywhere before
                    got = (desc, None)
            if got[0] is None:
                got = _any_name_before(ctx, at, gender, surnames=True)
            if got[0] is not None and got[0].split()[-1] in _STREET_WORDS:
                got = (None, None)  # "Elm Street" is no he or she ("Wall Street" may still be a subject)
            if got[0] is not None:
                got = _pronoun_led(ctx, at, p, got)
            if got[0] is None:
                got = _person_descriptor_before(ctx, at, gender, unnamed_only=True)
            if got[0] is None:
                got = _earlier_person(ctx, at, gender)
            if got[0] is None:
                got = _person_descriptor_before(ctx, at, gender)
            if got[0] is None:
                # "Delgado seized on the hesitation. “…,” she told reporters": the subject just before, though
                # the pronouns after her name ("pressed him on his decision") seemed to make her a man
                got = _clause_subject_before_quote(ctx, at, gender, guessed_gender_ok=True)
            if got[0] is not None and (_addressed_in_quote(ctx, at, got[0]) or _named_in_quote(ctx, at, got[0])):
                # "“Russ, we've been waiting eleven months,” he said": not Russell Pembrook, whom he speaks to;
                # "“… whether Senator Sanders's message … could go toe to toe …,” he said": not Sanders
                addressed = got[0]
                got = _antecedent(ctx, at, gender, exclude=addressed)
                for other in (_clause_subject_before_quote, _any_name_before):
                    if got[0] is None:
                        got = other(ctx, at, gender)
                        got = (None, None) if got[0] == addressed else got
            if got[0]:
                ctx.persons.append((mention.start, got[0], got[1]))
                if ctx.gender_cache.get(got[0], "?") is None:
                    ctx.gender_cache[got[0]] = gender  # "Harlan Brewster …. He accused her": a later "she" is not him
            return got
        if p == "i":
            # an answer after a transcript's label: "SIDDIQUI-HOLT: I tell them, “…”" is the labelled speaker's
            line = ctx.text.rfind("\n", 0, at) + 1
            lm = _TRANSCRIPT_LABEL_AT.match(ctx.text, line, at)
            if lm is not None and lm.group(1) not in _INTERVIEWER_LABELS:
                return canonical_name(ctx, label_as_name(lm.group(1)), lm.start(1))
            # narration's "I" is the writer: '“Why now?” I asked.' is the reporter's question, nobody named
            return None, None
        if p == "we":
            return _antecedent(ctx, at, None)
        if p == "it":
            doc = _document_before(ctx, at)
            if doc is not None and not any(doc[0] < pos < at for pos, _ in ctx.orgs):
                if doc[1].split()[-1].lower() in _AUTHORED_TEXTS and (
                        doc[1].split()[0].lower() in _OWNER_PRONOUN or doc[1].split()[0].endswith(("’s", "'s"))
                        or _DOCUMENT_AUTHOR_AFTER.match(ctx.text, doc[0] + len(doc[1]))):
                    # "His sermon the following Sunday … still hangs framed. It reads:": its author's words
                    owner = resolve(ctx, Mention(doc[1], doc[0], doc[0] + len(doc[1]), "descriptor"), doc[0])
                    if owner[0] is not None and owner[0] != doc[1]:
                        return owner
                wm = _WROTE_DOCUMENT.search(ctx.text, max(0, doc[0] - 80), doc[0]) \
                    if doc[1].split()[-1].lower() in _AUTHORED_TEXTS and doc[1].split()[0].lower() in ("a", "an") else None
                if wm is not None:
                    # "Brennan sent a message to all 140 employees. “…,” it began": the one who sent it
                    return resolve(ctx, Mention(wm.group(1), wm.start(1), wm.end(1), "name"), wm.start(1))
                return doc[1], None  # 'Dawson lifted a sign of her own. “I am still Sanders,” it read.'
        if p in {"they", "it"}:
            org_at, got = _org_antecedent(ctx, at)
            # a subject written after the organisation that spoke last is nearer: "The Post
            # reported that … It added"
            subject = (_plural_antecedent if p == "they" else _it_antecedent)(ctx, at, after=org_at)
            if subject[0] is not None:
                got = subject
                named = _org_described(ctx, subject[0], at)
                if named is not None:
                    got = (named, None)  # "The company, which …, reported a profit. It said": the company named before
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
    if len(words) == 2 and words[0] == "the" and desc.split()[1][:1].isupper():
        # "the Trump we all knew, the Trump who questions …": the person of that name
        surname = desc.split()[1]
        canon, role = canonical_name(ctx, surname, mention.start + 4)
        if len(canon.split()) > 1 and is_person_name(canon) and canon.split()[-1] == surname:
            return canon, role
    author = _DOCUMENT_AUTHOR_AFTER.match(ctx.text, mention.end) if head in _DOCUMENT_NOUNS else None
    if author is None and head in _DOCUMENT_NOUNS and words[0] == "the":
        # "Halbury College said in a statement that … “…,” the statement said": whoever issued it just before
        lo = ctx.paras[max(0, para_of(ctx, mention.start) - 2)][0]
        for author in _DOCUMENT_ISSUED.finditer(ctx.text, lo, mention.start):
            pass
    if author is not None:
        # "A statement from the agency said": the agency speaks, through its statement
        g = next(i for i in range(1, author.re.groups + 1) if author.group(i))
        who, who_at = clean_name(author.group(g)), author.start(g)
        rm = _ROLE_AND_NAME_NEXT.match(ctx.text, author.end(g))
        if rm is not None and is_role_noun_of_person(rm.group(1).split()[-1]) and is_person_name(clean_name(rm.group(2))):
            who, who_at = clean_name(rm.group(2)), rm.start(2)  # the economist, not the firm
        if who[:4].lower() == "the " and who[4:5].isupper():
            who, who_at = who[4:], who_at + 4  # "the Bank of Corvania": no "the" in a body's name
        kind = "descriptor" if who[:4].lower() == "the " and who[4:5].islower() or who[:1].islower() else "name"
        got = resolve(ctx, Mention(who, who_at, who_at + len(who), kind), at)
        if got[0] is not None:
            return got
    if len(words) > 1 and words[0] in _OWNER_PRONOUN and head not in _PEOPLE_OF_SOMEONE and not is_role_noun_of_person(head):
        # "His assumption was that “…”", "her statement read": the owner of the words spoke them
        owner = Mention(_OWNER_PRONOUN[words[0]], mention.start, mention.start + len(words[0]), "pronoun")
        got = resolve(ctx, owner, at)
        if got[0] is not None:
            return got
    if len(words) == 2 and words[0] == "the" and head in P.ROLE_HEADS:
        subject = _titled_subject_just_before(ctx, head, mention.start)
        if subject is not None:
            # "Sen. Halloran … Sen. Whitcomb …. Whitcomb, who …, said …. “…,” the senator told reporters":
            # the senator this paragraph's sentence before was about, not the one quoted earlier
            return resolve(ctx, subject, subject.start)
    role_key = head
    if head not in ctx.roles and _TITLE_OF_ROLE.get(head) in ctx.roles and ctx.roles[_TITLE_OF_ROLE[head]].split()[-1] in \
            ctx.text[ctx.paras[max(0, para_of(ctx, mention.start) - 1)][0]:mention.start] and len(
            {c for _, c, r in ctx.persons if r and r.split()[-1].lower().rstrip(".") == _TITLE_OF_ROLE[head]}) == 1:
        # "the senator" is also the one speaker written "Sen. Marco Rubio", named in this paragraph or the one before
        role_key = _TITLE_OF_ROLE[head]
    if role_key in ctx.roles and words[0] in {"the", "his", "her", "its", "their", "this"}:
        canon = ctx.roles[role_key]
        if _modifiers_fit(ctx.text, desc.split()[1:-1], canon, mention.start):
            return canon, None
        # "The Florida senator" is not the Vermont senator introduced before: keep the descriptor
    apposed = _apposed_name(ctx, mention) or _name_apposed_after(ctx, mention) or _named_with_descriptor_before(ctx, mention)
    if apposed is not None:
        return resolve(ctx, apposed, apposed.start)
    role_head = words[words.index("of") - 1] if "of" in words[2:] else head  # "the director of rugby"
    if len(words) > 1 and words[0] == "the" and role_head in P.ROLE_HEADS:
        # "Sgt. Luis Carranza … the sergeant said": the one person given that title, in this paragraph
        # or the one before, else, for a rank or post one person holds in a story, in the three before
        # that (not an office that many in a political story hold, written with the title or not:
        # "Sen. John McCain … the senator" may be Cruz; nor "actor Michael B. Jordan … the actor")
        titled = _titled_name_before(ctx, role_head, mention.start) or (
            _titled_name_before(ctx, role_head, mention.start, back=4) if role_head in _POSTS_OF_ONE or words[-2:] == ["prime", "minister"]
            else None) or (
            # "The farming minister, Daniel Croft, was heckled. … the minister said"
            _role_apposed_before(ctx, role_head, mention.start, _role_modifiers(words, role_head)))
        if titled is not None and _modifiers_fit(ctx.text, desc.split()[1:-1], titled.text, mention.start):
            # "Judge Alan Brewster sentenced Pruitt … “…,” the judge said": the one given that title
            return resolve(ctx, titled, titled.start)
        ranked = [w for w in words[1:-1] if w in _RANK_WORDS]
        if len(ranked) == 1 and role_head == head:
            # "Senate Majority Leader Mitch McConnell … the majority leader said", with a Minority Leader about
            found = {canonical_name(ctx, clean_name(m.group(1)), m.start(1))[0]: m
                     for _, m in _names_after(ctx, ranked[0].capitalize() + " " + head.capitalize(), 0, mention.start)
                     if not ctx.in_quote(m.start(1))}
            if len(found) == 1:
                m = next(iter(found.values()))
                name = clean_name(m.group(1))
                return resolve(ctx, Mention(name, m.start(1), m.start(1) + len(name), "name"), m.start(1))
    if len(words) == 2 and words[0] == "the" and head in _ROLE_SYNONYMS:
        holder = _synonym_role_holder(ctx, head, mention.start)
        if holder is not None:
            # "captain Liam Pritchard … Pritchard was unrepentant. '…,' the skipper said"
            return resolve(ctx, holder, holder.start)
    aged = _one_person_of_age(ctx, _AGE.fullmatch(head), mention.start) if len(words) == 2 and words[0] == "the" else None
    if aged is not None:
        # "Nakamura-Hayes, 79, announced …" five paragraphs before "the 79-year-old said", "… said Jeffries, 71.": the one
        # person given that age, ahead of the person just named (the subject of the last sentence, as if the age were news)
        return resolve(ctx, aged, aged.start)
    if len(words) > 1 and words[0] == "the":
        named = _person_just_named(ctx, mention)
        if named is not None:
            # "Sprinter Amara Okafor, 22, won … “…,” the 22-year-old said": the person just named
            got = resolve(ctx, named, named.start)
            if got[0] is not None and _AGE.fullmatch(head):
                ctx.roles[head] = got[0]  # and the same age later in the story is the same person
            return got
    held = _office_holder_of_place(ctx, desc.split(), mention.start) if 3 <= len(words) <= 5 and words[0] == "the" else None
    if held is None and 3 <= len(words) <= 6 and words[0] == "the":
        held = _named_after_same_words(ctx, desc.split()[1:], mention.start)
    if held is not None:
        # "Sen. Marco Rubio (R-Fla.) … The Florida senator’s answer was that “…”": the senator from that state
        got = resolve(ctx, held, held.start)
        if got[0] is not None:
            ctx.persons.append((mention.start, got[0], got[1]))  # named here too: a "he" after it may be him
        return got
    named_org = None
    if 2 <= len(words) <= 3 and words[0] == "the" and (head in _ORG_DESC_KINDS or head in _MORE_BODY_HEADS):
        # "the charity Northbridge Relief … The charity said", "Ortiz for Iowa, the Democrat’s campaign committee,
        # … the committee said", "The recall group, Parents for Pine Ridge, said …": the body the article set that
        # word next to (before the one body of a fitting kind, which may be another: "The firm, Carrow Strategies")
        named_org = _body_set_with_kind(ctx, head, mention.start)
    if named_org is None and not _CROWD_CUE_AFTER.match(ctx.text, mention.end):
        named_org = _named_org_for(ctx, words, mention.start)
    if named_org is None and (2 <= len(words) <= 3 and words[0] == "the" and head in _COMPANY_HEADS
                              or _SPOKESPERSON_OF_COMPANY.fullmatch(desc.lower())):
        # "The company said", "A spokesperson for the company said": the one company the article has named
        named_org = _the_company(ctx, mention.start)
    if named_org is not None:
        # "Boeing said … “…,” the company said": the one fitting organisation just named
        if named_org.isupper() and named_org.isalpha():
            named_org = canonical_name(ctx, named_org, mention.start)[0]  # in full: "the Rapid Support Forces (RSF)"
        named_org = without_legal_form(named_org)
        ctx.orgs.append((mention.start, named_org))
        return named_org, None
    # (not for a body: "Beatrice Holm, a volunteer with the Granby Falls Historical Society" is no "the historical society")
    described = (_apposition_with_words(ctx, words, mention.start)
                 if len(words) > 2 and words[0] == "the" and head not in P.ORG_WORDS else None)
    if described is not None:
        # "Republican Thomas Eberhardt, a former Navy officer and two-term state senator, …" early in the
        # story, then "the former Navy officer told reporters": the one person described in those words
        return resolve(ctx, described, described.start)
    owned = _owner_spelled_out(ctx, mention, at)
    if owned is not None:
        # "his campaign said", "a spokesman for her office said": whose campaign, whose office
        return owned, None
    # "the Kremlin spokesman", "the Belarusian leader"
    ctx.orgs.append((mention.start, desc))
    return desc, None


#: a name and the apposition after it: "Thomas Eberhardt, a former Navy officer and two-term state senator"
_NAME_AND_APPOSITION = re.compile(r"(" + P.NAME_RUN + r"),(?:[ \xa0]+" + PARTY_STATE_MARK + r",)?[ \xa0]+(?:a|an|the)[ \xa0]+([^,.;:“”\"()]{3,80})")


def _apposition_with_words(ctx: ArticleContext, words: list[str], at: int) -> Mention | None:
    """The one person the article, before ``at``, set an apposition after that holds every word of the
    descriptor ``words`` ("the former Navy officer"), at least a head and a word that modifies it."""
    wanted = {w for w in words[1:] if w.isalpha()}
    if len(wanted) < 2 or any(ctx.text.find(w, 0, at) < 0 and ctx.text.find(w.capitalize(), 0, at) < 0 for w in wanted):
        return None  # (most descriptors: a word the text before never writes)
    found: dict[str, Mention] = {}
    for m in _NAME_AND_APPOSITION.finditer(ctx.text, 0, at):
        if ctx.in_quote(m.start()) or not wanted <= set(m.group(2).lower().split()):
            continue
        name = clean_name(m.group(1))
        if len(name.split()) > 1 and is_name_ok(name) and is_person_name(name):
            found.setdefault(canonical_name(ctx, name, m.start(1))[0], Mention(name, m.start(1), m.start(1) + len(name), "name"))
    return next(iter(found.values())) if len(found) == 1 else None


def _owner_spelled_out(ctx: ArticleContext, mention: Mention, at: int) -> str | None:
    """The descriptor with its "his" or "her" replaced by the person it stands for ("Bernie Sanders's
    campaign"), so the speaker stored is someone a reader can find; None when the owner is unknown."""
    words = mention.text.split()
    k = next((i for i, w in enumerate(words) if w.lower() in _OWNER_PRONOUN), None)
    if k is None or k == len(words) - 1 or k and not (
            words[0].lower() in {"a", "an", "one", "the"} and words[k - 1].lower() in {"for", "of", "to"}):
        return None  # "his campaign", "a spokesman for his campaign"; not "Whatever his disagreements"
    head = words[-1].lower()
    if head not in _PEOPLE_OF_SOMEONE and head not in P.ROLE_HEADS and not is_role_noun_of_person(head):
        return None
    offset = mention.start + len(" ".join(words[:k])) + (1 if k else 0)
    owner = resolve(ctx, Mention(_OWNER_PRONOUN[words[k].lower()], offset, offset + len(words[k]), "pronoun"), at)[0]
    if owner is None or " " not in owner or not is_person_name(owner) or any(
            bare_word(w) in P.COMPANY_NAME_WORDS for w in owner.split()):
        return None
    return " ".join(words[:k] + [owner + "'s"] + words[k + 1:])


#: a party member written by party and place: "the Michigan Republican", "The Somerset Republican", "the Democrat"
_PARTY_DESCRIPTOR = re.compile(r"(?:[Tt]he[ \xa0]+)?((?:[A-Z][\w.\-]*[ \xa0]+){0,2}?)(Republican|Democrat|Independent)")

#: the lower-case words after a party word: "Republican| presidential nominee"
_WORDS_AFTER_PARTY = re.compile(r"((?:[ \xa0]+[a-z][a-z\-]*){1,2})")

#: the letter a party goes by in "(R-Mich.)", from the word for a member or the party
_PARTY_LETTER = {"republican": "R", "democrat": "D", "democratic": "D", "independent": "I"}

#: how news copy marks a person's party: "Republican House Speaker Dwight Combs" (party, then role words and the
#: name), "Sen. Tom Kessler (R-MI)", "Rep. Ann Cole, D-Calif.," (the name, then party letter and state), "Tom
#: Kessler, a Michigan Republican" (the name, then an apposition)
_PARTY_BEFORE_NAME = re.compile(
    r"(?=[RDI])(?<![\w’'])(Republican|Democratic|Democrat|Independent)[ \xa0]+((?:[a-z][a-z\-]*[ \xa0]+){0,3})(" + P.NAME_RUN + r")")
_PARTY_AFTER_NAME = re.compile(
    NAME_START + r"(?:(" + P.NAME_RUN + r")(?:,?[ \xa0]+\(([RDI])[-–]([A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?)\)|,[ \xa0]+([RDI])[-–]([A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)?)(?=[,;]|\.[ \xa0]))"
    r"|(" + P.NAME_RUN + r"),[ \xa0]+an?[ \xa0]+((?:[A-Z][\w.]*[ \xa0]+){0,2})(Republican|Democrat|Independent)\b)")


@lru_cache(maxsize=4)
def _party_marks(text: str) -> tuple[tuple[int, str, str, str], ...]:
    """Where the article gives someone's party: (offset, name as written, party letter, state or place
    written with it, "" for none), in order. Found once per article."""
    marks = []
    for m in _PARTY_BEFORE_NAME.finditer(text):
        between = m.group(2).split()
        if between and not (between[-1] in P.ROLE_HEADS or is_role_noun_of_person(between[-1]) or split_role(m.group(3))[1]):
            continue  # "Republican seeks new Clinton inquiry": no role before the name ("state Senate President" is one)
        marks.append((m.start(3), m.group(3), _PARTY_LETTER[m.group(1).lower()], ""))
    for m in _PARTY_AFTER_NAME.finditer(text):
        if m.group(1):
            marks.append((m.start(1), m.group(1), m.group(2) or m.group(4), (m.group(3) or m.group(5)).rstrip(".")))
        else:
            marks.append((m.start(6), m.group(6), _PARTY_LETTER[m.group(8).lower()], m.group(7).strip()))
    return tuple(sorted(marks))


#: the AP abbreviations of states that are no prefix of the state's name
_STATE_ABBREVIATIONS = {"fla": "florida", "wva": "west virginia", "penn": "pennsylvania", "mass": "massachusetts"}


def _state_fits(written: str, place: str) -> bool:
    """Is a state as written with a party ("Mich.", "MI", "N.H.", "Michigan") the place ``place``
    ("Michigan", "New Hampshire")?"""
    a, p = written.replace(".", "").replace(" ", "").lower(), place.lower()
    if _STATE_ABBREVIATIONS.get(a) == p:
        return True  # "Fla.", "W.Va.": no prefix of the name
    initials = "".join(w[0] for w in p.split())
    return p.replace(" ", "").startswith(a) or a == initials or (
        len(a) == 2 and len(p.split()) == 1 and p[0] == a[0] and a[1] in p[1:])


def _party_member(ctx: ArticleContext, men: Mention) -> tuple[str, str | None] | None:
    """"the Somerset Republican", "the Michigan Republican": the person the article last named before
    it with that party ("Republican House Speaker Dwight Combs", "Sen. Tom Kessler (R-MI)"), of that state
    when the descriptor names a state and the article gives theirs ("(R-MI)", ", a Michigan Republican");
    None when the mention is no such descriptor or no one fits."""
    if not men.text.endswith(("Republican", "Democrat", "Independent")):
        return None  # (most mentions: no pattern to try)
    m = _PARTY_DESCRIPTOR.fullmatch(men.text)
    if m is None or not (men.text[:4].lower() == "the " or ctx.text[men.start - 4 if men.start > 4 else 0:men.start].lower() == "the "):
        return None
    after = _WORDS_AFTER_PARTY.match(ctx.text, men.end)
    if after is not None and any(w in P.ROLE_HEADS or is_role_noun_of_person(w) for w in after.group(1).split()):
        return None  # "The Republican presidential nominee": the party is a role's modifier, the role says who
    party, place = _PARTY_LETTER[m.group(2).lower()], m.group(1).strip()
    best = None  # (last written, canonical, role, place fits)
    for pos, raw, letter, written in _party_marks(ctx.text):
        if pos >= men.start:
            break
        if letter != party or ctx.in_quote(pos):
            continue
        name, _ = split_role(clean_name(raw))
        if not is_name_ok(name):
            continue
        canon, role = canonical_name(ctx, name, pos)
        if len(canon.split()) < 2 or not is_person_name(canon):
            continue
        fits = bool(place and written and _state_fits(written, place))
        if place and written and not fits:
            continue  # "the Ohio Republican" is not "Sen. Tom Kessler (R-MI)"
        if place.lower() in PLACES and not fits:
            # a state the article gives no one with a party: written near the person ("Wisconsin Sen. …"),
            # else it is someone else's (a town, "the Somerset Republican", the article may never give)
            fits = _modifiers_fit(ctx.text, [place], canon, men.start)
            if not fits:
                continue
        last = ctx.text.rfind(canon.split()[-1], 0, men.start)
        if best is None or (fits, last) > (best[3], best[0]):
            best = (last, canon, role, fits)
    if best is None:
        return ((_person_of_place(ctx, place, men.start) if place else None) or _titled_politician_in_paragraph(ctx, men.start)
                or _person_of_sentence_before(ctx, men.start))
    return best[1], best[2]


def _person_of_sentence_before(ctx: ArticleContext, at: int) -> tuple[str, str | None] | None:
    """"Lambert was not satisfied. The Utah Republican later told reporters …": the one person named in full
    (here or before) whom the sentence before, in the same paragraph, names; None when it names none or several."""
    pi = para_of(ctx, at)
    ps = ctx.paras[pi][0]
    masked = ctx.para_text(pi)
    s_lo, _ = sentence_bounds(masked, at - ps, ctx.ends(pi))
    if s_lo < 2:
        return None
    p_lo, _ = sentence_bounds(masked, s_lo - 2, ctx.ends(pi))
    found: dict[str, tuple[str, str | None]] = {}
    for m in ANY_NAME.finditer(ctx.text, ps + p_lo, ps + s_lo):
        name = clean_name(m.group(1))
        if ctx.in_quote(m.start(1)) or not is_name_ok(name) or name.split()[0].lower() in DAYWORDS:
            continue
        canon, role = canonical_name(ctx, name, m.start(1))
        if len(canon.split()) >= 2 and is_person_name(canon) and not is_place(canon):
            found.setdefault(canon, (canon, role))
    return next(iter(found.values())) if len(found) == 1 else None


def _person_of_place(ctx: ArticleContext, place: str, at: int) -> tuple[str, str | None] | None:
    """"the Delaware Democrat" with no one's party written: the one person written "… of Delaware" before it
    ("Senate Majority Leader Walter Brennan-Shaw of Delaware")."""
    found = {}
    i = ctx.text.find(" of " + place, 0, at)
    while i >= 0:
        span = P.name_run_before(ctx.text, i, max(0, i - 80))
        i = ctx.text.find(" of " + place, i + 4, at)
        if span is None or ctx.in_quote(span[0]):
            continue
        name, _ = split_role(clean_name(ctx.text[span[0]:span[1]]))
        if len(name.split()) > 1 and is_name_ok(name) and is_person_name(name):
            found[canonical_name(ctx, name, span[0])] = True
    return next(iter(found)) if len(found) == 1 else None


#: a politician's title before a name: "Sen. Cody Barrientos", "Gov. Ana Ruiz", "Rep. Dan Kowalski"
_POLITICIAN_TITLED = re.compile(r"(?<![\w.])(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Del\.|Delegate)[ \xa0]+(" + P.NAME_RUN + r")")


def _titled_politician_in_paragraph(ctx: ArticleContext, at: int) -> tuple[str, str | None] | None:
    """"That explanation did not satisfy Sen. Cody Barrientos. “…,” said the Texas Republican": with no one's
    party written, the party descriptor is the one politician this paragraph names with a title before it."""
    ps = ctx.paras[para_of(ctx, at)][0]
    found = {}
    for m in _POLITICIAN_TITLED.finditer(ctx.text, ps, at):
        if ctx.in_quote(m.start()):
            continue
        name = clean_name(m.group(1))
        if is_name_ok(name) and len(name.split()) > 1:
            found[canonical_name(ctx, name, m.start(1))[0]] = m
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    return canonical_name(ctx, clean_name(m.group(1)), m.start(1))


#: role words that stand for one another: sports copy calls the captain "the skipper", the manager "the boss"
_ROLE_SYNONYM_GROUPS = ({"skipper", "captain"}, {"boss", "manager", "gaffer", "coach"}, {"chief", "head"},
                        {"lawyer", "attorney"})
_ROLE_SYNONYMS = {w: tuple(sorted(g - {w})) for g in _ROLE_SYNONYM_GROUPS for w in g}


def _synonym_role_holder(ctx: ArticleContext, head: str, at: int) -> Mention | None:
    """"the skipper": the one person the article introduced before ``at`` with that role word or one of
    the same meaning ("captain Liam Pritchard"; "the boss" after "manager Steve Barlow"), named again in
    this paragraph or the one before; None when no one or several are ("the boss" after "manager Steve
    Barlow" and "Castleford boss Gary Firth")."""
    recent = ctx.text[ctx.paras[max(0, para_of(ctx, at) - 1)][0]:at]
    found: dict[str, Mention] = {}
    for other in (head,) + _ROLE_SYNONYMS[head]:  # (the role itself too: "boss Gary Firth" is no manager's "boss")
        holder = _titled_name_before(ctx, other, at, whole_article=True)
        if holder is None and other in ctx.roles:
            canon = ctx.roles[other]
            pos = ctx.text.rfind(canon, 0, at)
            holder = Mention(canon, pos, pos + len(canon), "name") if pos >= 0 else None
        if holder is not None:
            found[canonical_name(ctx, holder.text, holder.start)[0]] = holder
    if len(found) != 1:
        return None
    canon, holder = next(iter(found.items()))
    return holder if canon.split()[-1] in recent else None


def _org_described(ctx: ArticleContext, desc: str, at: int) -> str | None:
    """The body a description opening a sentence stands for ("The company" for the one company named
    before ``at``: see :func:`_named_org_for` and :func:`_the_company`), or None."""
    words = desc.lower().split()
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in _ORG_DESC_KINDS:
        return None
    return _named_org_for(ctx, words, at) or (_the_company(ctx, at) if words[-1] in _COMPANY_HEADS else None)


def label_as_name(label: str) -> str:
    """A transcript's upper-case label written as a name: "SIDDIQUI-HOLT" -> "Siddiqui-Holt"."""
    return " ".join("-".join(part.capitalize() for part in w.split("-")) for w in label.split())


#: a transcript line's speaker label: "SIDDIQUI-HOLT: ", "Q: "
_TRANSCRIPT_LABEL_AT = re.compile(r"([A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,2}):[ \xa0]")
_INTERVIEWER_LABELS = {"Q", "A", "QUESTION", "ANSWER", "INTERVIEWER", "REPORTER", "HOST"}

#: the question a paragraph ends on: "… Scott Conroy asked Sanders whether questions about his health were fair."
_ASKED_LAST = re.compile(
    P.opening_words("asked pressed questioned") + r"[ \xa0]+(?:(" + P.NAME_RUN + r")[ \xa0]+(?:whether|if|why|what|how|which|when|where|who|about)\b"
    # "Ellis asked whether Dunmore had discussed the speech with anyone": the one the question is about answers
    r"|(?:whether|if)[ \xa0]+(" + P.NAME_RUN + r")[ \xa0]+(?:had|has|was|is|would|will|could|did|does|planned|intended)\b)"
    r"[^.!?“”\"]*[.?]$")


_SUBORDINATOR_WORD = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b")


def _person_asked_before(ctx: ArticleContext, at: int, gender: str) -> tuple[str, str | None] | None:
    """The person the paragraph before was asked, when the quotation's paragraph opens with the reply, or the
    person asked in the sentence right before the reply in its own paragraph.

    "The Huffington Post's Scott Conroy asked Sanders whether his age was fair game. / “Sure it is,” he said":
    the one who answers is the one asked, not the reporter who asked."""
    pi = para_of(ctx, at)
    ps = ctx.paras[pi][0] if pi >= 0 else 0
    if pi < 0:
        return None
    if ctx.text[ps:ps + 1] in "“\"" and pi > 0:
        before, b_lo = ctx.para_text(pi - 1).rstrip(), ctx.paras[pi - 1][0]
    else:
        # "The moderator asked Teague whether she would accept the money. “I would veto it,” she said": the
        # question in the reply's own paragraph, right before the quotation
        opening = _QUOTE_OPENING.search(ctx.text, ps, at)
        if opening is None:
            return None
        before, b_lo = ctx.text[ps:opening.start()].rstrip(), ps
    m = _ASKED_LAST.search(before, max(0, len(before) - 300))
    if m is None:
        return None
    if b_lo == ps and _SUBORDINATOR_WORD.search(before, before.rfind(". ", 0, m.start()) + 1, m.start()):
        return None  # "What got under her skin, she said, was a question … when a young man asked Clinton why …": the teller answers
    who = 1 if m.group(1) else 2  # (the one asked, or the one the question is about)
    canon, role = canonical_name(ctx, clean_name(m.group(who)), b_lo + m.start(who))
    if not is_person_name(canon):
        return None
    g = gender_of(ctx, canon, role)
    return (canon, role) if g in (None, gender) else None


_AGE = re.compile(r"(\d{1,3})-year-old")

_APPOSITION_END = re.compile(r"\.(?!,)|[;:!?“”\"]|,[ \xa0]+(?!(?:a|an|the|who|whose|his|her|\d)\b)[a-z]")  # ("D-Md.," goes on)

_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][”\"’]?[ \xa0]+|\n)[“\"‘]?$")

_PREPOSITION_WORD = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS - {"of"})) + r")\b")

#: an age written next to a name: "Jane Doe, 22," / "Jane Doe (22)"
_AGE_AFTER_NAME = re.compile(r"[ \xa0]*(?:,[ \xa0]*|\()(\d{1,3})(?:[,)]|\.(?=[ \xa0\n”\"]|$))")  # ("… said Jeffries, 71.")

#: a name and its age: "Gilbert Nakamura-Hayes, 79,", "Halloran-Price, the 58-year-old two-term governor"
_NAME_THEN_AGE = re.compile(r"(" + P.NAME_RUN + r")(?:" + _AGE_AFTER_NAME.pattern + r"|,[ \xa0]+(?:the|an?)[ \xa0]+(\d{1,3})-year-old\b)")


def _one_person_of_age(ctx: ArticleContext, age: re.Match | None, at: int) -> Mention | None:
    """The one person the article gives the age ``age`` before ``at`` ("Gilbert Nakamura-Hayes, 79,")."""
    if age is None or ctx.text.find(age.group(1), 0, at) < 0:
        return None
    found: dict[str, Mention] = {}
    for m in _NAME_THEN_AGE.finditer(ctx.text, 0, at):
        if (m.group(2) or m.group(3)) != age.group(1) or ctx.in_quote(m.start()):
            continue
        name = clean_name(m.group(1))
        if is_name_ok(name) and is_person_name(name):
            found.setdefault(canonical_name(ctx, name, m.start(1))[0], Mention(name, m.start(1), m.start(1) + len(name), "name"))
        else:
            return None  # "a man, 79," or a place: not one person for sure
    return next(iter(found.values())) if len(found) == 1 else None


#: words of a descriptor that say nothing about whom it describes
_PLAIN_DESCRIPTOR_WORDS = {"the", "former", "of", "and", "new", "old", "young", "now", "then", "longtime", "veteran"}

#: role words and the title written for them: "the doctor" is "Dr. Ada Kline"
_TITLE_OF_ROLE = {"doctor": "dr", "senator": "sen", "representative": "rep", "governor": "gov", "professor": "prof",
                  "general": "gen", "captain": "capt", "sergeant": "sgt", "reverend": "rev", "lieutenant": "lt",
                  "colonel": "col", "major": "maj", "admiral": "adm", "detective": "det", "corporal": "cpl",
                  "inspector": "insp", "superintendent": "supt", "commander": "cmdr",
                  "congressman": "rep", "congresswoman": "rep", "assemblyman": "rep", "assemblywoman": "rep"}


def _person_just_named(ctx: ArticleContext, men: Mention, further: int = 0) -> Mention | None:
    """"the 22-year-old", "the two-time Olympic champion", "the doctor": the one person named (outside
    quotations) in this paragraph or the one before with the descriptor's age or words written next
    to the name ("Jane Doe, 22,", "Dr. Ada Kline", "Lena Brandt, a two-time Olympic champion,"), and
    none of the other sex or another age; no one if the descriptor is no person's ("the club"), a
    title (see :func:`_titled_name_before`) or someone introduced without a name ("a 34-year-old man").

    An age, a nationality or a playing position whose paragraphs name no one (but after a preposition:
    "Asked about Hartley, … the Pole added") is looked for ``further`` back, one paragraph at a time
    (twice at most): "… the signing of Argentina midfielder Julián Valdés. / The 26-year-old has signed …
    / “…,” the 26-year-old told the club's website" is the one person named there."""
    words = men.text.lower().split()
    head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]
    age = _AGE.search(men.text)
    # "the Russian" after "Boxer Dmitri Orlov, 29, retained his title": sports and profile copy's name for
    # the one person just named, whether or not the nationality was written next to the name
    demonym = is_demonym_phrase(men.text)
    rank = len(words) > 2 and words[-1].isdigit() and words[-2] in ("no", "no.")  # "the world No 1"
    person_noun = (age is not None or demonym or rank or head in _WOMAN_HEADS | _MAN_HEADS | _PERSON_EPITHETS | _PLAYING_POSITIONS
                   or head in P.FALSE_TITLES or head in P.ROLE_HEADS
                   or is_role_noun_of_person(head))
    if not person_noun or head in P.ORG_WORDS or head in _NOT_A_PERSON_HEADS or head.endswith("ment"):
        return None  # "the document", "the club"
    if head in P.ROLE_HEADS and age is None and head not in _PLAYING_POSITIONS:
        return None  # a title ("the senator", "the judge"): the person given it
    keys = [w for w in words[1:] if w not in _PLAIN_DESCRIPTOR_WORDS and not _AGE.fullmatch(w) and not w.isdigit()
            and not is_demonym_phrase("the " + w.capitalize())] if not rank else []  # "the Japanese chef": the chef just named
    sex = "f" if set(words) & (_WOMAN_HEADS | P.FEMALE_TITLES) else "m" if set(words) & (_MAN_HEADS | P.MALE_TITLES) else None
    # (a nationality only within its own paragraph: a new one may be a new person)
    lo = ctx.paras[max(0, para_of(ctx, men.start) - (0 if demonym else 1) - further)][0]
    fitting: dict[str, Mention] = {}
    named: dict[str, Mention] = {}  # the persons named, but after a preposition
    named_spans = []
    # sentences' subjects, for a descriptor no name is written with ("the 22-year-old" after "Seamer Jaydev
    # Raghunathan took six …", "the winger", "the Dane")
    sentence_subjects: list[Mention] = []
    for m in ANY_NAME.finditer(ctx.text, lo, men.start):
        if ctx.in_quote(m.start()):
            continue
        ws = clean_name(m.group(1)).split()
        while ws and ws[0].lower() in DAYWORDS:
            ws = ws[1:]
        if not ws or ws[0].lower() == "the" or not is_name_ok(" ".join(ws)):
            continue
        start = m.start(1) + m.group(1).index(ws[0])
        role_word = ""
        if len(ws) > 2 and role_opening_sentence(ctx.text, start, ws[0]):
            role_word, ws = ws[0].lower(), ws[1:]  # "Pilot Karen Doyle landed …"
            start = m.start(1) + m.group(1).index(ws[0], len(role_word))
        name = " ".join(ws)
        end = start + len(name)
        if _OF_AFTER_CAPITAL.search(ctx.text, max(0, start - 30), start):
            continue
        if name.isupper() and ctx.paras[para_of(ctx, start)][0] == start:
            continue  # a dateline ("NEAR POKROVSK, Ukraine - The drone operator …"): a place, no apposition
        canon, role = canonical_name(ctx, name, start)
        if not is_person_name(canon) or is_place(canon):
            continue
        g = gender_of(ctx, canon, role)
        # (a given name written alone counts as one word, though it stands for a full name: "Tom" of "Tom Ebeling")
        one_word = len(canon.split()) < 2 or len(ws) == 1 and canon.startswith(ws[0] + " ")
        if one_word and (g is None or len(ws) == 1 and not plausible_name(ctx.text, name, start) or not (
                _AGE_AFTER_NAME.match(ctx.text, end) or _SENTENCE_OPENING.search(ctx.text, max(lo, start - 4), start))):
            # a one-word name is a person when its pronouns say so and it opens a sentence ("Kim, 31, said she …"),
            # unless it is an ordinary word there ("Leaving the building, she said …")
            continue
        if sex is not None and g not in (sex, None):
            continue
        # the words written next to this mention: its role before it ("The Nigerian-born author Chika
        # Obi", not "The newspaper urged Clinton"), an apposition after it
        ls = max(ctx.text.rfind(c, lo, start) for c in ".,;:") + 1
        before = ctx.text[max(ls, start - 60): start].lower()
        before = before[max((pm.end() for pm in _PREPOSITION_WORD.finditer(before)), default=0):].split()
        while before and not all(role_words_ok(w, all_words=True) for w in before):
            before = before[1:]
        after = ctx.text[end: end + 90]
        if after.startswith((",", " (")):
            cut = _APPOSITION_END.search(after, 1)  # up to the verb: "…, a mother of three from Porto, lost"
            after = after[: cut.start() if cut else len(after)].lower()
        else:
            after = ""
        named_spans.append((start, end + len(after) + 1))
        object_named = _PREPOSITION_BEFORE.search(ctx.text, max(lo, start - 12), start) is not None
        if not object_named and (len(ws) > 1 or g is not None):  # (not "One floor below, …": "One" of the article's "Day One")
            named.setdefault(canon, Mention(name, start, end, "name"))
        written = set(re.findall(r"[\w\-]+", " ".join(before) + " " + role_word + " " + (role or "").lower() + " " + after))
        am = _AGE_AFTER_NAME.match(ctx.text, end) or _AGE.search(" ".join(before))
        if age is not None and am is not None and am.group(1) != age.group(1):
            continue  # another age
        if age is not None and am is not None or demonym and not object_named or keys and all(
                k in written or _TITLE_OF_ROLE.get(k) in written for k in keys):
            fitting.setdefault(canon, Mention(name, start, end, "name"))
        elif head in _TEEN_WORDS and am is not None and 13 <= int(am.group(1)) <= 19:
            fitting.setdefault(canon, Mention(name, start, end, "name"))  # "19-year-old fly-half Ciarán …": "the teenager"
        if (age is not None and am is None or head in _PLAYING_POSITIONS or rank or demonym) and _opens_its_sentence(ctx.text, m.start(1), lo) \
                and _SUBJECT_GOES_ON.match(ctx.text, end):
            sentence_subjects.append(Mention(name, start, end, "name"))
    # someone introduced without a name, outside the appositions of those named: "a 34-year-old man
    # from Leeds", "a heckler"
    key = age.group(0) if age else head
    for i in occurrences(ctx.text[: men.start], key, limit=1 << 30):
        nm = _NEW_ONE_BEFORE.search(ctx.text, max(lo, i - 80), i)
        if (nm is not None and ctx.text[i + len(key): i + len(key) + 1] not in ("’", "'")
                and not any(a <= nm.start() <= b for a, b in named_spans)):
            return None
    # a person named with no such words is not enough: "the moderator", "the narrator" are often new people
    if len(fitting) == 1:
        return next(iter(fitting.values()))
    if ((age is not None or head in _PLAYING_POSITIONS or rank) and not fitting or demonym and len(fitting) > 1) and sentence_subjects \
            and not further:
        # "Seamer Jaydev Raghunathan took six for 21. '…,' the 22-year-old said": the age is news, and the
        # descriptor stands for the subject of the story's last sentence about someone, in this paragraph
        # (else the one before: "Teenage sensation Aiyana Redcloud stunned … / “…,” the 17-year-old said");
        # so does a nationality when the paragraph names several ("Eriksen-Holm blamed Armand. “…,” the Dane said")
        here = ctx.paras[para_of(ctx, men.start)][0]
        in_paragraph = [m for m in sentence_subjects if m.start >= here]
        return (in_paragraph or sentence_subjects)[-1]
    if not fitting and not (sentence_subjects and not further) and further < 2 and lo > 0 and (
            age is not None or demonym or head in _PLAYING_POSITIONS or rank):
        if not named and _DEFINING_CLAUSE_NEXT.match(ctx.text, men.end) is None:
            # (not "said the Italian who finished second": the clause tells which one, someone new)
            return _person_just_named(ctx, men, further + 1)
        if further and len(named) == 1:
            return next(iter(named.values()))
    return None


#: a clause after a descriptor that says which person it is: "the Italian| who finished second"
_DEFINING_CLAUSE_NEXT = re.compile(r"[ \xa0]+(?:who|that|whose)[ \xa0]")

#: a preposition right before a name: "Asked about| Hartley", "a header from| Lewis Amadi's cross"
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'])(?:about|with|against|for|from|to|by|at|on|in|over|under|after|before|like|unlike|despite|without|among"
    r"|amid|behind|past|than|toward|towards|into|onto|via)[ \xa0]+$")


#: what follows a sentence's subject: an apposition, or its verb ("Hartley, 23, levelled", "Mikkelsen had made"), not
#: a preposition ("Neilson Barnard via Getty Images.": a photo's credit)
_SUBJECT_GOES_ON = re.compile(r",|[ \xa0]*\(|[ \xa0]+(?!(?:on|in|at|of|for|and|or|to|with|from|by|as|than|via)\b)[a-z]")

#: how a short opening phrase of place or time begins: "In Kipini village, …", "At the rally, …"
_PLACE_OPENERS = ("In ", "At ", "On ", "Outside ", "Inside ", "Near ", "Across ")
#: at most three lower-case words before a name: "farmer ", "local shop owner "
_LOWER_ROLE_OPENER = re.compile(r"(?:[a-z][\w\-]*[ \xa0]+){1,3}")

#: the words a sentence may open with before its subject: "Teenage sensation", "Seamer", "On Saturday, "
_SUBJECT_OPENER = re.compile(r"(?:[A-Z][\w\-]*(?:[’']s?)?(?:[ \xa0]+[\w\-]+(?:[’']s?)?){0,2}[ \xa0]+)?$")


def _opens_its_sentence(text: str, at: int, lo: int) -> bool:
    """Is the name at ``at`` its sentence's subject: first in the sentence, after at most three words
    that describe it ("Teenage sensation Aiyana Redcloud", "The veteran seamer Callum Hatherley", "The All
    Blacks' Sione Latu"), none of them a verb or a preposition?"""
    # (``lo`` opens a paragraph, itself a sentence's start: "City manager Stefan Mikkelsen had made …")
    start = max(text.rfind(c, lo, at) for c in ".!?\n") + 1 or lo
    opener = text[start:at].lstrip(" \xa0“\"‘—–-")  # (and a dateline's dash: "MACON, Ga. — Carl Hensley has …")
    if opener.startswith(_PLACE_OPENERS) and 0 < opener.find(", ") < 50:
        # "In Kipini village, farmer Hassan Galgalo said": the place phrase, then the subject's own words
        opener = opener[opener.find(", ") + 2:]
        if _LOWER_ROLE_OPENER.fullmatch(opener) and role_words_ok(opener.strip(), all_words=True):
            return True
    return _SUBJECT_OPENER.fullmatch(opener) is not None and not any(
        w.endswith("ed") or w in PREPOSITIONS or w in SUBORDINATORS or w in P.IRREGULAR_PAST for w in opener.lower().split())


#: the start of someone introduced without a name, ending where the descriptor's head or age follows: "a 34-year-old "
_NEW_ONE_BEFORE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}$")

#: nouns for a person that profiles and sports reports use for someone just named ("the veteran said")
_PERSON_EPITHETS = {"champion", "veteran", "star", "rookie", "medalist", "medallist", "native", "survivor", "poet",
                    "pilot", "nurse", "artist", "legend", "youngster", "teenager", "teen", "girl", "boy", "mother",
                    "father", "grandmother", "grandfather", "widow", "widower", "mom", "dad", "athlete", "graduate"}

_TEEN_WORDS = {"teenager", "teen"}

#: a player's position, which match reports use for the player just named ("Team-mate Kieran Cole-Davies leapt
#: to his defence. '…,' the winger said")
_PLAYING_POSITIONS = set("""winger striker forward midfielder defender centre-back full-back goalkeeper keeper
fly-half scrum-half hooker prop flanker batsman batter bowler seamer spinner all-rounder wicketkeeper quarterback
pitcher catcher shortstop outfielder point-guard guard linebacker cornerback tailback halfback fullback goalie
netminder defenceman defenseman sprinter freshman sophomore junior senior seed""".split())

#: heads of descriptors that are no single person
_NOT_A_PERSON_HEADS = {"newspaper", "paper", "family", "families", "club", "team", "company", "firm", "government", "campaign", "police",
                       "statement", "group", "side", "couple", "pair", "duo", "league", "city", "country", "state"}


def _titled_subject_just_before(ctx: ArticleContext, head: str, at: int) -> Mention | None:
    """The name opening the last sentence (outside quotations) before ``at`` in its paragraph, when the
    article gives that person the title ``head`` ("Sen. Dale Whitcomb" for "the senator"), else None."""
    pi = para_of(ctx, at)
    if pi < 0:
        return None
    last = None
    for k in (pi, pi - 1) if pi > 0 else (pi,):
        # (in the paragraph before when this one opens with the descriptor: "Ashgrove, 58, served two terms
        # …. ¶ In a brief statement, the senator said")
        for pos, name in _paragraph_subjects(ctx, k):
            if pos < at and not ctx.in_quote(pos):
                last = pos, name
        if last is not None:
            break
    if last is None:
        return None
    pos, name = last
    canon, role = canonical_name(ctx, name, pos)
    if not role or not is_person_name(canon) or role.split()[-1].lower().rstrip(".") not in (head, _TITLE_OF_ROLE.get(head)):
        return None
    return Mention(name, pos, pos + len(name), "name")


def _titled_name_before(ctx: ArticleContext, head: str, at: int, back: int = 1, whole_article: bool = False) -> Mention | None:
    """The last person written with the title ``head`` before ``at`` ("Judge Alan Brewster",
    "defense lawyer Lisa Carr") in this paragraph or the ``back`` before (or, with ``whole_article``,
    anywhere before, and not as "former President Bill Clinton"), if it gives that title to one
    person only (and not as "Vice President Joe Biden")."""
    text = ctx.text
    pi = para_of(ctx, at)
    lo = 0 if whole_article else ctx.paras[max(0, pi - back)][0]
    not_before = _NOT_THE_TITLE + _FORMER if whole_article else _NOT_THE_TITLE
    found = {}
    abbreviated = _TITLE_OF_ROLE.get(head)
    titles = {head[0].upper() + head[1:], head} | ({abbreviated.capitalize() + "."} if abbreviated else set())
    for title in titles:
        for i, m in _names_after(ctx, title, lo, at):
            name = clean_name(m.group(1))
            if ((whole_article or len(name.split()) >= 2) and is_name_ok(name) and is_person_name(name) and not ctx.in_quote(m.start(1))
                    and text[max(0, i - 12): i].split()[-1:] not in not_before):
                found[canonical_name(ctx, name, m.start(1))[0]] = Mention(name, m.start(1), m.start(1) + len(name), "name")
    return next(iter(found.values())) if len(found) == 1 else None


def _names_after(ctx: ArticleContext, phrase: str, lo: int, at: int) -> Iterator[tuple[int, re.Match]]:
    """Each capitalised run written right after ``phrase`` (standing as words of its own) in ``ctx.text[lo:at]``:
    where the phrase is, and the run's match (group 1)."""
    text = ctx.text
    i = text.find(phrase, lo, at)
    while i >= 0:
        if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_’'-")):
            m = _NAME_RUN_AFTER.match(text, i + len(phrase), at)
            if m is not None:
                yield i, m
        i = text.find(phrase, i + 1, at)


def _full_person_name(raw: str) -> str | None:
    """The name of a capitalised run when it is a person's, given and family name at least."""
    name = clean_name(raw)
    return name if len(name.split()) >= 2 and is_name_ok(name) and is_person_name(name) else None


#: words besides a place that may stand in "the … senator": "the former Ohio governor"
_OFFICE_MODIFIERS = {"former", "junior", "senior", "freshman", "longtime", "veteran", "then", "outgoing", "incoming"}

def _office_holder_of_place(ctx: ArticleContext, words: list[str], at: int) -> Mention | None:
    """"the Florida senator", "the former Ohio governor": the one person the article, anywhere before ``at``,
    gives that title ("Sen.", "Governor") and that place (written near the name, "Florida Sen. Marco Rubio",
    or with the party, "(R-Fla.)")."""
    head = words[-1].lower()
    places = [w for w in words[1:-1] if w[:1].isupper()]
    if head not in _TITLE_OF_ROLE or not places or any(w.lower() in _PARTY_LETTER for w in places):
        return None
    if any(not (w[:1].isupper() or w in _OFFICE_MODIFIERS) for w in words[1:-1]):
        return None  # "the Florida senator’s chief of staff"-like phrases, or words naming something else
    place = " ".join(places)
    text = ctx.text
    abbreviated = _TITLE_OF_ROLE[head]
    found: dict[str, Mention] = {}
    for title in (head.capitalize(), abbreviated.capitalize() + "."):
        for i, m in _names_after(ctx, title, 0, at):
            name = _full_person_name(m.group(1))
            if name is None or ctx.in_quote(i):
                continue
            end = m.start(1) + len(name)
            sm = _STATE_MARK_AFTER.match(text, end)
            # "Florida Sen. Marco Rubio", "Marco Rubio (R-Fla.)", "Gov. Kristin Sandoval-Burke of Arizona"
            if place in text[max(0, i - 25):i] or sm is not None and _state_fits(sm.group(1), place) \
                    or text.startswith(" of " + place, end) and not text[end + 4 + len(place):end + 5 + len(place)].isalnum():
                found.setdefault(canonical_name(ctx, name, m.start(1))[0], Mention(name, m.start(1), m.start(1) + len(name), "name"))
    for title in (head.capitalize() + "s ", abbreviated.capitalize() + "s. "):
        i = text.find(title, 0, at)
        while i >= 0:
            # "Sens. Rand Paul (R-Ky.) and Marco Rubio (Fla.)": each name of the list after the plural title, with its state
            for lm in _NAME_WITH_STATE.finditer(text, i + len(title) - 1, min(at, i + len(title) + 120)):
                name = _full_person_name(lm.group(1))
                if name is not None and _state_fits(lm.group(2), place) and not ctx.in_quote(lm.start(1)):
                    found.setdefault(canonical_name(ctx, name, lm.start(1))[0], Mention(name, lm.start(1), lm.start(1) + len(name), "name"))
            i = text.find(title, i + 1, at)
    return next(iter(found.values())) if len(found) == 1 else None


#: a name with its state in brackets, in a list after a plural title: "Rand Paul (Ky.)", "Marco Rubio (R-Fla.)"
_NAME_WITH_STATE = re.compile(r"(" + P.NAME_RUN + r")[ \xa0]*\((?:[RDI]-)?([A-Z][A-Za-z.]{1,12}(?:[ \xa0][A-Z][A-Za-z.]{1,12})?)\)")
#: the state written after a name: " (R-Fla.)", ", D-N.J.,", " (Fla.)"
_STATE_MARK_AFTER = re.compile(r",?[ \xa0]+\(?(?:[RDI]-)?([A-Z][A-Za-z.]{1,12}(?:[ \xa0][A-Z][A-Za-z.]{1,12})?)[),]")


def _named_after_same_words(ctx: ArticleContext, words: list[str], at: int) -> Mention | None:
    """"the Republican presidential candidate", "the billionaire real estate mogul": the one person the article
    wrote, before ``at``, right after those very words ("Republican presidential candidate Donald Trump")."""
    if not words[-1].isalpha() or not words[-1].islower() or words[-1] in NOT_IN_DESCRIPTOR:
        return None
    phrase = " ".join(words)
    found: dict[str, Mention] = {}
    for variant in {phrase, phrase[:1].upper() + phrase[1:]}:
        for i, m in _names_after(ctx, variant, 0, at):
            name = _full_person_name(m.group(1))
            if name is not None and not ctx.in_quote(i):
                found.setdefault(canonical_name(ctx, name, m.start(1))[0], Mention(name, m.start(1), m.start(1) + len(name), "name"))
    return next(iter(found.values())) if len(found) == 1 else None


_POSTS_OF_ONE = set(_TITLE_OF_ROLE) - {"senator", "representative", "governor", "doctor"} | {
    "judge", "sheriff", "coach", "manager", "principal", "superintendent", "chief", "pastor", "bishop", "cardinal",
    "archbishop", "rabbi", "imam", "speaker", "commissioner", "warden", "magistrate", "prosecutor", "trooper"}

_NOT_THE_TITLE = (["Vice"], ["Deputy"], ["Assistant"], ["Associate"], ["vice"], ["deputy"], ["assistant"])
_FORMER = (["former"], ["Former"], ["ex-"], ["late"])

#: a sentence whose subject is a title standing for someone named before: "Speaking to reporters
#: Sunday, the president framed the shooting as …"
#: (the title looked for first, what opens its sentence checked after: a pattern opening with look-behinds is
#: tried at every offset)
_TITLE_SUBJECT = re.compile(
    r"[Tt]he[ \xa0]+((?:[A-Za-z][a-z]+[ \xa0]+){0,2}?)"
    r"(" + "|".join(sorted(_POSTS_OF_ONE | {"president", "senator", "governor", "mayor", "secretary", "congressman",
                                             "congresswoman", "nominee", "candidate", "chancellor", "minister", "leader"}))
    + r"|\d{1,3}-year-old)"  # "The 31-year-old was full of sympathy for …": the one person given that age
    r"[ \xa0]+(?:also[ \xa0]+|then[ \xa0]+)?(?:[a-z]+(?:ed|s)|said|told|wrote)\b"
)
#: a noun set off after a comma, before a clause about it whose subject the title is: ", a nickname| the chief said"
_REDUCED_RELATIVE_OPENING = re.compile(r",[”\"’']?[ \xa0]+an?[ \xa0]+[a-z]+[ \xa0]+$")
#: what stands before the title's "the": a sentence's or clause's start, and "But" or "And"
_TITLE_SUBJECT_OPENING = re.compile(r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][”\"][ \xa0])|(?<=,[ \xa0]))(?:But[ \xa0]+|And[ \xa0]+)?$")


def _titled_subject(ctx: ArticleContext, at: int, gender: str) -> tuple[int, tuple[str | None, str | None]]:
    """The last sentence before ``at``, in this paragraph or the one before, whose subject is "the
    president" (or another title), with the one person the article gave that title, and where."""
    pi = para_of(ctx, at)
    for k in (pi, pi - 1):
        if k < 0:
            break
        ps = ctx.paras[k][0]
        seg = ctx.para_text(k)
        last = start = None
        for m in _TITLE_SUBJECT.finditer(seg, 0, max(0, at - ps)):
            opening = _TITLE_SUBJECT_OPENING.search(seg, max(0, m.start() - 7), m.start()) or (
                # "…, a nickname the chief said he did not love": the subject of a clause about a noun set off
                _REDUCED_RELATIVE_OPENING.search(seg, max(0, m.start() - 30), m.start()))
            if opening is not None:
                last, start = m, ps + opening.start()
        if last is not None and last.group(2)[:1].isdigit():
            if last.group(1):
                return -1, (None, None)
            # (only the one person the article gives that age: "Liam Hartley, 31,")
            aged = _one_person_of_age(ctx, _AGE.fullmatch(last.group(2)), ps + last.start())
            if aged is None:
                return -1, (None, None)
            canon, role = canonical_name(ctx, aged.text, aged.start)
            if len(canon.split()) < 2 or not is_person_name(canon) or _given_name_gender(canon) not in (gender, None):
                return -1, (None, None)
            return ps + last.start(2), (canon, role)
        if last is not None:
            head = last.group(2)
            modifiers = _role_modifiers(["the"] + last.group(1).split() + [head], head)
            titled = (None if modifiers else _titled_name_before(ctx, head, start, whole_article=True)) or \
                _role_apposed_before(ctx, head, start, modifiers)
            if titled is not None:
                canon, role = canonical_name(ctx, titled.text, titled.start)
            elif len(modifiers) == 1 and modifiers[0][:1].isupper():
                # "The Arizona governor was ready" after "Gov. Kristin Sandoval-Burke of Arizona": whom the
                # descriptor stands for, when a person named in full
                known = len(ctx.persons)
                canon, role = resolve(ctx, Mention(seg[last.start():last.end(2)], ps + last.start(), ps + last.end(2), "descriptor"),
                                      ps + last.start())
                if canon is None or len(canon.split()) < 2 or canon.split()[0].lower() == "the" or not is_person_name(canon):
                    del ctx.persons[known:]  # (nobody named: no person for a later "he" either)
                    return -1, (None, None)
            else:
                return -1, (None, None)
            # (not gender_of, whose votes from the pronouns near a surname mislead in a paragraph
            # about someone else: a title holder's sex is told by the given name, if at all)
            if _given_name_gender(canon) not in (gender, None):
                return -1, (None, None)
            return ps + last.start(2), (canon, role)
    return -1, (None, None)


#: a name set in apposition to a role: 'the farming minister, Daniel Croft,', "India's environment minister,
#: Rajesh Kumar Verma," and 'Paul Mwangi, the park's senior warden' (two patterns: the matches of one may
#: overlap the other's; the role's head noun is group 1 or 2)
_ROLE_WORDS = r"(?:[\w’'\-]+[ \xa0]+){0,3}(" + "|".join(sorted(P.ROLE_HEADS, key=len, reverse=True)) + r")s?"
_ROLE_THEN_NAME = re.compile(r"(?=[A-Zat])(?:\b[Tt]he|\b[Aa]n?|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0]+" + _ROLE_WORDS + r",[ \xa0]+(" + P.NAME_RUN + r"),")
_NAME_THEN_ROLE = re.compile(NAME_START + r"(" + P.NAME_RUN + r"),(?:[ \xa0]+" + PARTY_STATE_MARK + r",)?[ \xa0]+(?:the|an?|[A-Z][\w’'\-]*(?:’s|'s|s’|s'))[ \xa0]+" + _ROLE_WORDS + r"\b")


def _role_apposed_before(ctx: ArticleContext, head: str, at: int, modifiers: tuple[str, ...] = ()) -> Mention | None:
    """The one person set in apposition to a role with the head ``head``, outside quotations, in this
    paragraph or the one before (the four before for a post one person holds: see ``_POSTS_OF_ONE``).

    With ``modifiers`` (the words before the head: "opposition" of "the opposition leader"), the one
    whose role has them all counts first, in the four paragraphs before ("The opposition leader,
    Margaret Ainsley, …" and not "The deputy leader, Joanna Fenwick, …")."""
    text = ctx.text
    pi = para_of(ctx, at)
    near_lo = ctx.paras[max(0, pi - (4 if head in _POSTS_OF_ONE else 3))][0]
    lo = ctx.paras[max(0, pi - 4)][0] if modifiers else near_lo
    if text.find(head, lo, at) < 0:
        return None
    found: dict[str, Mention] = {}
    fitting: dict[str, Mention] = {}
    found_names = [(m.group(1), m.start(2), m.group(2), text[m.start():m.end(1)]) for m in _ROLE_THEN_NAME.finditer(text, lo, at)]
    found_names += [(m.group(2), m.start(1), m.group(1), text[m.end(1):m.end(2)]) for m in _NAME_THEN_ROLE.finditer(text, lo, at)]
    for role_head, start, raw, role in found_names:
        if role_head.lower() != head:
            continue
        name = clean_name(raw)
        if len(name.split()) >= 2 and is_name_ok(name) and is_person_name(name) and not ctx.in_quote(start):
            canon = canonical_name(ctx, name, start)[0]
            men = Mention(name, start, start + len(name), "name")
            if modifiers and set(modifiers) <= set(role.lower().split()):
                fitting[canon] = men
            if start >= near_lo:
                found[canon] = men
    chosen = fitting or found
    return next(iter(chosen.values())) if len(chosen) == 1 else None


#: words before a role's head that tell nothing of which holder is meant
_PLAIN_ROLE_WORDS = _PLAIN_DESCRIPTOR_WORDS | {"current", "outgoing", "incoming", "top", "senior"}


def _role_modifiers(words: list[str], head: str) -> tuple[str, ...]:
    """The words of a descriptor before its role's head that say which holder: "opposition" of "the
    opposition leader" (not "new" or "former")."""
    before = words[1:words.index(head)] if head in words[1:] else []
    return tuple(w for w in before if w not in _PLAIN_ROLE_WORDS and w.isalpha())


#: a name after a title: "Judge| Alan Brewster"
_NAME_RUN_AFTER = re.compile(r"[ \xa0]+(" + P.NAME_RUN + r")")


#: "Braynard, a South Carolina native who …": a name opening its clause, then a comma
_NAME_BEFORE_APPOSITION = re.compile(NAME_START + r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n)|(?<=[—–]\s))(" + P.NAME_RUN + r"),[ \xa0]+$")

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
    name = clean_name(nm.group(1))
    words = name.split()
    if not is_name_ok(name) or words[0].lower() in DAYWORDS or not is_person_name(name) or is_place(name):
        return None
    if not plausible_name(ctx.text, name, nm.start(1)):
        return None
    return Mention(name, nm.start(1), nm.start(1) + len(name), "name")


#: a name set off right after a descriptor, after at most three lower-case words that describe it:
#: "One victim|, 86-year-old widow Margaret Ellery,", "The neighbour|, retired architect Julian Strickland-Wyatt,"
_NAME_APPOSED_AFTER = re.compile(r",[ \xa0]+((?:[a-z0-9][\w\-]*[ \xa0]+){0,3}?)(" + P.NAME_RUN + r")(?:,[ \xa0]|\.(?:\s|$))")


def _name_apposed_after(ctx: ArticleContext, men: Mention) -> Mention | None:
    """The name a descriptor is set in apposition to, right after it: "One victim, 86-year-old widow
    Margaret Ellery, said" is Margaret Ellery."""
    nm = _NAME_APPOSED_AFTER.match(ctx.text, men.end)
    if nm is None or any(w in PREPOSITIONS or w in {"and", "or", "but", "who", "which", "that"} for w in nm.group(1).split()):
        return None
    name = clean_name(nm.group(2))
    if (len(name.split()) < 2 or not is_name_ok(name) or name.split()[0].lower() in DAYWORDS or not is_person_name(name)
            or is_place(name) or name.split()[-1].lower().rstrip(".") in P.ABBREVIATIONS):
        return None  # not "Scott’s niece, state Del.": a title, whose name comes after it
    start = nm.start(2) + nm.group(2).index(name.split()[0])
    return Mention(name, start, start + len(name), "name")


def _named_with_descriptor_before(ctx: ArticleContext, men: Mention) -> Mention | None:
    """The name set off after the same descriptor earlier: "confirmed by her daughter, Susan Hart. … “…,”
    her daughter said" is Susan Hart's (one such name only)."""
    words = men.text.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her", "their") or words[-1] not in _PEOPLE_OF_SOMEONE:
        return None
    found = {}
    for m in _names_after_descriptor(ctx.text, men.text, max(0, men.start - 3000), men.start):
        name = clean_name(m.group(1))
        if is_name_ok(name) and " " in name and is_person_name(name):
            found.setdefault(name, m.start(1))
    if len(found) != 1:
        return None
    name, at = next(iter(found.items()))
    return Mention(name, at, at + len(name), "name")


#: a name set off after a descriptor ("her daughter|, Susan Hart,"), in any case as the descriptor is
_NAME_AFTER_DESCRIPTOR = re.compile(r",[ \xa0]+(" + P.NAME_RUN + r")(?=[,.;])", re.I)


def _names_after_descriptor(text: str, descriptor: str, pos: int, endpos: int) -> Iterator[re.Match]:
    """What ``re.finditer(r"\\b<descriptor>,[ \\xa0]+(NAME_RUN)(?=[,.;])", text, re.I)`` finds in ``[pos, endpos)``: the
    descriptor searched on its own, the name matched after it (one pattern per descriptor, compiled
    with NAME_RUN, took milliseconds each)."""
    words = re.compile(r"\b" + re.escape(descriptor), re.I)
    while (d := words.search(text, pos, endpos)) is not None:
        m = _NAME_AFTER_DESCRIPTOR.match(text, d.end(), endpos)
        if m is None:
            pos = d.start() + 1
            continue
        yield m
        pos = m.end()


def _modifiers_fit(text: str, modifiers: list[str], canonical: str, until: int) -> bool:
    """Are the capitalised modifiers of a descriptor ("Florida" in "the Florida senator") written
    near a mention of ``canonical``, not counting the descriptor itself (at ``until``) unless set in
    apposition to it ("Scott Reed, the Chamber's chief strategist")?"""
    caps = [w for w in modifiers if w[:1].isupper()]
    # (and the words that tell one holder of a title from another: "the majority leader" is no "Minority Leader")
    rank = [w.lower() for w in modifiers if w.lower() in _RANK_WORDS]
    if not caps and not rank:
        return True
    last = canonical.split()[-1]
    for i in occurrences(text, last, 30):
        end = i + len(last) + 50
        if until - (i + len(last)) > 3:
            end = min(end, until)  # "… with Sen. Joni Ernst, R-Iowa. The Florida senator": not Ernst's "Florida"
        near = text[max(0, i - 50): end]
        if all(w in near for w in caps) and all(w in near.lower() for w in rank):
            return True
    return False


#: modifiers that tell apart holders of one title: "majority leader", "minority leader", "vice president"
_RANK_WORDS = {"majority", "minority", "vice", "deputy", "assistant", "associate"}


_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|his|her|its)\s+([^,.;:()“”\"]{1,80}?)\s*(?:[,.;:)]|$)")

_PREP = re.compile(r"\s(?:of|for|at|in|on|to|under|from|with|who|which|and|since)\s")


#: a role set before the name it describes: "The Archbishop of Canterbury, |Justin Welby,"
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+([^,.;:()“”\"]{1,80}?),\s+$")


def _role_heads_near(text: str, start: int, end: int) -> list[str]:
    """Role nouns written next to a name: "Kremlin spokesman Dmitry Peskov", "Peskov, the spokesman,",
    "The Archbishop of Canterbury, Justin Welby,"."""
    heads = []
    w = role_word_before(text, start)
    if w is not None and is_role_noun(w):
        heads.append(w)
    if text[start - 2: start] == ", " and text[end: end + 1] == ",":
        # (set off on both sides: "the president, John Doe and …" is a list)
        before = _ROLE_BEFORE.search(text, max(0, start - 100), start)
        if before:
            head = _role_head(before.group(1))
            if head is not None:
                heads.append(head)
    m = _ROLE_AFTER.match(text, end, min(len(text), end + 120)) if text.startswith(",", end) else None
    if m:
        head = _role_head(m.group(1))
        if head is not None:
            heads.append(head)
    return heads


def _role_head(phrase: str) -> str | None:
    """The role noun heading a descriptor ("spokesman" in "Kremlin spokesman for Europe")."""
    cut = _PREP.search(" " + phrase + " ")
    if cut:
        phrase = (" " + phrase + " ")[: cut.start()].strip()
    ws = phrase.split()
    return ws[-1].lower() if ws and is_role_noun(ws[-1].lower()) else None


#: a name right after one of these is the object of a phrase, not the subject of the cue after it
_OBJECT_PREPOSITIONS = {"for", "at", "with", "from", "in"}  # "… of the Weather Service in Jackson said": a place

_LOWER_WORD_NEXT = re.compile(r"[ \xa0]+[a-z]")


def _names_at_cues(ctx: ArticleContext, pi: int) -> list[tuple[int, str]]:
    """Names right before or after a cue verb outside quotations: "Sabato said", "said Sunshine"."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    out = []
    for a, b, form in ctx.cues(pi):
        if form.endswith("ing") or form in P.WEAK_CUES:
            continue  # not "Trump continued to hurt his cause": a weak cue is no report away from a quotation
        lo = a - 80 if a > 80 else 0
        span = P.name_run_before(masked, a - 1, lo) if a > 0 and masked[a - 1] == " " else None
        if span is not None:
            name = clean_name(masked[span[0]:span[1]])
            words = name.split()
            while words and words[0].lower() in DAYWORDS:
                words = words[1:]
            name = " ".join(words)
            if name and is_name_ok(name):
                before = masked[span[1] - len(name) - 12 if span[1] - len(name) > 12 else 0: span[1] - len(name)].split()[-1:]
                if before and before[0].lower() in SUBORDINATORS:
                    continue  # "Ryan did not exude confidence when Tapper asked …": not the one talked about
                if before and (before[0] in ("of", "the") or before[0] in P.BODY_KIND_WORDS):
                    # "Analyst Rohan Mehta of Ferris Research said", "… of the group Digital Fairness said": the
                    # person, not the firm
                    who = _person_of_body(masked, span[1] - len(name), lo)
                    if who is not None:
                        out.append((ps + who[0], who[1]))
                        continue
                if before and before[0] in _OBJECT_PREPOSITIONS:
                    continue  # "A spokesman for Maersk said": the spokesman said it, not Maersk
                if before and is_demonym_phrase(before[0] + " " + name):
                    continue  # "Afterward the Russian said": no name
                out.append((ps + span[1] - len(name), name))
                continue
        if masked[b:b + 1] != " " or not _after_comma_or_quote(masked, a):
            continue
        m = P.NAME_AT_START.match(masked, b)
        if m and not _LOWER_WORD_NEXT.match(masked, m.end()):
            # "…, said Kunin." but not "…, for example, said Trump continued to hurt": the subject of the report
            name = clean_name(m.group(1))
            if is_name_ok(name) and name.split()[0].lower() not in DAYWORDS:
                out.append((ps + m.start(1), name))
    return out


#: what joins a person to the body named right after: " of ", " of the ", " with the ", " at the "
_BODY_LINK_AT_END = re.compile(r"[ \xa0](?:of|(?:of|with|at|from)[ \xa0]+(the)" + P.BODY_KIND + r")[ \xa0]+$")


def _person_of_body(text: str, at: int, lo: int) -> tuple[int, str] | None:
    """The person of two words or more written before the link to the body whose name starts at ``at``
    ("Analyst Rohan Mehta of| Ferris Research", "Professor Hélène Dubois-Marchand of the| Sorbonne"), with
    where the name starts."""
    link = _BODY_LINK_AT_END.search(text, at - 32 if at - 32 > lo else lo, at)
    if link is None:
        return None
    span = P.name_run_before(text, link.start(), lo)
    if span is None:
        return None
    who = clean_name(text[span[0]:span[1]])
    rest, role = split_role(who)
    if len(rest.split()) < 2 or not is_person_name(rest) or not is_name_ok(rest) or who.split()[0].lower() in DAYWORDS:
        return None
    prev = text[max(lo, span[0] - 30):span[0]].split()[-1:]
    if role is None and link.group(1) is None and not (prev and prev[0].islower() and is_role_noun_of_person(prev[0])) and not (
            P.given_name_gender(rest.split()[0]) is not None):
        # a person introduced with a role ("analyst Rohan Mehta of") or by a known given name ("Pierre Lambert of"),
        # not "Chief of Staff Katie Walsh"
        return None
    start = span[0] + text[span[0]:span[1]].index(rest.split()[0])
    return start, rest


def _after_comma_or_quote(s: str, at: int) -> bool:
    """Is the last character before ``at``, blanks aside, a comma or a closing quotation mark?"""
    j = at
    while j > 0 and s[j - 1].isspace():
        j -= 1
    return s[j - 1:j] in (",", "”", '"')


_CUE_NEXT = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]+ed|said|says|told|tells|wrote|writes)(?![\w’'-])")


def _mid_sentence(text: str, word: str) -> bool:
    """Is ``word`` written capitalised in mid-sentence somewhere (a name, not "Delegates" opening a sentence)?"""
    for i in occurrences(text, word, 200):
        j = i - 1
        if j > 0 and text[j] in " \xa0" and (text[j - 1].islower() or text[j - 1] in ",”\""):
            return True  # after a lower-case word, a comma or a quotation ('“…!” Cruz said')
    return False


def _cue_subjects(ctx: ArticleContext, pi: int, names: list[tuple[int, str]]) -> set[int]:
    """Offsets of paragraph ``pi``'s names at cues (``names``) that are the cue's subject: two words or
    more, or one right before the cue and capitalised mid-sentence elsewhere. Found once per paragraph."""
    got = ctx.cue_subjects.get(pi)
    if got is None:
        text = ctx.text
        got = {x[0] for x in names if " " in x[1] or _CUE_NEXT.match(text, x[0] + len(x[1])) and _mid_sentence(text, x[1])}
        ctx.cue_subjects[pi] = got
    return got


_SENTENCE_GAP = re.compile(r"[.!?][”\"’]?\s")


def _paragraph_subjects(ctx: ArticleContext, k: int) -> list[tuple[int, str]]:
    """Paragraph ``k``'s sentence and clause subjects (see :func:`_subject_names`): found once per paragraph."""
    subjects = ctx.subjects.get(k)
    if subjects is None:
        subjects = ctx.subjects[k] = _subject_names(ctx, ctx.paras[k][0], ctx.paras[k][1])
    return subjects


def _paragraph_names(ctx: ArticleContext, k: int) -> tuple[list[tuple[int, str]], set[int]]:
    """Paragraph ``k``'s subjects and names at cues, and the offsets of those at cues that are the
    cue's subject: found once per paragraph."""
    subjects = _paragraph_subjects(ctx, k)
    at_cues = ctx.cue_names.get(k)
    if at_cues is None:
        at_cues = _names_at_cues(ctx, k)
        ctx.cue_names[k] = at_cues
    return subjects + at_cues, _cue_subjects(ctx, k, at_cues)


_POS = itemgetter(0)


def _antecedent_candidates(ctx: ArticleContext, pi: int, lo: int, at: int, at_cue: set[int]
                           ) -> Iterator[tuple[int, int, str, str | None]]:
    """The people ``at`` may refer to, most recent first: the six last subjects and names at cues (kind
    0) and the persons already resolved (kind 1) in ``[lo, at)``, paragraph ``pi`` and the two before.

    A paragraph's names are looked for only once the candidates after it are used up (most pronouns
    find theirs in their own paragraph); ``at_cue`` gains the offsets of the names at cues found so far
    (a candidate's own paragraph among them, the only one its offset can be in)."""
    persons = [(pos, 1, canon, role) for pos, canon, role in ctx.persons if lo <= pos < at]
    names_left = 6
    hi = at
    first = pi - 2 if pi > 2 else 0
    for k in range(pi, first - 1, -1):
        k_lo = lo if k == first or ctx.paras[k][0] < lo else ctx.paras[k][0]
        names, cue_subjects = _paragraph_names(ctx, k)
        at_cue |= cue_subjects
        subj = sorted((x for x in names if lo <= x[0] < at), reverse=True)[:names_left]
        names_left -= len(subj)
        merged = [(pos, 0, name, None) for pos, name in subj]
        merged.extend(c for c in persons if k_lo <= c[0] < hi)
        merged.sort(key=_POS, reverse=True)
        yield from merged
        hi = k_lo
    # (before the first paragraph: the persons only)
    yield from sorted((c for c in persons if c[0] < hi), key=_POS, reverse=True)


#: the capitalised words right after a name: "Ashford| Town", "Lumora| Systems"
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ \xa0]+[A-Z][\w&\-]*){1,3}")


def _opens_an_org_name(text: str, word: str) -> bool:
    """Does the article write ``word`` as the first word of an organisation's name ("Ashford Town",
    "Harlow United", "Lumora Systems")?"""
    for i in occurrences(text, word, limit=1 << 30):
        m = _CAPITALISED_WORDS_AFTER.match(text, i + len(word))
        if m is not None and any(w.lower() in P.ORG_WORDS for w in m.group().split()):
            return True
    return False


def _people_plural(word: str) -> bool:
    """Is ``word`` a plural for people by nation or party ("Americans", "Democrats"), never a he or she?"""
    return word.endswith("s") and (word[:-1] in _PARTY_MEMBERS or is_demonym_phrase("the " + word[:-1]))


_PARTY_MEMBERS = {"Democrat", "Republican", "Conservative", "Liberal", "Independent", "Tory", "Socialist", "Progressive"}


def _common_plural(text: str, word: str) -> bool:
    """Is ``word`` a plural noun capitalised because it opens a sentence ("Employees described …"), the
    article writing it in lower case too?"""
    return word.endswith("s") and word[1:].islower() and next(occurrences(text, word.lower(), 1), None) is not None


def _shared_surname_of_sex(ctx: ArticleContext, surname: str, gender: str, at: int) -> tuple[str, str | None] | None:
    """The one person of the given sex among those the article names in full with ``surname`` before ``at``
    ("Evangeline Marsh" among her son Julian and husband Leonard Marsh), else None."""
    fitting = [(full, v[1]) for full, v in _forms_of(ctx, surname).items()
               if " " in full and v[2] < at and is_person_name(full) and gender_of(ctx, full, v[1]) == gender]
    return fitting[0] if len(fitting) == 1 else None


#: a pronoun's report tag set off right after a name: "Feeney|, he noted, had attended …"
_PRONOUN_TAG_AFTER = re.compile(r",[ \xa0]+(?:he|she)[ \xa0]+(?:said|says|added|adds|noted|notes|argued|argues|insisted|insists|recalled|recalls|conceded|concedes),")


def _antecedent(ctx: ArticleContext, at: int, gender: str | None, exclude: str | None = None) -> tuple[str | None, str | None]:
    # the paragraph holding `at` and the two before
    pi = para_of(ctx, at)
    lo = ctx.paras[pi - 2 if pi > 2 else 0][0] if pi >= 0 else 0
    lo = at - 1500 if at - 1500 > lo else lo
    at_cue: set[int] = set()  # offsets of names written next to a cue verb ("Feinstein said")
    # names are canonicalised (and gendered) only as far as needed
    candidates = _antecedent_candidates(ctx, pi, lo, at, at_cue)
    weak = None
    seen = 0
    for pos, kind, name, role in candidates:
        if kind == 0:
            if ctx.text[pos + len(name):at].strip() == "," or _PRONOUN_TAG_AFTER.match(ctx.text, pos + len(name), at):
                continue  # "Whitcombe, he added, had been …": the one he speaks of, not he (nor a later he)
            canon, role = canonical_name(ctx, name, pos)
            if not is_person_name(canon):
                continue
            if gender is not None and " " not in name and gender_of(ctx, canon, role) not in (gender, None):
                # "Julian Marsh said … Marsh recalled the pitch. “…,” she said": the one Marsh the pronoun fits
                kin = _shared_surname_of_sex(ctx, name, gender, at)
                if kin is not None:
                    canon, role = kin
        else:
            canon = name
        if canon == exclude:
            continue
        seen += 1
        if seen > 8:
            break
        if len(canon.split()) == 1 and not role and (_opens_an_org_name(ctx.text, canon) or _common_plural(ctx.text, canon)
                                                      or gender is not None and _people_plural(canon)):
            continue  # "Ashford’s winner came …" after "Ashford Town": the club; "Employees described …", "Americans": people
        g = gender_of(ctx, canon, role) if gender is not None else None
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


#: the titles a person is addressed or spoken of by, before a name: "Senator Ames", "Secretary Clinton"
_TITLES_BEFORE_NAME = r"(?:Mr|Mrs|Ms|Dr|Sen|Senator|Secretary|Governor|Gov|Mayor|President|Congressman|Congresswoman)\.?"
#: a name a quotation opens by addressing: "“Russ|, we've been waiting”", "“Senator Ames|, …”"
VOCATIVE_OPENING = re.compile(r"(?:" + _TITLES_BEFORE_NAME + r"[ \xa0]+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?),[ \xa0]")


def _quote_tagged_at(ctx: ArticleContext, at: int) -> RawQuote | None:
    """The quotation that the pronoun at ``at`` tags right after its closing mark ('“…,” he said')."""
    pi = para_of(ctx, at)
    quote = None
    for q in ctx.by_para.get(pi, ()):
        if q.close_mark is not None and q.close_mark < at:
            quote = q
    if quote is None or ctx.text[quote.close_mark + 1:at].strip(" \xa0,"):
        return None
    return quote


def _named_in_quote(ctx: ArticleContext, at: int, canon: str) -> bool:
    """Does the quotation the pronoun at ``at`` tags speak of ``canon`` by full name or title and surname
    ("Senator Sanders's message", "Secretary Clinton can be held responsible"), outside any quotation of its
    own? People do not speak of themselves so; someone else said it."""
    names = canon.split()
    quote = _quote_tagged_at(ctx, at) if len(names) > 1 else None
    if quote is None:
        return False
    words = _INNER_SINGLE_QUOTE.sub(" ", ctx.text[quote.start:quote.end])
    if names[-1] not in words:
        return False
    return re.search(r"(?:(?<![\w’'\-])" + re.escape(names[0]) + r"|" + _TITLES_BEFORE_NAME + r")[ \xa0]+"
                     + re.escape(names[-1]) + r"(?![\w\-])(?![ \xa0]+[A-Z])", words) is not None


#: a quotation in single marks inside another: "He whispered, ‘Billie Jean King, you are the Queen’"
_INNER_SINGLE_QUOTE = re.compile(r"‘[^’]*’")


def _addressed_in_quote(ctx: ArticleContext, at: int, canon: str) -> bool:
    """Does the quotation just before the pronoun at ``at`` open by addressing ``canon`` by a name of
    theirs ("Russ" for "Russell Pembrook", "Pembrook")? Then its speaker is someone else."""
    quote = _quote_tagged_at(ctx, at)
    if quote is None or quote.start != quote.open_mark + 1:
        return False
    vm = VOCATIVE_OPENING.match(ctx.text, quote.start, quote.end)
    if vm is None:
        return False
    word = vm.group(1)
    names = canon.split()
    return word == names[-1] or len(names) > 1 and len(word) >= 3 and names[0].startswith(word)


def _pronoun_led(ctx: ArticleContext, at: int, pronoun: str, got: tuple[str | None, str | None]
                 ) -> tuple[str | None, str | None]:
    """'She appeared to imply that Trump … than Clinton, the former secretary. “…,” she said': a
    name inside a sentence whose subject is the same pronoun is not what the pronoun stands for;
    the person that pronoun went on from is."""
    pos = ctx.text.rfind(got[0].split()[-1], 0, at)
    if pos < 0:
        return got
    pi = para_of(ctx, pos)
    ps = ctx.paras[pi][0]
    start = sentence_bounds(ctx.para_text(pi), pos - ps, ctx.ends(pi))[0] + ps
    m = _PRONOUN_OPENING.match(ctx.text, start)
    if m is None or m.group(1).lower() != pronoun or pos < m.end():
        return got
    first = ctx.text.rfind(got[0].split()[0], max(start, pos - 40), pos + 1)
    before = [w for w in ctx.text[start: first if first >= 0 else pos].split()[-3:] if w.lower() not in {"a", "an", "the"}]
    if not before or before[-1].lower() not in PREPOSITIONS | {"than"}:
        return got  # the name must be an object ("than Clinton", "on a South Korean passport")
    gender = "m" if pronoun == "he" else "f"
    for q, canon, role in reversed(ctx.persons):
        if q < start and canon != got[0] and gender_of(ctx, canon, role) in (gender, None):
            return canon, role
    return got


#: a name opening a clause, then its verb: "a fact |Combs was| quick to note", "The 34-year-old |Doyle, who
#: joined in the summer, has| scored" (the name in group 1)
_CLAUSE_SUBJECT = re.compile(
    NAME_START + r"(?<![\w’'.])(" + P.NAME_RUN + r")(?:,[ \xa0]+who[ \xa0][^,.;:!?“”\"]{1,100},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?"
    r"(?:was|is|has|had|did|does|would|will|could|can|[a-z]{2,}ed|" + "|".join(sorted(P.IRREGULAR_PAST)) + r")(?![\w’'-])")


def _sentence_before_quote(ctx: ArticleContext, at: int) -> tuple[str, int, int, int] | None:
    """The sentence before the quotation that the pronoun at ``at`` follows, when that quotation opens a
    sentence after another in its paragraph (not "between Clinton and Sanders is a “…”"): the masked
    paragraph, its offset, and the sentence's start and the quotation's opening mark relative to it."""
    pi = para_of(ctx, at)
    quote = None
    for q in ctx.by_para.get(pi, ()):
        if q.end <= at:
            quote = q
    if quote is None:
        return None
    ps = ctx.paras[pi][0]
    seg = ctx.para_text(pi)
    opens = quote.open_mark - ps
    start = sentence_bounds(seg, opens, ctx.ends(pi))[0]
    if start == 0 or seg[start:opens].strip():
        return None
    return seg, ps, sentence_bounds(seg, start - 1, ctx.ends(pi))[0], opens


def _clause_subject_before_quote(ctx: ArticleContext, at: int, gender: str, guessed_gender_ok: bool = False
                                 ) -> tuple[str | None, str | None]:
    """The person whose name is the subject of a clause in the sentence right before the quotation
    that the pronoun at ``at`` follows, written in full elsewhere: "The court upheld the map, a fact
    Combs was quick to note. “…,” he said" is Dwight Combs (the last such name of a fitting sex; with
    ``guessed_gender_ok``, of any sex but one a title, a known given name or a Mr./Ms. gives)."""
    before = _sentence_before_quote(ctx, at)
    if before is None:
        return None, None
    seg, ps, start, opens = before
    got = None, None
    for m in _CLAUSE_SUBJECT.finditer(seg, start, opens):
        name = clean_name(m.group(1))
        if not is_name_ok(name) or name.split()[0].lower() in DAYWORDS:
            continue
        if seg[m.start(1) - 4 if m.start(1) > 4 else 0: m.start(1)].lower() == "the ":
            # "the Iowa Republican did not hesitate": a descriptor, the party member it stands for
            member = _party_member(ctx, Mention(name, ps + m.start(1), ps + m.start(1) + len(name), "descriptor"))
            if member is None:
                continue
            canon, role = member
        else:
            canon, role = canonical_name(ctx, name, ps + m.start(1))
        if len(canon.split()) < 2 or not is_person_name(canon):
            continue
        if gender_of(ctx, canon, role) in (gender, None) or guessed_gender_ok and _known_gender(ctx, canon, role) in (gender, None):
            got = canon, role
    if got[0] is None and "year-old" in seg[start:opens]:
        # "Asked about his plans, the 79-year-old said he would return to Astoria. “…,” he told reporters"
        am = _AGE_SUBJECT.search(seg, start, opens)
        if am is not None:
            canon, role = resolve(ctx, Mention(am.group(1), ps + am.start(1), ps + am.end(1), "descriptor"), ps + am.start(1))
            if canon is not None and len(canon.split()) > 1 and is_person_name(canon) and gender_of(ctx, canon, role) in (gender, None):
                got = canon, role
    return got


_AGE_SUBJECT = re.compile(r"(?<![\w’'])([Tt]he[ \xa0]+" + _AGE.pattern + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:said|says|told|tells|added|[a-z]{2,}ed)\b")


#: a relative of someone, by sex, as the subject of a sentence: "His daughter said …"
_RELATIVES = {**dict.fromkeys("""daughter wife mother sister widow grandmother granddaughter niece aunt stepdaughter
                               stepmother""".split(), "f"),
              **dict.fromkeys("""son husband father brother widower grandfather grandson nephew uncle stepson
                               stepfather""".split(), "m")}
_RELATIVE_SUBJECT = re.compile(
    r"(?:His|Her|Their)[ \xa0]+(?:(?:eldest|oldest|youngest|younger|elder|only|late)[ \xa0]+)?(" + "|".join(sorted(_RELATIVES)) + r")"
    r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:said|says|told|tells|recalled|added|wrote|[a-z]{2,}ed|" + "|".join(sorted(P.IRREGULAR_PAST)) + r")\b")


#: a relative's given name set off after whose relative they are: "Dr Oakeshott's husband, Martin,"
_OWNER_KIN_GIVEN = re.compile(NAME_START + r"(" + P.NAME_RUN + r")(?:’s|'s)[ \xa0]+(?:late[ \xa0]+)?(?:" + "|".join(sorted(_RELATIVES))
                              + r")[ \xa0]*,?[ \xa0]+([A-Z][a-z]+)\b")


def _relative_full_name(ctx: ArticleContext, given: str, at: int) -> str | None:
    """"Martin Oakeshott" for "Martin" when the article introduced him as "Dr Oakeshott's husband, Martin,"."""
    i = ctx.text.rfind(given, 0, at + len(given))
    lo = max(0, i - 120)
    for m in _OWNER_KIN_GIVEN.finditer(ctx.text, lo, i + len(given)):
        if m.group(2) == given:
            surname = split_role(clean_name(m.group(1)))[0].split()[-1]
            if surname[:1].isupper() and surname.lower() not in DAYWORDS:
                return given + " " + surname
    return None


def _relative_before_quote(ctx: ArticleContext, at: int, gender: str) -> tuple[str, str | None] | None:
    """The relative the sentence before the quotation that a he or she at ``at`` follows opens with, by
    the one name the article sets off after that word ("a daughter, Meera Chaudhary-Lewis" for "His
    daughter said he …. “…,” she said"); None when there is no such sentence, or no name or several."""
    pi = para_of(ctx, at)
    seg = ctx.para_text(pi)
    if seg.find("His ") < 0 and seg.find("Her ") < 0 and seg.find("Their ") < 0:
        return None  # (a cheap test first)
    before = _sentence_before_quote(ctx, at)
    if before is None:
        return None
    seg, ps, start, _ = before
    m = _RELATIVE_SUBJECT.match(seg, start)
    if m is None or _RELATIVES[m.group(1)] != gender:
        return None
    found = {}
    for nm in _names_after_descriptor(ctx.text, m.group(1), 0, ps + start):
        name = clean_name(nm.group(1))
        if " " in name and is_name_ok(name) and is_person_name(name) and not ctx.in_quote(nm.start(1)):
            found.setdefault(canonical_name(ctx, name, nm.start(1))[0], None)
    if not found:
        # "Walter's grandson, Evan Grant, stood beside him. … His grandfather put a hand on his shoulder": the
        # one whose grandson the article says someone is
        inverse = _INVERSE_KIN.get(m.group(1), ())
        for om in _KIN_OWNER.finditer(ctx.text, 0, ps + start):
            if om.group(2) in inverse and not ctx.in_quote(om.start(1)):
                name = clean_name(om.group(1))
                if is_name_ok(name) and is_person_name(name):
                    found.setdefault(canonical_name(ctx, name, om.start(1))[0], None)
    if len(found) != 1:
        return None
    return next(iter(found)), None


#: the relatives someone is of those they are kin to: one's grandfather's grandson
_INVERSE_KIN = {"grandfather": ("grandson", "granddaughter"), "grandmother": ("grandson", "granddaughter"),
                "father": ("son", "daughter"), "mother": ("son", "daughter"), "uncle": ("nephew", "niece"),
                "aunt": ("nephew", "niece")}
#: whose relative someone is: "Walter's| grandson"
_KIN_OWNER = re.compile(NAME_START + r"(" + P.NAME_RUN + r")(?:’s|'s)[ \xa0]+(grandson|granddaughter|son|daughter|nephew|niece)\b")


def _known_gender(ctx: ArticleContext, canonical: str, role: str | None) -> str | None:
    """A person's sex as a title ("Sen.", "Mrs."), a known given name or the article's "Mr."/"Ms." give it,
    not guessed from the pronouns after the name."""
    for w in (role or "").lower().replace(".", "").split():
        if w in P.FEMALE_TITLES or w in P.MALE_TITLES:
            return "f" if w in P.FEMALE_TITLES else "m"
    return _given_name_gender(canonical) or _honorific_gender(ctx, canonical.split()[-1])


_PRONOUN_OPENING = re.compile(r"[“\"‘]?(?:(?:But|And|Yet|Still|Then|Now|Later)[ \xa0]+)?([Hh]e|[Ss]he)[ \xa0]+(?!said\b|says\b)[a-z]")

_NOT_ONE_PERSON = INDEFINITE_PRONOUNS | {"none", "nothing", "everything", "something", "all", "both", "each", "either", "neither"}


def _earlier_person(ctx: ArticleContext, at: int, gender: str) -> tuple[str | None, str | None]:
    """The most recent speaker of the right gender, however far back: a paragraph that goes on
    about one person without naming them."""
    for pos, canon, role in reversed(ctx.persons):
        if pos < at and gender_of(ctx, canon, role) in (gender, None):
            return canon, role
    return None, None


_OF_AFTER_CAPITAL = re.compile(r"[A-Z][\w’'\-]*[ \xa0]+of[ \xa0]+$")

ANY_NAME = re.compile(NAME_START + r"(?<![\w’'.])(" + P.NAME_RUN + r")")


#: nouns for a place whose name follows "of": "the harbour town of Kestrel Bay" is no he or she
_PLACE_NOUNS = {"town", "city", "village", "county", "state", "province", "region", "port", "island", "islands",
                "suburb", "district", "capital", "borough", "parish", "valley", "republic", "kingdom", "municipality"}


#: an owner's word right before a name, which makes it a thing of theirs: "her| Civic Renewal party"
_OWNER_WORD_BEFORE = re.compile(r"(?<![\w’'])(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)[ \xa0]$")
#: the noun saying a name is a body's, right after it: "Civic Renewal| party", "Forward Together| campaign"
_BODY_NOUN_NEXT = re.compile(r"[ \xa0]+(?:party|campaign|movement|coalition|alliance|group|bloc|faction|government|administration)\b")


def _any_name_before(ctx: ArticleContext, at: int, gender: str, paragraphs: int = 3, surnames: bool = False,
                     free: bool = False) -> tuple[str | None, str | None]:
    """Last resort for he/she: the last person's name of two or more words written before ``at``
    outside quotations, in any position ("Sanders’ apology …", "when I asked Bernie Sanders …").

    With ``surnames`` a surname alone counts too when the article writes it in full elsewhere
    ("Yet there in the back was Garcia"), and of a sentence's fitting names the first that is
    neither a possessor nor after a preposition is taken; with ``free`` only such names count."""
    pi = para_of(ctx, at)
    # (where a Title Case headline ends: a first line that is a sentence is no headline)
    heading_end = _title_end(ctx.text)
    if ctx.text[:heading_end].rstrip().endswith((".", "!", "?", "”", '"', ":")):
        heading_end = -1
    for k in range(pi, max(-1, pi - paragraphs), -1):
        ps, pe = ctx.paras[k]
        seg = ctx.para_text(k)
        hi = min(len(seg), at - ps)
        found = []
        for m in ANY_NAME.finditer(seg, 0, max(0, hi)):
            words = m.group(1).split()
            if words[0].lower() == "the" or seg[max(0, m.start() - 4): m.start()].lower() == "the ":
                if len(words) < 2 or words[words[0].lower() == "the"].lower().rstrip(".") not in P.ROLE_HEADS:
                    continue  # "The Washington Post", "the Great Debate Debate"; not "the Rev. Al Sharpton"
            while words and words[0].lower() in DAYWORDS:
                words = words[1:]
            if len(words) < (1 if surnames else 2) or not is_name_ok(" ".join(words)):
                continue
            if _OF_AFTER_CAPITAL.search(seg, max(0, m.start() - 30), m.start()) and split_role(clean_name(" ".join(words)))[1] is None:
                continue  # "the Cape of Good Hope", "the Bank of England": the end of a longer name
            if _in_state(seg, m.end()):
                continue  # "Green Bay, Wis.", "Des Moines, Iowa": a town, not a he or she
            if _BODY_NOUN_NEXT.match(seg, m.end()) or _OWNER_WORD_BEFORE.search(seg, max(0, m.start() - 7), m.start()):
                continue  # "the orange flags of her Civic Renewal party": a party's name, no she
            if k == 0 and ps + m.start() < heading_end and all(i < ps + m.end() for i in word_offsets(ctx.text, words[-1])):
                continue  # a headline's Title Case words the story never writes again: "The Professor Goes Back to School"
            possessive = m.group(1).endswith(("’s", "'s")) or seg[m.end(): m.end() + 1] in ("’", "'")
            found.append((m.start(), clean_name(" ".join(words)), possessive))
        last = best = None
        for pos, name, possessive in reversed(found):
            if last is not None and (not surnames or _SENTENCE_GAP.search(seg, pos, last[0]) is not None):
                break
            canon, role = canonical_name(ctx, name)
            if not is_person_name(canon) or len(canon.split()) < 2:
                continue
            g = gender_of(ctx, canon, role)
            if g is not None and g != gender:
                continue
            prev = seg[max(0, pos - 24): pos].split()[-2:]
            if g is None and prev[-1:] in (["in"], ["at"], ["near"], ["outside"]):
                continue  # "At an airport hangar in North Charleston on Sunday night, he …": a place
            is_free = not possessive and prev[-1:] not in ([p] for p in PREPOSITIONS - {"of"} | {"and", "or"}) and not (
                # "the harbour town of Kestrel Bay", unlike "Secretary of State Hillary Clinton"
                prev[-1:] == ["of"] and len(prev) == 2 and prev[0] in _PLACE_NOUNS)
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
    r"(?=[A-Zahit])"  # (how its words open, tested before the look-behinds)
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,2}?"
    r"(?:letter|memo|memorandum|statement|sign|banner|placard|poster|website|web[ \xa0]site|ad|advertisement|video|report|"
    r"press[ \xa0]release|release|document|message|note|email|e-mail|tweet|post|headline|editorial|petition|filing|complaint|"
    r"lawsuit|ruling|order|bill|resolution|cable|transcript|flier|flyer|mailer|brochure|t-shirt|shirt|paper|"
    r"sermon|homily|eulogy|speech|poem|essay|column|diary|plaque|inscription)\b"
    # "a brief video conference", "her email use", "his email server": no text
    r"(?![ \xa0]+(?:conference|call|chat|link|feed|game|camera|footage|use|server|account|address|practice|habit)s?\b)"
)


#: a body putting out a text: "The campaign issued a statement", "The ministry released a report"
_ISSUED_BEFORE = re.compile(r"[ \xa0](?:issued|released|put[ \xa0]out|published)[ \xa0]+$")
_ISSUING_BEFORE = re.compile(r",[ \xa0]+(?:issuing|releasing|putting[ \xa0]out|publishing)[ \xa0]+$")


#: "it" right after a document named in an adverbial: "In a statement|, it said"
_IT_AFTER_DOCUMENT = re.compile(r",?[ \xa0]+it[ \xa0]")


#: who wrote or sent the text that an "it" after it stands for: "Brennan| sent |a message", "Banaag left behind |a letter"
_WROTE_DOCUMENT = re.compile(NAME_START + r"(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:sent|wrote|penned|posted|left(?:[ \xa0]+behind)?"
                             r"|drafted|signed|issued|released|published|emailed|texted)[ \xa0]+$")
#: texts whose owner wrote them ("his sermon", "her letter"), unlike "his website" or "her sign"
_AUTHORED_TEXTS = {"sermon", "homily", "eulogy", "speech", "poem", "essay", "column", "diary", "letter", "memo", "email",
                   "e-mail", "note", "message", "editorial"}


def _document_before(ctx: ArticleContext, at: int) -> tuple[int, str] | None:
    """The last text that could be "it" in "“…,” it read", this paragraph or the one before."""
    pi = para_of(ctx, at)
    for k in range(pi, max(-1, pi - 2), -1):
        ps = ctx.paras[k][0]
        seg = ctx.para_text(k)
        last = None
        issuer_named = False  # a document whose issuer is named: "it" is the issuer, not an older document
        for m in _DOCUMENT.finditer(seg, 0, max(0, min(len(seg), at - ps))):
            if seg[max(0, m.start() - 4):m.start()].endswith(" in ") and P.find_cues(seg, max(0, m.start() - 40), m.start()):
                continue  # 'the company wrote in its statement': the company wrote
            if _IT_AFTER_DOCUMENT.match(seg, m.end()) and seg[max(0, m.start() - 3):m.start()].lower() == "in ":
                # "Chile’s Foreign Ministry responded. In a statement, it said": the ministry said, in its statement
                issuer_named = True
                continue
            vm = _ISSUED_BEFORE.search(seg, max(0, m.start() - 12), m.start())
            pm = _ISSUING_BEFORE.search(seg, max(0, m.start() - 16), m.start()) if vm is None else None
            if vm is not None and any(sm.end(1) == vm.start() for sm in _IT_SUBJECT.finditer(seg, max(0, vm.start() - 80), vm.end())) \
                    or pm is not None and any(sm.end(1) < pm.start() for sm in _IT_SUBJECT.finditer(seg, max(0, pm.start() - 120), pm.start())):
                # 'The Trump campaign issued a statement. “…,” it said', 'Trump’s campaign backtracked, putting out a
                # statement …': the campaign said
                issuer_named = True
                continue
            last = m
        if last is not None:
            return ps + last.start(), last.group(0)
        if issuer_named:
            return None
    return None


_WOMAN_HEADS = {"woman", "mother", "wife", "daughter", "sister", "widow", "grandmother", "girl", "lady", "spokeswoman",
                "chairwoman", "congresswoman", "councilwoman", "businesswoman", "assemblywoman", "policewoman"}

_MAN_HEADS = {"man", "father", "husband", "son", "brother", "widower", "grandfather", "boy", "spokesman",
              "chairman", "congressman", "councilman", "businessman", "assemblyman", "policeman", "alderman"}


def _person_descriptor_at(ctx: ArticleContext, at: int, gender: str) -> tuple[int, str | None]:
    """The last speaker written as a person descriptor ("the base chief known as Bob") in this
    paragraph or the two before, and where."""
    pi = para_of(ctx, at)
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
        if heads & (_WOMAN_HEADS | _MAN_HEADS) or any(h in _PEOPLE_OF_SOMEONE or is_role_noun_of_person(h) for h in heads):
            return pos, desc
    return -1, None


#: a double quotation mark opening a quotation
_QUOTE_OPENING = re.compile(r"(?:^|(?<=[ \xa0\n]))[“\"«]")


def _sentence_leads_into_quote(text: str, start: int, at: int) -> bool:
    """Is the sentence opening at ``start`` the one a quotation before ``at`` follows, asking nothing
    ("Another diplomat was less sanguine. «…» he said", not "A reporter asked Hale why. “…,” he said")?"""
    opening = _QUOTE_OPENING.search(text, start, at)
    if opening is None:
        return False
    sentence = text[start:opening.start()].rstrip()
    return sentence.endswith((".", "!", ":")) and ". " not in sentence[:-1] and "ask" not in sentence


def _person_subject_at(ctx: ArticleContext, at: int, gender: str) -> tuple[int, str | None]:
    """The last sentence in this paragraph opening with a person noun of a fitting sex ("A parent, who
    …, was furious"), and where."""
    pi = para_of(ctx, at)
    ps = ctx.paras[pi][0]
    last = None  # (where the person phrase starts, the phrase)
    seg = ctx.para_text(pi)
    hi = max(0, at - ps)
    other_sex = _MAN_HEADS if gender == "f" else _WOMAN_HEADS
    for m in _PERSON_SUBJECT.finditer(seg, 0, hi):
        if not set(m.group(1).lower().split()) & other_sex:
            last = m.start(1), m.group(1)
    for st in [0] + [nxt for _, nxt in ctx.ends(pi)]:
        m = _PERSON_SUBJECT_AFTER_OPENING.match(seg, st, hi) if st < hi and seg.startswith(_PHRASE_OPENERS, st) else None
        if m is None or m.group("place") and not is_place(m.group("place")):
            continue  # (not "Outside the hall, Hal Dempsey, a retired firefighter …, said": a name, then its apposition)
        if not set(m.group("who").lower().split()) & other_sex and (last is None or m.start("who") > last[0]):
            last = m.start("who"), m.group("who")
    return (ps + last[0], last[1]) if last is not None else (-1, None)


#: what a body's words come in: "A statement from the agency said"
_DOCUMENT_NOUNS = {"statement", "letter", "memo", "release", "email", "e-mail", "note", "notice", "post", "opinion", "ruling",
                   "draft", "version"}
#: who a document is from: " from the agency", " signed by Randall Pike", " issued by the ministry"
_DOCUMENT_AUTHOR_AFTER = re.compile(
    r",?[ \xa0]+(?:from|by|(?:signed|issued|released|sent|published|circulated|written|drafted|edited)[ \xa0]+by)[ \xa0]+((?:the[ \xa0]+[a-z]+(?![ \xa0]+[A-Z])|(?:the[ \xa0]+)?" + P.NAME_RUN
    # "a statement from the Bank of Corvania"; "a memo released by the Marchetti campaign"
    + r"(?:[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?" + P.NAME_RUN + r"|[ \xa0]+(?:campaign|committee|administration))?))"
    # "a letter her husband had written from the detention center", "the note that Ortiz wrote"
    r"|[ \xa0]+(?:that[ \xa0]+)?((?:her|his|their)[ \xa0]+[a-z]+|" + P.NAME_RUN + r")[ \xa0]+(?:had[ \xa0]+)?(?:written|wrote|sent|penned)\b")
#: a person named after the body a document is from: "a note from Ridgeway Partners| economist Liam Chu"
_ROLE_AND_NAME_NEXT = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){1,2})(" + P.NAME_RUN + r")")

#: who issued a statement: "Halbury College said in a statement", "The ministry issued a statement"
_ISSUED_DOCUMENT = r"[ \xa0]+a[ \xa0]+(?:statement|letter|memo|note|release)"
_DOCUMENT_ISSUED = re.compile(
    NAME_START + r"(?:(" + P.NAME_RUN + r")[ \xa0]+(?:said|says|wrote|added)[ \xa0]+in" + _ISSUED_DOCUMENT
    + r"|(?<![\w’'])(" + P.NAME_RUN + r")[ \xa0]+(?:issued|released|published|sent)" + _ISSUED_DOCUMENT
    # "The Olympia Diner, run by the Papadakis family since 1982, posted the news on Facebook"
    + r"|(?<![\w’'])(" + P.NAME_RUN + r")(?:,[^,.!?“”\"]{1,80},)?[ \xa0]+posted[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,4}?on[ \xa0]+"
    r"(?:Facebook|Instagram|X|Twitter|LinkedIn|TikTok|Threads|its[ \xa0]+website|social[ \xa0]+media)\b"
    # "In a 112-page opinion, U.S. District Judge Evelyn Marchetti wrote"
    # "In an email to families Monday night, Superintendent Karen Whitacre wrote"
    + r"|\bIn[ \xa0]+an?[ \xa0]+(?:[\w\-]+[ \xa0]+){0,2}(?:opinion|ruling|statement|letter|memo|email|e-mail|note|post|release)"
    r"(?:[ \xa0]+[^,.!?“”\"]{1,60})?,[ \xa0]+(" + P.NAME_RUN + r")[ \xa0]+(?:wrote|said|writes|says)\b)")

#: a person named in passing: "who gave his name only as Ahmad", "identified only as Maria"
_NAME_GIVEN = re.compile(
    r"\b(?:gave|giving|gives)[ \xa0]+(his|her)[ \xa0]+(?:first[ \xa0]+)?name[ \xa0]+(?:only[ \xa0]+)?as[ \xa0]+(" + P.NAME_RUN + r")"
    r"|\bidentified[ \xa0]+(?:(?:himself|herself)[ \xa0]+)?(?:only[ \xa0]+)?as[ \xa0]+(" + P.NAME_RUN + r")"
    # "Yonas, a 24-year-old from Eritrea who gave only his first name,"
    r"|(?<![\w’'])(" + P.NAME_RUN + r"),[^.;,“”\"]{0,100}?\bwho[ \xa0]+(?:(?:gave|would[ \xa0]+give|provided|offered)[ \xa0]+only"
    r"|(?:declined|refused|did[ \xa0]+not[ \xa0]+want)[ \xa0]+to[ \xa0]+give)[ \xa0]+(his|her)[ \xa0]+(?:first|last|full)[ \xa0]+name"
    # "A former line inspector who gave only her first name, Linda,"
    r"|\bwho[ \xa0]+(?:gave|would[ \xa0]+give|provided|offered)[ \xa0]+only[ \xa0]+(his|her)[ \xa0]+first[ \xa0]+name,[ \xa0]+(" + P.NAME_RUN + r")")


def _name_given_before(ctx: ArticleContext, at: int, gender: str) -> tuple[int, str | None]:
    """A person the paragraph names in passing, with a fitting "his" or "her", and where: '"…," he said'
    after "One of the men, who gave his name only as Ahmad, said …" (or in the paragraph before, when
    the quotation opens this one: "Yonas, who gave only his first name, said …. / “…,” he said")."""
    pi = para_of(ctx, at)
    for k in (pi, pi - 1):
        if k < 0:
            break
        ps = ctx.paras[k][0]
        seg = ctx.para_text(k)
        last = None
        if "name" in seg or "identified" in seg:
            for m in _NAME_GIVEN.finditer(seg, 0, max(0, at - ps)):
                whose = m.group(1) or m.group(5) or m.group(6)
                if whose is None or (whose.lower() == "his") == (gender == "m"):
                    last = m
        if last is not None:
            g = next(i for i in (2, 3, 4, 7) if last.group(i))
            return ps + last.start(g), clean_name(last.group(g))
        if _letter_besides_x(seg[: max(0, at - ps)]):
            break  # (words before the quotation: this paragraph is where to look)
    return -1, None


#: a report of speech before the quotation, in the sentence that opens with the speaker
_SAID_IN_SENTENCE = re.compile(r"[^.!?“”\"]*\b(?:said|says|told|tells|added|explained)\b")

#: a US state after a town's name, as news copy writes it: "Green Bay, Wis.", "Des Moines, Iowa"
_STATE_AFTER = re.compile(
    r",[ \xa0]+(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont"
    r"|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va|D\.C)\.(?![\w.])"
    r"|((?:New |North |South |West |Rhode )?[A-Z][a-z]+)(?=[,.;:)\n]|$))"
)


def _in_state(text: str, end: int) -> bool:
    """Is the name ending at ``end`` a town followed by its state?"""
    m = _STATE_AFTER.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1).lower() in PLACES)


#: the last word of a street's name: never a he or she
_STREET_WORDS = {"Street", "Road", "Square", "Avenue", "Lane", "Boulevard"}


def _unnamed(desc: str) -> bool:
    """"a top aide", "the woman": someone new, not "the senator" named before."""
    words = desc.lower().split()
    return words[0] in {"a", "an", "one", "another"} or words[-1] in {"woman", "man"}


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


def _opening_a_sentence(capital: str) -> str:
    """``capital`` at a sentence's start: the look-behind for the start, written after the letter (a search for a
    pattern that opens with the letter skips to it, where one opening with a look-behind tries every offset)."""
    return rf"{capital}(?:(?<=^{capital})|(?<=[.!?][ \xa0]{capital})|(?<=[.!?][”\"][ \xa0]{capital}))"


#: the person nouns a sentence about someone unnamed opens with ("A parent", "One agent")
_PERSON_HEAD_NOUNS = (
    r"(?:woman|man|mother|father|wife|husband|widow|voter|resident|official|worker|protester|supporter|delegate|owner|student"
    r"|teacher|veteran|activist|reporter|cashier|waitress|nurse|driver|farmer|soldier|officer|lawyer|doctor|pastor|aide"
    r"|organizer|volunteer|retiree|immigrant|refugee|spokesman|spokeswoman|spokesperson|analyst|witness|neighbor|neighbour"
    r"|parent|pupil|patient|passenger|survivor|customer|employee|fan|shopkeeper|miner|tenant|guard|medic|firefighter"
    r"|guest|visitor|tourist|shopper|diner|traveller|traveler|commuter|motorist|bystander|homeowner|pilgrim"
    r"|engineer|developer|designer|programmer|manager|clerk|cook|chef|server|waiter|bartender|cleaner|mechanic|electrician"
    r"|plumber|builder|contractor|accountant|consultant|researcher|scientist|lecturer|librarian|pharmacist|paramedic"
    r"|surgeon|therapist|counselor|counsellor|technician|machinist|welder|trucker|fisherman|player|athlete"
    r"|diplomat|lawmaker|legislator|executive|economist|strategist|adviser|advisor|donor|operative|juror|trader|banker|investor|agent)"
)
_PERSON_SUBJECT = re.compile(
    r"((?:" + _opening_a_sentence("T") + "he|" + _opening_a_sentence("A") + "(?:|n|nother)|" + _opening_a_sentence("O") + "ne)"
    r"[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?" + _PERSON_HEAD_NOUNS + ")"
    r"(?=[ \xa0,])"
)
#: the words a sentence's opening phrase opens with, before the person it is about
_PHRASE_OPENERS = ("In", "At", "On", "After", "During", "Outside", "Inside", "Near", "Later", "Earlier", "Afterward", "Afterwards",
                   "Across", "Back", "Before", "Elsewhere", "Meanwhile", "Nearby", "Down", "Up", "Over", "Along", "Among")
#: the same after a sentence's opening phrase (matched at sentence starts): "At one store slated for closure, a manager who …", "In the lobby
#: afterward, a woman in her seventies stood"
_PERSON_SUBJECT_AFTER_OPENING = re.compile(
    r"(?:" + "|".join(_PHRASE_OPENERS) + r")\b[^.!?,;“”\"]{0,90}"
    r"(?:,[ \xa0]+(?P<place>[A-Z][^.!?,;“”\"]{0,20}))?,[ \xa0]+"  # (a place may end it: "in suburban Columbus, Ohio,")
    r"(?P<who>(?:the|an?|another|one)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?" + _PERSON_HEAD_NOUNS + ")"
    r"(?=[ \xa0,])"
)


def _org_antecedent(ctx: ArticleContext, at: int) -> tuple[int, tuple[str | None, str | None]]:
    """"it said" / "they wrote": the organisation or group that spoke last, within two paragraphs
    (and where it was written, -1 for none)."""
    pi = para_of(ctx, at)
    lo = ctx.paras[max(0, pi - 2)][0] if pi >= 0 else 0
    best = None
    for pos, name in ctx.orgs:
        if lo <= pos < at and (best is None or pos > best[0]):
            best = (pos, name)
    return (best[0], (best[1], None)) if best else (-1, (None, None))


#: what a description's head noun says a body is, and the kinds of named body it may stand for ("" for
#: a name with no word saying what it is: "Boeing", "Hamas", "Manchester United")
_ORG_DESC_KINDS = {
    **dict.fromkeys("""company firm carmaker automaker planemaker chipmaker drugmaker retailer insurer airline carrier
        startup giant conglomerate manufacturer supplier chain exchange""".split(),
                    {"company", "bank", ""}),
    **dict.fromkeys("bank lender".split(), {"bank", ""}),
    **dict.fromkeys("newspaper broadcaster network publisher".split(), {"media", ""}),
    # a government body only by the word its name has: "the agency" is no "State Department"
    "ministry": {"ministry"}, "department": {"department", "dept"}, "agency": {"agency", "administration", "service", "bureau"},
    "office": {"office"}, "authority": {"authority"}, "commission": {"commission"}, "bureau": {"bureau"},
    "embassy": {"embassy", "consulate"},
    **dict.fromkeys("regulator watchdog".split(), {"authority", "commission", "agency", "administration", "board", "office"}),
    **dict.fromkeys("group organization organisation charity movement militia coalition alliance institute foundation"
                    " association federation society cooperative co-op".split(), {"group", "company", ""}),
    **dict.fromkeys("union guild".split(), {"union", "group"}),
    "league": {"league"}, "chamber": {"chamber"},
    **dict.fromkeys("club team".split(), {"club", ""}),
    "party": {"party"},
    **dict.fromkeys("university college school district".split(), {"school"}),
}

#: descriptors any kind of body goes by: "the agency" may be the World Health Organization
_GENERIC_BODY_HEADS = {"agency", "organization", "organisation", "group", "body"}

_MORE_BODY_HEADS = {"committee", "campaign", "council", "board", "panel", "commission", "caucus"}


#: around a body's kind word: "the (registered) |charity| Northbridge Relief", "Ortiz Fund, the campaign's |committee|"
_DETERMINER_BEFORE_KIND = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}$")
#: (set off by commas too: "Her publisher, Harwell & Bright, said")
_NAME_AFTER_KIND = re.compile(r",?[ \xa0]+(" + P.NAME_RUN + r"(?:[ \xa0]+(?:&|and|for|of)[ \xa0]+" + P.NAME_RUN + r")?)")
_NAME_BEFORE_KIND = re.compile(NAME_START + r"(" + P.NAME_RUN + r"(?:[ \xa0]+(?:&|and|for|of)[ \xa0]+" + P.NAME_RUN + r")?),[ \xa0]+"
                               r"(?:the|an?|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}$")


def _body_set_with_kind(ctx: ArticleContext, head: str, at: int) -> str | None:
    """The one body that this paragraph or the two before name next to the word ``head``, outside
    quotations: "the charity Northbridge Relief", "Ortiz for Iowa, the Democrat’s campaign committee,"."""
    lo = ctx.paras[max(0, para_of(ctx, at) - 2)][0]
    if ctx.text.find(head, lo, at) < 0:
        return None
    found = set()
    for i in occurrences(ctx.text[:at], head, limit=1 << 30):
        if i < lo or ctx.text.startswith(("’s", "'s"), i + len(head)):
            continue  # (not "Doug Pelletier, the coalition’s president": someone of the body)
        # "the charity| Northbridge Relief", "Ortiz for Iowa, the Democrat’s campaign |committee"
        after = _NAME_AFTER_KIND.match(ctx.text, i + len(head), at) if _DETERMINER_BEFORE_KIND.search(ctx.text, max(lo, i - 40), i) else None
        body = _body_name(ctx, after)
        if body is None:
            # ("Michigan Moms for Safe Schools, the group Abernathy founded, …": the name before, when the one
            # after is a person's)
            body = _body_name(ctx, _NAME_BEFORE_KIND.search(ctx.text, max(lo, i - 120), i))
        if body is not None:
            found.add(body)
    return next(iter(found)) if len(found) == 1 else None


def _body_name(ctx: ArticleContext, m: re.Match | None) -> str | None:
    """The canonical name in group 1 of ``m`` when it may be a body's: no place, no person's."""
    if m is None or ctx.in_quote(m.start(1)):
        return None
    name = clean_name(m.group(1))
    if name.startswith("The "):
        name = name[4:]
    if not name or not is_name_ok(name) or is_place(name) or _opens_with_given_name(name):
        return None
    canon = canonical_name(ctx, name, m.start(1))[0]
    return None if _opens_with_given_name(canon) else canon  # (not "the group Abernathy founded": a person named in full before)


def _opens_with_given_name(name: str) -> bool:
    """Does ``name`` open with a given name of the core or the longer lists (a person's, no body's)?"""
    return _given_name_gender(name) is not None or given_names.gender(name.split()[0]) is not None


#: a word in a body's name (or the noun written after it: "the Verdi union") that says what it is
_ORG_NAME_KINDS = {
    **dict.fromkeys(P.COMPANY_NAME_WORDS, "company"),
    # "Centers for Disease Control and Prevention", "National Institutes of Health": US federal agencies
    **dict.fromkeys("centers institutes".split(), "agency"),
    "bank": "bank",
    **dict.fromkeys("news times post journal tribune herald network channel television radio".split(), "media"),
    **{w: w for w in """ministry department dept office agency bureau administration authority commission embassy
        consulate service board""".split()},
    # "Writers Guild", "Air Line Pilots Guild": unions
    "union": "union", "guild": "union", "league": "league", "club": "club", "party": "party", "democrats": "party",
    "chamber": "chamber",  # "the Lakeport Chamber of Commerce" for "the chamber said"
    **dict.fromkeys("university college school district".split(), "school"),
    **dict.fromkeys("""group association foundation institute organization organisation federation coalition alliance
        society trust movement forces committee international cooperative co-op""".split(), "group"),
}

#: "the" after "of" in a body's name, when a government body's head word is before it: "Ministry of the Interior"
_OF_THE_AFTER_HEAD = "|".join(f"(?<={head})[ \xa0]+of[ \xa0]+the(?=[ \xa0][A-Z])" for head in ("Ministry", "Department", "Office", "Bureau"))
#: a body's name: capitalised runs joined by "of" after a kind word ("Bank of Japan") or by "and" / "for"
#: before one ("Food and Drug Administration")
_ORG_NAME_RUN = re.compile(
    NAME_START + r"(?:(?<=\bthe[ \xa0])|(?<=\bThe[ \xa0]))?(" + P.NAME_RUN + r"(?:(?:" + _OF_THE_AFTER_HEAD + r"|[ \xa0]+(?:of|and|for|&))[ \xa0]+" + P.NAME_RUN + r"){0,3})"
    r"(?:[ \xa0]+([a-z]+(?:[ \xa0]+[a-z]+)?)\b)?")

#: plurals that open sentences as subjects and are no body's name: "Officials said", "Shares fell"
_PLURAL_NOT_BODIES = set("""officials experts critics sources police authorities shares sales prices stocks members
customers residents people voters lawmakers leaders families students parents""".split())


def _org_kind(words: list[str]) -> str:
    if words and words[-1].lower() in _PLACE_NOUNS:
        return ""  # "the Capital Region": a place, whatever "Capital" names elsewhere
    if "of" in words[1:]:
        # the head of "Department of State Health Services" is "Department", not "Services"
        head = _org_kind(words[:words.index("of")])
        if head:
            return head
    kinds = [k for k in (_ORG_NAME_KINDS.get(w.lower().rstrip(".,")) for w in words) if k]
    if not kinds:
        return ""
    if kinds[-1] == "group" and "company" in kinds:
        return "company"  # "Greystone Retail Group" is a company
    return kinds[-1]


def _initials(name: str) -> str:
    """"Food and Drug Administration" -> "FDA" (the acronym a body goes by)."""
    return "".join(w[0] for w in name.split() if w[0].isupper() and w != "U.S.")


#: what a crowd does, not a body's statement: '"Power to the people!" the group shouted' is the marchers
_CROWD_CUE_AFTER = re.compile(r"[ \xa0]+(?:shouted|chanted|screamed|yelled|cheered|sang|roared|booed)\b")


#: where someone quoted works, written right before a body's name: "who covers food at| Lydgate Securities",
#: "an analyst with| Morningstar"
_AFFILIATION_BEFORE = re.compile(
    r"(?:\bwho[ \xa0][^.;:]*|(?<![\w’'])(?:analyst|economist|strategist|professor|researcher|fellow|scientist|lecturer|partner)s?)"
    r"[ \xa0]+(?:at|with)[ \xa0]+(?:the[ \xa0]+)?$")


#: lower-case words ending in a kind of body, then the body's name: "(Fitness) tracking app| Pulsewise"
_KIND_THEN_NAME = re.compile(r"[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+){0,2}(?:app|platform|service|startup|start-up|maker|giant|brand|chain|retailer"
                             r"|site|website|company|firm|carrier|airline|lender|insurer|group|network|publisher)[ \xa0]+[A-Z]")


def _named_org_for(ctx: ArticleContext, words: list[str], at: int) -> str | None:
    """"the company", "the ministry", "the militant group": the one organisation named in this paragraph
    or the two before whose kind fits the head noun (a company for "the carmaker", a body with
    "Ministry", "Agency" or "Office" in its name for "the ministry"), written as a sentence's subject or
    with a word saying what it is; None when none or several fit (then the description stays)."""
    if not 2 <= len(words) <= 3 or words[0] != "the" or not all(w.isalpha() for w in words[1:]):
        return None
    kinds = _ORG_DESC_KINDS.get(words[-1])
    if kinds is None:
        return None
    pi = para_of(ctx, at)
    persons = {c.split()[-1] for _, c, _ in ctx.persons}
    fitting: list[str] = []
    others: list[str] = []  # acronyms of no fitting kind: "NASA" for "the agency" may be one
    # the name opening the last sentence of the descriptor's paragraph or the one before, when it may be a
    # body's (a name of several words, no title, no known given name): "Andes Cobre said in a statement that …"
    last_subject: tuple[int, str] | None = None
    last_body: str | None = None
    acronym_opens = False  # a body named by its initials opens a sentence: "OPEC+ agreed on Sunday …", "NATO said …"
    for k in range(max(0, pi - 2), pi + 1):
        ps = ctx.paras[k][0]
        seg = ctx.para_text(k)[: max(0, at - ps)]
        opening = dateline_end(seg)
        last_subject_end = -1
        for m in _ORG_NAME_RUN.finditer(seg):
            raw, after = m.group(1), (m.group(2) or "").split()
            possessive = raw.endswith(("'s", "’s"))
            # the noun saying what it is, written after the name: "the Verdi union", "China's foreign ministry"
            after = after[:1] if after[:1] and after[0] in _ORG_NAME_KINDS else after if possessive else []
            after = " ".join(after) if after and after[-1] in _ORG_NAME_KINDS else None
            parts = re.split(r"[ \xa0]+(?:of|and|for|&)[ \xa0]+", raw)
            # keep the joined parts only when a kind word ties them: "Bank of Japan", "Drug Administration"
            if len(parts) > 1 and not (_org_kind(parts[0].split()[-1:]) or _org_kind(parts[-1].split()[-1:])):
                raw, after = parts[0], None
            opener = raw.split(None, 1)
            if len(opener) > 1 and opener[0].lower() in (_NOT_SUBJECT_OPENERS | PREPOSITIONS | DAYWORDS) - {"the"}:
                continue  # "In Chicago, …", "On Tuesday, …": no body's name
            if _AFFILIATION_BEFORE.search(seg, max(0, m.start(1) - 80), m.start(1)):
                continue  # "Fenn, who covers packaged food at Lydgate Securities": where someone works, not the story's company
            if _KIND_THEN_NAME.match(seg, m.end(1)):
                continue  # "Fitness tracking app Pulsewise confirmed": a word describing the body named after it
            name = clean_name(raw)
            if name.startswith("The ") and name.rsplit(None, 1)[-1].lower() not in P.PUBLICATION_WORDS:
                name = name[4:]
            nwords = name.split()
            if not nwords or len(name) == 1 or seg[m.end(1): m.end(1) + 1] == ":":
                continue  # (not an interview's "Q:" or "A:", nor a transcript's "SMITH:")
            if m.start(1) == 0 and name.isupper() and m.end(1) <= opening:
                continue  # a dateline: "GLASGOW — Shipbuilder Clydeport Marine won …", "DUBAI/LONDON, Nov 30 - OPEC+ …"
            before = seg[: m.start(1)].rstrip()
            subject = not before or before.endswith((".", "!", "?", "”", '"')) or m.start(1) == opening or (
                before.endswith((" and", ",")) and 0 <= m.start(1) - last_subject_end < 8)  # "Nissan and Honda have"
            if subject and k >= pi - 1:
                last_subject = None
            kind = _org_kind(nwords)
            if not kind:
                if (len(nwords) > 1 and name.isupper() or is_dayword_run(name) or is_place(name) or is_demonym_phrase("the " + name)) \
                        and not (possessive and after):  # but "China's foreign ministry", "Israel's military"
                    continue
                if any(bare_word(w) in P.TITLE_SET or bare_word(w) in P.ROLE_HEADS for w in nwords):
                    continue  # "Chief executive George Kurtz", "Governor Kazuo Ueda": a person
                canon, title = canonical_name(ctx, name, ps + m.start(1))
                if title or _given_name_gender(canon) or canon.split()[-1] in persons or nwords[-1] in persons or (
                        len(nwords) > 1 and not after and not possessive):
                    if subject and k >= pi - 1 and not title and not _given_name_gender(canon):
                        last_subject = ps + m.start(1), canon
                    continue  # a person, named in full before (or with a title: "Whitcomb" of "Sen. Dale Whitcomb")
                w = nwords[0]
                if subject and len(nwords) == 1 and not w.isupper() and (is_role_noun_of_person(w.lower().rstrip("s")) or not (
                        plausible_name(seg, w, m.start(1)) or possessive
                        or ctx.text.count(w) > 1 and w.lower() not in ctx.text) or w.lower() in _PLURAL_NOT_BODIES
                        or w.endswith("s") and w[:-1].lower().endswith(("st", "er", "or", "ant", "ent", "ian"))
                        or next(occurrences(ctx.text, w.lower(), 1), None) is not None):
                    # "Shares in the lender rose", "Analysts said", "Production will move …" (the article
                    # writes "production" too): an ordinary word opening a sentence
                    continue
                if after:
                    kind, name = _ORG_NAME_KINDS[after.split()[-1]], raw + " " + after  # "the Verdi union", "Yemen's Houthi movement"
                elif not subject and (before.split() or [""])[-1].lower() not in _ORG_DESC_KINDS:
                    continue  # a bare name neither opening a sentence nor after "insurer": maybe a place or a product
            if subject:
                last_subject_end = m.end(1)
                if kind and k == pi:
                    last_body = name  # "The World Health Organization said …": this paragraph's body
            if kind in kinds:
                fitting.append(name)
            elif not kind and len(name) > 1 and name.isupper():
                others.append(name)
                acronym_opens = acronym_opens or subject and k >= pi - 1
    groups: list[list[str]] = []
    for name in fitting:
        key = {bare_word(w) for w in name.split()}
        for g in groups:
            if any(key <= {bare_word(w) for w in n.split()} or {bare_word(w) for w in n.split()} <= key
                   or _initials(n) == bare_word(name.split()[-1]).upper() or _initials(name) == bare_word(n.split()[-1]).upper() for n in g):
                g.append(name)
                break
        else:
            groups.append([name])
    if not groups and last_subject is not None and "" in kinds and not others:
        # "Andes Cobre said in a statement that …. The company said it was “open to dialogue”": no body the
        # article says is one, but the name its paragraph's last sentence opened with, no he or she after it
        canon = last_subject[1]
        if gender_of(ctx, canon, None) is None and not is_place(canon) and not is_dayword_run(canon):
            return canon
    if not groups and last_body is not None and words[-1] in _GENERIC_BODY_HEADS and not others:
        # "The World Health Organization said …. “…,” the agency said": the body this paragraph opened a sentence with
        return last_body
    if not groups and len(set(others)) == 1 and acronym_opens and words[-1] in _GENERIC_BODY_HEADS:
        # "OPEC+ agreed on Sunday to …. The pause was needed “…”, the group said": the one body, named by its
        # initials, that a sentence of this paragraph or the one before opened with
        return others[0]
    if len(groups) != 1:
        return None
    initials = {_initials(n) for n in groups[0]}
    if any(o not in initials for o in others):
        return None  # "NASA and the European Space Agency said … the agency said": which one
    return max(groups[0], key=lambda n: len(n.split()))


#: a descriptor standing for the one company an article names
_COMPANY_HEADS = {"company", "firm"}

#: someone speaking for "the company", whose words are the company's: "A spokesperson for the company"
_SPOKESPERSON_OF_COMPANY = re.compile(
    r"(?:an?|the)[ \xa0]+(?:spokesperson|spokesman|spokeswoman|representative|statement)[ \xa0]+(?:for|from|of)[ \xa0]+the[ \xa0]+(?:company|firm)")

#: nouns that say a name after them is a company's: "smartphone maker Orbix", "social media app Chatter"
_COMPANY_NOUNS = (r"(?i:company|firm|maker|carmaker|automaker|planemaker|chipmaker|drugmaker|shipbuilder|retailer|startup|app|giant"
                  r"|insurer|airline|manufacturer|supplier|conglomerate)")
#: how an article shows a name is a company's: a company noun before it, or after it in apposition
#: ("Orbix, China's third-largest smartphone maker,"), or "said it" after it ("Brightwell said it …")
_COMPANY_EVIDENCE = re.compile(
    # (how every match opens, a name's capital or a company noun's first letter, tested first: the search
    # tries the name runs' alternatives only there, not at every offset of the article)
    r"(?=[" + P._UPPER + r"]|(?i:[acdfgimprs]))"
    r"(?:\b" + _COMPANY_NOUNS + r"[ \xa0]+(" + P.NAME_RUN + r")"
    r"|(" + P.NAME_RUN + r"),[ \xa0]+(?:an?|the|[A-Z][\w’'\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,4}?" + _COMPANY_NOUNS + r"[,.]"
    r"|(" + P.NAME_RUN + r")[ \xa0]+(?:said|says)[ \xa0]+(?:on[ \xa0]+)?(?:[A-Z][a-z]+day[ \xa0]+)?(?:that[ \xa0]+)?it[ \xa0]"
    r"|(?<![\w’'])((?:[A-Z][\w&\-]*[ \xa0]+){1,3}(?:" + "|".join(sorted(w.capitalize() for w in P.COMPANY_NAME_WORDS)) + r")\.?)(?![\w’'\-]))")


@lru_cache(maxsize=4)
def _company_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """Names the article shows are companies' (see ``_COMPANY_EVIDENCE``, and a name ending in a company
    word: "Greenleaf Foods"), with where each is written: found once per article."""
    found = []
    for m in _COMPANY_EVIDENCE.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        found.append((m.start(g), m.group(g)))
    return tuple(found)


def _the_company(ctx: ArticleContext, at: int) -> str | None:
    """"the company": the one company the article names before ``at`` (see :func:`_company_mentions`);
    None when it names none or several ("Shares of Crestline Bancorp …, Halcyon Semiconductor …")."""
    companies: dict[str, str] = {}  # first word -> longest name
    for pos, raw in _company_mentions(ctx.text):
        if pos >= at:
            break
        if ctx.in_quote(pos) or _AFFILIATION_BEFORE.search(ctx.text, max(0, pos - 80), pos):
            continue
        name = clean_name(raw)
        if name.startswith("The "):
            name = name[4:]
        words = name.split()
        if not words or not is_name_ok(name) or is_place(name) or words[0].lower() in DAYWORDS:
            continue
        canon, role = canonical_name(ctx, name, pos)
        if role or _given_name_gender(canon) or len(canon.split()) > 1 and is_person_name(canon) and gender_of(ctx, canon, role):
            continue  # a person: "Hoffmann said it was …"
        key = bare_word(words[0])
        if len(name) > len(companies.get(key, "")):
            companies[key] = name
    return next(iter(companies.values())) if len(companies) == 1 else None


#: "He and his partner came …", "She and her defenders argue …", "Democrats and Republicans in Congress"
_COORDINATED = (
    r"(?:[Hh]e|[Ss]he|[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)[ \xa0]+and[ \xa0]+(?:his|her|their)[ \xa0]+(?:[a-z\-]+[ \xa0]+)??[a-z\-]+[a-z]"
    r"|[A-Z][a-z]+s[ \xa0]+and[ \xa0]+[A-Z][a-z]+s(?:[ \xa0]+in[ \xa0]+[A-Z][a-z]+)?"
)

_COORDINATED_FULL = re.compile(_COORDINATED)

_PLURAL_SUBJECT = re.compile(
    r"(?=[A-Zhmst])"  # (how its words open, tested before the look-behinds)
    r"(?:^|(?<=[.!?;,—][ \xa0])|(?<=[.!?][”\"][ \xa0]))(?:(?:But|And|Yet|So|Still)[ \xa0]+)?((?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[a-z][\w\-]*"
    r"|[A-Z][\w\-]*[ \xa0]+[a-z][a-z\-]*(?=s[ \xa0]+(?!(?:the|a|an|his|her|their|its|to|for|on|in|at|from|with|that|this|it|him|them)\b))"
    r"|[A-Z][a-z]+)(?<![su]s)s|" + _COORDINATED + r")(?=[ \xa0]+(?:who[ \xa0][^,.]{0,80}?[ \xa0])?(?:[a-z]+ly[ \xa0]+)?[a-z]{2,})"
)

_IT_SUBJECT = re.compile(
    r"(?=[A-Z])"  # (how its words open, tested before the look-behinds)
    # (a sentence's start, or a list item's: "• Greenleaf Foods fell 9% after cutting its outlook")
    r"(?:^|(?<=[.!?;][ \xa0])|(?<=[.!?][”\"][ \xa0])|(?<=^[•▪·*][ \xa0]))(The(?:[ \xa0]+[A-Z][\w’'\-]*\w){1,4}(?![ \xa0]+[A-Z])"  # "The Red Cross said"
    r"|(?:The|Its|This|[A-Z][\w\-]*(?:’s|'s))[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,3}?[a-z][a-z\-]*"
    r"|(?:[A-Z][\w’'\-]*[ \xa0]+){0,4}(?:"
    + "|".join(sorted(w.capitalize() for w in P.ORG_WORDS | P.COMPANY_NAME_WORDS if w.isalpha() and len(w) > 2)) + r")"
    r")"
    # "The company, which was spun off in 2015, reported …": a relative clause between the subject and its verb
    r"(?=(?:,[ \xa0]+(?:which|that)[ \xa0][^,.;:!?“”\"]{1,100},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?"
    r"(?:[a-z]{2,}s|[a-z]{3,}ed|said|has|was|wrote|" + "|".join(sorted(P.IRREGULAR_PAST)) + r")\b)"
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
        lambda m: m.group(1).split()[0].lower() not in DAYWORDS - {"the", "many", "some", "most"}
        or _COORDINATED_FULL.fullmatch(m.group(1)) is not None, after=after,
    )


def _last_subject_before(ctx: ArticleContext, at: int, pattern: re.Pattern, accept=lambda m: True,
                         after: int = -1) -> tuple[str | None, str | None]:
    """The last ``pattern`` subject before ``at`` (and after ``after``) in its paragraph or the one
    before, if it reads as a descriptor."""
    pi = para_of(ctx, at)
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
        if last is not None and (plausible_descriptor(last.group(1)) or _COORDINATED_FULL.fullmatch(last.group(1))):
            return last.group(1), None
    return None, None


_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "across", "inside", "outside", "throughout"}

#: a capitalised run opening with one of these is no subject: "In California", "Like Makaeff, Roffman …"
#: (but "When Trump held rallies, he …" is Trump's)
_NOT_SUBJECT_OPENERS = _PLACE_PREPOSITIONS | {"like", "unlike", "despite", "whether", "without", "amid", "among",
                                              "with", "by", "to", "of"}

#: a name and a preposition before the name after it: "Maya Goldfarb of |Pennant Research" (not "Footage of |Al-Awlaki")
_NAME_THEN_PREPOSITION = re.compile(r"\s*+[“\"‘(]?[A-Z][\w’'\-.]*+(?:\s++[A-Z][\w’'\-.]*+){1,2}\s++(?:of|at|from|with|for)\s++")



def _named_subject_before(text: str, role: str) -> bool:
    """Are the "role words" before a name really a named subject and its verb ("Llewellyn-Pryce met|
    Adeyemi-Jones"): a capitalised word the article writes again, then a past-tense verb?"""
    words = role.strip(" “\"‘(").split()
    caps = [w for w in words if not w.islower()]
    return bool(caps) and any(w in P.IRREGULAR_PAST for w in words if w.islower()) and text.count(caps[-1]) > 1


#: (possessive where giving back never helps, a word's letters being no blanks; a capital tested before
#: the name run's alternatives: this is matched at every sentence start)
ROLE_NAME_SUBJECT = re.compile(
    r"\s*+(?:[“\"‘(])?(?:" + P.SENTENCE_ADVERB + r",\s+the\s+)?(?:[A-Z][\w’'\-.]*+\s++){0,2}(?:[a-z][\w\-]*+\s++){1,3}"
    + NAME_START + r"(" + P.NAME_RUN + r")(?=\s+[a-z]|,)"
)
