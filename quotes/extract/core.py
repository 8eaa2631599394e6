"""The fast path: ``extract_quotes(text)`` on the raw string, no tokenisation.

Steps: blank the quotation marks inside markup (``<tweet id="…">``, link
targets); split paragraphs; pair the marks (:mod:`.marks`); attribute each
pair (:mod:`.attribution`); keep the pairs that are quotations.

What is *not* returned (titles and scare quotes nobody said, and broken pairs):

* a pair in a headline or link line unless a cue or a ``Name:`` attributes it;
* single-mark pairs (``‘…’``) that no cue attributes (unless the article quotes in single marks
  and the pair is a whole sentence or paragraph going on from a neighbour's);
* a curly mark closed by a straight one or the reverse (a broken pair);
* Title Case words with no attribution, or after ``on``/``told``/a possessive
  (``on NBC's "Meet the Press"``) or a media noun (``her memoir, "Tough Choices"``), or before one
  (``the "Hard Fork" podcast``):
  the name of a show, book or film (but a crowd's chant is said: ``chants of "Feel the Bern!"``),
  or after a noun for a named thing (``the cargo ship "Ocean Pride"``, ``a report called "Falling Behind"``),
  or ending in what it names (``the "Affordable Care Act"``, ``the "Harvest Cup"``) with no cue of its own,
  and the titles listed after it (``roles in "Apollo 13," "Ransom" and "Cocoon"``);
* a nickname between given name and surname (``George "Jay" Keyworth``);
* a label after "so-called" that no cue of its own attributes (``the so-called “rebels”``);
* a word or two opening a sentence as a label, tagged only by the report at its end
  (``"Affordable" homes will sell for …, the developer said``);
* a word talked about as the subject of its sentence (``the word "literally" has lost all meaning``);
* a lone function word (``the pronoun "he"``), a letter or grade (``its "AAA" rating``) or a stage
  direction (``"(CROSSTALK.)"``).
"""

from __future__ import annotations

import re

from ..names import HONORIFICS
from .attribution import DIRECT, attribute, close_running_quotations, inherit, repeated
from .context import ArticleContext, Attribution
from .marks import RawQuote, find_quotes, paragraphs
from .patterns import CUE_FORMS_SET
from .records import FULL, MULTI_PARAGRAPH, PARTIAL, Quote

#: bump whenever the output of :func:`extract_quotes` changes, so stored quotes can be re-extracted
EXTRACTOR_VERSION = "rules-18"

#: markup whose attribute values are quoted (<tweet id="…">, <a href="…">)
_TAG = re.compile(r"<[A-Za-z/][^<>]{0,600}>")
_MARKDOWN_LINK_TARGET = re.compile(r"\]\([^()\n]{0,300}\)")
_WORD = re.compile(r"\w+")


def _mask_markup(text: str) -> str:
    """Blank the quotation marks inside markup tags, keeping offsets."""
    if "<" not in text and "](" not in text:
        return text
    chars = None
    for rx in (_TAG, _MARKDOWN_LINK_TARGET):
        for m in rx.finditer(text):
            seg = m.group()
            if '"' in seg or "'" in seg or "“" in seg or "”" in seg:
                if chars is None:
                    chars = list(text)
                for i in range(m.start(), m.end()):
                    if chars[i] in "\"'“”‘’":
                        chars[i] = "_"
    return "".join(chars) if chars is not None else text


#: two apostrophes typed for a double quotation mark, as newswire archives print them: ''It cannot be contained'';
#: three where a single mark meets one: ''He told me, 'Not now.'''
_TWO_APOSTROPHES = re.compile(r"(?<!['’])'''?(?!['’])")


