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

Who a mention stands for is :mod:`.coreference`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..names import KNOWN_ORGANISATIONS
from . import patterns as P
from .article_names import canonical_name, gender_of
from .context import ArticleContext, Attribution, Mention, para_of
from .coreference import ANY_NAME, OPTIONAL_THEN, POSSESSIVE_PRONOUN, ROLE_NAME_SUBJECT, VOCATIVE_OPENING, label_as_name, resolve
from .marks import RawQuote
from .mentions import (
    DAYWORDS,
    NAME_START,
    NOT_IN_DESCRIPTOR,
    PARTY_STATE,
    PEOPLE_FOR_A_BODY,
    PREPOSITIONS,
    bare_word,
    clean_name,
    is_abstract_descriptor,
    is_name_ok,
    is_person_name,
    is_place,
    is_role_noun_of_person,
    mention_after,
    mention_before,
    name_after_lower_role,
    occurrences,
    plausible_descriptor,
    plausible_name,
    role_follows,
    role_words_ok,
    split_role,
)
from .sentences import sentence_bounds

_PASSIVE_CUE = re.compile(
    P.opening_words("is are was were be been being") + r"\s+(?:[a-z]+ly\s+)?(" + "|".join(
        re.escape(f) for f in sorted(P.CUE_FORMS_SET, key=len, reverse=True) if f.endswith(("ed", "told", "said", "written"))
    ) + r")\b"
)

_TRANSCRIPT_LABEL = re.compile(r"\s*([A-Z][A-Z'’\-]*(?:\.(?= [A-Z]))?(?: [A-Z][A-Z'’\-]+){0,2}):\s")  # ("SEN. FENWICK: …")

#: labels in a transcript that name no speaker: "VIDEO: …" is a clip, "UPDATE: …" the writer's
_NOT_SPEAKER_LABELS = frozenset("VIDEO AUDIO CLIP TRANSCRIPT PHOTO WATCH UPDATE NOTE RELATED READ CORRECTION EXCERPT".split())
#: a flash that opens a post or a release, not a speaker's label: "BREAKING: …", "EXCLUSIVE: …"
_FLASH_LABELS = frozenset("BREAKING EXCLUSIVE ALERT URGENT DEVELOPING".split())

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

_OBJECT_AFTER_TOLD = re.compile(r"(?:told|tells|telling|tell|asked|asks|asking|urged|urges|warned|warns|assured|assures|reminded|reminds|informed|informs"
                                r"|thanked|thanks|praised|praises|congratulated|congratulates|accused|accuses|criticized|criticizes)$", re.I)

_ROLE_WORDS_ONLY = re.compile(r"^(?:[a-z][\w\-’'.]*\s+){0,5}$")

_POST_CUE_FIRST = re.compile(r"[\s,—–-]*(" + P.CUE_ALT + r")(?![\w’'-])\s+", re.I)
#: the word a window opens with after its blanks and dashes, when in plain ASCII letters; a whole word that
#: no cue form opens with ("he", "Smith") leaves ``_POST_CUE_FIRST`` nothing to match, whose forms are tried
#: letter by letter ignoring case: told without it
_OPENING_LETTERS = re.compile(r"[\s,—–-]*([A-Za-z]+)")
_CUE_FIRST_WORDS = frozenset(f.split()[0].lower() for f in P.CUE_FORMS)

_POST_SPEAKER_FIRST_LIMIT = 160

_CLAUSE_END = re.compile(r"[.!?;:]\s")

_INVERTIBLE_IRREGULAR = {"said", "wrote", "read", "put it", "went on", "shot back", "says", "writes", "reads"}

#: a tag that is a sentence of its own, a quotation opening right after it: '… Dunaway cut in.| “Retraining for what?”'
_TAG_THEN_QUOTE = re.compile(r"(?:[ \xa0]+[a-z][\w’'\-]*){0,4}[ \xa0]*[.][ \xa0]+[“\"‘]")
#: what follows a cue that introduces the next quotation: ' back, “', ': "'
_INTRODUCES_NEXT = re.compile(r"(?:[ \xa0]+[a-z]+)?[ \xa0]*[,:][ \xa0]*[“\"]")
#: the verbs of a tag proper, which an adverbial may follow however long: '“…?” Trump told Britain’s ITV …'
_TAG_VERBS = frozenset("said says told tells asked asks wrote writes added adds replied replies answered answers "
                       "responded responds continued continues shouted shouts yelled yells".split())
#: an object right after a verb: "praise his refusal", "criticized the plan"
_OBJECT_NEXT = re.compile(r"[ \xa0]+(?:his|her|their|its|the|a|an|this|that|these|those)[ \xa0]")

_CAPITAL_PRONOUN_NEXT = re.compile(r"[ \xa0]+(?:He|She|They|We|It)[ \xa0]")

#: a social media handle in brackets after a name, as an embedded post signs off: " (@BuckeyeAccount)"
_HANDLE_NEXT = re.compile(r"[ \xa0]*\(@\w+\)")
_DASH_NAME = re.compile(r"[ \t\xa0]*[-—–―]+[ \t\xa0]*(" + P.NAME_RUN + r")")

_SENTENCE_STOP = re.compile(r"[.!?;][”\"’]?\s")  # a colon introduces, it does not stop

_POST_NAME_ANY_VERB = re.compile(
    r"[ \xa0]+(?:(?:an?|the)[ \xa0]+[a-z]+[ \xa0]+)?(" + P.NAME_RUN + r")[ \xa0]+([a-z]{3,}ed)(?=[.,;]|[ \xa0]+(?:as|in|on|at|during|after|before|to)\b)"
)

_POST_ANY_VERB = re.compile(r"[ \xa0]+([a-z]{3,}ed)[ \xa0]+(?=[A-Z])")

_CAME_FROM = re.compile(
    r"[ \xa0,]*(came)[ \xa0]+(?:the[ \xa0]+|a[ \xa0]+)?(?:[a-z]+[ \xa0]+){0,2}?(?:shouts?|cries|cry|reply|response|answer|chants?|calls?|voice|retort)[ \xa0]+from(?=[ \xa0])"
)


_BARE_PERSON_HEADS = {"boss", "chief", "head", "mum", "dad", "nurse", "doctor", "victim", "expert", "star", "fan", "pupil", "patient"}
#: a role noun with no article after a headline's cue: "says minister as …", "says judge"
_BARE_ROLE_AFTER = re.compile(r"[ \xa0]+((?:[a-z][\w’'\-]*[ \xa0]+){0,2}?[a-z]+)(?=[ \xa0]*(?:$|\n|[.,;:!?]|[ \xa0]+(?:as|after|amid|over|in|on|at|while|of)\b))")


def _name_at(raw: str, start: int) -> Mention | None:
    """The name mention for the capitalised run ``raw`` written at ``start``, unless it is no name or opens
    with a day or another word that opens a sentence ("Monday", "But")."""
    name = clean_name(raw)
    if is_name_ok(name) and name.split()[0].lower() not in DAYWORDS:
        return Mention(name, start, start + len(name), "name")
    return None


def _clause_end_in(s: str) -> bool:
    """A clause end in ``s``, not counting abbreviations ('“…!” Rep. Glenn Thompson, R-Pa., said')."""
    for m in _CLAUSE_END.finditer(s):
        if s[m.start()] == ".":
            j = m.start()
            while j > 0 and not s[j - 1].isspace():
                j -= 1
            word = s[j:m.start()].lower()
            if word.rstrip(".") in P.ABBREVIATIONS or len(word) == 1 and word.isalpha() or PARTY_STATE.match(s[j:m.start() + 1]):
                continue
        return True
    return False


def _last_inside(text: str, q: RawQuote) -> str:
    """The quotation's last character, looking past an inner quotation's closing mark:
    '“… like, ‘Dude, bro,’” Kiedis continued' ends with its comma."""
    if q.end <= q.start:
        return ""
    last = text[q.end - 1]
    if last in "’'" and q.end - 1 > q.start and text[q.end - 2] in ",.!?…":
        return text[q.end - 2]
    return last


def _word_goes_on(s: str, at: int) -> bool:
    """Does a word character (as ``\\w`` sees one), an apostrophe or a hyphen stand at ``at``?"""
    c = s[at:at + 1]
    return c != "" and (c.isalnum() or c in "_’'-")


#: the quoted words named again after their closing mark: ', a description Carver rejected', ', a term critics use'
_WORDS_DESCRIBED_AFTER = re.compile(
    r"[ \xa0]*,?[ \xa0]+(?:a|an|the)[ \xa0]+(?:[a-z]+[ \xa0]+)?(?:description|characterization|characterisation|label|term"
    r"|phrase|word|charge|claim|assertion|accusation|comparison|remark)[ \xa0]+(?:that[ \xa0]+|which[ \xa0]+)?(?!(?:he|she|they)\b)[A-Za-z]")


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
    described = _WORDS_DESCRIBED_AFTER.match(window) if window.lstrip(" ,\xa0").startswith(("a ", "an ", "the ")) else None
    if described is not None:
        # '“fantasy math,” a description Carver rejected': whoever rejects the words did not say them, though
        # a "she" after may be her
        men = mention_after(ctx.text, lo + described.end() - 1, lo + len(window))
        if men is not None and men.kind == "name":
            resolve(ctx, men, men.start)
        return None
    lead = _OPENING_LETTERS.match(window)
    if lead is not None and lead.group(1).lower() not in _CUE_FIRST_WORDS and not _word_goes_on(window, lead.end()):
        m = None
    else:
        m = _POST_CUE_FIRST.match(window)
    headline = q.para == 0 and q.open_mark == ps  # "‘Cuts will cost lives’ say doctors"
    last = _last_inside(ctx.text, q)
    if (m and last not in ",.!?…—–-:;" and not headline
            and not window.lstrip(" \xa0").startswith((",", "—", "–", "-"))):
        m = None  # 'the “sharing economy” reflects an improvement': the quotation is a noun phrase, not a tagged one
    if m:
        verb = m.group(1)
        v = " ".join(verb.lower().split())
        if (v in ("asked", "asks") or not _OBJECT_AFTER_TOLD.match(v)) and (
                v.endswith(("ed", "s")) or v in _INVERTIBLE_IRREGULAR or v == "say"):
            men = mention_after(ctx.text, lo + m.end(), lo + len(window))
            plural = _people_after_cue(ctx.text, lo + m.end(1), lo + len(window), men)
            if plural is not None:
                men = plural  # '"…," say officials in Kyiv', '"…," said US officials, who …'
            elif v == "say" and q.para > 0:
                men = None  # 'say' inverted only before a plural, or in a headline
            if men is None and q.para == 0:
                # a British headline: "‘No more delays’, says minister as rail link stalls", "…’, say nurses"
                bm = _BARE_ROLE_AFTER.match(ctx.text, lo + m.end() - 1, lo + len(window))
                head = bm.group(1).split()[-1] if bm is not None else ""
                if head.endswith("s") and not head.endswith("ss"):
                    head = head[:-1]  # "nurses", not "boss"
                if head and not set(bm.group(1).split()) & NOT_IN_DESCRIPTOR and _is_bare_role(head):
                    men = Mention(bm.group(1), bm.start(1), bm.end(1), "descriptor")
            if men is not None:
                return men, lo + m.start(1), lo + m.end(1)
        elif v.endswith(("ed", "s")):
            # '“…,” warned Clinton.': with nothing after it the name is the subject, not the object
            men = mention_after(ctx.text, lo + m.end(), lo + len(window))
            if men is not None and men.kind == "name" and ctx.text[men.end:men.end + 1] in ".,;":
                return men, lo + m.start(1), lo + m.end(1)
    elif last and last in ",!?":
        # '“This is fantastic!” beamed Donald Hartley of Madison': any past-tense verb before a name
        vm = _POST_ANY_VERB.match(window)
        if vm is not None:
            men = mention_after(ctx.text, lo + vm.end(), lo + len(window))
            if men is not None and men.kind == "name" and ctx.text[men.end:men.end + 1] in ",. " and " " in men.text:
                return men, lo + vm.start(1), lo + vm.end(1)
        # '“France will always be France,” an angry Hollande retaliated.': a name, then any past-tense verb
        nm = _POST_NAME_ANY_VERB.match(window)
        men = _name_at(nm.group(1), lo + nm.start(1)) if nm is not None else None
        if men is not None:
            return men, lo + nm.start(2), lo + nm.end(2)
    cm = _CAME_FROM.match(window) if "came" in window else None
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
            elif dm is not None and any(c in '":“”‘' for c in ctx.text[dm.end():npe]):
                dm = None  # "- Peter Vance: “…”": the next item of a list, with its own quotation
    if dm is not None:
        name = clean_name(dm.group(1))
        held = name_after_lower_role(ctx.text, dm.start(1) + len(name), lo + len(window))
        if held is not None:
            return held, held.start, held.start  # "” — Arizona Democratic Senate nominee Renata Solis, at …"
        if (is_name_ok(name) and (not _is_outlet(name)  # "- Reuters.": a credit line, not a speaker
                                  or _HANDLE_NEXT.match(ctx.text, dm.start(1) + len(name)))  # "— Buckeye Project (@Buckeye)": a post's author
                and ctx.text[dm.end():dm.end() + 4].lower() not in (" by ", "\xa0by ")):  # "-- Reporting by Ann Lee": a credit line
            st = dm.start(1)
            return Mention(name, st, st + len(name), "name"), st, st
    # speaker first: ", Peskov said", ", Mukasey, the ..., said", ", he added"
    if last not in ",.!?…—–-:;" and not window.lstrip(" \xa0").startswith((",", "—", "–", "-")):
        return None  # '“poison pill” measures added by …': the quotation is part of a noun phrase
    # '“All the way!” Dawson shouted, shorthand for …' is a tag however long; after '!' or '?' a capital pronoun
    # opens a new sentence: '“… for the long run!” She replied to him that …'
    ended = last in ".…" or last in "!?" and _CAPITAL_PRONOUN_NEXT.match(window) is not None
    for c_start, c_end, _form in ((a - rel, b - rel, f) for a, b, f in ctx.cues(q.para, rel, rel + len(window))):
        if last in "!?" and _form.lower() not in _TAG_VERBS and _OBJECT_NEXT.match(window, c_end):
            break  # '“… tear down this wall!” Conservatives still praise his refusal …': a new sentence with an object
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
                               and not any(w in NOT_IN_DESCRIPTOR for w in between.split())):
                return men, lo + c_start, lo + c_end
        if headline and (bm := _BARE_ROLE_BEFORE.fullmatch(pre)) is not None and _is_bare_role(bm.group(1).split()[-1]) \
                and not set(bm.group(1).split()) & NOT_IN_DESCRIPTOR:
            # a headline's "“Nobody should be comfortable,” top pollster says as …": a role with no article
            st = lo + bm.start(1)
            return Mention(bm.group(1), st, lo + bm.end(1), "descriptor"), lo + c_start, lo + c_end
        um = _UNCLOSED_APPOSITION.match(window, 0, c_start)
        if um is not None:
            # '“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted': the comma that
            # would close the apposition is missing
            name = clean_name(um.group(1))
            if is_name_ok(name) and " " in name and is_person_name(name):
                st = lo + um.start(1)
                return Mention(name, st, st + len(name), "name"), lo + c_start, lo + c_end
        break
    return None