def _two_apostrophes_as_marks(text: str) -> str:
    """Read ``''`` as one double quotation mark, keeping offsets: an opening pair (after a space or
    the start of a line) becomes ``␠"``, a closing one ``"␠``, so the mark stands next to the words.
    Of three apostrophes the single mark is the inner one: the first of three that close, the last of three that open."""
    if "''" not in text:
        return text

    def mark(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        opening = (before.isspace() or before in "([{—–-") and not after.isspace()
        if len(m.group()) == 3:
            return " \"'" if opening else "'\" "
        return ' "' if opening else '" '

    return _TWO_APOSTROPHES.sub(mark, text)


def _public_role(role: str | None) -> str | None:
    """The role a quote is stored with: an honorific alone ("Mr.", "Ms.") is a form of address, not a role
    (the attribution keeps it, for the speaker's gender)."""
    if role and all(word.rstrip(".").lower() in HONORIFICS for word in role.split()):
        return None
    return role


def _is_heading(text: str, ps: int, pe: int, first: bool) -> bool:
    """A headline, title or link line: no sentence punctuation at its end."""
    opening = text[ps:ps + 1]  # (one character, not a search of the paragraph's start for each prefix)
    if opening in ("#", "[") or opening == "*" and text.startswith("**", ps, pe) and text.endswith(")", ps, pe):
        return True
    if not first:
        return False
    end = pe
    while end > ps and text[end - 1] in "*_ ":
        end -= 1
    return not text.endswith((".", "!", "?", "”", '"', ":", ".’", "!’", "?’"), ps, end)


def _kind(text: str, q: RawQuote, ps: int) -> str:
    if q.continued or q.continues_next:
        return MULTI_PARAGRAPH
    j = q.open_mark - 1
    while j >= ps and text[j] in " \t\xa0":
        j -= 1
    starts_sentence = j < ps or text[j] in ".!?:,—–(\"”“"
    first = text[q.start:q.start + 1]
    if starts_sentence and (first.isupper() or first.isdigit() or first in "…[("):
        return FULL
    return PARTIAL


def extract_quotes(text: str, *, apostrophe_quotes: bool = False) -> list[Quote]:
    """Direct quotations in ``text`` with their speakers, sorted by start.

    Pure and total: any ``str`` in, a list of :class:`Quote` out, and
    ``text[q.start:q.end] == q.text`` for every quote. Non-``str`` input gives
    an empty list. ``apostrophe_quotes`` reads two apostrophes (``''``) as a
    double quotation mark, as LexisNexis-style archives print them.
    """
    return [q for q, _ in _extract(text, apostrophe_quotes=apostrophe_quotes)]


def extractor_version(apostrophe_quotes: bool = False) -> str:
    """The version stored with the quotes an extraction gave: the rules, and how marks were read."""
    return EXTRACTOR_VERSION + ("+apostrophe-quotes" if apostrophe_quotes else "")


def prints_apostrophe_quotes(text: str) -> bool:
    """Does the article print its quotation marks as two apostrophes, with no double mark at all?

    Such text (newswire archives) gives almost no quotes unless read with ``apostrophe_quotes``.
    """
    return "''" in text and not any(c in text for c in '"“”„«»') and len(_TWO_APOSTROPHES.findall(text)) >= 2


def _extract(text: str, strict: bool = False, apostrophe_quotes: bool = False) -> list[tuple[Quote, Attribution | None]]:
    """Quotes with the attribution that produced each (for debugging and the spaCy components).

    A rule that fails on some unforeseen text costs that quotation its speaker,
    never the article its quotations; ``strict=True`` lets the error through
    (for development).
    """
    if not isinstance(text, str) or not text:
        return []
    if not any(c in text for c in "\"“”‘’'«»„"):
        return []
    scan = _mask_markup(text)
    if apostrophe_quotes:
        scan = _two_apostrophes_as_marks(scan)
    paras = paragraphs(scan)
    raw = find_quotes(scan, paras)
    if not raw:
        return []
    ctx = ArticleContext(scan, paras, raw)
    done: list[Attribution | None] = [None] * len(raw)
    for step in (attribute, inherit):
        for i in range(len(raw)):
            if done[i] is not None:
                continue
            try:
                done[i] = step(ctx, i, done)
            except Exception:  # noqa: BLE001 - the extractor is total: a failed rule means no speaker
                if strict:
                    raise
    try:
        close_running_quotations(ctx, done)
        repeated(ctx, done)
    except Exception:  # noqa: BLE001 - as above
        if strict:
            raise
    # the article writes its quotations in single marks (British style) when a cue tags one of them
    single_style = any(q.single and a is not None and a.how in DIRECT for q, a in zip(raw, done))
    out: list[tuple[Quote, Attribution | None]] = []
    title_end = -1  # just after the closing mark of the last pair dropped as a title
    titles: set[str] = set()  # the words of the pairs dropped as titles
    for i, q in enumerate(raw):
        a = done[i]
        ps, pe = paras[q.para]
        if not _keep(scan, q, a, ps, pe, q.para == 0, title_end, single_style):
            if q.close_mark is not None and _looks_like_title(scan, q):
                title_end = q.close_mark + 1
                titles.add(scan[q.start:q.end].strip(" ,.\n"))
            continue
        if titles and (a is None or a.how not in DIRECT) and scan[q.start:q.end].strip(" ,.\n") in titles:
            continue  # '… returns with “Paper Lanterns,” a quiet record. … Still, “Paper Lanterns” is her best': the title again
        s, e = q.start, q.end
        # trim surrounding whitespace so the span is the words
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if a is None:
            quote = Quote(text[s:e], s, e, kind=_kind(scan, q, ps), context_start=ps, context_end=pe)
        else:
            # (the fields in their order: a frozen record takes keywords a third slower, once per quotation)
            quote = Quote(text[s:e], s, e, a.speaker, a.as_written, _public_role(a.role), a.cue, _kind(scan, q, ps),
                          a.speaker_start, a.speaker_end, a.cue_start, a.cue_end, ps, pe)
        out.append((quote, a))
    out.sort(key=lambda x: (x[0].start, x[0].end))
    return out


#: a thing with a name of its own that nobody is said to say: a ship, a report, a website, a hit record
_NAMED_THING = (r"(?:hit|single|track|anthem|exhibition|report|study|website|blog|app|game|magazine|newspaper|"
                r"ship|vessel|tanker|ferry|yacht|boat|device|gadget|phone|headset|chip|drug|vaccine|robot|product|brand|model|name|title)")
#: a work whose author the text often names with it, so that "a book called “Women Who Work”" may be quoted as hers
#: kinds of work a title is written after as a noun: 'the thriller “Dead Reckoning,”', 'a cookbook, “Slow,”'
_GENRES = "thriller|comedy|sitcom|biopic|cookbook|poem|opera|mixtape|classic|debut|bestseller|novella|anthology"
_WORK = r"(?:show|series|film|movie|book|memoir|novel|play|musical|song|album|episode|podcast|documentary|" + _GENRES + ")"
#: what stands before the name of a show, book or film: 'on NBC’s “Meet the Press”', 'told “Fox News Sunday”'
_TITLE_CONTEXT = re.compile(
    r"(?:\b(?:on|in|at|to|from|for|with|about|of|told|watch(?:ed|ing)?|host(?:s|ed)?|star(?:s|red)?|titled|entitled|dubbed|show|series|film|movie|book|song|album|episode|program(?:me)?|column|podcast|documentary"
    r"|novel|memoir|" + _GENRES +
    # what is done to a work: 'first saw “Hamlet” performed', 'released “Low Tide” in May'
    r"|saw|seen|staged|performed|released|recorded|directed|reviewed|returns[ \xa0]+with)"
    r"|[’']s)\s+(?:[A-Z][\w’'.\-]*\s+){0,3}$"
    # a title in apposition: 'her memoir, “Tough Choices.”', 'a new program, “The Overthrow Show,”'
    r"|\b(?:show|series|film|movie|book|memoir|novel|play|musical|song|album|episode|program(?:me)?|column|podcast|documentary|ad|spot|video"
    r"|" + _GENRES + r")"
    r",\s+$"
)
#: a show's or film's name before its people or its remakes: '“Orange is the New Black” star', 'the “Avatar” sequel'
_SHOW_PEOPLE_AFTER = re.compile(r"[ \xa0]+(?:star|stars|co-star|actress|actor|creator|showrunner|sequel|prequel|reboot|remake|spinoff|spin-off|franchise)\b")
#: what a show's or book's name is written before: 'on the “Hard Fork” podcast', 'told the “Today” show'
_WORK_AFTER = re.compile(r"[,.]?[”\"’'][ \xa0]+(?:show|series|podcast|program(?:me)?|documentary|broadcast|film|movie|album|"
                         r"episode|newsletter|column|book|memoir|novel|report|study|survey|index)\b"
                         # '“Midnight Train Home,” released three years later': a record or a book, not words said
                         r"|,?[”\"’'],?[ \xa0]+(?:released|published|recorded|premiered)[ \xa0]+(?!by\b)"
                         # in apposition: '“Ashes on the River,” a six-minute ballad'
                         r"|,?[”\"’'],?[ \xa0]+(?:a|an|the|his|her|their)[ \xa0]+(?:[\w’'\-]+,?[ \xa0]+){0,3}?(?:ballad|song|record|"
                         r"album|single|track|anthem|drama|comedy|thriller|novel|memoir|play|musical|film|movie|documentary|"
                         r"series|sitcom|opera|symphony|poem|painting|sculpture|exhibition|book)\b")
#: a named thing with what it is written before its name: 'their 1998 hit “Paper Moon Parade”', 'the cargo ship “Ocean Pride”',
#: 'a report called “Falling Behind”' (but a speaker's label for it is said: 'he called the report “Fake News”')
_NOT_AFTER_A_LABEL_VERB = "".join(rf"(?<!\b{w} )" for w in "call calls called calling labeled labelled branded dubbed named deemed".split())
_THING_OPENER = r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|[’']s)"
# (the opener is looked for first, so that the ten look-behinds run only where one stands)
_NAMED_THING_BEFORE = re.compile(
    "(?=" + _THING_OPENER + ")" + _NOT_AFTER_A_LABEL_VERB + _THING_OPENER + r"\s+(?:[\w$\-]+\s+){0,2}"
    r"(?:" + _WORK + r"|" + _NAMED_THING + r"(?:,?\s+(?:called|named|entitled))?),?\s+$"
)
_FUNCTION_WORDS = frozenset("""
he she it they we i you him her them us me his hers its their our my your a an the and or but if of to in
on at by for with this that these those who what which
""".split())
#: the last word of a Title Case name that says what is named: a law or treaty, an event, a prize
_THE_BEFORE_MARK = re.compile(r"(?<![\w’'])[Tt]he[ \xa0]+[“\"‘']$")
_NAMED_BY_ITS_HEAD = re.compile(r"\b(?:Act|Bill|Law|Treaty|Accord|Amendment|Protocol|Festival|Awards?|Prize|Cup"
                                r"|Stage|Tent|Arena|Stadium|Hall|Bridge|Square)$")
#: a word talked about as a word: 'the word “literally” has …', 'the phrase “quiet quitting” entered …'
#: (not 'refused to say the words “radical Islam,”' nor 'using the term “pivot” to Asia': someone's words)
_WORD_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)[ \xa0]+(?:word|term|phrase|expression|acronym|abbreviation|hashtag)[ \xa0]+[“\"‘']$")
#: the word each search ending at an opening mark needs right before it
_WORD_NOUNS = frozenset("word term phrase expression acronym abbreviation hashtag".split())
_VERB_AFTER = re.compile(
    r"[”\"’']?[ \xa0]+(?:is|was|has|had|have|means|meant|comes|came|stands|stood|entered|appears|appeared|became|"
    r"gets|got|does|did|can|could|will|would|may|might|used|originated|dates|refers|referred)\b"
)
_NOT_A_NOUN = frozenset("is was are were be been has had have will would can could may might must should shall do does did and or but nor".split())
_LOWER_WORD_AFTER = re.compile(r"[”\"’'][ \xa0]+([a-z][a-z\-]*)\b")
#: a letter or a grade: "X", "B+", "AAA", Moody's "Aa1"
_GRADE = re.compile(r"[A-Z][+\-−]?|([A-Z])\1{1,2}[+\-−]?|[A-C]a{0,2}[1-3]?")
#: the longest ``_GRADE`` matches ("AAA+", "Baa1"): a longer quotation needs no match
_GRADE_LONGEST = 4
#: a partial quotation this short with no speaker anywhere near is a scare quote (at most 3: ``_keep`` counts no further)
SCARE_QUOTE_WORDS = 2
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "vs"}


#: what a crowd shouts is said, however Title Case: 'chants of “Feel the Bern!”', 'cheer for “President Sanders”'
_CHANT_BEFORE = re.compile(r"\b(?:(?:chants?|calls|cries|shouts|cheers|roars?|refrain)\s+of|cheer(?:ed|ing|s)?\s+for|chant(?:ed|ing|s)?)\s+[“\"‘']$")
_CHANT_LAST_WORDS = frozenset("of for chant chants chanted chanting".split())
_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?\s+")


#: a label marked as a name in use: 'the so-called “rebels”', 'so- called ‘special relationship’'
_SO_CALLED = re.compile(r"\b[Ss]o(?:-[ \xa0]?|[ \xa0])called[ \xa0]+$")
#: what a name someone goes by is written after: 'the call sign “Kit.”', 'nicknamed “Big Mike”'
_NAME_IN_USE = re.compile(r"\b(?:call[ \xa0-]sign|nicknamed|nickname,?(?:[ \xa0]+the)?|code-?named|nom[ \xa0]de[ \xa0]guerre|known[ \xa0]as|go(?:es)?[ \xa0]by|went[ \xa0]by"
                          r"|call(?:s|ed|ing)?[ \xa0]+(?:itself|themselves|himself|herself)"
                          r"|under[ \xa0]the[ \xa0](?:name|nickname|alias|handle)|alias)[ \xa0]*$")