#: a headline's bare role between its quotation and the cue: "”| top pollster |says"
_BARE_ROLE_BEFORE = re.compile(r"[ \xa0,]*((?:[a-z][\w\-]*[ \xa0]+){0,2}[a-z][\w\-]*)[ \xa0]+")
#: a name and an apposition with a relative clause whose closing comma is missing, up to a cue
_UNCLOSED_APPOSITION = re.compile(
    r"[ \xa0,]*(" + P.NAME_RUN + r"),[ \xa0]+(?:the|an?)[ \xa0][^,;:“”\"()]{1,60}?[ \xa0](?:who|which|that)[ \xa0][^,;:“”\"()]{3,80}[ \xa0]+$")


#: a plural noun for people right after an inverted cue, with its modifiers: "officials", "US officials",
#: "senior Ukrainian officials" (then a stop or a word that goes on with the noun phrase)
_PLURAL_AFTER_CUE = re.compile(
    r"[ \xa0]+((?:[a-z]+[ \xa0]+)?(?:[A-Z][\w.’'\-]*[ \xa0]+){0,2}(?:[a-z][\w\-]*[ \xa0]+){0,2}?([a-z]{3,}s))"
    r"(?=[ \xa0]*(?:[,.;:)—–]|$)|[ \xa0]+(?:who|familiar|close|in|at|on|from|for|of|with|outside|near|as)\b)"
)


def _people_after_cue(text: str, lo: int, hi: int, men: Mention | None) -> Mention | None:
    """The plural descriptor that is the subject of an inverted cue, when ``mention_after`` found
    none or only the name that modifies it (``said Kremlin officials``)."""
    if men is not None and men.kind != "name":
        return None
    pm = _PLURAL_AFTER_CUE.match(text, lo, hi)
    if pm is None or men is not None and (men.start < pm.start(1) or men.end >= pm.end(1)):
        return None
    plural = pm.group(2)
    if not any(_is_person_noun(head) for head in (plural[:-1], plural[:-2] if plural.endswith("es") else "")) \
            or not plausible_descriptor(pm.group(1)):
        return None
    return Mention(pm.group(1), pm.start(1), pm.end(1), "descriptor")


#: a blank-separated word
_WORD_RUN = re.compile(r"[^ \t\n\xa0]+")
#: a possessive ending a name, then up to three lower-case words: "Louisiana|'s insurance commissioner on"
_POSSESSIVE_THEN_WORDS = re.compile(r"(?:’s|'s)((?:[ \xa0]+[a-z][\w\-]*(?![\w’'\-])){1,3})")


def _possessed_person_end(text: str, at: int) -> int | None:
    """Where the person a possessive at ``at`` owns ends ("Louisiana|'s insurance commissioner|"), if the
    words after it name a person by role or job; None otherwise ("Trump's remarks")."""
    m = _POSSESSIVE_THEN_WORDS.match(text, at)
    if m is None:
        return None
    words = list(_WORD_RUN.finditer(text, m.start(1), m.end(1)))
    for i, wm in enumerate(words):
        after = words[i + 1].group() if i + 1 < len(words) else None
        # the head noun ends the phrase: a preposition or a verb follows it, or no lower-case word
        # ("insurance commissioner on Monday ordered", not "recent evidence-free assertion")
        if _is_person_noun(wm.group()) and (after is None and not text[wm.end():wm.end() + 2].strip(" \xa0")[:1].islower()
                                            or after in PREPOSITIONS or after is not None and after.endswith("ed")
                                            or after in P.CUE_FORMS_SET):
            return wm.end()
    return None


def _person_described(men: Mention) -> Mention | None:
    """The part of a descriptor that describes a person, by age or role, up to its head ("the 71-year-old"
    of "the 71-year-old laid out", "the retired coach"); None for a descriptor of anything else."""
    if men.text[:4].lower() != "the ":
        return None
    for wm in _WORD_RUN.finditer(men.text):
        word = wm.group().lower()
        if word.endswith("-year-old") or _is_person_noun(word):
            return Mention(men.text[:wm.end()], men.start, men.start + wm.end(), "descriptor")
    return None


def _is_person_noun(head: str) -> bool:
    return head in PEOPLE_FOR_A_BODY or _is_bare_role(head)


def _is_bare_role(head: str) -> bool:
    """A singular noun for a person by role or job that a headline writes with no article ("says minister")."""
    return head in P.ROLE_HEADS or head in P.FALSE_TITLES or head in _BARE_PERSON_HEADS or is_role_noun_of_person(head)


def _quote_closes_clause(ctx: ArticleContext, q: RawQuote, hit: tuple[Mention, int, int]) -> bool:
    """'“Cruz,” Beck joked': a comma ends the quotation and the post cue's clause starts right after it."""
    if q.close_mark is None or q.end <= q.start:
        return False
    inside = ctx.text[q.end - 1]
    gap = ctx.text[q.close_mark + 1: min(hit[0].start, hit[1])]
    return (inside == "," or gap.startswith(",")) and not gap.strip(" ,\t\xa0")


_DOUBLE_MARK = re.compile('["“”«»]')


def _next_mark(s: str) -> int:
    """Offset of the first double quotation mark in ``s`` (its length when there is none)."""
    if s.isascii():  # only the straight mark can stand in it: str.find, not a search testing every character
        i = s.find('"')
        return i if i >= 0 else len(s)
    m = _DOUBLE_MARK.search(s)
    return m.start() if m is not None else len(s)


#: weak cues that name something ("called it “…”"): followed by "that", they are nouns ("the call that …")
_NAMING_CUES = {"call", "calls", "called", "calling", "term", "termed", "terms", "label", "labeled", "labelled",
                "dub", "dubbed", "brand", "branded"}
_THAT_NEXT = re.compile(r"[ \xa0]+that[ \xa0]")
_CLAUSE_VERB = re.compile(r"[ \xa0](?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|[a-z]{2,}ed)[ \xa0]")


#: "quoted him as", "quoted a Foreign Ministry official as": who is quoted, before a participle cue
_QUOTED_AS_BEFORE = re.compile(r"\bquot(?:ed|es|ing)[ \xa0]+((?:[A-Z][a-z]{0,3}\.|[^,.;:!?“”\"()]){1,80}?)[ \xa0]+as[ \xa0]+$")

#: only a short phrase of where, when or how between a cue and the participle after it: "said| in a statement, |adding"
_ADVERBIAL_ONLY = re.compile(r"[ \xa0]+(?:in|on|at|during|to|after|before|via|from|through|by|with|over)[ \xa0]+[^,.;:!?“”\"]{1,40}?,[ \xa0]*")


#: how something was said, after "by": "replied by email", "said by phone"
_BY_MEDIUM = re.compile(r"[ \xa0]+(?:e-?mail|phone|telephone|text(?:[ \xa0]+message)?|letter|mail|video(?:[ \xa0]*link)?|satellite|fax|post)\b")