#: what a name or title is written after, whatever its case: 'a paper titled “…”', 'the wing, to be called “…”'
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|headlined|to[ \xa0]+be[ \xa0]+(?:called|named|known[ \xa0]+as))[ \xa0]*,?[ \xa0]*$"
                            # a thing and the name it goes by, set off: 'The campaign, branded “Chanjo ni Kinga”'
                            r"|,[ \xa0]+(?:branded|dubbed)[ \xa0]*$")
#: a name the one who made the thing gives it: 'the feature, which Quillworks calls “Listen Mode,”'
_WHICH_NAME_CALLS_BEFORE = re.compile(r"\b(?:which|that)[ \xa0]+(?:[A-Z][\w’'\-]*[ \xa0]+){1,3}(?:calls|called|dubs|dubbed|names|named)[ \xa0]*$")
#: the last words of ``_TITLED_BEFORE`` and ``_WHICH_NAME_CALLS_BEFORE``, tested before either search
_NAMING_LAST_WORDS = frozenset("titled entitled headlined called named as calls dubs dubbed names branded".split())
#: between two items of a list: ', ', ' and ', ', or '
_LIST_GAP = re.compile(r",?[ \xa0]*(?:(?:and|or)[ \xa0]+)?")
_NICKNAME_BEFORE = re.compile(r"(?<![\w’'])(?:[A-Z][a-z]+|(?:[A-Z]\.){1,3})[ \xa0][“\"‘']$")
_NAME_AFTER = re.compile(r"[”\"’'][ \xa0][A-Z][a-z]")


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts, if after ``lo``: a title's context stays in its sentence."""
    last = None
    for last in _SENTENCE_STOP.finditer(text, lo, hi):
        pass
    return last.end() if last is not None else lo


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _words_at_least(text: str, start: int, end: int) -> int:
    """How many words ``_TITLE_WORD`` finds in ``text[start:end]`` at least: the blank-separated pieces
    that open with a letter A-Z or a-z (each opens one of its words; a piece may hold more, "a—b")."""
    return sum(1 for piece in text[start:end].split() if piece[0] in _ASCII_LETTERS)


def _looks_like_title(text: str, q: RawQuote) -> bool:
    """Title Case words, no sentence: a show, book, film, slogan or name ("The Apprentice")."""
    if q.end - q.start > 100 or "a" <= text[q.start:q.start + 1] <= "z":
        return False  # (a lower-case first word is no title's: known without the list of words)
    if _words_at_least(text, q.start, q.end) > 8:
        return False  # (most long quotations: told without the list of words)
    words = _TITLE_WORD.findall(text, q.start, q.end)
    if not words or len(words) > 8:
        return False
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    if not words[0][0].isupper():
        return False
    # one capitalised word is a sentence ("Genocide.") as often as a title
    if len(words) == 1:
        return text[q.end - 1:q.end] not in ".!?"
    if text[q.end - 1:q.end] in "!?" and q.close_mark is not None:
        # a question or exclamation standing as a sentence of its own is said: 'The judge then turned
        # to me. “Mr. D’Souza?” I had prepared …'; a title stands inside a sentence
        j = q.open_mark - 1
        while j >= 0 and text[j] in " \t\xa0":
            j -= 1
        k = q.close_mark + 1
        while k < len(text) and text[k] in " \t\xa0":
            k += 1
        if (j < 0 or text[j] in ".!?\n") and (k >= len(text) or text[k] == "\n" or text[k].isupper()):
            return False
    return True