def _cue_in(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int, last: bool,
            near_quote: bool) -> tuple[Mention, int, int] | None:
    """A cue inside paragraph ``pi`` between ``lo_rel`` and ``hi_rel`` with its speaker."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    found = ctx.cues(pi, lo_rel, hi_rel)
    if last:
        found.reverse()
    nouns: set[int] = set()
    for c_start, c_end, form in found:
        verb = form.lower()
        a, b = ps + c_start, ps + c_end
        if a in nouns:
            continue
        verb_norm = " ".join(verb.split())  # a cue form opens and ends with a letter
        participle = verb_norm.partition(" ")[0].endswith("ing")  # "adding", "referring to", "pointing out"
        if verb_norm in P.WEAK_CUES and (not near_quote or verb_norm in _NAMING_CUES and _THAT_NEXT.match(masked, c_end)
                                         and _CLAUSE_VERB.search(masked, c_end, hi_rel)):
            continue  # "on the earnings call that demand was “…”": a naming verb takes no that-clause ("called that idea “…”")
        if verb_norm in {"according to", "in the words of"}:
            men = _according_to_source(ctx.text, b, ps + hi_rel)
            sm = _SAID_THAT_BEFORE.search(masked, max(lo_rel, c_start - 120), c_start) if last else None
            if men is not None and sm is not None:
                # "Win Htein … said Tuesday that according to its analysis, …": the outer speaker
                outer = mention_before(ctx.text, ps + lo_rel, ps + sm.start(1))
                if outer is not None and outer.start >= ps + lo_rel and outer.kind in ("name", "pronoun", "descriptor"):
                    return outer, ps + sm.start(1), ps + sm.end(1)
            if men is not None and last and masked[c_start - 2:c_start] == ", " and _THAT_AFTER_SET_OFF.match(masked, men.end - ps):
                # "Calloway … told them, according to three people who were there, that she intended to “…”": the
                # one who told them, as in "X said, according to CNN"; the source set off is how it is known
                outer = _cue_in(ctx, pi, lo_rel, c_start - 2, last=True, near_quote=False)
                if outer is not None and outer[0].kind in ("name", "pronoun"):
                    return outer
            if men is not None:
                return men, a, b
            continue
        if verb_norm in ("state", "states") and (nw := _NEXT_WORD.match(masked, c_end)) is not None and (
                nw.group(1).endswith("s") and _is_person_noun(nw.group(1)[:-1])):
            continue  # "mocking GOP state leaders as “obsessed”": a noun before the people it qualifies
        if verb_norm in _BLAME_CUES and masked.startswith((" of ", " for ", " over "), c_end):
            continue  # a headline's passive: "First Minister accused of ‘broken promise’" is who was accused
        before = masked[lo_rel: c_start].rstrip()
        qm = _QUOTED_AS_BEFORE.search(masked, max(lo_rel, c_start - 100), c_start) if participle and before.endswith(" as") else None
        if qm is not None:
            # "the state news agency OstraPress quoted him as telling …", "Reuters quoted Gen. Ali Hassan as saying":
            # the one quoted, not who quoted him
            men = _phrase_mention(ctx, ps + qm.start(1), ps + qm.end(1))
            if men is not None:
                return men, a, b
        if verb_norm.endswith("ed") and masked.startswith(" by ", c_end) and not _GERUND_NEXT.match(masked, c_end + 3) and not (
                _BY_MEDIUM.match(masked, c_end + 3)):  # "replied by email that …": how, not by whom
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
                # "The foreperson, who …, said the panel “…”": a noun phrase running into the quotation
                or men.kind == "descriptor" and near_quote and not ctx.text[men.end:ps + hi_rel].strip()
                # "The lawmaker, who represents …, said Trump’s remarks “…”": likewise
                or men.kind == "name" and _REPORTED_CLAUSE_NEXT.match(ctx.text, men.end)
            ):
                return men, a, b
        if participle and _PROGRESSIVE_BEFORE.search(before, max(0, len(before) - 40)):
            # "… but John Kasich’s campaign is already claiming …": a finite verb with its own subject
            men = mention_before(ctx.text, ps + lo_rel, a)
            if men is not None and men.start >= ps + lo_rel:
                return men, a, b
        if participle and not before.endswith(","):
            # "asked about his recent comments calling House Republicans “…”": whose comments they are
            om = _OWNED_WORDS_AT_END.search(masked, max(lo_rel, c_start - 80), c_start) if before.endswith(_OWNED_WORDS) else None
            if om is not None and not _CLAUSE_VERB.search(masked, c_end - 1, hi_rel):  # not "tweets accusing … are “…”"
                men = _possessor(om, ps)
                if men is not None:
                    return men, a, b
        # "Trump attacked Obama, calling him ...": a participle takes the clause's subject
        if participle and not before.endswith(","):
            # "with Trump calling it …", "– Ryan saying he was …": the name right before the participle;
            # "The town released a statement saying …": else the clause's subject
            men = mention_before(ctx.text, ps + lo_rel, a)
            if men is not None and men.start >= ps + lo_rel and men.kind in ("name", "pronoun"):
                prev_word = [w for w in ctx.text[max(ps + lo_rel, men.start - 16): men.start].split() if w not in ("the", "The")][-1:]
                # (not "since he left the White House writing books": the verb's object, not the participle's doer)
                after_a_verb = ctx.text[men.start - 4:men.start] == "the " and bool(prev_word) and prev_word[0].isalpha() and (
                    prev_word[0].islower() and prev_word[0] not in PREPOSITIONS and prev_word[0] not in ("and", "but", "as"))
                if not after_a_verb and (not prev_word or prev_word[0].lower() not in PREPOSITIONS - {"with"} or (
                        # "The ad uses footage of Hillary Clinton asking, “…”", "no different from George H.W. Bush calling"
                        prev_word[0] in ("of", "from", "than", "like") and men.kind == "name" and " " in men.text
                        and is_person_name(men.text))):
                    return men, a, b  # not "on Twitter reading", "to Wired explaining"
            if men is not None and men.start >= ps + lo_rel and men.kind == "descriptor" and _WITH_BEFORE.search(
                    ctx.text, max(ps + lo_rel, men.start - 60), men.start):
                return men, a, b  # "with many marchers and spectators chanting “…”"
            wm = _WITH_PERSON_AT_END.search(ctx.text, max(ps + lo_rel, a - 60), a) if men is None else None
            head = "" if wm is None else wm.group(2)[:-1] if wm.group(2).endswith("s") else wm.group(2)  # "lawmakers"
            if wm is not None and plausible_descriptor(wm.group(1)) and (
                    is_role_noun_of_person(head) or head in P.ROLE_HEADS or _is_person_noun(head)):
                # "…, with the mayor accusing opponents of “…”": the one after "with", not the sentence's subject
                return Mention(wm.group(1), wm.start(1), wm.end(1), "descriptor"), a, b
        if participle and before.endswith(" by"):
            # "When he returned he began by saying, “…”": the subject of the verb the participle completes
            bm = _SUBJECT_VERB_BY_AT_END.search(masked, max(lo_rel, c_start - 80), c_start)
            if bm is not None:
                if bm.group(1):
                    return Mention(bm.group(1), ps + bm.start(1), ps + bm.end(1), "pronoun"), a, b
                men = _name_at(bm.group(2), ps + bm.start(2))
                if men is not None:
                    return men, a, b
        if participle or before.endswith((" and", " but", ", and")):
            # "…, Spicer said, adding, “…”": the participle takes the subject of the cue it follows
            prev = [c for c in ctx.cues(pi, lo_rel, c_start) if not _noun_in_place(masked, lo_rel, c)]
            if prev and participle:
                p_start, p_end, p_form = prev[-1]
                if (not masked[p_end:c_start].strip(" ,\t\xa0") or _ADVERBIAL_ONLY.fullmatch(masked, p_end, c_start)) and not p_form.endswith("ing"):
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
            if participle and before.endswith(","):
                # "where about 50 protesters had gathered, chanting “…”": the nearest clause's subject
                men = _last_clause_subject(ctx, pi, lo_rel, len(before) - 1 + lo_rel) or _coordinate_subject(
                    ctx, pi, lo_rel, len(before) - 1 + lo_rel)
                if men is not None and not (men.kind == "descriptor" and _PASSIVE_AFTER.match(ctx.text, men.end)):
                    return men, a, b  # (not "Haskins resigned after the audit was released, saying": no audit says)
            men = _sentence_subject(ctx, ps + lo_rel, a)
            if men is not None:
                return men, a, b
            continue
        if verb_norm in P.SPEECH_NOUNS:
            # "Podliska’s most explosive claim is that …": a noun, whose possessor is the speaker
            pm = _POSSESSOR_OF_NOUN.search(masked, max(lo_rel, c_start - 100), c_start)
            if pm is not None and not (pm.group(3) or "").rstrip().endswith("s") and not _AUX_WORD_AT_END.search(pm.group(3) or ""):
                men = _possessor(pm, ps)
                if men is not None:
                    return men, a, b
            if _DETERMINER_ADJ_BEFORE.search(masked, max(lo_rel, c_start - 40), c_start):
                continue  # "the old claim that …", "a bold promise to …": a noun, not a cue
        if verb_norm in _NOUN_LIKE_CUES and _POSSESSIVE_BEFORE_NOUN.search(masked, max(lo_rel, c_start - 40), c_start):
            continue  # "after the chipmaker cut its revenue forecast, citing “…”": a noun, not the cue
        # subject before the cue, inside this sentence
        men = mention_before(ctx.text, ps + lo_rel, a)
        if men is not None and ctx.in_quote(men.start):
            # "The report, ‘Waiting for Care: The State of …’, published by …, said": not words of a title, the subject
            men = _sentence_subject(ctx, ps + lo_rel, a)
        if men is None or men.kind == "name" and _LOCATIVE_AT_END.search(ctx.text, max(ps + lo_rel, men.start - 8), men.start):
            # "Donald Trump at a rally in Ohio said": the name that opens the clause, not the place
            opener = _name_opening_clause(ctx, masked, ps, lo_rel, c_start)
            if opener is not None:
                men = opener
        if men is not None and men.start >= ps + lo_rel and _adjective_before_noun(ctx.text, men, verb_norm):
            continue
        if men is not None and men.start >= ps + lo_rel and _plural_before_singular_verb(men, verb_norm):
            nouns.add(men.start)  # "… and protests demands": "protests" is no cue either
            continue
        if men is not None and men.start >= ps + lo_rel:
            om = _OUTER_SAY_BEFORE.search(ctx.text, max(ps + lo_rel, men.start - 50), men.start) if last else None
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
                if men is not None and men.kind == "descriptor" and (
                        _CLAUSE_GOES_ON.match(ctx.text, men.end) or _AUX_WORD.search(men.text) is not None
                        # "…, said the union learned of it “…”": words running into the quotation are its clause
                        or near_quote and not ctx.text[men.end:ps + hi_rel].strip()):
                    men = None  # "…, said the rights issue would be “…”": a reported clause, not its speaker
                if men is not None and men.kind != "pronoun" or (men is not None and ctx.text[men.end:men.end + 1] in ",:."):
                    return men, a, b
    return None


#: a subject and its verb before "by" and a participle: "he began by| saying", "Mayor Ortiz responded by| reading"
_SUBJECT_VERB_BY_AT_END = re.compile(
    r"(?:(?<![\w’'])([Hh]e|[Ss]he|[Tt]hey)|(" + P.NAME_RUN + r"))[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{3,}ed|began|begins|ends|replies|responds|reacts)[ \xa0]+by[ \xa0]+$")

#: a written piece and whose it is, before a colon: "a headline from the Washington Post", "a statement from Acme Corp"
_DOCUMENT_FROM = re.compile(r"\b(?:headline|statement|tweet|post|editorial|letter|email|release|memo|message|report)s?[ \xa0]+from[ \xa0]+"
                            r"(?:the[ \xa0]+)?(" + P.NAME_RUN + r")")

#: the time a live blog's entry opens with: "00:21 ", "9.45am "
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \xa0]?[ap]\.?m\.?)?[ \xa0]+")
#: cues of blame, whose headline passive drops its "was": "Minister accused of …", "Club criticised for …"
_BLAME_CUES = frozenset("accused criticised criticized slammed blasted attacked mocked ridiculed condemned".split())
#: cue forms that are nouns as often as verbs
_NOUN_LIKE_CUES = frozenset("""forecast forecasts report reports note notes comment comments claim claims warning warnings
estimate estimates remark remarks promise promises pledge pledges vow vows demand demands charge charges reply replies
answer answers tweet tweets state states""".split())
#: a possessive and at most two words right before a noun: "its revenue| forecast", "her| claims"
_POSSESSIVE_BEFORE_NOUN = re.compile(r"(?<![\w’'])(?:its|his|her|their|our|my|your)(?:[ \xa0]+[a-z][\w\-]*){0,2}[ \xa0]+$")
#: what stands before an adjective, not before a subject: "a heavily Democratic state", "many Asian states"
_DETERMINER_OR_ADVERB_AT_END = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Mm]any|[Ss]ome|[Ss]everal|[Oo]ther|[Mm]ost|[Bb]oth|[Ff]ew|[Tt]hese|[Tt]hose|[a-z]+ly)[ \xa0]+$")


_LOCATIVE_AT_END = re.compile(r"(?<![\w’'])(?:in|at|from|near|during)[ \xa0]+$")
#: a name, then phrases led by a preposition up to the cue: "Trump in his announcement speech| called"
_NAME_THEN_PHRASES = re.compile(
    r"(?:[^,;:“”\"()—–]*?(?<![\w’'])(?:when|as|while|after|because|and|but|where)[ \xa0]+)?"
    r"(" + P.NAME_RUN + r")[ \xa0]+(?:in|at|on|during|from|after|before)[ \xa0]+[^,;:“”\"()—–]{1,80}?[ \xa0]*$")


def _name_opening_clause(ctx: ArticleContext, masked: str, ps: int, lo_rel: int, c_start: int) -> Mention | None:
    """The name that opens the sentence when only phrases led by a preposition stand between it and the cue."""
    start = lo_rel + len(masked[lo_rel:c_start]) - len(masked[lo_rel:c_start].lstrip())
    nm = _NAME_THEN_PHRASES.match(masked, start, c_start)
    if nm is None:
        return None
    name = clean_name(nm.group(1))
    if not name or name.split()[0].lower() in DAYWORDS | PREPOSITIONS or not is_name_ok(name):
        return None
    st = ps + nm.start(1)
    return Mention(name, st, st + len(name), "name")


_OF_AT_END = re.compile(r"(?<![\w’'])of[ \xa0]+$")
_THE_AT_END = re.compile(r"(?<![\w’'])[Tt]he[ \xa0]+$")
#: how a plural name ends ("Democrats", "Republicans"; not "Texas", "Memphis", "Congress")
_PLURAL_ENDS = ("ts", "ns", "rs", "ds", "es", "ks", "ls", "ms", "ps", "gs")


#: what stands right before a noun: a closing quotation mark (masked), a determiner or possessive
_NOUN_SLOT_AT_END = re.compile(r"(?:[\"”’]|(?<![\w’'])(?:the|a|an|his|her|its|their|our|my|your|this|that))[ \xa0]+$")


def _noun_in_place(masked: str, lo_rel: int, cue: tuple[int, int, str]) -> bool:
    """Is this cue form a noun where it stands ('the “disheartened” state of the campaign')?"""
    return cue[2].lower() in _NOUN_LIKE_CUES and _NOUN_SLOT_AT_END.search(masked, max(lo_rel, cue[0] - 8), cue[0]) is not None


def _adjective_before_noun(text: str, men: Mention, verb: str) -> bool:
    """Is ``men`` one capitalised adjective before a noun that looks like a cue ("a Democratic state")?

    A present-tense cue form is often a noun too ("state", "claims", "reports"); after "a", "many" or
    an adverb, the capitalised word before it is an adjective, and no one speaks.
    """
    if men.kind != "name" or " " in men.text or verb.endswith(("ed", "ing")):
        return False
    if verb in _NOUN_LIKE_CUES and _OF_AT_END.search(text, max(0, men.start - 5), men.start):
        return True  # "32% of Republican claims"
    if verb in P.CUE_BASE_FORMS and not men.text.endswith(_PLURAL_ENDS) and _THE_AT_END.search(text, max(0, men.start - 5), men.start):
        return True  # "the Detroit label Crown Records": a singular subject would take "labels"
    return _DETERMINER_OR_ADVERB_AT_END.search(text, max(0, men.start - 20), men.start) is not None


def _plural_before_singular_verb(men: Mention, verb: str) -> bool:
    """Is ``men`` a bare plural noun before a verb that agrees with a singular subject?

    "the spate of police shootings and protests demands that …": the subject is further back.
    """
    return (men.kind == "descriptor" and " " not in men.text and men.text.islower()
            and men.text.endswith("s") and not men.text.endswith(("ss", "us"))
            and " " not in verb and verb.endswith("s") and not verb.endswith("ss"))


_AUX = r"(?:had|has|have|was|were|is|are)\b"

_SUBORDINATE_CLAUSE = re.compile(
    P.opening_words("where when as while after When As While After", r"[\w’']") + r"[ \xa0]+"
    r"(?:(he|she|they)"
    r"|(" + P.NAME_RUN + r")(?![ \xa0]+[a-z]+s[ \xa0]+(?:[a-z]+ly[ \xa0]+)?[a-z]+ed\b)"
    r"|(" + P.NAME_RUN + r"[ \xa0]+[a-z]+s"  # "Sanders protesters"
    r"|(?:(?:about|nearly|some|several|more[ \xa0]+than)[ \xa0]+)?(?:the|an?|\d[\d,]*|dozens[ \xa0]+of|hundreds[ \xa0]+of)"
    r"[ \xa0]+(?:(?!" + _AUX + r")[\w\-]+[ \xa0]+){0,2}(?!" + _AUX + r")[a-z][\w\-]*(?:[ \xa0]+of[ \xa0]+[a-z][\w\-]*)?))"
    # ("as the former secretary of state has sought to …": an irregular past after an auxiliary)
    r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:(?:" + _AUX + r")[ \xa0]+(?:" + "|".join(sorted(P.IRREGULAR_PAST)) + r")|(?:" + _AUX + r"[ \xa0]+)?"
    r"(?:[a-z]{2,}ed|[a-z]{2,}[^s’'\s]s))\b"
)


#: a relative pronoun that is the object of the cue after its subject: "his plan, which the Tax Foundation| estimates",
#: "in a clip that U.S. District Judge Michael W. Mosman| called"
_RELATIVE_OBJECT_BEFORE = re.compile(r"(?:,[ \xa0]+which|(?<![\w’'])[a-z]{3,}[ \xa0]+(?:that|which|whom))[ \xa0]+(?:the[ \xa0]+)?(?:[a-z][\w\-]*[ \xa0]+){0,3}$")
#: a comma after which the main clause goes on: "…, would risk", "“distasteful,” Santilli expressed"
_CLAUSE_RESUMES = re.compile(r",[”\"’]?[ \xa0]+[\w“\"]")


def _in_closed_relative_clause(ctx: ArticleContext, hit: tuple[Mention, int, int], open_mark: int) -> bool:
    """Is the cue in a relative clause that closes before the quotation ('whether his plan, which the Tax
    Foundation estimates would cost $170 billion, would risk “…”')? Then it tags nothing after the clause."""
    men, _, cue_end = hit
    if men.start >= cue_end or not _CLAUSE_RESUMES.search(ctx.text, cue_end, open_mark):
        return False
    return _RELATIVE_OBJECT_BEFORE.search(ctx.text, max(0, men.start - 40), men.start) is not None


_ROLE_AFTER_PLACE = re.compile(r"[ \xa0]+[a-z][a-z\-]+")


def _place_role(text: str, men: Mention) -> Mention:
    """'The Florida senator’s answer was that “…”': the role the place names (its holder is found by
    coreference), not the place."""
    rm = _ROLE_AFTER_PLACE.match(text, men.end)
    nm = P.NAME_AT_START.match(text, rm.end())
    if nm is not None and nm.start(1) == rm.end() + 1 and is_name_ok(name := clean_name(nm.group(1))):
        return Mention(name, nm.start(1), nm.start(1) + len(name), "name")  # "Texas delegate Bill Eastland"
    start = men.start - 4 if text[men.start - 4:men.start] in ("The ", "the ") else men.start
    return Mention(text[start:rm.end()], start, rm.end(), "descriptor")


#: a passive verb after a subject: " was released", " were published"
_PASSIVE_AFTER = re.compile(r"[ \xa0]+(?:was|were|had[ \xa0]+been|has[ \xa0]+been|is|are)[ \xa0]+[a-z]+(?:ed|en)\b")


#: a coordinate clause opening with a named subject and its verb: ", but President Stefan Voicu refused"
_COORDINATE_NAMED_SUBJECT = re.compile(r",[ \xa0]+(?:but|and|while|whereas)[ \xa0]+(?=[A-Z])")
#: a name, then its verb: "President Stefan Voicu| refused"
_NAMED_SUBJECT_AT = re.compile("(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{2,}ed|" + "|".join(sorted(P.IRREGULAR_PAST)) + r")\b")


def _coordinate_subject(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The named subject of the last coordinate clause before ``hi_rel``, with no comma after its opening: "… declared
    victory, but President Stefan Voicu refused to concede, saying …" is Voicu's participle."""
    masked = ctx.para_text(pi)
    if masked.find(", ", lo_rel, hi_rel) < 0:
        return None
    last = None
    for last in _COORDINATE_NAMED_SUBJECT.finditer(masked, lo_rel, hi_rel):
        pass
    if last is None or any(c in masked[last.end():hi_rel] for c in ",;:—–“”\"()"):
        return None
    rm = _NAMED_SUBJECT_AT.match(masked, last.end())
    if rm is None:
        return None
    name = clean_name(rm.group(1))
    bare = split_role(name)[0]
    if not is_name_ok(name) or " " not in bare or not is_person_name(bare):
        return None
    st = ctx.paras[pi][0] + rm.start(1)
    return Mention(name, st, st + len(name), "name")


def _last_clause_subject(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The subject of a subordinate clause that runs, without a comma, up to ``hi_rel``."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    last = None
    for m in _SUBORDINATE_CLAUSE.finditer(masked, lo_rel, hi_rel):
        if m.group(3) and masked.startswith("as ", m.start()) and m.group(3).startswith(("a ", "an ")) and " of " in m.group(3):
            continue  # "rebrand herself as a champion of working families": "as" the preposition (not "as a guy walks in")
        last = m
    # (a dash may set the quotation off: "When Trump finally wrapped up — “…” — the balloons …")
    if last is None or any(c in masked[last.end():hi_rel].rstrip(" \xa0—–") for c in ",;:—–“”\"()"):
        return None
    if last.group(1):
        return Mention(last.group(1), ps + last.start(1), ps + last.end(1), "pronoun")
    if last.group(2):
        name = clean_name(last.group(2))
        if name.split()[0].lower() in DAYWORDS or not is_name_ok(name):
            return None
        return Mention(name, ps + last.start(2), ps + last.start(2) + len(name), "name")
    desc = last.group(3)
    if masked[last.start()].isupper() or not plausible_descriptor(desc):
        # (not "As the debate progressed and Trump stood by …": an opening clause's noun is no speaker)
        return None
    return Mention(desc, ps + last.start(3), ps + last.end(3), "descriptor")


#: how a name (a capital) or "his", "her", "their", "its" opens: tested first, so that a search tries the
#: look-behinds and the name run's alternatives only there, not at every offset of its window
_NAME_OR_OWNER_START = r"(?=[" + P._UPPER + r"hti])"

_POSSESSOR_OF_NOUN = re.compile(
    _NAME_OR_OWNER_START + r"(?:(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')|(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,2})$"
)

_AUX_WORD = re.compile(r"(?<![\w’'])(?:would|will|could|should|may|might|can|must|is|was|are|were|be|been|has|have|had)(?![\w’'])")
_AUX_WORD_AT_END = re.compile(r"\b(?:would|will|could|should|may|might|can|must|did|does|do|to|not|never)[ \xa0]+$")

_PROGRESSIVE_BEFORE = re.compile(P.opening_words("is are was were am been", r"[\w’']") + r"(?:[ \xa0]+(?:[a-z]+ly|already|still|now|also|not|just|even))*$")

_BARE_PLURAL_AFTER = re.compile(r"[ \xa0]+((?:[a-z][\w\-]*[ \xa0]+){0,3}?(?:[a-z][\w\-]*(?<![su]s)s|people|men|women|police))(?=[ \xa0]*(?:[,.;:)—–]|$)|[ \xa0]+(?:who|that|with|familiar|close|in|at|on|from|for|of)\b)")

#: "according to a copy of the letter reviewed by The Post": the noun phrase before its complement
_NP_BEFORE_COMPLEMENT = re.compile(
    r"[ \xa0]+((?:the|a|an|his|her|its|their)[ \xa0]+(?:[a-z0-9][\w\-]*[ \xa0]+){0,2}?[a-z][\w\-]*(?<!ed))(?=[ \xa0]+(?:of|from|by|obtained|released|reviewed|seen|published|filed|issued|sent|written|prepared)\b)"
)

_IN_WORDS = re.compile(r"(?<![\w’'])(?:[Ii]n|[Bb]y)[ \xa0]+(his|her|their|its|" + P.NAME_RUN + r")(?:’s|'s|’|')?[ \xa0]+(?:own[ \xa0]+)?"
                       r"(?:words|account|admission),?[ \xa0]*$")

_WITH_BEFORE = re.compile(r"(?<![\w’'])with[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,4}$")
#: a described person after "with", right before a participle cue: "with |the mayor| accusing"
_WITH_PERSON_AT_END = re.compile(r"(?<![\w’'])with[ \xa0]+((?:the|a|an|his|her|its|their|several|some|many|two|three|other)[ \xa0]+"
                                 r"(?:[\w’'\-]+[ \xa0]+){0,3}?([a-z][a-z\-]*))[ \xa0]*$")

_OUTER_SAY_BEFORE = re.compile(r"(?<=[ \xa0])(said|says|told[ \xa0]+[a-z]+|tells[ \xa0]+[a-z]+)[ \xa0]+"
                               # "Ruiz said she expected that Americans will say “no”"
                               r"(?:(?:he|she|they)[ \xa0]+(?:expected|expects|believed|believes|thought|thinks|hoped|hopes|predicted|predicts)[ \xa0]+"
                               # "Cruz said he’s certain Rubio will continue to be “…”"
                               r"|(?:he|she|they|I|we)(?:[’'](?:s|re|m)|[ \xa0]+(?:is|was|are|were|am))[ \xa0]+(?:certain|sure|confident|convinced|hopeful)[ \xa0]+)?"
                               r"(?:that[ \xa0]+)?$")

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
        if bm is not None and not any(w in NOT_IN_DESCRIPTOR for w in bm.group(1).split()):
            men = Mention(bm.group(1), bm.start(1), bm.end(1), "descriptor")
    return men


#: the agent of a passive cue, right after the quotation: '… “a turning point” by Mayor Dan Ortega'
_BY_AFTER = re.compile(r",?[ \xa0]+by[ \xa0]+")
_AGENT_AS_BEFORE = re.compile(
    r"(?<![\w’'])(?:seen|viewed|regarded|considered|known|described|dubbed|called|labeled|labelled|branded|characterized)"
    r"[ \xa0]+by[ \xa0]+([^,;:“”\"]{2,60}?)[ \xa0]+as[ \xa0]+(?:(?:an?|the)[ \xa0]+)?$"
)

_PERCENT = re.compile(r"\d[\d,.]*\s*(?:percent|%)")

_POLL_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[\s“\"‘]))(?:In[ \xa0]+)?((?:[Aa]n?|[Tt]he)[ \xa0]+[^,;:“”\"]{0,60}?(?:poll|survey))(?:[ \xa0]+(?:released|conducted|published)[^,;:“”\"]{0,40})?"
    r"(?:,|[ \xa0]+(?:also[ \xa0]+)?(?:finds|found|shows|showed)[ \xa0]+that\b)"
)

#: the rest of a source set off by commas, then the reported clause: "…| who were there, that she intended"
_THAT_AFTER_SET_OFF = re.compile(r"[^,.;:!?“”\"]{0,80},[ \xa0]+that[ \xa0]")

_SAID_THAT_BEFORE = re.compile(r"(?<![\w’'])(said|says)(?:[ \xa0]+[A-Z]?[a-z]+){0,3}[ \xa0]+that[ \xa0]+$")

_SUBORDINATE_OPENING = re.compile(r"[“\"‘(]?(?:When|After|As|While|Before|If|Although|Though|Since|Once|Until)[ \xa0]")

_WITH_NAME_ING = re.compile(r",[ \xa0]+with[ \xa0]+(?:(?!(?:the|a|an)[ \xa0])[a-z][\w\-]*[ \xa0]+){0,2}(" + P.NAME_RUN + r")[ \xa0]+([a-z]{2,}ing)\b")
_MAIN_CLAUSE_SUBJECT = re.compile(r",[ \xa0]+(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?[a-z]{2,}(?:ed|es|s)\b")

_SAID_FORMS = {"said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "recalled", "argued", "continued"}

_CLAUSE_GOES_ON = re.compile(r"[ \xa0]+(?:that|when|was|is|were|are|will|would|had|has|have|could|should|can|may|might)\b")

_SUBJECT_IN_SENTENCE = re.compile(
    r"(?:^|(?<=[,;:—][ \xa0])|(?<=,[”\"’][ \xa0])|(?<=^[“\"‘(]))(?:(?:But|And|So|Yet|Still|Then|Now|Later|Earlier|Meanwhile)[ \xa0,]+" + OPTIONAL_THEN + r")?"
    r"(?:((?:[Hh]e|[Ss]he|[Tt]hey|I|We))(?:[’'](?:s|d|ll|re|ve|m))?|(?:\d{1,3}-year-old\s+)?(?!(?:The|An?|His|Her|Its|Their)\s+[a-z])(" + P.NAME_RUN + r")(?:\s*\([^()]{1,30}\),?)?|((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+"
    r"|(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome|[Mm]ore\s+than|[Aa]t\s+least)\s+)?\d[\d,]*\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s))"
    r"(?=(?:,[^,]{1,140},|,[ \xa0]+(?:a|an|the|who)[ \xa0][^.;:“”\"]{1,200}?,(?=\s+[a-z])|[ \xa0]*[—–][^—–“”\"]{1,120}[—–])?\s+(?!as[ \xa0])[a-z])"
)  # ("Republicans as the “enemy,”" is an item of a list, no subject; an apposition may hold commas of its own: "…, a Republican who chairs the Finance, Ways and Means Committee, spoke")
#: the blank after a comma, semicolon, colon or dash, where ``_SUBJECT_IN_SENTENCE`` may open inside a sentence
_CLAUSE_BREAK_BLANK = re.compile(r"(?:[,;:—]|,[”\"’])[ \xa0]")


def _subjects_in_sentence(seg: str) -> Iterator[re.Match]:
    """``_SUBJECT_IN_SENTENCE.finditer(seg)``, tried only where its look-behinds let it open (``re`` tries a
    pattern that opens with look-behinds at every offset)."""
    starts = [0, 1] if seg[:1] and seg[0] in "“\"‘(" else [0]
    starts += [m.end() for m in _CLAUSE_BREAK_BLANK.finditer(seg)]
    end = 0
    for p in starts:
        if p >= end:
            m = _SUBJECT_IN_SENTENCE.match(seg, p)
            if m is not None:
                end = m.end()
                yield m


#: words that open an adverbial, not a subject ("Outside the sports arena, …")
_LOCATIVES = PREPOSITIONS | {"outside", "inside", "across", "behind", "beyond", "near", "around", "along",
                              "throughout", "toward", "towards", "through", "into", "onto", "upon", "within"}

_QUANTIFIERS = {"many", "most", "some", "several", "both", "all", "other", "another", "various", "few",
                "dozens", "hundreds", "thousands", "millions"}

#: words that cannot open a bare plural subject: "This" and "Its" end in s, "Outside …" is a place
_NOT_PLURAL_OPENERS = _LOCATIVES | (DAYWORDS - _QUANTIFIERS) | {"given", "including", "regarding", "concerning", "considering"}

#: words ending in "s" that are no plural noun heading a subject
_ENDS_IN_S_NOT_PLURAL = frozenset("his this its hers ours yours theirs was has is does as thus plus always perhaps whereas unless "
                                  "across besides towards afterwards sometimes".split())
_BARE_PLURAL_SUBJECT = re.compile(r"([A-Z][a-z]+(?:[ \xa0][a-z][a-z\-]+){0,3}?(?<![su]s)s)(?=[ \xa0](?:[a-z]+ly[ \xa0])?(?!(?:would|will|could|should|may|might|can|must|are|were|be|been)\b)[a-z])")

#: a list item's marker: "- ", "• ", "* "
_BULLET = re.compile(r"[-•*·▪–—][ \t\xa0]+")
#: the label of a turn in an interview written as questions and answers: "Q: ", "Answer: "
_QA_LABEL = re.compile(r"(Q|A|Question|Answer|QUESTION|ANSWER)[ \xa0]*:[ \xa0]*")
#: who puts the questions, named in an interview's introduction: "city hall reporter Owen Lachance"
_INTERVIEWER_ROLE = re.compile(r"(?<![\w’'])(?:reporter|editor|correspondent|host|interviewer|columnist|writer|journalist)s?[ \xa0]+(" + P.NAME_RUN + r")")


def _interview_parties(ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """Who asks and who answers in an interview written as "Q:" and "A:" turns: the person its introduction
    names as reporter, editor or host; and the first other person the headline or introduction names."""
    hi = ctx.paras[min(2, len(ctx.paras) - 1)][1]
    asker = None
    im = _INTERVIEWER_ROLE.search(ctx.text, 0, hi)
    if im is not None:
        name = clean_name(im.group(1))
        if is_name_ok(name) and is_person_name(name):
            asker = Mention(name, im.start(1), im.start(1) + len(name), "name")
    body = ctx.paras[1][0] if len(ctx.paras) > 1 else 0  # (the body first: a headline's capitals are no names)
    for lo, end in ((body, hi), (0, body)):
        for m in ANY_NAME.finditer(ctx.text, lo, end):
            name = clean_name(m.group(1))
            if (len(name.split()) > 1 and not ctx.in_quote(m.start(1)) and is_name_ok(name) and is_person_name(name)
                    and not is_place(name) and (asker is None or name.split()[-1] != asker.text.split()[-1])):
                return asker, Mention(name, m.start(1), m.start(1) + len(name), "name")
    return asker, None

_NAME_COLON = re.compile(r"(?:[A-Z][a-z]+\s+)?(" + P.NAME_RUN + r")\s*:\s*")

_HEADLINE_WORD = re.compile(r"[A-Z][a-z]+")


def _headline_cue(ctx: ArticleContext, lo: int, hi: int) -> tuple[Mention, int, int] | None:
    """Speaker and capitalised cue of a headline, the speaker being the capitalised run before the cue."""
    for m in _HEADLINE_WORD.finditer(ctx.text, lo, hi):
        w = m.group().lower()
        if w not in P.CUE_FORMS_SET or w.endswith("ing") or m.start() == lo:
            continue
        span = P.name_run_before(ctx.text, m.start() - 1, lo)
        if span is None or ctx.text[m.start() - 1] != " " or ctx.text[span[0]:span[1]].endswith(("’s", "'s")):
            continue  # "Half Clinton’s State Meetings": a possessor, not the subject of a verb
        name = clean_name(ctx.text[span[0]:span[1]])
        if is_name_ok(name):
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


def _named_in_body(ctx: ArticleContext, name: str) -> bool:
    """Does the article's body (after its first paragraph) write the last word of ``name``? A Title Case
    headline capitalises every word, so a run read as a name there ("Woman Steps Forward") is one only if
    the body names it too."""
    return next(occurrences(ctx.text[ctx.paras[0][1]:].lower(), name.split()[-1].lower(), 1), None) is not None


def _is_headline_label(name: str) -> bool:
    """A headline's kicker before its colon ("Review:", "Fact Check:"): a section, not a speaker, when the quotation
    follows it ("Review: “The Salt Houses” is a slow burn")."""
    return all(w.lower() in P.HEADLINE_LABELS for w in name.split())


#: a name opening a sentence, set off from a colon by a phrase of where or how: "Brannigan, at his victory party
#: in Scranton:", "Kessler, smiling:"
_NAME_SET_OFF_BEFORE_COLON = re.compile(
    r"[ \t\xa0]*(" + P.NAME_RUN + r"),[ \xa0]+(?:(?:at|in|on|after|from|during|before|with|outside|inside)[ \xa0]+[^,:;.!?“”\"]{1,60}"
    r"|[a-z]+ing(?:[ \xa0]+[a-z]+){0,3}|[a-z]+ly)[ \xa0]*:$")


def _name_before_colon(ctx: ArticleContext, lo: int, hi: int) -> tuple[Mention, int, int] | None:
    """A name written right before a colon that ends ``text[lo:hi]`` ("… Hillary Rodham Clinton:")."""
    seg = ctx.text[lo:hi].rstrip()
    if not seg.endswith(":"):
        return None
    colon = lo + len(seg) - 1
    span = P.name_run_before(ctx.text, colon, max(lo, colon - 80))
    if span is None:
        return _name_set_off_before_colon(ctx, lo, colon)
    name = clean_name(ctx.text[span[0]:span[1]])
    words = name.split()
    while len(words) > 1 and words[0].lower() in DAYWORDS:
        words = words[1:]
    name = " ".join(words)
    if not is_name_ok(name) or not name[:1].isupper() or _is_headline_label(name):
        return None
    st = ctx.text.index(name, span[0])
    prev = ctx.text[max(lo, st - 12): st].split()[-1:]
    if prev and prev[0].lower() in PREPOSITIONS:
        # "delivered a blunt message to Trump: “…”", "quoting da Vinci in Italian: “…”" (but "Brannigan, at his
        # victory party in Scranton: “…”")
        return _name_set_off_before_colon(ctx, lo, colon)
    return Mention(name, st, st + len(name), "name"), colon, colon + 1


def _name_set_off_before_colon(ctx: ArticleContext, lo: int, colon: int) -> tuple[Mention, int, int] | None:
    """"Brannigan, at his victory party in Scranton: “…”", "Kessler, smiling: “…”": the name opening the
    sentence, then where or how, then the colon at ``colon``."""
    om = _NAME_SET_OFF_BEFORE_COLON.match(ctx.text, lo, colon + 1)
    if om is None or not is_name_ok(name := clean_name(om.group(1))) or _is_headline_label(name):
        return None
    return Mention(name, om.start(1), om.start(1) + len(name), "name"), colon, colon + 1


_CLAUSE_SUBJECT = re.compile(
    P.opening_words("while when whereas after before because as since although though but and where which whom if until")
    + r"[ \xa0]+"
    r"(?:(he|she|they)|(" + P.NAME_RUN + r")|(the[ \xa0]+" + P.NAME_RUN + r"[ \xa0]+(?:campaign|camp|team|administration)))"
    r"(?:,[^,]{2,80},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:[a-z]{2,}ed|[a-z]{2,}s|said|told|wrote)\b"
)


#: a free relative whose own subject names the words: 'what one news director described as “…”', 'what the
#: campaign calls a “…”', 'what he called “…”'
_WHAT_SOMEONE_CALLED = re.compile(
    r"\bwhat[ \xa0]+([^,.;:!?“”\"()]{1,60}?)[ \xa0]+(?:(?:has|have|had)[ \xa0]+)?(?:describe[sd]|call(?:s|ed)|term(?:s|ed)|dub(?:s|bed)"
    r"|label(?:s|l?ed)|brand(?:s|ed)|characteri[sz](?:es|ed)|refer(?:s|red)[ \xa0]+to)(?:[ \xa0]+as)?(?:[ \xa0]+(?:an?|the))?[ \xa0]*$"
)


def _what_someone_called(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The subject of a free relative right before the quotation: 'what one news director described as'."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    m = _WHAT_SOMEONE_CALLED.search(masked, lo_rel if lo_rel > hi_rel - 120 else hi_rel - 120, hi_rel)
    if m is None:
        return None
    return _phrase_mention(ctx, ps + m.start(1), ps + m.end(1))


#: a verb that makes someone else act, its object, and the "to" of what they did: 'That prompted Rubio to …',
#: 'leading Clinton advisers like Gene Sperling to …', 'forced him to …' (not "urged" or "asked": whoever asks
#: for "“turn away”" speaks the words)
_CAUSATIVE_OBJECT = re.compile(
    r"\b(?:prompt(?:s|ed|ing)?|le(?:d|ads?|ading)|forc(?:es?|ed|ing)|caus(?:es?|ed|ing)|provok(?:es?|ed|ing)"
    r"|spur(?:s|red|ring)?|drov?e|driv(?:es|ing)|inspir(?:es?|ed|ing)|goad(?:s|ed|ing)?)[ \xa0]+"
    r"((?:[A-Z][a-z]{0,3}\.|[^,.;:!?“”\"()]){1,80}?)(,[^,.;:!?“”\"]{1,80},)?[ \xa0]+to[ \xa0]+[a-z]"
)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _phrase_mention(ctx: ArticleContext, start: int, end: int) -> Mention | None:
    """The speaker a phrase ``text[start:end]`` names as a whole, cut out of a larger pattern (the object in
    "quoted him as", "prompted Rubio to", the subject in "what one news director described as"): a pronoun in
    either case, or a mention ending at ``end``."""
    word = ctx.text[start:end]
    if word in _OBJECT_PRONOUNS or word in ("he", "she", "they"):
        return Mention(_OBJECT_PRONOUNS.get(word, word), start, end, "pronoun")
    men = mention_before(ctx.text, start, end)
    return men if men is not None and men.start >= start and men.end == end and men.kind != "pronoun" else None


def _causative_object(ctx: ArticleContext, pi: int, lo_rel: int, hi_rel: int) -> Mention | None:
    """The one made to act in the clause a quotation ends: 'That prompted Rubio to make a joke and call
    Trump “very flexible,”' is Rubio's, not the subject's."""
    masked = ctx.para_text(pi)
    ps = ctx.paras[pi][0]
    last = None
    for m in _CAUSATIVE_OBJECT.finditer(masked, lo_rel, hi_rel):
        last = m
    if last is None or any(c in masked[last.end():hi_rel] for c in ".;!?“”\""):
        return None
    return _phrase_mention(ctx, ps + last.start(1), ps + last.end(1))


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
    if last.group(3):
        # "… - but the Sanders campaign rejected the idea as “ludicrous”"
        return Mention(last.group(3), ps + last.start(3), ps + last.end(3), "descriptor")
    if last.group(2).endswith(("’s", "'s", "’", "'")):
        return None  # "Gorka’s analysis is": a possessive, not the subject
    name = clean_name(last.group(2))
    words = name.split()
    if words[0].lower() in DAYWORDS or not is_name_ok(name):
        return None
    st = ps + last.start(2)
    return Mention(name, st, st + len(name), "name")


_LOWER_POSSESSIVES = ("his ", "her ", "its ", "their ", "his\xa0", "her\xa0", "its\xa0", "their\xa0")
#: a sentence opening with a preposition and a gerund: "In declaring …", "By calling …"
_GERUND_OPENING = re.compile(r"[“\"‘(]?(?:In|By|After|Before|While|When|Since|Upon|On|Despite)[ \xa0]+[a-z]+ing\b")
#: an adverbial clause or phrase that opens a sentence, up to its comma: "Even before Sanders took the stage, …"
_ADVERBIAL_OPENERS = r"[A-Z][a-z]+ing|In|At|On|After|Before|During|Since|With|When|While"
_ADVERBIAL_CLAUSE_OPENING = re.compile(
    r"[“\"‘(]?(?:(?:Even|Just|Shortly|Long|Only|Soon|Right)[ \xa0]+(?:after|before|when|while|as|since|once|until|though|because|if)"
    r"|" + _ADVERBIAL_OPENERS + r"|As|Once|Until|Although|Though|Because|If|Earlier|Later)\b")
_OPENING_ADVERBIAL = re.compile(r"[“\"‘(]?(?:" + _ADVERBIAL_OPENERS + r"|Asked|Speaking"
                                r"|(?:But|And|Yet)[ \xa0]+(?:after|before|during|since|with|when|while|in|at|on))\b")

#: "Roloson supports Democrat Hillary Clinton": a verb, not a role noun, right before the name
_VERB_S_AT_END = re.compile(r"(?<=[A-Za-z.])[ \xa0]+[a-z]+s(?<![su]s)(?<![’']s)[ \xa0]+$")


#: a name opening the sentence, then a phrase of where, when or how set off by a comma: "Mr. Whitcomb, in a speech …"
_NAME_THEN_ADVERBIAL = re.compile(r"[“\"‘(]?(" + P.NAME_RUN + r"),[ \xa0]+(?:in|at|on|during|after|before|while|speaking|from|with)[ \xa0]")

#: the comma that ends a sentence's opening phrase, a closing mark after it allowed, and the blanks after
_OPENING_PHRASE_END = re.compile(r",[”\"’]?[ \xa0]+")


#: an owner's role opening a sentence, then the name set off after it: "Her Republican counterpart in the state, Beth Ann Stroud,"
_OWNED_ROLE_THEN_NAME = re.compile(r"(?:Her|His|Their)[ \xa0]+(?:[\w’'\-]+[ \xa0]+){0,6}?[\w’'\-]+,[ \xa0]+(" + P.NAME_RUN + r"),")
#: a determiner, lower-case words ending in a person noun, then a name: "the critic| Sonia Farrow", "a longtime aide| Jo Marsh"
_ROLE_THEN_NAME_AT = re.compile(r"(?:[Tt]he|[Aa]n?)[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+){0,2}([a-z][\w\-]*)[ \xa0]+(" + P.NAME_RUN + r")")


def _sentence_subject(ctx: ArticleContext, lo: int, hi: int) -> Mention | None:
    """The subject of the clause that a participial cue hangs on (first mention in the sentence)."""
    pi = para_of(ctx, lo)
    ps = ctx.paras[pi][0] if pi >= 0 else 0
    seg = ctx.para_text(pi)[lo - ps: hi - ps] if pi >= 0 and hi <= ctx.paras[pi][1] else ctx.text[lo:hi]
    descriptor = None  # only when no name or pronoun opens a clause
    rm = ROLE_NAME_SUBJECT.match(seg)
    if (rm is None or not is_name_ok(clean_name(rm.group(1)))) and _OPENING_ADVERBIAL.match(seg):
        # "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising …"
        cm = _OPENING_PHRASE_END.search(seg, 0, 100)
        # (the phrase may close with a title's marks: 'On Atlas News Channel’s “The Situation Desk,” host …')
        rm = ROLE_NAME_SUBJECT.match(seg, cm.end()) if cm is not None and cm.start() < 80 else None
    if rm is not None and role_words_ok(seg[rm.start(): rm.start(1)], all_words=True) and not _VERB_S_AT_END.search(seg, rm.start(), rm.start(1)):
        # "Republican presidential nominee Donald Trump issued …"
        name = clean_name(rm.group(1))
        st = lo + rm.start(1)
        if is_name_ok(name) and (len(name.split()) > 1 or _is_person_noun(seg[:rm.start(1)].split()[-1])):
            # (one word only after a person noun: "Band member Flea shared the news, writing"; not
            # "A former Republican presidential candidate")
            return Mention(name, st, st + len(name), "name")
    om = _OWNED_ROLE_THEN_NAME.match(seg) if rm is None and seg.startswith(("Her ", "His ", "Their ")) else None
    if om is not None and is_name_ok(name := clean_name(om.group(1))) and " " in name and is_person_name(name):
        # "Her Republican counterpart in the state, Beth Ann Stroud, had a simpler view:": the name set off
        st = lo + om.start(1)
        return Mention(name, st, st + len(name), "name")
    nm = _NAME_THEN_ADVERBIAL.match(seg) if rm is None else None
    if nm is not None and is_name_ok(name := clean_name(nm.group(1))) and plausible_name(ctx.text, name, lo + nm.start(1)):
        # "Mr. Whitcomb, in a speech to supporters in Edison, N.J., last month, called …": the name before the
        # phrase set off, not the place inside it
        st = lo + nm.start(1)
        if name.startswith("The "):
            name, st = name[4:], st + 4  # "The Karsanian Foreign Ministry, in a statement, …"
        return Mention(name, st, st + len(name), "name")
    for m in _subjects_in_sentence(seg):
        if m.group(1):
            return Mention(m.group(1), lo + m.start(1), lo + m.end(1), "pronoun")
        if m.group(2):
            name = clean_name(m.group(2))
            words = name.split()
            if words[0].lower() in PREPOSITIONS:
                continue  # "With Democratic leaders worried, …": an adverbial, not the subject
            rn = ROLE_NAME_SUBJECT.match(seg, m.start(2)) if len(words) == 1 else None
            if rn is not None and _is_person_noun(seg[m.end(2):rn.start(1)].split()[-1]) and role_words_ok(seg[rn.start():rn.start(1)], all_words=True):
                full = clean_name(rn.group(1))
                if is_name_ok(full) and len(full.split()) > 1:
                    # "“…,” Democratic candidate Hillary Clinton said": the name after the role, not the party
                    return Mention(full, lo + rn.start(1), lo + rn.start(1) + len(full), "name")
            k = 0
            while k < len(words) - 1 and words[k].lower() in DAYWORDS:
                k += 1
            if k:
                off = m.group(2).index(words[k])
                name = " ".join(words[k:])
                st = lo + m.start(2) + off
            else:
                st = lo + m.start(2)
            if (held := name_after_lower_role(ctx.text, st + len(name), hi)) is not None:
                return held  # "Freedom Forward Action president Dennis Hale defended …, saying": the person, not the body
            if pi == 0 and len(ctx.paras) > 1 and " " not in name and _is_bare_role(name.lower()):
                # a headline's bare title: "Mayor proposes first tax increase in 12 years, calling …": the one the
                # story gives that title first ("Mayor Evelyn Cardoza")
                body = ctx.text[ctx.paras[1][0]:ctx.paras[min(3, len(ctx.paras) - 1)][1]]
                tm = re.search(r"\b" + re.escape(name) + r"[ \xa0]+(" + P.NAME_RUN + ")", body)
                held_name = clean_name(tm.group(1)) if tm is not None else ""
                if " " in held_name and is_name_ok(held_name) and is_person_name(held_name):
                    hs = ctx.paras[1][0] + tm.start(1)
                    return Mention(held_name, hs, hs + len(held_name), "name")
            if is_name_ok(name) and plausible_name(ctx.text, name, st):
                owned = _possessed_person_end(ctx.text, st + len(name))
                if owned is not None:
                    # "Louisiana's insurance commissioner on Monday ordered …, saying": the commissioner, not Louisiana
                    return Mention(ctx.text[st:owned], st, owned, "descriptor")
                return Mention(name, st, st + len(name), "name")
            if descriptor is None and m.start(2) == m.start():
                # "Federal labor organizations have long campaigned …": a plural noun phrase
                bm = _BARE_PLURAL_SUBJECT.match(seg, m.start(2))
                if bm is not None and plausible_descriptor(bm.group(1)) and bm.group(1).split()[0].lower() not in _NOT_PLURAL_OPENERS \
                        and not (len(bm.group(1).split()) == 2 and _is_bare_role(bm.group(1).split()[0].lower())) \
                        and bm.group(1).rsplit(None, 1)[-1] not in _ENDS_IN_S_NOT_PLURAL:  # not "Kessler led with his"
                    descriptor = (_with_body_after(ctx, seg, lo, bm.start(1), bm.end(1))
                                  or Mention(bm.group(1), lo + bm.start(1), lo + bm.end(1), "descriptor"))
            continue
        if m.group(3) and descriptor is None:
            rn = _ROLE_THEN_NAME_AT.match(seg, m.start(3))
            if rn is not None and _is_person_noun(rn.group(1)) and is_name_ok(name := clean_name(rn.group(2))) \
                    and len(name.split()) > 1 and is_person_name(name):
                # "In the Eastern Review of Books, the critic Sonia Farrow wrote …, and called …": the name the role goes with
                st = lo + rn.start(2)
                return Mention(name, st, st + len(name), "name")
            if m.group(3).startswith(_LOWER_POSSESSIVES) and not (
                    seg.count(",", 0, m.start()) == 1 and _ADVERBIAL_CLAUSE_OPENING.match(seg)):
                continue  # "…, his business ventures": an item of a list; "Even before …, his campaign sent": the subject
            end = _noun_phrase_end(seg, m.end(3))
            am = _APPOSED_NAME_AFTER.match(seg, end)
            if am is not None:
                # "The clinic’s director, Paul Lindgren, agreed.": the name set in apposition
                name = clean_name(am.group(1))
                if is_name_ok(name) and len(name.split()) > 1 and is_person_name(name):
                    st = lo + am.start(1)
                    return Mention(name, st, st + len(name), "name")
            if not plausible_descriptor(m.group(3)):
                continue
            descriptor = (_with_body_after(ctx, seg, lo, m.start(3), end)
                          or Mention(seg[m.start(3):end], lo + m.start(3), lo + end, "descriptor"))
    return descriptor


#: the body or place after someone who speaks for it: "A spokesperson| for Meta", "Officials| in Kyiv"
#: (not a modifier of a name further on: "A spokesman for Democratic presidential candidate Hillary Clinton")
_BODY_AFTER_PERSON = re.compile(r"[ \xa0]+(?:for|at|with|in|from|to|of)[ \xa0]+(?:the[ \xa0]+)?" + P.NAME_RUN
                                + r"(?![\w\-’']|[ \xa0]+(?:[a-z][\w\-]*[ \xa0]+){1,3}[A-Z])")


def _with_body_after(ctx: ArticleContext, seg: str, lo: int, start: int, end: int) -> Mention | None:
    """The descriptor ``seg[start:end]`` (``seg`` starts at ``lo``) with the body it speaks for, as a
    subject before its cue would be read: "A spokesperson for Meta declined …, but said"."""
    bm = _BODY_AFTER_PERSON.match(seg, end)
    if bm is None:
        return None
    got = mention_before(ctx.text, lo + start, lo + bm.end())
    return got if got is not None and got.kind == "descriptor" and got.start == lo + start else None


#: a sentence about a person, opened with the name: "For Tess Morgan, the decision was simple."
_FOR_NAME_OPENING = re.compile(r"(?:For|To)[ \xa0]+(" + P.NAME_RUN + r"),[ \xa0]")

#: a name set in apposition after a subject noun phrase: "The director, Paul Lindgren, agreed"
_APPOSED_NAME_AFTER = re.compile(r",[ \xa0]+(" + P.NAME_RUN + r"),[ \xa0]")

_NEXT_WORD = re.compile(r"[ \xa0]+([a-z][a-z\-]*)\b(?![’'])")

_VERB_AFTER_PLURAL = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:are|were|have|had|say|said|will|would|can|could|do|did|may|might|must|should|[a-z]+ed|[a-z]+n[’']t)\b")



#: adverbs that stand between a subject and its verb: "the pope again demonstrated", "the mayor also said"
_ADVERBS_AFTER_SUBJECT = frozenset("again also still now then once never already often soon even just always".split())


def _noun_phrase_end(seg: str, end: int) -> int:
    """Where a sentence-opening noun phrase matched to its shortest ends ("The first" of "The first
    incident came …", "The final" of "The final results aren’t in"): through the nouns that follow."""
    for _ in range(3):
        if seg[end - 1: end] == "s" and seg[max(0, end - 3): end] not in ("ews", "ics") and seg[end - 2: end] not in ("ss", "us", "is", "’s", "'s"):
            break  # a plural noun ends the phrase: "His remarks [buttress …]"
        m = _NEXT_WORD.match(seg, end)
        if m is None:
            break
        w = m.group(1)
        if w in NOT_IN_DESCRIPTOR or w in PREPOSITIONS or w in P.IRREGULAR_PAST or w in {"the", "a", "an"} or w.endswith(("ed", "ly", "ing")):
            break
        if w in _ADVERBS_AFTER_SUBJECT:
            break  # "the Latin American pope| again demonstrated"
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


_POSSESSOR_BEFORE = re.compile(NAME_START + r"(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')[ \xa0]+(?:[a-z]+[ \xa0]+){0,2}[“\"‘]$")

#: a speech noun owned by "his", "her" or "their" right before the quotation: "his call for “…”", "her vow to “…”"
_OWN_SPEECH_NOUN_BEFORE = re.compile(
    r"(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir)[ \xa0]+(?:[a-z]+[ \xa0]+)?(calls?|demands?|promises?|pledges?|vows?|pleas?|warnings?"
    r"|claims?|boasts?|insistence|description|characterization)(?:[ \xa0]+(?:for|to|of|about|that))?[ \xa0]+[“\"‘]$")

#: a month or weekday written between an owner and the noun: "her March comment that"
_MONTH_OR_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                 r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_CLAIM_NOUNS = (r"(claims?|assertions?|insistence|arguments?|promises?|pledges?|vows?|warnings?|suggestions?|charges?|boasts?"
                r"|predictions?|contention|accusations?|allegations?|comments?|remarks?|statements?)")
#: a speech noun with its owner and a that-clause running into the quotation: "Trump’s claim that Obama “…”"
_CLAIM_THAT_BEFORE = re.compile(
    _NAME_OR_OWNER_START + r"(?:(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')|(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir))[ \xa0]+(?:(?:[a-z]+|" + _MONTH_OR_DAY + r")[ \xa0]+)?"
    + _CLAIM_NOUNS + r"[ \xa0]+that,?[ \xa0]+[^.!?;“”\"‘\n]{0,160}$")
#: the noun and its "that" alone: where the owner is looked for (the full pattern tries every offset)
_CLAIM_NOUN_THAT = re.compile(r"\b" + _CLAIM_NOUNS + r"[ \xa0]+that,?[ \xa0]")


_OWNED_WORDS = ("comment", "comments", "remark", "remarks", "statement", "statements", "tweet", "tweets", "post", "posts",
                "speech", "letter", "interview", "op-ed", "column", "message", "video")
#: someone's words as a thing, right before a participle cue: "his recent comments| calling …"
_OWNED_WORDS_AT_END = re.compile(
    _NAME_OR_OWNER_START + r"(?:(?<![\w’'.])(" + P.NAME_RUN + r")(?:’s|'s|’|')|(?<![\w’'])([Hh]is|[Hh]er|[Tt]heir))[ \xa0]+(?:[a-z\-]+[ \xa0]+){0,2}"
    r"(?:" + "|".join(_OWNED_WORDS) + r")[ \xa0]+$")


def _possessor(m: re.Match, ps: int) -> Mention | None:
    """The owner in group 1 (a name) or 2 (a possessive pronoun) of a paragraph-relative match."""
    if m.group(2):
        return Mention(POSSESSIVE_PRONOUN[m.group(2).lower()], ps + m.start(2), ps + m.end(2), "pronoun")
    words = clean_name(m.group(1)).split()
    while len(words) > 1 and words[0].lower() in DAYWORDS:
        words = words[1:]
    name = " ".join(words)
    if not is_name_ok(name) or words[0].lower() in DAYWORDS:
        return None
    st = ps + m.end(1) - len(name)
    return Mention(name, st, st + len(name), "name")


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
    # (the label ends with a colon: most quotations hold none, and str.find is cheaper than the match)
    lm = _TRANSCRIPT_LABEL.match(ctx.text, q.start, q.end) if ctx.text.find(":", q.start, q.end) >= 0 else None
    if lm is not None and lm.group(1) in _FLASH_LABELS:
        lm = None  # 'Fitzhugh-Kaye wrote: “BREAKING: 40,000 DEAD VOTERS …”': a post's flash, tagged as any quotation
    if lm is not None and lm.group(1) in _NOT_SPEAKER_LABELS:
        return Attribution(None, None, None, None, None, None, None, None, "label")  # "VIDEO: …": a clip, no speaker named
    if lm is not None and lm.group(1).split()[-1].lower() not in DAYWORDS:
        # a transcript line: "PENCE: Well, look, …"
        label = lm.group(1)
        speaker, role = canonical_name(ctx, label_as_name(label))
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
    if (hit is not None and how == "post" and ctx.text[q.end - 1:q.end] in ".…" and hit[0].start < hit[1]
            and not ctx.text[q.close_mark + 1:hit[0].start].strip() and masked[s_lo:rel_open].strip()):
        # 'The contractor said the work had been “a real challenge.” She said the city would pay': the
        # quotation closes a sentence with its own cue and subject; the next sentence's tag is another's
        pre = _cue_in(ctx, pi, s_lo, rel_open, last=True, near_quote=True)
        if pre is not None and pre[0].start >= ps + s_lo:
            hit = pre
            how = "pre"
    if (hit is not None and how == "post" and ctx.text[q.end - 1:q.end] in "?!" and _INTRODUCES_NEXT.match(ctx.text, hit[2])
            and masked[s_lo:rel_open].rstrip().endswith((",", ":"))):
        # 'Clinton responds to Mills with, “Why now?” Mills then writes back, “You look cute.”': the tag after the
        # question introduces the next quotation; this one has its own cue before it
        pre = _cue_in(ctx, pi, s_lo, rel_open, last=True, near_quote=True)
        if pre is not None and pre[0].start >= ps + s_lo:
            hit = pre
            how = "pre"
    if (hit is not None and how == "post" and ctx.text[q.end - 1:q.end] == "?" and not masked[s_lo:rel_open].strip()
            and " ".join(ctx.text[hit[1]:hit[2]].lower().split()) in _REPLY_CUES and _INTRODUCES_NEXT.match(ctx.text, hit[2])):
        # 'Amari pressed the mayor directly. “…, Madam Mayor. What …?” Holloway replied: “…”': the reply's tag
        # introduces the answer; the question is the one who pressed
        hit = None
    if hit is not None and how == "post" and ctx.text[q.end - 1:q.end] == "." and _TAG_THEN_QUOTE.match(ctx.text, hit[2]):
        # '“…,” Carver said. “I have met with them three times.” Dunaway cut in. “Retraining for what?”': a whole
        # sentence going on from the tagged one before it; the tag after it opens the next speaker's turn
        prev = done[qi - 1] if qi > 0 and ctx.quotes[qi - 1].para == pi else None
        if prev is not None and prev.speaker and prev.how in DIRECT and prev.cue_start is not None \
                and ctx.quotes[qi - 1].close_mark is not None and prev.cue_start > ctx.quotes[qi - 1].close_mark \
                and _TAG_THEN_QUOTE.match(ctx.text, prev.cue_end if prev.cue_end > prev.speaker_end else prev.speaker_end):
            return _copy(prev, "same-paragraph")
    if (hit is not None and how == "post" and hit[1] == hit[2] == hit[0].start and hit[0].start > q.close_mark + 1
            and masked[s_lo:rel_open].strip()):
        # 'insisted that his party was “still the No. 1 force.”--Kim Hjelmgaard': a byline after a
        # quotation that its own sentence tags
        pre = _cue_in(ctx, pi, s_lo, rel_open, last=True, near_quote=True)
        if pre is not None and pre[0].start >= ps + s_lo:
            hit = pre
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
        # "because, in Forbes’ words, “…”", "in his own words, “…”", "by his own account, “…”": whose words they are
        w_lo = max(s_lo, rel_open - 80)
        wm = _IN_WORDS.search(masked, w_lo, rel_open) if masked.find("words", w_lo, rel_open) >= 0 or masked.find(
            " own ", w_lo, rel_open) >= 0 else None  # (and "by his own account", "by her own admission")
        if wm is not None:
            w = wm.group(1)
            if w.lower() in POSSESSIVE_PRONOUN:
                men = Mention(POSSESSIVE_PRONOUN[w.lower()], ps + wm.start(1), ps + wm.end(1), "pronoun")
            else:
                name = clean_name(w)
                men = Mention(name, ps + wm.start(1), ps + wm.start(1) + len(name), "name") if is_name_ok(name) else None
            if men is not None:
                hit = (men, ps + wm.start(), ps + wm.start() + len(wm.group().rstrip(" ,\xa0")))
                how = "pre"
    if hit is None:
        # "an option seen by organizers as a “lifeboat”", "known by some Republicans as a “hug”"
        a_lo = max(s_lo, rel_open - 100)
        am = _AGENT_AS_BEFORE.search(masked, a_lo, rel_open) if masked.find("by", a_lo, rel_open) >= 0 else None
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
        if hit is not None and _in_closed_relative_clause(ctx, hit, q.open_mark):
            hit = None
        if hit is not None and _SUBORDINATE_OPENING.match(masked, s_lo):
            # "When Trump suggested …, Rubio fired back forcefully: “…”": the main clause's subject
            mm = _MAIN_CLAUSE_SUBJECT.search(masked, hit[2] - ps, rel_open)
            main = _name_at(mm.group(1), ps + mm.start(1)) if mm is not None and not ctx.by_para_quote_between(
                pi, ps + mm.end(), q.open_mark) else None
            if main is not None:
                hit = (main, main.end, main.end)
        if hit is not None and masked.find("with", hit[2] - ps, rel_open) >= 0:
            # 'the campaign has denied it, with Lewandowski taking to Twitter to call Fields “…”': the
            # name that a 'with' clause between the cue and the quotation makes the subject of its verbs
            wm = _WITH_NAME_ING.search(masked, hit[2] - ps, rel_open)
            doer = _name_at(wm.group(1), ps + wm.start(1)) if wm is not None and not ctx.by_para_quote_between(
                pi, ps + wm.end(), q.open_mark) else None
            if doer is not None:
                verb = ([(a, b) for a, b, _ in ctx.cues(pi, wm.end(1), rel_open)] or [wm.span(2)])[-1]
                hit = (doer, ps + verb[0], ps + verb[1])
    if hit is None and q.close_mark is not None:
        rel_close = q.close_mark + 1 - ps
        if rel_close < s_hi:
            hit = _cue_in(ctx, pi, rel_close, s_hi, last=False, near_quote=False)
            if hit is not None and ctx.text[hit[1]:hit[2]].endswith("ing"):
                hit = None  # '… the “usuals” with her, predicting that …': a participle tags its own clause
            how = "later"
    if hit is None and q.close_mark is not None and not masked[s_lo:rel_open].strip():
        # '“A slow-motion disaster.” That was how Mayor Elena Ruiz described it.': a whole-sentence
        # quotation whose next sentence names its speaker
        hit = _tag_sentence_after(ctx, q)
        how = "next-sentence"
    if hit is None and pi == 0:
        # "Donald Trump Praises Breitbart’s Editor Matthew Boyle: ‘…’", "Gillibrand on Hillary …: ‘…’":
        # a headline's subject, not the name that ends it
        colon = ctx.text.rfind(":", ps, q.open_mark)
        words = ctx.text[ps:colon].split() if colon > ps and not ctx.text[colon + 1:q.open_mark].strip() else []
        if 2 < len(words) <= 14:
            subj = _headline_subject(words)
            name = clean_name(" ".join(subj))
            if (len(subj) < len(words) and all(w[:1].isupper() for w in subj) and is_name_ok(name)
                    and _named_in_body(ctx, name)):
                hit = (Mention(name, ps, ps + len(name), "name"), colon, colon + 1)
                how = "colon-name"
    if hit is None and pi > 0:
        # an interview written as questions and answers: "Q: “…”" is the interviewer's, "A: “…”" the interviewee's
        lm = _QA_LABEL.match(ctx.text, ps, q.open_mark)
        if lm is not None and lm.end() == q.open_mark:
            asks = lm.group(1)[0] == "Q"
            men = _interview_parties(ctx)[0 if asks else 1]
            speaker, role = resolve(ctx, men, men.start) if men is not None else (None, None)
            return Attribution(speaker, lm.group(1), role, ":", lm.start(1), lm.end(1), lm.end(1), lm.end(1) + 1, "interview")
    if hit is None:
        # "Trump: ‘Oil Pays Him a Lot of Money’" (headline style) or "Continued Stone: “…”"
        bm = _BULLET.match(ctx.text, ps, q.open_mark)
        m = _NAME_COLON.match(ctx.text, bm.end() if bm else ps, q.open_mark)
        if m and (m.end() == q.open_mark or pi == 0):
            name = clean_name(m.group(1))
            words = name.split()
            while len(words) > 1 and words[0].lower() in DAYWORDS | P.CUE_FORMS_SET:
                words = words[1:]
            if pi == 0:
                words = _headline_subject(words)
            name = " ".join(words)
            if is_name_ok(name) and name.split()[0].lower() not in P.CUE_FORMS_SET and not _is_headline_label(name):
                st = ctx.text.index(name, m.start(1))
                men = Mention(name, st, st + len(name), "name")
                hit = (men, m.end() - 1, m.end())
                how = "colon-name"
        if hit is None:
            # "Former secretary of state Hillary Rodham Clinton: “…”", "More from Jones: “…”"
            hit = _name_before_colon(ctx, ps + s_lo, q.open_mark)
            how = "colon-name"
        before_colon = masked[s_lo:rel_open].rstrip()
        if hit is None and before_colon.endswith(":") and pi > 0:
            # "He’s not making predictions: “…”", "Oyelowo-Baines in her victory speech: “…”": the subject of
            # the words the colon closes
            tm = _TIMESTAMP.match(masked, s_lo)  # a live blog's "00:21 "
            men = _sentence_subject(ctx, ps + (tm.end() if tm else s_lo), ps + s_lo + len(before_colon) - 1)
            dm = _DOCUMENT_FROM.search(masked, s_lo, s_lo + len(before_colon)) if men is None else None
            if dm is not None:
                # "this new headline from the Washington Post, which hits liberals where they live: “…”"
                men = _name_at(dm.group(1), ps + dm.start(1))
            if men is not None and men.kind in ("name", "pronoun"):
                colon = ps + s_lo + len(before_colon) - 1
                hit = (men, colon, colon + 1)
                how = "colon"
        if hit is None and pi == 0:
            # a Title Case headline: "Chris Christie Calls Hillary Clinton ‘A Disgrace’", or with the cue after
            # the quotation: "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention"
            hit = _headline_cue(ctx, ps, q.open_mark)
            if hit is None and q.close_mark is not None:
                hit = _headline_cue(ctx, q.close_mark + 1, pe)
                how = "post"
            if hit is not None and not _named_in_body(ctx, hit[0].text):
                hit = None
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
            if men is not None and men.kind == "descriptor":
                men = _person_described(men)  # "In a letter …, the 71-year-old laid out his objections at length:"
            if men is not None and men.kind in ("name", "pronoun", "descriptor"):
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
            if men is not None and (ctx.cues(pi, prev_lo, s_lo) or men.kind == "name" or (
                    # "The host then tried a different approach. “…?”": a person described, as a name would be
                    men.kind == "descriptor" and men.start == ps + prev_lo and _is_person_noun(men.text.split()[-1].lower()))):
                hit = (men, men.end, men.end)
                how = "previous-sentence"
    if hit is not None and how == "pre" and hit[2] < q.open_mark and masked.find(" by ", hit[2] - ps, rel_open) >= 0:
        # "She often recalled being told by a department chairman that surgery was “…”": a passive cue
        # between the subject's cue and the quotation; its agent said the words
        for pm in _PASSIVE_BY.finditer(masked, hit[2] - ps, rel_open):
            men = mention_after(ctx.text, ps + pm.end(), q.open_mark)
            if men is not None and men.kind != "pronoun":
                hit = (men, ps + pm.start(1), ps + pm.end(1))
                how = "passive-agent"
    if hit is None and s_lo < rel_open:
        # "Sanders was asked by host Bill Maher, …, “…”": the agent of a passive cue
        passives = _PASSIVE_BY.finditer(masked, s_lo, rel_open) if masked.find("by", s_lo, rel_open) >= 0 else ()
        for pm in passives:
            men = mention_after(ctx.text, ps + pm.end(), q.open_mark)
            if men is not None and men.kind != "pronoun":
                hit = (men, ps + pm.start(1), ps + pm.end(1))
                how = "passive-agent"
        # the agent after the quotation: 'was described as “a turning point” by Mayor Dan Ortega'
        pm = _PASSIVE_CUE.search(masked, max(s_lo, rel_open - 40), rel_open) if hit is None and q.close_mark is not None else None
        bm = _BY_AFTER.match(ctx.text, q.close_mark + 1) if pm is not None else None
        men = mention_after(ctx.text, bm.end(), ps + s_hi) if bm is not None else None
        if men is not None and men.start == bm.end():
            hit = (men, ps + pm.start(1), ps + pm.end(1))
            how = "passive-agent"
    if hit is None and s_lo < rel_open:
        # "… out of Donald Trump’s claim that President Barack Obama “founded ISIS”": whose claim it is
        nm = _CLAIM_NOUN_THAT.search(masked, max(s_lo, rel_open - 200), rel_open) if "that" in masked[s_lo:rel_open] else None
        cm = _CLAIM_THAT_BEFORE.search(masked, max(s_lo, nm.start() - 80), rel_open) if nm is not None else None
        if cm is not None:
            men = _possessor(cm, ps)
            if men is not None:
                hit = (men, ps + cm.start(3), ps + cm.end(3))
                how = "claim-that"
    owned = _OWN_SPEECH_NOUN_BEFORE.search(masked, max(s_lo, rel_open - 60), rel_open + 1) if hit is None and rel_open > s_lo else None
    if hit is None and s_lo < rel_open and owned is None:
        # no cue: the subject of the sentence the partial quotation stands in, or of a
        # later clause of it ("…, while Mike Huckabee, the former governor, proposed “…”")
        men = (_what_someone_called(ctx, pi, s_lo, rel_open) if "what " in masked[s_lo:rel_open] else None) or (
            _causative_object(ctx, pi, s_lo, rel_open) if "to " in masked[s_lo:rel_open] else None) or _clause_subject(
            ctx, pi, s_lo, rel_open) or _last_clause_subject(ctx, pi, s_lo, rel_open) or _sentence_subject(ctx, ps + s_lo, q.open_mark)
        if q.close_mark is not None and _GERUND_OPENING.match(masked, s_lo) and ctx.text[q.end - 1:q.end] == "," and q.close_mark + 1 < ps + s_hi:
            # "In declaring Donald J. Trump's statements “not Christian,” the Latin American pope …": the opening
            # phrase's doer is the subject of the main clause after it
            main = _sentence_subject(ctx, q.close_mark + 2, ps + s_hi)
            if main is not None and main.start <= q.close_mark + 3:
                men = main
        fm = _FOR_NAME_OPENING.match(masked, s_lo) if masked.startswith(("To ", "For "), s_lo) else None
        if fm is not None and fm.end() < rel_open and is_name_ok(name := clean_name(fm.group(1))) and is_person_name(name):
            # "To Sharp, Trump is the “kind-hearted and caring” man who …": the person whose view it is
            men = Mention(name, ps + fm.start(1), ps + fm.start(1) + len(name), "name")
        if men is not None and not (men.kind == "name" and is_place(men.text) and not role_follows(ctx.text, men.end)):
            # not 'Washington appears weak before the “offensive”': a place says nothing ('The Florida senator' does)
            if men.kind == "name" and is_place(men.text):
                men = _place_role(ctx.text, men)
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
    if hit is not None and hit[0].kind == "descriptor" and is_abstract_descriptor(hit[0].text):
        # "The music seemed to match …": still a quotation in a sentence of its own, but nobody's named
        return Attribution(cue=ctx.text[hit[1]:hit[2]], cue_start=hit[1], cue_end=hit[2], how=how)
    if hit is not None:
        men, cs, ce = hit
        written = ctx.text[men.start:men.end]  # as printed: "her", where the mention reads "she"
        if men.kind == "pronoun":
            cue = ctx.text[cs:ce]
            going_on = (_speaker_going_on(ctx, qi, done, men, cue) or _turn_taken_back(ctx, qi, done, men, cue)
                        or _answer_to_one_addressed(ctx, qi, done, men))
        else:
            going_on = _age_of_one_just_quoted(ctx, qi, done, men) if men.kind == "descriptor" else None
        if going_on is not None:
            if is_person_name(going_on.speaker):
                ctx.persons.append((men.start, going_on.speaker, going_on.role))
            return Attribution(going_on.speaker, written, going_on.role, ctx.text[cs:ce], men.start, men.end, cs, ce, how)
        speaker, role = resolve(ctx, men, men.start)
        return Attribution(speaker, written, role, ctx.text[cs:ce], men.start, men.end, cs, ce, how)
    # "Obama’s “if you like your plan, you can keep it” promise": whose words they are
    pm = _POSSESSOR_BEFORE.search(masked, max(s_lo, rel_open - 60), rel_open + 1)
    if pm is not None:
        name = clean_name(pm.group(1))
        words = name.split()
        if is_name_ok(name) and words[0].lower() not in DAYWORDS and is_person_name(name):
            st = ps + pm.start(1)
            men = Mention(name, st, st + len(name), "name")
            speaker, role = resolve(ctx, men, st)
            return Attribution(speaker, name, role, "", st, st + len(name), st + len(name), st + len(name), "possessive")
    if owned is not None:
        # "his call for “a total and complete ban”", "her promise to “…”": the owner of the words
        owner = owned.group(1)
        men = Mention(POSSESSIVE_PRONOUN[owner.lower()], ps + owned.start(1), ps + owned.end(1), "pronoun")
        speaker, role = resolve(ctx, men, men.start)
        if speaker is not None:
            return Attribution(speaker, owner, role, owned.group(2), men.start, men.end, ps + owned.start(2), ps + owned.end(2), "possessive")
    # a passive cue ("it was labeled “Mostly True”"): a quotation whose speaker the text does not name
    pm = _PASSIVE_CUE.search(masked, s_lo, rel_open)
    if pm is not None and pm.end() >= rel_open - 40:
        return Attribution(cue=pm.group(1), cue_start=ps + pm.start(1), cue_end=ps + pm.end(1), how="passive")
    return None


#: cues that say the speaker of the quotation before speaks on: '“…,” he went on.'
_GOING_ON_CUES = {"went on", "goes on", "continued", "continues"}


def _speaker_going_on(ctx: ArticleContext, qi: int, done: list[Attribution | None], men: Mention,
                      cue: str) -> Attribution | None:
    """For "he went on", "she continued": the speaker of the quotation just before (this paragraph or
    the one before), whoever was named since."""
    if men.kind != "pronoun" or men.text.lower() not in ("he", "she") or " ".join(cue.lower().split()) not in _GOING_ON_CUES:
        return None
    for j in range(qi - 1, -1, -1):
        if ctx.quotes[j].para < ctx.quotes[qi].para - 1:
            break
        a = done[j]
        if a is not None and a.speaker is not None:  # not a title: 'an interview with “Meet the Press.”'
            gender = gender_of(ctx, a.speaker, a.role)
            return a if gender in (None, "m" if men.text.lower() == "he" else "f") else None
    return None


def _answer_to_one_addressed(ctx: ArticleContext, qi: int, done: list[Attribution | None], men: Mention) -> Attribution | None:
    """For '“Mr. Albrecht, do you understand …?” the judge asked. “Yes, your honor,” he said.': the one the
    question just before, in the same paragraph, put by name to someone else than its asker."""
    if men.text.lower() not in ("he", "she") or qi == 0:  # (called for pronouns only)
        return None
    o, q = ctx.quotes[qi - 1], ctx.quotes[qi]
    prev = done[qi - 1]
    if o.para != q.para or prev is None or prev.how not in DIRECT or not prev.speaker or prev.speaker_start is None:
        return None
    if not ctx.text[o.start:o.end].rstrip(" ,.…”\"’'").endswith("?") or not o.close_mark < prev.speaker_start < q.open_mark:
        return None
    vm = VOCATIVE_OPENING.match(ctx.text, o.start, o.end)
    if vm is None:
        return None
    speaker, role = canonical_name(ctx, vm.group(1), vm.start(1))
    if speaker == prev.speaker or " " not in speaker or not is_person_name(speaker):
        return None
    if gender_of(ctx, speaker, role) not in ("m" if men.text.lower() == "he" else "f", None):
        return None
    return Attribution(speaker, vm.group(1), role, None, vm.start(1), vm.end(1), None, None, "post")


_AGE_DESCRIPTOR = re.compile(r"[Tt]he[ \xa0]+(\d{1,3})-year-old")


def _age_of_one_just_quoted(ctx: ArticleContext, qi: int, done: list[Attribution | None], men: Mention) -> Attribution | None:
    """For '“…,” Tibbs said from a cot. “…,” the 71-year-old said.': the person quoted just before in the same
    paragraph, when the article gives that age nowhere else (the age is news about the one speaking)."""
    if qi == 0 or ctx.quotes[qi - 1].para != ctx.quotes[qi].para:  # (called for descriptors only)
        return None
    am = _AGE_DESCRIPTOR.fullmatch(men.text)
    prev = done[qi - 1]
    if am is None or prev is None or prev.how not in DIRECT or not prev.speaker or " " not in prev.speaker:
        return None
    if prev.speaker_start is None or not ctx.quotes[qi - 1].close_mark < prev.speaker_start < ctx.quotes[qi].open_mark:
        return None  # (its tag between the two quotations)
    if not prev.as_written or prev.as_written.split()[-1] != prev.speaker.split()[-1]:
        return None  # tagged by name, not "the teenager"
    for m in ANY_NAME.finditer(ctx.text, prev.speaker_end, ctx.quotes[qi].open_mark):
        name = clean_name(m.group(1))
        if name.split()[-1] != prev.speaker.split()[-1] and is_person_name(name) and " " in name:
            return None  # 'The veteran prop Declan Mulcahy … was carried off. “…,” the 35-year-old said
    own = men.start + am.start(1)
    if any(m.start() != own for m in re.finditer(r"(?<![\d.,$])" + am.group(1) + r"(?![\d%])", ctx.text)):
        return None  # "Roland Tibbs, 71," or another "71-year-old": the age tells who it is
    if not is_person_name(prev.speaker):
        return None
    return _copy(prev, "post")


#: cues by which a speaker goes on with their own words rather than answering: '“…,” she added.'
_OWN_WORDS_CUES = _GOING_ON_CUES | {"added", "adds", "noted", "notes", "explained", "explains"}


def _turn_taken_back(ctx: ArticleContext, qi: int, done: list[Attribution | None], men: Mention,
                     cue: str) -> Attribution | None:
    """For '“…,” she said.' opening a paragraph after two paragraphs of tagged turns between two women (or
    two men): the one who spoke two paragraphs up, whose turn it is again ('“Why not this?” Lamont asked. ¶
    “I forgot about it,” Arrowood replied. ¶ “You forgot about it,” Lamont repeated. ¶ “Yes,” she said.'), not
    the one just named, whom the pronoun cannot tell apart."""
    pronoun = men.text.lower()  # (called for pronouns only)
    if pronoun not in ("he", "she") or " ".join(cue.lower().split()) in _OWN_WORDS_CUES:
        return None
    q = ctx.quotes[qi]
    if q.para < 2 or q.open_mark != ctx.paras[q.para][0] or qi < 2:
        return None
    turns = []  # the quotations opening each of the two paragraphs before, with their speakers
    for para in (q.para - 1, q.para - 2):
        opening = ctx.by_para.get(para, [None])[0]  # the paragraph's first quotation, if it opens the paragraph
        if opening is None or opening.open_mark != ctx.paras[para][0]:
            return None
        a = done[ctx.quotes.index(opening, 0, qi)]
        if a is None or a.how not in DIRECT or not a.speaker:
            return None
        turns.append(a)
    just_now, before = turns
    sex = "m" if pronoun == "he" else "f"
    if just_now.speaker == before.speaker or gender_of(ctx, just_now.speaker, just_now.role) != sex \
            or gender_of(ctx, before.speaker, before.role) != sex:
        return None
    return before


_THAT_OPENER = r"(?:That|This|Those|These|Such)(?:,[ \xa0][^,.!?\n“”\"]{1,30},)?"
#: the sentence after a quotation that says whose words it was: 'That was how Mayor Ruiz described it.',
#: "That’s what Ruiz told reporters.", "So said Alicia Moreno.", "Those were the words of Gen. Thomas Kell."
_TAG_SENTENCE = re.compile(
    r"\s+(?:"
    r"(?P<how>" + _THAT_OPENER + r"(?:[’']s|[ \xa0]+(?:is|was))[ \xa0]+(?:how|what)[ \xa0]+)"
    r"|So[ \xa0]+(?:said|says|wrote|writes)[ \xa0]+"
    r"|" + _THAT_OPENER + r"[ \xa0]+(?:is|was|are|were)[ \xa0]+the[ \xa0]+(?:[a-z]+[ \xa0]+)?"
    r"(?:words|view|verdict|assessment|message|warning|advice|conclusion|judge?ment|reaction|response|take|prediction)[ \xa0]+of[ \xa0]+"
    # "The words came from skipper Angus MacRury"
    r"|The[ \xa0]+(?:words|remark|comment|line|warning)[ \xa0]+(?:came|come)[ \xa0]+from[ \xa0]+"
    r")"
)
#: a name later in the tag sentence, before the verb of 'That was how former world No. 1 Viktor Halloran described it'
_NAME_THEN_HOW_VERB = re.compile(NAME_START + r"(" + P.NAME_RUN + r")[ \xa0]+(?:[a-z]+ly[ \xa0]+)?([a-z]+)\b")
#: the verb after the speaker in 'That was how Ruiz described it': a cue, or a word for putting it so
_HOW_VERBS = P.CUE_FORMS_SET | {"put", "puts", "summed", "sums", "characterized", "characterizes", "framed", "frames"}


_HOW_VERB_AFTER_NAME = re.compile(r"(?:,[^,.;:“”\"]{3,140},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?([a-z]+)")


def _tag_sentence_after(ctx: ArticleContext, q: RawQuote) -> tuple[Mention, int, int] | None:
    """The speaker named by the sentence right after a quotation that closes its own sentence."""
    text = ctx.text
    if text[q.end - 1:q.end] not in ".!?…":
        return None
    pe = ctx.paras[q.para][1]
    lo = q.close_mark + 1
    if lo >= pe and q.open_mark == ctx.paras[q.para][0] and q.para + 1 < len(ctx.paras):
        # a quotation that is its whole paragraph, tagged by the next one: '“…” / That was how Ewan Galbraith put it'
        lo, pe = ctx.paras[q.para + 1][0] - 1, ctx.paras[q.para + 1][1]
    m = _TAG_SENTENCE.match(text, lo, pe)
    if m is None:
        return None
    men = mention_after(text, m.end(), pe)
    if men is None and m.group("how") is None:
        return None
    if m.group("how") is not None:
        # (the verb may follow an apposition: "That was how Dr. Valentina Quispe-Herrera, a glaciologist …, described")
        vm = _HOW_VERB_AFTER_NAME.match(text[men.end:pe]) if men is not None else None
        if vm is not None and vm.group(1) in _HOW_VERBS:
            return men, men.end + vm.start(1), men.end + vm.end(1)
        # 'That was how former world No. 1 Viktor Halloran described it': a role before the name
        for nm in _NAME_THEN_HOW_VERB.finditer(text, m.end(), min(pe, m.end() + 100)):
            if nm.group(2) in _HOW_VERBS and is_person_name(clean_name(nm.group(1))):
                name = split_role(clean_name(nm.group(1)))[0]
                st = nm.end(1) - len(name)
                return Mention(name, st, nm.end(1), "name"), nm.start(2), nm.end(2)
        return None
    return men, m.start() + 1, m.start() + len(m.group().rstrip(" \xa0"))


#: a closing mark inside a quotation: '“… crumbling," she said. "Families …”'
_INNER_CLOSE = re.compile(r"[,.!?…][ \xa0]?[\"”][ \xa0]+")


def _inner_tag(ctx: ArticleContext, q: RawQuote) -> tuple[Mention, int, int] | None:
    """A report tag inside a quotation whose opening and closing marks do not pair."""
    text = ctx.text
    if text.find('"', q.start, q.end) < 0 and text.find("”", q.start, q.end) < 0:
        return None  # no closing mark inside
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
    key = " ".join(bare_word(w) for w in words)
    return key in KNOWN_ORGANISATIONS or any(bare_word(w) in P.ORG_WORDS for w in words) or key.removeprefix("the ") in KNOWN_ORGANISATIONS


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
    # a quotation going on into the next paragraphs takes the speaker its later paragraphs name:
    # "“The border will stay closed. ¶ “We have no other choice,” he said."
    j = qi
    while ctx.quotes[j].continues_next and j + 1 < len(ctx.quotes):
        j += 1
        o = ctx.quotes[j]
        if not o.continued or o.para != ctx.quotes[j - 1].para + 1:
            break
        a = done[j]
        if a is not None and a.speaker and a.how in ("post", "pre", "colon", "colon-name"):
            return _copy(a, "multi-paragraph")
        if o.close_mark is not None:
            break
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
            partner = _dialogue_partner(ctx, q, j, done)
            return partner if partner is not None else _copy(a, "continuation")
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
        if hit is None and (q.close_mark is None or not ctx.text[q.close_mark + 1:ctx.paras[q.para][1]].strip(" \t\xa0.,")):
            # "Judge Harriet Kwan was blunt. ¶ “…”", "She speaks slowly. ¶ “…”": the person the paragraph
            # before ends on introduces a paragraph of nothing but the words
            pps = ctx.paras[q.para - 1][0]
            men = _sentence_subject(ctx, pps + p_lo, pps + len(prev))
            fm = _FOR_NAME_OPENING.match(prev, p_lo)
            if fm is not None and is_name_ok(clean_name(fm.group(1))) and is_person_name(clean_name(fm.group(1))):
                # "For Tess Morgan, the decision was simple. ¶ “…”": the person the sentence is about
                name = clean_name(fm.group(1))
                men = Mention(name, pps + fm.start(1), pps + fm.start(1) + len(name), "name")
            if (men is not None and not ctx.text.startswith(("’", "'"), men.end)
                    and (men.kind == "name" and is_person_name(split_role(men.text)[0]) or men.text.lower() in ("he", "she"))):
                hit = (men, men.end, men.end)  # ("Commission Chair Beatrice Holt": a person, whatever her title's words)
        if hit is not None and hit[0].kind in ("name", "pronoun"):
            men, cs, ce = hit
            speaker, role = resolve(ctx, men, men.start)
            return Attribution(speaker, ctx.text[men.start:men.end], role, ctx.text[cs:ce], men.start, men.end, cs, ce, "reported")
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


#: cues of a turn in an exchange: the one answering, or pressing back
_REPLY_CUES = {"replied", "replies", "answered", "answers", "responded", "responds", "countered", "counters",
               "shot back", "shoots back", "retorted", "retorts", "interjected", "interjects", "conceded", "concedes",
               "cut in", "cuts in", "began", "pressed", "presses"}
#: cues of a question, in a quotation's tag or in the prose that reports it ("A reporter asked whether …")
_ASK_CUES = {"asked", "asks", "pressed", "presses", "questioned", "wondered", "wanted to know"}
#: the cues of a tagged turn after which an untagged paragraph is the other side's
_TURN_CUES = _REPLY_CUES | _ASK_CUES
#: a turn in an exchange is short; a longer untagged paragraph goes on with the speaker before it
_TURN_WORDS = 20


def _dialogue_partner(ctx: ArticleContext, q: RawQuote, j: int, done: list[Attribution | None]) -> Attribution | None:
    """The other side of an exchange, for an untagged paragraph of nothing but a short quotation (or a
    question) right after a tagged turn: '“…?” Lopez asked. ¶ “…,” Marsh began. ¶ “It's a yes-or-no
    question.”' is Lopez's, as is 'A reporter asked whether … ¶ “…,” Carrera said. ¶ “So the review
    didn't talk to a single witness?”'. The turns go on alternating while no paragraph has words of its own.
    None when the paragraphs are no exchange (one speaker's words going on, a question nobody answers).
    ``ctx.quotes[j]`` is the tagged turn before, ``done[j]`` its speaker."""
    text = ctx.text
    o, a = ctx.quotes[j], done[j]
    if q.continued or o.para != q.para - 1 or q.para < 2 or q.open_mark != ctx.paras[q.para][0] or q.close_mark is None:
        return None
    if text[q.close_mark + 1:ctx.paras[q.para][1]].strip(" \t\xa0"):
        return None  # words of its own after the quotation
    said = text[q.start:q.end].rstrip(" ,.…”\"’'")
    asked = text[o.start:o.end].rstrip(" ,.…”\"’'").endswith("?")
    # (an answer may be long: in an exchange under way, or to a question put to someone by name, "“Mr. Steadman, …?”")
    answers = asked and (a.how == "dialogue" or a.how in DIRECT and VOCATIVE_OPENING.match(text, o.start, o.end) is not None)
    if len(said.split()) > (2 * _TURN_WORDS if a.how == "dialogue" else _TURN_WORDS) and not said.endswith("?") and not answers:
        return None  # (a turn in an exchange already under way may run longer)
    # (after a turn that answers or presses back, or a question: "“Like what?” he asked. ¶ “Like things I can't discuss”")
    turn = a.how == "dialogue" or (a.how in DIRECT and (a.cue or "").lower() in _TURN_CUES)
    k = j - 1
    while k >= 0 and ctx.quotes[k].para > q.para - 2:
        k -= 1
    before = k >= 0 and ctx.quotes[k].para == q.para - 2  # (k: the last quotation two paragraphs up)
    other = done[k] if before else None
    if other is not None and other.speaker and other.speaker != a.speaker:
        other_asked = text[ctx.quotes[k].start:ctx.quotes[k].end].rstrip(" ,.…”\"’'").endswith("?")
        if turn or other_asked or (other.cue or "").lower() in _ASK_CUES:
            return _copy(other, "dialogue")
        return None
    if before:
        return None
    # "A reporter for The Associated Press asked whether the review team had interviewed anyone. ¶ “…,” Carrera said."
    prose = ctx.para_text(q.para - 2)
    hit = _cue_in(ctx, q.para - 2, 0, len(prose), last=True, near_quote=False)
    if hit is not None and text[hit[1]:hit[2]].lower() in _ASK_CUES:
        speaker, role = resolve(ctx, hit[0], hit[0].start)
        if speaker and speaker != a.speaker:
            return Attribution(speaker, text[hit[0].start:hit[0].end], role, text[hit[1]:hit[2]], hit[0].start, hit[0].end,
                               hit[1], hit[2], "dialogue")
        if not speaker:
            return None
    return _one_asked(ctx, q, j, done) if asked and a.how in DIRECT else None


def _one_asked(ctx: ArticleContext, q: RawQuote, j: int, done: list[Attribution | None]) -> Attribution | None:
    """Whom the tagged question ``ctx.quotes[j]`` (asked by ``done[j]``) is put to, for the untagged answer ``q``
    after it: the one it addresses ('“Mr. Steadman, is $518 a fair price …?” asked Sen. Howard Blaine'), the one
    the prose before it says was pressed ('Albrecht … pressed Marchetti on text messages'), the subject of that
    prose when not the asker ("Under questioning by Deputy Prosecutor Sam Whitaker, she walked through bank
    records"), else the last other speaker ('“…,” Blakely told the panel. ¶ Judge Allison Pak quickly interrupted.
    ¶ “…?” Pak asked. ¶ “At 3 in the morning, your honor?”')."""
    text = ctx.text
    o, a = ctx.quotes[j], done[j]
    prose = ctx.para_text(q.para - 2)
    pps = ctx.paras[q.para - 2][0]
    vm = VOCATIVE_OPENING.match(text, o.start, o.end)
    pm = _PUT_TO_NAME.search(prose) if vm is None else None
    if vm is not None or pm is not None:
        at = vm.start(1) if vm is not None else pps + pm.start(1)
        written = vm.group(1) if vm is not None else clean_name(pm.group(1))
        speaker, role = canonical_name(ctx, written, at)
        if speaker != a.speaker and is_person_name(speaker) and " " in speaker:
            return Attribution(speaker, written, role, None, at, at + len(written), None, None, "dialogue")
    p_lo, _ = sentence_bounds(prose, max(0, len(prose.rstrip()) - 1), ctx.ends(q.para - 2))
    men = _sentence_subject(ctx, pps + p_lo, pps + len(prose))
    if men is not None and men.kind in ("name", "pronoun"):
        speaker, role = resolve(ctx, men, men.start)
        if speaker and speaker != a.speaker and is_person_name(speaker):
            return Attribution(speaker, text[men.start:men.end], role, None, men.start, men.end, None, None, "dialogue")
    for k in range(j - 1, -1, -1):
        if ctx.quotes[k].para < q.para - 4:
            break
        other = done[k]
        if other is not None and other.speaker and other.speaker != a.speaker:
            return _copy(other, "dialogue")
    return None


#: the one a question is put to, in the prose before it: "pressed Marchetti on …", "questioned Ms. Lowry about …"
_PUT_TO_NAME = re.compile(r"\b(?:pressed|questioned|grilled|confronted|challenged|cross-examined)[ \xa0]+(" + P.NAME_RUN + r")")

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


#: how a quotation is tagged by a cue of its own (not borrowed from a neighbour)
DIRECT = ("post", "pre", "colon", "colon-name")

_NOT_WORDS = re.compile(r"[^\w]+")


def _words_key(s: str) -> str:
    return _NOT_WORDS.sub(" ", s.replace("’", "'")).strip().lower()


def _printed_twice(text: str, q: RawQuote) -> bool:
    """Are the quotation's opening words found elsewhere in the article (a cheap test before the word keys)?"""
    opening = text[q.start:q.start + 24]
    return text.find(opening, q.close_mark) >= 0 or text.find(opening, 0, q.start) >= 0


def close_running_quotations(ctx: ArticleContext, done: list[Attribution | None]) -> None:
    """The last paragraph of a quotation running over several, tagged with a pronoun that found no one
    ('“Today, I'm asking you to find it,” she concluded.', its speaker introduced paragraphs before),
    is the speaker of the paragraphs before it, when the pronoun fits. Updates ``done`` in place."""
    for i in range(1, len(done)):
        a, before = done[i], done[i - 1]
        if (a is None or a.speaker is not None or (a.as_written or "").lower() not in ("he", "she")
                or not ctx.quotes[i - 1].continues_next or before is None or before.speaker is None):
            continue
        if gender_of(ctx, before.speaker, before.role) in (None, "m" if a.as_written.lower() == "he" else "f"):
            a.speaker, a.role = before.speaker, before.role


def repeated(ctx: ArticleContext, done: list[Attribution | None]) -> None:
    """A paragraph of nothing but a quotation that the article printed, tagged, elsewhere (a pull quote,
    a sentence of a longer one) takes that speaker: '“It’s a gut punch,” Mitchell said.' … '“It’s a gut
    punch.”'. Updates ``done`` in place."""
    alone = []
    for i, q in enumerate(ctx.quotes):
        ps, pe = ctx.paras[q.para]
        if (q.open_mark == ps and q.close_mark is not None and not ctx.text[q.close_mark + 1:pe].strip(" \t\xa0.,")
                and not q.continued and not q.continues_next and (done[i] is None or done[i].how not in DIRECT)
                and _printed_twice(ctx.text, q)):
            alone.append(i)
    if not alone:
        return
    tagged = [(j, " " + _words_key(ctx.text[ctx.quotes[j].start:ctx.quotes[j].end]) + " ")
              for j, a in enumerate(done) if a is not None and a.speaker and (a.how in DIRECT or a.how == "same-paragraph")]
    for i in alone:
        q = ctx.quotes[i]
        key = _words_key(ctx.text[q.start:q.end])
        if len(key.split()) < 4:
            continue  # '“No.”' may be anyone's
        for j, words in tagged:
            if j != i and " " + key + " " in words:
                done[i] = _copy(done[j], "repeated")
                break


def _copy(a: Attribution, how: str) -> Attribution:
    return Attribution(a.speaker, a.as_written, a.role, a.cue, a.speaker_start, a.speaker_end, a.cue_start, a.cue_end, how)