def _modifier_after(text: str, q: RawQuote) -> bool:
    """Does a lower-case word that is no cue, verb or conjunction go on right after the closing mark ('“Affordable” homes',
    not '“Disgraceful” was how one fan described it')?"""
    m = _LOWER_WORD_AFTER.match(text, q.end)
    return m is not None and m.group(1) not in CUE_FORMS_SET and m.group(1) not in _NOT_A_NOUN


def _title_case_line(text: str, ps: int, pe: int) -> bool:
    """A headline written in Title Case, where every word looks like a name: 'Trump “Very Happy” With Result'."""
    words = _TITLE_WORD.findall(text, ps, pe)
    big = sum(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
    return big * 3 > 2 * len(words)


def _keep(text: str, q: RawQuote, a: Attribution | None, ps: int, pe: int, first: bool, title_end: int = -1,
          single_style: bool = False) -> bool:
    """Is this pair of marks a quotation somebody said (not a title or scare quote)?"""
    # (a quotation mostly opens with a letter: tested first, without the search)
    if not (q.start < q.end and text[q.start].isalnum()) and not _WORD.search(text, q.start, q.end):
        return False
    if _is_heading(text, ps, pe, first) and not (a is not None and a.how in ("post", "pre", "colon", "colon-name")):
        return False
    if q.mixed and not (a is not None and a.how in DIRECT and a.speaker):
        return False  # a curly mark closed by a straight one, or the reverse: kept only when a cue tags it
    inner = text[q.start:q.end].strip(" \t.,;:!?")
    if inner[:1] in "([" and inner[-1:] in ")]" and inner.count("(") + inner.count("[") == 1:
        return False  # a stage direction: "(CROSSTALK.)", "[applause]"
    direct = a is not None and a.how in DIRECT  # a cue or a colon right at the quotation attributes it
    # the words up to a fourth, and how many (4 for more than 3): enough for each "at most n words" test below
    # (n <= 3), without cutting a long quotation into all of its words
    first_words = inner.split(None, 3)
    n_words = len(first_words)
    if " " not in inner and inner.lower() in _FUNCTION_WORDS and not direct:
        return False  # 'the pronoun “he”': a word talked about, not said
    # (the searches ending at the opening mark run only when the word they end with is right before it)
    before = text[max(ps, q.open_mark - 40):q.open_mark].rsplit(None, 1)[-1:]
    if (before and before[0] in _WORD_NOUNS and _WORD_NOUN_BEFORE.search(text, max(ps, q.open_mark - 30), q.open_mark + 1)
            and _VERB_AFTER.match(text, q.end)):
        return False  # 'the word “literally” has lost all meaning': a word talked about, the subject of the sentence
    if len(inner) <= _GRADE_LONGEST and _GRADE.fullmatch(inner) and not direct:
        return False  # 'an “A” rating', 'lost its “AAA” rating', 'mark an “X”': a letter or grade, not words
    chant = bool(before) and before[0] in _CHANT_LAST_WORDS and _CHANT_BEFORE.search(text, max(ps, q.open_mark - 40), q.open_mark + 1) is not None
    if a is None and n_words <= SCARE_QUOTE_WORDS and _kind(text, q, ps) == PARTIAL and not chant:
        return False  # 'a “launch team”', 'his “principles”': a scare quote nobody is said to have said
    if (a is not None and a.how == "later" and n_words <= SCARE_QUOTE_WORDS and inner == text[q.start:q.end].strip()
            and _kind(text, q, ps) == FULL and _modifier_after(text, q)):
        return False  # '“Affordable” homes will sell for …, the developer said': a label opening the sentence, not said
    so_called = _SO_CALLED.search(text, max(ps, q.open_mark - 14), q.open_mark) if before and before[0].endswith("called") else None
    if so_called is not None and (a is None or a.how == "subject" or a.cue_start is not None and so_called.start() <= a.cue_start < q.open_mark):
        return False  # 'the so-called “rebels”': a label in use, nobody's words (its 'called' is no cue)
    if ((n_words <= 3 and all(w[:1].isupper() for w in first_words)
         # 'nicknamed “the Butcher of Brentwood”': after "nicknamed" a name of any case
         or before and before[0] in ("nicknamed", "nickname") and len(inner.split()) <= 5)
            and _NAME_IN_USE.search(text, max(ps, q.open_mark - 30), q.open_mark)):
        return False  # 'goes by the call sign “Kit.”', 'known as “Big Mike”': a name in use, nobody's words
    if before and before[0].rstrip(",").lower() in _NAMING_LAST_WORDS and not (
            # the title of an editorial, an ad or a statement its author is named for: 'The Post responded with a
            # second critical piece, entitled “Bernie Sanders’s ideas are not too bold. …”' are the Post's words
            a is not None and a.speaker and before[0].rstrip(",").lower() in ("titled", "entitled")) and (
            _TITLED_BEFORE.search(text, max(ps, q.open_mark - 30), q.open_mark)
            or n_words <= 4 and all(w[:1].isupper() for w in first_words)
            and _WHICH_NAME_CALLS_BEFORE.search(text, max(ps, q.open_mark - 60), q.open_mark)):
        return False  # 'a paper titled “Sublethal …”', 'to be called “The … Pavilion”', 'which Quillworks calls “Listen Mode”'
    if not direct and q.close_mark is not None and _SHOW_PEOPLE_AFTER.match(text, q.close_mark + 1):
        return False  # '“Orange is the New Black” star Dascha Polanco', 'the “Fantastic Four” reboot': a title
    title = _looks_like_title(text, q)
    if title and not chant and (
        a is None or a.how != "colon-name" and (
            _TITLE_CONTEXT.search(text, clause := _clause_start(text, max(ps, q.open_mark - 60), q.open_mark), q.open_mark)
            or _NAMED_THING_BEFORE.search(text, clause, q.open_mark)
            or _WORK_AFTER.match(text, q.end))
        # the next in a list of titles: 'roles in “Apollo 13,” “Ransom” and “Cocoon”'
        or ps <= title_end <= q.open_mark and _LIST_GAP.fullmatch(text, title_end, q.open_mark)
    ):
        return False
    if title and _NAMED_BY_ITS_HEAD.search(inner) and (not direct or _THE_BEFORE_MARK.search(text, max(ps, q.open_mark - 5), q.open_mark + 1)):
        # 'repealing the “Affordable Care Act”', 'tickets for the “Harvest Cup”': the name of a law or an event,
        # whatever cue the sentence has ('said the Texas Republican, a co-sponsor of the “… Act,”')
        return False
    if title and not (first and _title_case_line(text, ps, pe)) and n_words <= 2 and _NAME_AFTER.match(text, q.end) and _NICKNAME_BEFORE.search(
        text, max(ps, q.open_mark - 30), q.open_mark + 1
    ):
        return False  # George “Jay” Keyworth, Gov. C.L. "Butch" Otter: a nickname
    if q.single:
        if direct:
            return True
        # in an article that quotes in single marks, a whole sentence or paragraph goes on with its neighbour's
        # speaker: "‘…’, said Sarah Whitcombe. ‘Residents deserve better.’"
        return single_style and a is not None and a.speaker is not None and _kind(text, q, ps) != PARTIAL
    return True
