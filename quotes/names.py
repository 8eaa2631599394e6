"""Speaker identity by name form: normalisation and the linking decision.

Pure functions, no database and no I/O. The store calls them at ingest and for curation:

- ``parse_speaker(mention, role)`` turns a mention as the extractor or an article wrote it
  ("Russian President Vladimir Putin", "Hillary Clinton 's", "the Kremlin", "he") into a
  ``SpeakerName`` (display form, kind, name parts, role kept apart, matching ``key``) or None
  when there is nobody to name (pronouns, "a spokesman", "sources").
- ``parse_query(text)`` does the same for what a user types ("putin", "vladimir v. putin").
- ``compatible(a, b)`` says whether two name forms can be the same speaker.
- ``link(mention, candidates, pinned)`` decides which existing speaker, if any, a mention joins.
- ``preferred(a, b)`` picks the better canonical display of two names of one speaker.

At ingest, per quote::

    name = parse_speaker(quote.speaker, quote.speaker_role)   # None: no speaker to name
    decision = link(name, article_speakers)                    # the article's speakers first
    if decision.status == "new":
        decision = link(name, database_candidates, curated_aliases)

Candidates are the stored names whose ``key`` or (people only) ``surname_key`` equals the
mention's: ``link`` joins nothing else. A stored ``display`` parses back to the same name, so
the store may keep displays and parse them again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

__all__ = [
    "SpeakerName",
    "LinkDecision",
    "parse_speaker",
    "parse_query",
    "name_key",
    "compatible",
    "link",
    "preferred",
    "given_names_compatible",
    "is_outlet",
    "outlet_keys",
    "role_words",
    "roles_conflict",
]

Kind = Literal["person", "organisation"]
LinkStatus = Literal["exact", "compatible", "new", "ambiguous"]

# --- word lists -------------------------------------------------------------------------------
# All entries are compared case-folded, with a trailing full stop removed ("Sen." -> "sen").

PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves who whom whose
    which that this these those one someone somebody anyone anybody everyone everybody no-one
    nobody another others other each both all some many most several few none either neither
    what whoever""".split()
)

ARTICLES = frozenset({"the", "a", "an"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec"}
)  # fmt: skip

# Capitalised words that never name a speaker on their own: groups, anonymous sources, party
# and group adjectives, numbers ("Republicans", "Officials said", "Two aides").
NOT_NAME_WORDS = PRONOUNS | ARTICLES | frozenset(
    """source sources official officials people person persons aide aides adviser advisers
    employee employees native natives staffer outlet outlets worker workers user users fan fans
    christmas easter thanksgiving halloween recession
    advisor advisors critic critics supporter supporters voter voters resident residents expert
    experts analyst analysts observer observers protester protesters protestor protestors
    demonstrators leaders leader members member staffers staff lawmakers legislators senators
    investigators prosecutors authorities police witnesses witness spokesman spokeswoman
    spokesperson spokespeople spokesmen spokeswomen representatives reporters journalists
    americans american republican republicans democrat democrats democratic conservative
    conservatives liberal liberals progressive progressives independent independents
    russian russians german germans british french chinese mexican mexicans israeli israelis
    palestinian palestinians ukrainian ukrainians iranian iranians syrian syrians muslim muslims
    christian christians evangelical evangelicals man men woman women boy boys girl girls child
    children family families friend friends groups crowd crowds neighbor neighbors neighbour neighbours
    two three four five six seven eight nine ten dozens hundreds thousands millions
    many several sen rep gov mr mrs ms dr state today yesterday tonight
    teachers students parents nurses doctors farmers workers veterans immigrants refugees citizens
    taxpayers customers consumers patients victims survivors activists scientists researchers
    economists historians soldiers troops agents delegates superdelegates donors candidates
    nominees proponents opponents attorneys lawyers millennials politicos links programs
    perhaps latest video""".split()
)

# Adjectives a headline or a sentence capitalises, which a name never is: "Republican
# Presidential", "the al Qaeda-linked Islamic"; and their endings ("Congressional", "Political").
COMMON_ADJECTIVES = frozenset(
    """presidential congressional islamic national federal political international economic
    judicial legislative constitutional electoral partisan bipartisan military local global
    foreign domestic public private social liberal egyptian european italian kazakh soviet western
    eastern northern southern latin saudi saudis canadian australian japanese korean turkish
    spanish polish indian african asian arab arabs generous""".split()
)
ADJECTIVE_ENDINGS = ("ential", "ional", "ical", "istic")
# Endings of abstract nouns, which a one-word name never has: "Optimism", "Questions", "Priorities".
ABSTRACT_NOUN_ENDINGS = ("ism", "isms", "tion", "tions", "ity", "ities")

#: how a paper addresses someone ("Mr. Obama"), which says nothing of their role
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "madam", "mdm"})
# Honorifics and role nouns: in "Labor Secretary Thomas Perez" everything up to the last of
# these before the name is the role. Lower case, without the trailing full stop.
TITLE_WORDS = HONORIFICS | frozenset(
    """dr prof rev sir dame lord lady sen rep gov lt gen col maj capt cpt sgt
    adm cmdr hon pres atty supt fr msgr amb sec insp det pfc cpl pvt spc brig sens reps govs cr cllr
    president president-elect vice vp senator congressman congresswoman congressmember
    representative assemblyman assemblywoman assemblymember delegate superdelegate governor
    lieutenant mayor councilman councilwoman councilmember alderman secretary minister premier
    chancellor speaker leader whip chairman chairwoman chair chairperson director ambassador
    attorney general judge justice commissioner spokesman spokeswoman spokesperson press
    adviser advisor aide strategist analyst pollster manager chief officer executive ceo cfo coo
    cto founder co-founder journalist advocate recorder cofounder candidate nominee front-runner frontrunner hopeful host
    anchor correspondent reporter columnist commentator contributor editor publisher author
    writer actor actress singer rapper comedian businessman businesswoman developer mogul
    billionaire tycoon professor economist historian scientist researcher expert lawyer counsel
    sheriff detective agent trooper deputy inspector superintendent activist organizer
    organiser operative consultant lobbyist pastor reverend bishop cardinal archbishop rabbi
    imam sheikh ayatollah cleric pope king queen prince princess emperor monarch daughter son wife
    husband widow widower mother father brother sister spouse rival opponent challenger
    incumbent supporter surrogate ally endorser neurosurgeon surgeon doctor physician nurse
    coach star icon legend owner partner member staffer volunteer protester veteran soldier
    general colonel captain sergeant admiral commander lieutenant-general envoy diplomat
    consul mediator negotiator prosecutor attorney-general solicitor barrister magistrate
    clerk treasurer comptroller auditor administrator head president-elect chairman-elect
    spokesmen representative-elect lawmaker legislator politician statesman official
    vermonter texan floridian californian iowan yorker crooked lyin""".split()
)

# "Texas-based Matt Mackowiak", "German-born ..."
ROLE_ADJECTIVE_ENDINGS = ("-based", "-born", "-era", "-elect")

# Party words in front of a name are role: "Democrat Hillary Clinton", "House Intelligence
# Republican Mike Pompeo"; alone they name nobody, except "GOP" the party.
PARTY_WORDS = frozenset(
    {"republican", "democrat", "democratic", "gop", "conservative", "liberal", "independent", "progressive"}
)

# More words than this, initials and particles aside, are a role and a name, or a headline.
MAX_NAME_WORDS = 4

# Titles that are also common surnames: kept as the surname when they end the name
# ("Rep. Steve King", "Erik Prince", "Mike Judge").
SURNAME_LIKE_TITLES = frozenset(
    """king queen prince judge bishop chief marshal pope cardinal knight baker mayor
    sheriff deputy chancellor general star ally partner head host minister clerk coach sister
    brother""".split()
)

# "Secretary of State John Kerry": what follows "of" after a title and belongs to the role.
ROLE_COMPLEMENTS = (
    ("homeland", "security"),
    ("veterans", "affairs"),
    ("health",),
    ("state",),
    ("defense",),
    ("defence",),
    ("labor",),
    ("labour",),
    ("commerce",),
    ("treasury",),
    ("energy",),
    ("education",),
    ("agriculture",),
    ("interior",),
    ("transportation",),
    ("housing",),
    ("justice",),
    ("staff",),
    ("house",),
    ("senate",),
    ("navy",),
    ("army",),
    ("air", "force"),
    ("federal", "reserve"),
    ("fed",),
)

# Words that make a name an organisation ("Justice Department", "Clinton Foundation",
# "Fox News"). Possible surnames such as Church, Court or Bank are left out on purpose.
ORGANISATION_WORDS = frozenset(
    """kremlin pentagon whitehall elysee campaign campaigns administration department dept
    ministry committee party inc incorporated corp corporation company llc ltd plc group
    foundation institute institution university college school academy association council
    commission agency bureau office senate congress house parliament duma knesset government
    coalition fund union alliance league network center centre society organization
    organisation federation board caucus pac club team forces military army navy bank
    secretariat chamber embassy consulate authority assembly cabinet tribunal service services
    news times post journal tribune herald gazette magazine radio television tv press daily
    weekly report review show channel media wire newspaper newsletter blog podcast
    poll survey project initiative movement watch trust research
    convention""".split()
)

ORGANISATION_PHRASES = (
    "white house",
    "supreme court",
    "federal reserve",
    "world bank",
    "united nations",
    "european union",
    "state department",
    "justice department",
    "planned parenthood",
    "amnesty international",
    "black lives matter",
    "tea party",
)

# News organisations named by a single word that may also be a surname: the extractor gives a
# person's full name when the article has one ("Michael Bloomberg"), so a bare "Bloomberg
# reported" is the news organisation.
NEWS_ORGANISATIONS = frozenset(
    """bloomberg reuters politico axios breitbart gawker propublica realclearpolitics buzzfeed
    huffpost huffpo huffpollster politifact factcheck mediaite salon slate vox haaretz variety
    vulture playbook federalist pew""".split()
) | frozenset({"bloomberg news", "bloomberg politics", "plain dealer", "sirius xm", "people's daily",
               "associated press", "agence france-presse", "the blaze", "fox", "fox business", "fox sports"})

# Names that are organisations with no telling word in them.
KNOWN_ORGANISATIONS = NEWS_ORGANISATIONS | frozenset(
    """twitter facebook google microsoft youtube instagram linkedin wikileaks greenpeace
    hewlett-packard gallup quinnipiac rasmussen interfax tass xinhua hamas hezbollah taliban nabisco
    walmart exxonmobil vatican amazon verizon marvel""".split()
) | frozenset({"ria novosti", "al jazeera", "the hill", "the atlantic", "islamic state"})

# An organisation word alone names no one organisation: "A campaign TV ad", "Daily".
GENERIC_ORGANISATION_WORDS = frozenset(
    """campaign campaigns group company inc incorporated corp corporation llc ltd plc fund team
    club board service services office forces bank tv television radio press daily weekly
    report review show channel media wire newspaper newsletter blog podcast poll survey project
    initiative movement watch trust research network news""".split()
)

# Lower-case nouns after a name that make the name a news organisation's: "the People's Daily
# newspaper", "the nationalist Global Times tabloid".
MEDIA_NOUNS = frozenset(
    {"newspaper", "tabloid", "magazine", "website", "site", "network", "channel", "broadcaster",
     "daily", "weekly", "agency", "outlet", "paper"}
)  # fmt: skip

# A place name's last word that makes the whole a place, never a person: "South China Sea".
GEOGRAPHIC_WORDS = frozenset(
    """sea ocean peninsula strait straits gulf county province avenue boulevard airport islands
    mountains canyon desert harbor harbour plaza city
    stadium theater theatre garden gardens auditorium amphitheater amphitheatre coliseum ballpark""".split()
)

# A place as a speaker stands for its government or people ("Russia said"); never a person.
PLACES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming america russia ukraine
    belarus china iran iraq israel syria turkey mexico canada germany france britain england
    scotland japan india pakistan afghanistan egypt cuba venezuela brazil poland moscow kyiv
    kiev beijing tehran benghazi orlando sacramento us usa uk eu un""".split()
) | frozenset(
    {
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "south carolina", "north dakota", "south dakota", "rhode island", "west virginia",
        "united states", "united kingdom", "north korea", "south korea", "saudi arabia",
        "new york city", "los angeles", "san diego", "san francisco", "washington dc",
        "washington d c", "western europe", "eastern europe", "middle east", "latin america",
        "washington", "philadelphia", "chicago", "boston", "detroit", "cleveland", "atlanta",
        "miami", "houston", "dallas", "baltimore", "london", "paris", "berlin", "brussels",
        "tokyo", "jerusalem", "europe", "asia", "africa",
        "new zealand", "australia", "south africa", "nigeria", "kenya", "greece", "italy", "spain",
        "netherlands", "sweden", "norway", "denmark", "ireland", "belgium", "switzerland", "austria",
        "hungary", "lebanon", "qatar", "yemen", "libya", "tunisia", "morocco", "somalia", "indonesia",
        "philippines", "vietnam", "taiwan", "argentina", "colombia", "guatemala", "honduras",
        "el salvador", "haiti", "dominican republic", "puerto rico", "kazakhstan", "myanmar",
        "bangladesh", "sri lanka", "hong kong",
    }
)  # fmt: skip

# Words after a capitalised run that make the run a modifier, not the speaker's name:
# "Sanders protesters", "the Texas senator", "a Berlin woman".
DESCRIPTOR_NOUNS = (TITLE_WORDS | NOT_NAME_WORDS) - PRONOUNS - ARTICLES

# Words after a capitalised run that make "run + word" an organisation: "the Trump campaign".
ORGANISATION_HEADS = frozenset(
    {"campaign", "administration", "camp", "team", "government", "organization", "organisation",
     "foundation", "committee", "office", "staff", "family", "people"}
)  # fmt: skip

# Documents speaking for an organisation: "a CNN poll", "a Pew Research report".
ORGANISATION_ARTIFACTS = frozenset(
    {"poll", "survey", "report", "study", "statement", "analysis", "paper", "release", "memo"}
)

# Lower-case words that end a name and start a trailing qualifier: "Bernie Sanders of Vermont",
# "Hillary Clinton on Monday", "Trump in his speech", "Viguerie notes".
BREAK_WORDS = frozenset(
    """of from on in at during for with without to into by about after before since until
    over under against between among via per than as like who whom whose which that when where
    while whereas because if though although and or but nor so yet then also not never
    says said say saying told tells tell added adds noted notes wrote writes asked asks
    declared stated argued claimed insisted explained is was are were be been being has have
    had do does did will would can could should may might must the a an his her its their
    this these those our your my""".split()
)

# Capitalised verbs that end a name in a headline: "Morton Blackwell Endorses ...".
HEADLINE_VERBS = frozenset(
    """says said tells told slams blasts endorses wins calls defends announces announced gave
    gives just taught rips warns reveals responds claims admits attacks praises backs urges
    vows releasing steps growls let debunks spurns preys addresses""".split()
)
# Lower-case words that may follow a name inside a mention: "Trump on Tuesday", "Washington over the past week".
WORDS_AFTER_A_NAME = frozenset(
    """on in at over for from with by during after before since last this earlier later yesterday today
    tonight again also himself herself itself themselves""".split()
)

# Sentence openers a mention may drag in front of a name: "On Trump", "Despite Ted Cruz".
LEADING_FUNCTION_WORDS = frozenset(
    """on maybe despite using some when while if as after before then so but and or because since
    though although yet also even just only still now unlike like with without against
    did does do has had is was were would could should""".split()
)
# Function words are capitalised in headlines, never in a name: a mention holding one
# ("Growls In Response To Kaine", "Hillary Releasing Her Goldman Sachs Speech") is a headline.
HEADLINE_FUNCTION_WORDS = frozenset(
    """to with in her his their and why who once for from on at by into over after about than
    here's here’s don't don’t""".split()
)

# Acronyms a user may type in lower case: "cnn" is CNN, "putin" is not an acronym.
COMMON_ACRONYMS = frozenset(
    {"cnn", "fbi", "cia", "nsa", "gop", "nbc", "cbs", "abc", "msnbc", "cnbc", "nato", "bbc", "npr",
     "pbs", "dnc", "rnc", "nra", "aclu", "naacp", "fec", "epa", "irs", "tass", "ria"}
)  # fmt: skip

NAME_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "ter",
     "la", "le", "st", "st.", "bin", "ibn", "al", "el", "ben", "mac"}
)  # fmt: skip
# Capitalised particles that are usually given names when they open a name ("Van Jones").
PARTICLES_THAT_ARE_GIVEN_NAMES = frozenset({"van", "del", "ben", "al", "mac", "st", "st."})

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
SUFFIX_DISPLAY = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}

# Two-word surnames with no particle, which would otherwise split into middle + surname.
COMPOUND_SURNAMES = frozenset(
    {("wasserman", "schultz"), ("lopez", "obrador"), ("pena", "nieto"), ("bonham", "carter"),
     ("lloyd", "webber"), ("garcia", "marquez"), ("lopez", "cantera")}
)  # fmt: skip

# Chinese names in English text put the family name first ("Xi Jinping").
FAMILY_NAME_FIRST = frozenset({"xi", "hu", "li", "wen", "jiang", "deng", "mao", "zhou", "wang"})

# Given-name variants of one person; a name may sit in several groups ("Ted").
NICKNAME_GROUPS = (
    ("william", "bill", "billy", "will", "willie"),
    ("robert", "bob", "bobby", "rob", "robby", "robbie", "bert"),
    ("michael", "mike", "mickey"),
    ("joseph", "joe", "joey"),
    ("edward", "ted", "ed", "eddie", "ned"),
    ("theodore", "ted", "teddy", "theo"),
    ("james", "jim", "jimmy", "jamie"),
    ("thomas", "tom", "tommy"),
    ("richard", "dick", "rick", "rich", "ricky"),
    ("charles", "chuck", "charlie"),
    ("daniel", "dan", "danny"),
    ("david", "dave"),
    ("stephen", "steve"),
    ("steven", "steve"),
    ("anthony", "tony"),
    ("christopher", "chris"),
    ("nicholas", "nick"),
    ("patrick", "pat"),
    ("patricia", "pat", "patty", "trish"),
    ("elizabeth", "liz", "beth", "betsy", "betty", "lisa"),
    ("katherine", "kate", "kathy", "katie"),
    ("catherine", "kate", "cathy", "katie"),
    ("benjamin", "ben"),
    ("samuel", "sam"),
    ("alexander", "alex"),
    ("andrew", "andy", "drew"),
    ("matthew", "matt"),
    ("jonathan", "jon"),
    ("jeffrey", "jeff"),
    ("jeffery", "jeff"),
    ("gregory", "greg"),
    ("ronald", "ron"),
    ("donald", "don"),
    ("newton", "newt"),
    ("mitchell", "mitch"),
    ("henry", "hank", "harry"),
    ("harold", "harry", "hal"),
    ("john", "jack", "johnny"),
    ("lawrence", "larry"),
    ("gerald", "jerry"),
    ("frederick", "fred"),
    ("rudolph", "rudy"),
    ("bernard", "bernie"),
    ("deborah", "debbie", "deb"),
    ("susan", "sue"),
    ("margaret", "peggy", "meg", "maggie"),
    ("timothy", "tim"),
    ("kenneth", "ken"),
    ("douglas", "doug"),
    ("raymond", "ray"),
    ("vladimir", "vlad"),
)

# --- data types -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerName:
    """A speaker's name as parsed from one mention.

    ``key`` is what exact matching compares: case- and accent-folded, punctuation, middle
    initials, titles and possessives dropped ("Vladimir V. Putin" -> "vladimir putin").
    ``role`` is what the mention said about the speaker besides the name.
    """

    display: str
    kind: Kind
    key: str
    given: str | None = None
    middle: tuple[str, ...] = ()
    surname: str | None = None
    suffix: str | None = None
    role: str | None = field(default=None, compare=False)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_bare_surname(self) -> bool:
        """A person known by surname only ("Clinton")."""
        return self.kind == "person" and self.given is None

    @property
    def surname_key(self) -> str | None:
        """Folded surname of a person, the index to fetch ``link`` candidates by."""
        return name_key(self.surname) if self.kind == "person" and self.surname else None


@dataclass(frozen=True)
class LinkDecision:
    """Which existing speaker a mention joins; ``candidate_ids`` lists the rivals when ambiguous."""

    speaker_id: int | None
    status: LinkStatus
    candidate_ids: tuple[int, ...] = ()


# --- text cleaning ----------------------------------------------------------------------------

_CORENLP_BRACKETS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"
}  # fmt: skip
_QUOTE_CHARS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
_INITIALS = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$|^[A-Z]{2}$")  # "V.", "H.W.", "JR"; not "CNN"
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$|^(?:[A-Z]\.){2,4}$")
_SEGMENT_SPLIT = re.compile(r"\s*(?:[,;:|\"]|\s--?\s|\s[\u2013\u2014]\s|[\u2013\u2014])\s*")
_SUFFIX_AFTER_COMMA = re.compile(r",\s*((?:Jr|Sr|JR|SR)\.?|II|III|IV)(?=\W|$)")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for token, bracket in _CORENLP_BRACKETS.items():
        text = text.replace(token, bracket)
    text = re.sub(r"[\u2018\u2019\u201b`\u00b4]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb]|''|``", '"', text)
    text = re.sub(r"(?<=\w)\s+'\s*s\b", "'s", text)  # CoreNLP "Clinton 's", "Trump ` s"
    text = re.sub(r"(?<=s)\s+'(?=\s|$)", "'", text)  # "Sanders '"
    for _ in range(3):  # nested brackets: "(R-Wis. (retired))"
        text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}", " ", text)
    text = re.sub(r"[()\[\]{}]", " ", text)
    text = re.sub(r'"[^"]{1,30}"', " ", text)  # a nickname: John "Tig" Tiegen
    text = re.sub(r"(?<!\S)[DRI]-[A-Z][\w.-]*(?:\s\.)?", " ", text)  # a stray party-state "D-Conn ."
    text = re.sub(r"\s+", " ", text).strip()
    letters = [c for c in text if c.isalpha()]
    shouted = len(letters) > 5 and all(c.isupper() for c in letters)
    if shouted and any(len(word) >= 4 and word.isalpha() for word in text.split()):
        text = _title_case(text.lower())  # a shouted headline: "DONALD TRUMP"
    return text


def _title_case(text: str) -> str:
    words = []
    for word in text.split(" "):
        if word in NAME_PARTICLES or word in BREAK_WORDS or word in ARTICLES:
            words.append(word)
        else:
            words.append(re.sub(r"(^|[-'])(\w)", lambda m: m.group(1) + m.group(2).upper(), word))
    if words and words[0]:
        words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


def _strip_quotes(token: str) -> str:
    if token.endswith("'s'"):
        token = token[:-1]  # "DuVernay's '13th'"
    if token.endswith("s'") and len(token) > 2:
        token = token.lstrip(_QUOTE_CHARS)  # keep the possessive of a name ending in s
    else:
        token = token.strip(_QUOTE_CHARS)
    token = token.rstrip(",!?;")
    if token.endswith(".") and not _keeps_full_stop(token):
        token = token.rstrip(".")
    return token


def _keeps_full_stop(token: str) -> bool:
    """ "V.", "U.S.", "Sen.", "Jr." keep their stop; "Trump." at a sentence end loses it."""
    if _INITIALS.match(token) or _ACRONYM.match(token):
        return True
    folded = _fold(token)
    return folded in TITLE_WORDS or folded in SUFFIXES or folded in {"st", "inc", "corp", "co", "ltd"}


def _fold(text: str) -> str:
    return text.casefold().rstrip(".")


@lru_cache(maxsize=65536)  # linking asks for the same names' keys again and again
def name_key(text: str) -> str:
    """Fold a name for exact matching: case, accents, apostrophes, dots, hyphens and spacing.

    Idempotent: ``name_key(name_key(s)) == name_key(s)``.
    """
    for _ in range(2):  # case folding can expose new decomposable characters
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['\u2019.\u02bc]", "", text)
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


# --- tokens -----------------------------------------------------------------------------------


@dataclass
class _Token:
    text: str  # as written, quotes stripped
    possessive: bool = False

    @property
    def folded(self) -> str:
        return _fold(self.text)


def _tokenise(segment: str) -> list[_Token]:
    tokens = []
    for raw in segment.split(" "):
        text = _strip_quotes(raw)
        if not text:
            continue
        possessive = False
        while len(text) > 2 and (text.casefold().endswith("'s") or text.endswith("s'")):
            text, possessive = text[: -2 if text.casefold().endswith("'s") else -1], True
        text = text.strip(_QUOTE_CHARS)
        if text:
            tokens.append(_Token(text, possessive))
    return tokens


def _is_capitalised(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    if first and first.isupper():
        return True
    # "al-Assad", "d'Alembert"
    return bool(re.match(r"^(?:al|el|ad|as|ash|bin|ibn|abu|d|l)[-'][A-Z]", text))


def _is_name_token(token: _Token) -> bool:
    return _is_capitalised(token.text) and token.folded not in PRONOUNS


def _is_title(folded: str) -> bool:
    if folded in TITLE_WORDS or folded.endswith(ROLE_ADJECTIVE_ENDINGS):
        return True
    parts = folded.split("-")  # "Secretary-Treasurer", "Vice-Chair"
    return len(parts) > 1 and all(p in TITLE_WORDS or p in {"co", "vice", "ex"} for p in parts)


# --- parsing ----------------------------------------------------------------------------------


@lru_cache(maxsize=8192)  # an article names the same few speakers again and again
def parse_speaker(mention: str | None, role: str | None = None, outlet: str | None = None) -> SpeakerName | None:
    """Parse a speaker mention; None when it names nobody (pronoun, "a spokesman", "sources").

    ``role`` is the role the extractor saw with the mention; when given it is kept as the role,
    otherwise the role is what the mention itself says before or beside the name. ``outlet`` is
    the article's outlet ("bloomberg.com", "Bloomberg News"): a mention naming it ("Bloomberg
    reported") is that news organisation, never a person of the same name.
    """
    if not mention or not isinstance(mention, str):
        return None
    text = _clean(_SUFFIX_AFTER_COMMA.sub(r" \1", mention))
    if outlet and (named := _the_outlet(text, outlet)):
        return _with_role(named, role, None)
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s and s.strip()]
    place_fallback: SpeakerName | None = None
    for index, segment in enumerate(segments):
        parsed = _parse_segment(segment)
        if parsed is None:
            continue
        name, derived_role = parsed
        if name.kind == "organisation" and name.key in GENERIC_ORGANISATION_WORDS:
            continue  # "A campaign TV ad", "Daily": a kind of organisation, not one
        said_role = role or derived_role
        if name.key in _PLACE_KEYS and said_role and said_role.split()[-1].casefold() in {"former", "ex", "then"}:
            continue  # "Former Pennsylvania (governor Ed Rendell)": a place is never former
        if name.kind == "organisation" and name.key in _PLACE_KEYS and index + 1 < len(segments):
            place_fallback = place_fallback or _with_role(name, role, derived_role)
            continue  # a dateline: "Ohio, 62-year-old Brenda Johnson"
        if derived_role is None and index + 1 < len(segments):
            derived_role = _appositive_role(segments[index + 1])
        return _with_role(name, role, derived_role)
    if place_fallback is None:
        # the name only inside brackets: "this guy (Trump)", "[Comey]"
        for inner in re.findall(r"(?:\(|\[|-LRB-|-LSB-)([^()\[\]]*?)(?:\)|\]|-RRB-|-RSB-)", mention):
            if inner.strip() != mention.strip() and (found := parse_speaker(inner, role)):
                return found
    return place_fallback


def outlet_keys(outlet: str | None) -> frozenset[str]:
    """The names an outlet goes by, as keys: "www.bloomberg.com", "Bloomberg News" and
    "bloomberg" all give "bloomberg"; "usa-today" gives "usa today"."""
    if not outlet or not outlet.strip():
        return frozenset()
    text = re.sub(r"^[a-z]+://", "", outlet.strip().casefold()).split("/")[0]
    text = re.sub(r"^www\.", "", text)
    text = re.sub(r"\.(?:com|org|net|co\.uk|com\.au|co|news|us|uk)$", "", text)
    key = name_key(text)
    keys = {key, re.sub(r"^the ", "", key)}
    keys |= {re.sub(r" news$", "", k) for k in keys}
    keys |= {k.replace(" ", "") for k in keys}  # "washingtonpost.com" is "Washington Post"
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=8192)
def is_outlet(mention: str | None, outlet: str | None) -> bool:
    """Whether ``mention`` names the article's ``outlet``: "the Washington Post" in washingtonpost.com."""
    return bool(mention and outlet and _the_outlet(_clean(mention), outlet))


def _the_outlet(text: str, outlet: str) -> SpeakerName | None:
    """The article's own outlet as a speaker: "Bloomberg" in a Bloomberg article, "the Post"."""
    tokens = _drop_article(_tokenise(text))
    display = _display_tokens(tokens)
    key = name_key(display)
    named = key and (key in outlet_keys(outlet) or key.replace(" ", "") in outlet_keys(outlet))
    return SpeakerName(display, "organisation", key) if named else None


def parse_query(text: str | None) -> SpeakerName | None:
    """Parse a name as a user types it, in any case: "putin", "vladimir v. putin", "cnn"."""
    if not text or not text.strip():
        return None
    cleaned = " ".join(text.split())
    if not any(c.isupper() for c in cleaned):
        cleaned = cleaned.upper() if name_key(cleaned) in COMMON_ACRONYMS else _title_case(cleaned)
    return parse_speaker(cleaned)


def _with_role(name: SpeakerName, given_role: str | None, derived_role: str | None) -> SpeakerName:
    return replace(name, role=_clean_role(given_role) or _clean_role(derived_role))


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = " ".join(role.replace("\u2019", "'").split()).strip(" ,;:-")
    words = role.split(" ")
    while words and (words[0].casefold() in ARTICLES or words[0].casefold() in LEADING_FUNCTION_WORDS):
        words = words[1:]  # "When Sen." (of "When Sen. Bernie Sanders said") is "Sen."
    role = " ".join(words)
    return role or None


def _appositive_role(segment: str) -> str | None:
    """ "a political scientist at Texas Tech" after "Seth McKee, "."""
    words = segment.split(" ")
    if len(words) >= 2 and words[0].casefold() in ARTICLES and not _is_capitalised(words[1]):
        return " ".join(words[1:])
    return None


def _runs(tokens: list[_Token]) -> list[tuple[int, int]]:
    """Maximal spans of name-like tokens; a possessive token ends its run."""
    runs = []
    i = 0
    while i < len(tokens):
        if not _may_be_in_name(tokens, i) or tokens[i].text.casefold() in ARTICLES:
            i += 1  # an article never starts a name: "The U.S. media"
            continue
        start = i
        while i < len(tokens) and _may_be_in_name(tokens, i):
            i += 1
            if tokens[i - 1].possessive:
                break
        end = i
        while end - start > 1 and not tokens[end - 1].possessive and (
            _is_initial(tokens[end - 1].text) or tokens[end - 1].text in NAME_PARTICLES
        ):
            end -= 1  # a name cut short after an initial: "Vladimir V."
        runs.append((start, end))
    return runs


def _may_be_in_name(tokens: list[_Token], i: int) -> bool:
    if _is_date_word(tokens, i) or tokens[i].folded in HEADLINE_VERBS:
        return False
    return _is_name_token(tokens[i]) or _is_inner_particle(tokens, i)


def _is_date_word(tokens: list[_Token], i: int) -> bool:
    """ "Thursday", "July 23"; "May" alone may be a surname (Theresa May)."""
    folded = tokens[i].folded
    if folded in WEEKDAYS:
        return True
    return folded in MONTHS and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()


def _is_inner_particle(tokens: list[_Token], i: int) -> bool:
    token = tokens[i]
    return (
        token.text in NAME_PARTICLES
        and not token.possessive
        and i + 1 < len(tokens)
        and _is_name_token(tokens[i + 1])
    )


def _parse_segment(segment: str) -> tuple[SpeakerName, str | None] | None:
    tokens = _tokenise(segment)
    if not tokens:
        return None
    if any(t.folded in HEADLINE_FUNCTION_WORDS and t.text[:1].isupper() for t in tokens[1:]):
        return None
    if len(tokens) > 2 and tokens[0].folded in _GROUP_WORDS and tokens[1].folded in {"on", "in", "at", "from", "close"}:
        return None  # "some on Twitter", "many in the GOP", "those close to Clinton": people the mention does not name
    while len(tokens) > 1 and tokens[0].folded in LEADING_FUNCTION_WORDS:
        tokens = tokens[1:]
    verb = next((i for i, t in enumerate(tokens) if i and t.folded in HEADLINE_VERBS and t.text[:1].isupper()), None)
    if verb is not None:
        tokens = tokens[:verb]  # a headline names its subject before the verb: "Woman Steps Forward"
    if any(t.possessive for t in tokens) and _place_key(tokens) is not None:
        return None  # "Cruz's South Carolina", "Univision's Los Angeles": a place someone has says nothing
    if _sentence_start_common_word(tokens):
        return None  # "Whatever his disagreements", "Programs for autistic adults"
    show = _role_text if name_key(_role_text(tokens)) in _KNOWN_ORGANISATION_KEYS else _display_tokens
    whole = name_key(show(tokens))  # "People's Daily" keeps its possessive
    whole_without_article = re.sub(r"^(?:the|a|an) ", "", whole)
    if whole in _KNOWN_ORGANISATION_KEYS or whole_without_article in _KNOWN_ORGANISATION_KEYS:
        known = whole if whole in _KNOWN_ORGANISATION_KEYS else whole_without_article
        display = show(tokens if known == whole else _drop_article(tokens))
        return SpeakerName(display, "organisation", known), None
    if medium := _named_medium(tokens):
        return medium, None
    if _modifier_after_article(tokens):
        return None  # "the Cruz (train)", "the independent Vermont (senator)"

    runs = _runs(tokens)
    previous_run_was_role = False
    # a run read as a modifier of a later run, used if the later run names nobody:
    # "U.S. District Judge Carlton W. Reeves late Thursday"
    fallback: tuple[SpeakerName, str | None] | None = None
    for run_index, (start, end) in enumerate(runs):
        next_run_start = runs[run_index + 1][0] if run_index + 1 < len(runs) else None
        name_start = _strip_role_in_run(tokens, start, end, previous_run_was_role)
        previous_run_was_role = False
        if name_start is None:
            previous_run_was_role = True  # "Secretary" in "Secretary of State Hillary Clinton"
            continue
        name_tokens = tokens[name_start:end]
        if name_tokens[-1].folded in NOT_NAME_WORDS or all(
            t.folded in NOT_NAME_WORDS or _is_title(t.folded) for t in name_tokens
        ):
            previous_run_was_role = True  # "New Hampshire Democrat", "Officials"
            continue
        role = _role_text(_drop_article(tokens[:name_start]))

        follow = _following_words(tokens, end, next_run_start)
        if follow.reaches_next_run:
            if fallback is None:
                named = _name_from_run(tokens, name_start, end)
                fallback = (named, role) if named else None
            continue  # "Conservative icon Phyllis Schlafly", "Rubio supporter Scott Szlachta"
        if follow.words and follow.words[0].folded in ORGANISATION_HEADS:
            if len(follow.words) > 1 and _is_descriptor(follow.words[1].folded):
                continue  # "Sanders' campaign manager" is a person the mention does not name
            org_tokens = [_Token(t.text) for t in name_tokens] + [_Token(follow.words[0].text)]
            return _organisation(org_tokens), role  # "the Trump campaign", "Trump's campaign"
        if tokens[end - 1].possessive and end < len(tokens):
            continue  # "Media Research Center's Bozell", "Mike's nice-guy rep", "Trump's most famous"
        if follow.words and follow.words[0].folded in ORGANISATION_ARTIFACTS:
            if _looks_like_organisation(name_tokens):
                return _organisation(name_tokens), None  # "a CNN poll"
            return fallback
        if follow.words and (_is_descriptor(follow.words[0].folded) or _is_descriptor(follow.words[-1].folded)):
            continue  # "Sanders protesters", "the Texas senator", "GOP presidential hopefuls"
        if follow.words and tokens[0].folded in _DETERMINERS and follow.words[0].text.islower() and (
                follow.words[0].folded not in BREAK_WORDS) and not _looks_like_organisation(name_tokens):
            continue  # "one Obama insider", "a Clinton ally": the name modifies the noun after it
        named = _name_from_run(tokens, name_start, end)
        return (named, role) if named else fallback
    return fallback


_DETERMINERS = {"a", "an", "one", "another", "some", "several", "two", "three", "many", "most", "this", "these"}


def _sentence_start_common_word(tokens: list[_Token]) -> bool:
    """Only the first word is capitalised and plain lower-case words follow: a sentence's opening
    word ("Given his past comments", "Local news"), not a name with a modifier or a title."""
    if len(tokens) < 2 or tokens[0].possessive or any(_is_capitalised(t.text) for t in tokens[1:]):
        return False
    follower = tokens[1].folded
    return not (
        follower in ORGANISATION_HEADS or follower in ORGANISATION_ARTIFACTS or _is_descriptor(follower)
        or follower in WORDS_AFTER_A_NAME or tokens[0].folded in ARTICLES
    )


def _named_medium(tokens: list[_Token]) -> SpeakerName | None:
    """A news organisation named before a lower-case media noun: "the People's Daily newspaper"."""
    if len(tokens) < 2 or tokens[-1].folded not in MEDIA_NOUNS or _is_capitalised(tokens[-1].text):
        return None
    start = len(tokens) - 1
    while start > 0 and _is_name_token(tokens[start - 1]):
        start -= 1
    span = tokens[start:-1]
    if not span or span[-1].possessive:
        return None
    display = " ".join(t.text + ("'s" if t.possessive else "") for t in span)
    key = name_key(display)
    if key in _KNOWN_ORGANISATION_KEYS or (key not in _PLACE_KEYS and _looks_like_organisation(span)):
        return SpeakerName(display, "organisation", key)
    return None


def _modifier_after_article(tokens: list[_Token]) -> bool:
    """An article, plain words and one capitalised word ending the mention: the word modifies a
    noun the mention lost ("the Cruz train", "the independent Vermont senator"); an article
    never stands before a person's bare name. Organisations keep theirs ("the Kremlin", "the FBI")."""
    if len(tokens) < 2 or tokens[0].folded not in ARTICLES:
        return False
    last = tokens[-1]
    between = tokens[1:-1]
    if last.possessive or not _is_name_token(last) or len(between) > 2 or any(
        _is_capitalised(t.text) or t.folded in BREAK_WORDS for t in between
    ):
        return False  # "the base chief known as Bob" names Bob
    return not (
        _ACRONYM.match(last.text) or last.folded in ORGANISATION_WORDS or _is_title(last.folded)
        or name_key(last.text) in _KNOWN_ORGANISATION_KEYS
    )


def _place_key(tokens: list[_Token]) -> str | None:
    """The place the mention ends in after a possessive ("Trump's Virginia" -> "virginia"), if any."""
    after = [t for i, t in enumerate(tokens) if any(p.possessive for p in tokens[:i])]
    key = name_key(" ".join(t.text for t in after))
    return key if key in PLACES else None


def _is_descriptor(folded: str) -> bool:
    singular = folded[:-1] if folded.endswith("s") else folded
    return folded in DESCRIPTOR_NOUNS or singular in DESCRIPTOR_NOUNS


def _name_from_run(tokens: list[_Token], name_start: int, end: int) -> SpeakerName | None:
    if _looks_like_organisation(tokens[name_start:end]):
        return _organisation(tokens[name_start : _extend_organisation(tokens, end)])
    return _person(tokens[name_start:end])


def _drop_article(tokens: list[_Token]) -> list[_Token]:
    while tokens and tokens[0].folded in ARTICLES:
        tokens = tokens[1:]
    return tokens


def _role_text(tokens: list[_Token]) -> str | None:
    if not tokens:
        return None
    return " ".join(t.text + ("'s" if t.possessive else "") for t in tokens)


@dataclass
class _Following:
    words: list[_Token]
    reaches_next_run: bool


def _following_words(tokens: list[_Token], end: int, next_run_start: int | None) -> _Following:
    """Lower-case words after a run, up to the next run or a break word."""
    words = []
    i = end
    while i < len(tokens) and (next_run_start is None or i < next_run_start):
        folded = tokens[i].folded
        if folded in BREAK_WORDS or folded in HEADLINE_VERBS or folded in PRONOUNS:
            return _Following(words, False)
        words.append(tokens[i])
        if tokens[i].possessive:
            break
        i += 1
    reaches = next_run_start is not None and i == next_run_start and bool(words)
    return _Following(words, reaches)


def _strip_role_in_run(tokens: list[_Token], start: int, end: int, after_role: bool) -> int | None:
    """Index where the name starts inside a run, after titles; None if the run is all role."""
    if after_role and start >= 1 and tokens[start - 1].folded in {"of", "the"}:
        start = _skip_role_complement(tokens, start, end)
        if start is None:
            return None
    name_start = _start_after_titles(tokens, start, end)
    if name_start is not None:
        name_start = _start_of_last_words(tokens, name_start, end, MAX_NAME_WORDS)
    # the role cut short by the tokeniser: "State John Kerry", "Staff Katie Walsh"
    while name_start is not None and end - name_start >= 3 and tokens[name_start].folded in {"state", "staff"}:
        name_start += 1
    return name_start


def _start_of_last_words(tokens: list[_Token], start: int, end: int, limit: int) -> int:
    """Where a run too long to be a name starts its last two words, after an unknown role:
    "Maricopa County Recorder Helen Purcell"."""
    words = [i for i in range(start, end) if _is_core_name_word(tokens[i].text)]
    if len(words) <= limit or _looks_like_organisation(tokens[start:end]):
        return start
    tail = words[-2]
    while tail > start and not _is_core_name_word(tokens[tail - 1].text):
        tail -= 1  # keep the particles and initials of the name: "Carlton W. Reeves"
    return tail


def _start_after_titles(tokens: list[_Token], start: int, end: int) -> int | None:
    core_end = end
    while core_end > start and tokens[core_end - 1].folded in SUFFIXES:
        core_end -= 1
    last_title = None
    for i in range(start, core_end):
        folded = tokens[i].folded
        is_party_role = (
            folded in PARTY_WORDS and i < core_end - 1 and not _looks_like_organisation(tokens[i + 1 : end])
        )  # "Democrat Hillary Clinton", but not "Republican National Committee"
        if _is_title(folded) or is_party_role:
            last_title = i
    if last_title is None:
        return start
    if last_title == core_end - 1:
        # "Erik Prince", "Rep. Steve King": the last word is the surname if it may be one
        if tokens[last_title].folded in SURNAME_LIKE_TITLES and last_title > start:
            earlier = [i for i in range(start, last_title) if _is_title(tokens[i].folded)]
            name_start = earlier[-1] + 1 if earlier else start
            return name_start if name_start < last_title else None
        return None
    return last_title + 1


def _skip_role_complement(tokens: list[_Token], start: int, end: int) -> int | None:
    words = [t.folded for t in tokens[start:end]]
    for complement in ROLE_COMPLEMENTS:
        if tuple(words[: len(complement)]) == complement:
            rest = start + len(complement)
            return rest if rest < end else None
    if end - start >= 3:  # "Governor of Texas Greg Abbott"
        return start + 1
    return start


def _looks_like_organisation(tokens: list[_Token]) -> bool:
    folded = [name_key(t.text) for t in tokens]
    joined = " ".join(folded)
    if joined in PLACES or joined in _KNOWN_ORGANISATION_KEYS:
        return True
    if any(phrase in f" {joined} " for phrase in _ORGANISATION_PHRASES_PADDED):
        return True
    if any(word in ORGANISATION_WORDS for word in folded):
        return True
    if len(tokens) == 1:
        return bool(_ACRONYM.match(tokens[0].text)) and tokens[0].folded not in SUFFIXES
    # "NARAL Pro-Choice America"; dotted initials are a person's ("George H.W. Bush")
    return any(re.fullmatch(r"[A-Z][A-Z&]{2,6}", t.text) and t.folded not in SUFFIXES for t in tokens)


def _extend_organisation(tokens: list[_Token], end: int) -> int:
    """ "Department of Justice", "University of Texas School of Law"."""
    while end + 1 < len(tokens) and (
        tokens[end].folded == "of"
        or tokens[end].folded == "for" and tokens[end - 1].folded in ORGANISATION_WORDS
    ):
        i = end + 1
        if i < len(tokens) and tokens[i].folded == "the":
            i += 1
        j = i
        while j < len(tokens) and _is_name_token(tokens[j]) and not tokens[j - 1].possessive:
            j += 1
        if j == i:
            break
        end = j
    return end


def _display_tokens(tokens: list[_Token]) -> str:
    return " ".join(t.text for t in tokens)


def _organisation(tokens: list[_Token]) -> SpeakerName:
    tokens = _drop_article(tokens)
    display = _display_tokens(tokens)
    return SpeakerName(display=display, kind="organisation", key=name_key(display))


def _person(tokens: list[_Token]) -> SpeakerName | None:
    parts = [t.text.rstrip(",") for t in tokens]
    suffix = None
    while len(parts) > 1 and _fold(parts[-1]) in SUFFIXES:
        suffix = SUFFIX_DISPLAY[_fold(parts[-1])] if suffix is None else suffix
        parts = parts[:-1]
    while parts and _fold(parts[0]) in _LEADING_NON_NAMES:
        parts = parts[1:]
    if all(_is_initial(p) or p in NAME_PARTICLES for p in parts):
        return None
    if sum(1 for p in parts if _is_core_name_word(p)) > MAX_NAME_WORDS:
        return None  # a headline, not a name

    folded = [name_key(p) for p in parts]
    if folded[-1] in GEOGRAPHIC_WORDS or folded[-1] in COMMON_ADJECTIVES or folded[-1].endswith(ADJECTIVE_ENDINGS):
        return None  # "South China Sea", "Republican Presidential", "the al Qaeda-linked Islamic"
    if folded[0] in {"former", "ex"}:
        return None  # "Former Pennsylvania (governor)": a role whose title the mention lost
    if any(c.isdigit() for p in parts for c in p):
        return None  # "L2", "EB-5", "Not1More": a code or a hashtag
    if len(parts) == 1 and folded[0].endswith(ABSTRACT_NOUN_ENDINGS):
        return None  # "Optimism", "Questions": a sentence's first word
    if len(parts) in (2, 3) and folded[0] in FAMILY_NAME_FIRST:
        display = " ".join(parts + ([suffix] if suffix else []))
        given = " ".join(parts[1:])
        return SpeakerName(display, "person", name_key(display), given=given, surname=parts[0], suffix=suffix)

    surname_start = len(parts) - 1
    if len(parts) >= 2 and tuple(folded[-2:]) in COMPOUND_SURNAMES:
        surname_start = len(parts) - 2
    while surname_start > 0 and _is_surname_particle(parts, surname_start - 1):
        surname_start -= 1
    given = parts[0] if surname_start > 0 else None
    middle = tuple(parts[1:surname_start])
    surname = " ".join(parts[surname_start:])
    display = " ".join(parts + ([suffix] if suffix else []))
    key_parts = ([given] if given else []) + [m for m in middle if not _is_initial(m)] + [surname]
    key = name_key(" ".join(key_parts + ([suffix] if suffix else [])))
    if not key:
        return None
    return SpeakerName(display, "person", key, given=given, middle=middle, surname=surname, suffix=suffix)


def _is_surname_particle(parts: list[str], i: int) -> bool:
    word = parts[i]
    if word in NAME_PARTICLES:
        return True
    if word.casefold() in NAME_PARTICLES and word[:1].isupper():
        return not (i == 0 and word.casefold() in PARTICLES_THAT_ARE_GIVEN_NAMES)
    return False


def _is_core_name_word(word: str) -> bool:
    return not _INITIALS.match(word) and word not in NAME_PARTICLES and _fold(word) not in SUFFIXES


def _is_initial(word: str) -> bool:
    return bool(_INITIALS.match(word)) and len(word.replace(".", "")) <= 3


_GROUP_WORDS = PRONOUNS | NOT_NAME_WORDS
_LEADING_NON_NAMES = PRONOUNS | ARTICLES | frozenset({"two", "three", "four", "five", "many", "several"})
_ORGANISATION_PHRASES_PADDED = tuple(f" {p} " for p in ORGANISATION_PHRASES)
_KNOWN_ORGANISATION_KEYS = frozenset(name_key(o) for o in KNOWN_ORGANISATIONS)
_PLACE_KEYS = frozenset(name_key(p) for p in PLACES)


# --- compatibility and linking ----------------------------------------------------------------

_NICKNAME_GROUPS_BY_NAME: dict[str, set[int]] = {}
for _group_index, _group in enumerate(NICKNAME_GROUPS):
    for _name in _group:
        _NICKNAME_GROUPS_BY_NAME.setdefault(_name, set()).add(_group_index)


def given_names_compatible(a: str, b: str) -> bool:
    """Equal, one the initial of the other, or variants in the nickname table (Bill/William)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if _is_initial(a) or _is_initial(b) or len(ka) == 1 or len(kb) == 1:
        return ka[0] == kb[0]
    return bool(_NICKNAME_GROUPS_BY_NAME.get(ka, set()) & _NICKNAME_GROUPS_BY_NAME.get(kb, set()))


def _middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Position by position over the shorter: "H.W." and "W." differ (the two Bushes)."""
    initials_a = _middle_units(a)
    initials_b = _middle_units(b)
    for x, y in zip(initials_a, initials_b):
        if not given_names_compatible(x, y):
            return False
    return True


def _middle_units(middle: tuple[str, ...]) -> list[str]:
    units = []
    for part in middle:
        if _is_initial(part):
            units.extend(c for c in part if c.isalpha())
        else:
            units.append(part)
    return units


def compatible(a: SpeakerName, b: SpeakerName) -> bool:
    """Whether two name forms can be the same speaker (symmetric).

    Organisations match organisations by key only. People match on the same key, or on the same
    surname with compatible given names, middle names and suffixes; a bare surname matches any
    person with that surname (``link`` decides whether that is ambiguous).
    """
    if a.kind != b.kind:
        return False
    if a.kind == "organisation":
        return a.key == b.key
    if a.given and b.given and not _middles_compatible(a.middle, b.middle):
        return False  # same key, different people: "George W. Bush", "George H.W. Bush"
    if a.key == b.key:
        return True
    if not a.surname or not b.surname or name_key(a.surname) != name_key(b.surname):
        return False
    if a.given is None or b.given is None:
        return True
    if a.suffix != b.suffix:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    return given_names_compatible(a.given, b.given)


def link(
    mention: SpeakerName,
    candidates: Iterable[tuple[int, SpeakerName]],
    pinned: Iterable[tuple[int, SpeakerName]] = (),
) -> LinkDecision:
    """Decide which existing speaker ``mention`` joins.

    ``candidates`` are existing speakers as (id, name) pairs; several pairs may share an id (a
    speaker's canonical name and aliases). ``pinned`` are aliases a curator declared
    ("Clinton" is Hillary Clinton here): a pinned alias with the mention's key wins over every
    other rule. Returns "exact" (same key), "compatible" (a single compatible speaker),
    "ambiguous" (several; speaker_id None, candidate_ids the rivals) or "new" (none).
    """
    pinned_ids = tuple(sorted({i for i, n in pinned if n.kind == mention.kind and n.key == mention.key}))
    if pinned_ids:
        return _decide(pinned_ids, "exact") or LinkDecision(None, "new")

    by_id: dict[int, list[SpeakerName]] = {}
    for speaker_id, name in candidates:
        if name.kind == mention.kind:
            by_id.setdefault(speaker_id, []).append(name)

    def ids_where(test) -> tuple[int, ...]:
        return tuple(sorted(i for i, names in by_id.items() if any(test(n) for n in names)))

    exact = ids_where(lambda n: n.key == mention.key and compatible(mention, n))
    if mention.kind == "organisation":
        return _decide(exact, "exact") or LinkDecision(None, "new")

    full_named = ids_where(lambda n: n.given is not None and n.surname_key == mention.surname_key)
    full_compatible = ids_where(lambda n: n.given is not None and compatible(mention, n))
    bare_compatible = ids_where(lambda n: n.given is None and compatible(mention, n))
    if mention.is_bare_surname:
        # "Clinton" joins the one full-named Clinton; with Hillary and Bill both known it joins neither
        return (
            _decide(full_compatible, "compatible")
            or _decide(exact, "exact")
            or _decide(bare_compatible, "compatible")
            or LinkDecision(None, "new")
        )
    decision = _decide(exact, "exact") or _decide(full_compatible, "compatible")
    if decision:
        return decision
    if full_named:
        # a bare "Clinton" speaker may be another Clinton than this one: do not join it
        return LinkDecision(None, "new")
    return _decide(bare_compatible, "compatible") or LinkDecision(None, "new")


# --- roles -------------------------------------------------------------------------------------

# Role words that say nothing about which office or organisation: "former", "Mr.", "Republican",
# "U.S.", "Russian". Nationalities and places are left out of the comparison too: one person is
# "Texas Gov." and then "Energy Secretary", "Russian President" and "Kremlin leader".
ROLE_FILLER = frozenset(
    """former ex then current currently acting interim incoming outgoing retired longtime late
    senior junior top new newly elected re-elected mr mrs ms miss dr sir dame rev hon the a an
    of for at in on to and with when who us u s usa america american national federal state's""".split()
) | PARTY_WORDS | frozenset({"democrats", "republicans"})

# Office words and their variants, so that "Sen." meets "Senate Minority Leader" and "President"
# meets "presidential candidate".
ROLE_SYNONYMS = {
    "sen": "senate", "sens": "senate", "senator": "senate", "senators": "senate",
    "rep": "house", "reps": "house", "representative": "house", "congressman": "house",
    "congresswoman": "house", "congressmember": "house",
    "gov": "governor", "govs": "governor", "lt": "lieutenant",
    "president-elect": "president", "presidential": "president", "pres": "president",
    "nominee": "candidate", "hopeful": "candidate", "frontrunner": "candidate", "front-runner": "candidate",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "sec": "secretary",
    "atty": "attorney", "gen": "general", "u n": "un", "un": "un",
}  # fmt: skip


def role_words(role: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(office words, organisation words) of a role, folded and with variants joined:
    "FBI General Counsel" -> ({"general", "counsel"}, {"fbi"}); "former Secretary of State" ->
    ({"secretary"}, {"state"}). Nationalities, places, parties and honorifics are neither."""
    offices: set[str] = set()
    organisations: set[str] = set()
    words = (role or "").replace("\u2019", "'").split()
    keys = [name_key(w.removesuffix("'s")) for w in words]
    for i in range(len(keys)):  # "New Jersey Gov.", "South Carolina Rep."
        for j in range(min(len(keys), i + 3), i, -1):
            if " ".join(keys[i:j]) in _PLACE_KEYS:
                keys[i:j] = [""] * (j - i)
                break
    for raw, word in zip(words, keys):
        if not word or word in ROLE_FILLER or word in _NOT_ROLE_WORDS or _is_nationality(word):
            continue
        word = ROLE_SYNONYMS.get(word, word)
        if _is_title(word) or word in ROLE_SYNONYMS.values() or word in OFFICE_QUALIFIERS:
            offices.add(word)
        elif raw[:1].isupper() or word in {c[0] for c in ROLE_COMPLEMENTS}:
            organisations.add(word)  # "FBI", "State", "Judicial Watch", "defense"
    return frozenset(offices), frozenset(organisations)


def _is_nationality(word: str) -> bool:
    return word in NATIONALITIES or word.endswith(("ian", "ese", "ish", "ican")) and word not in TITLE_WORDS


_NOT_ROLE_WORDS = HEADLINE_VERBS | BREAK_WORDS | LEADING_FUNCTION_WORDS | frozenset({"finally", "elects", "city", "county"})
NATIONALITIES = frozenset(
    """french chinese german greek dutch swiss thai israeli iraqi pakistani saudi yemeni kuwaiti
    qatari afghan bangladeshi nepali""".split()
)
# Capitalised role words that qualify an office rather than name an organisation:
# "Senate Minority Leader", "White House Press Secretary", "Deputy Director".
OFFICE_QUALIFIERS = frozenset(
    """minority majority ranking deputy assistant vice executive special political policy press
    communications communication campaign chief senior principal associate general prime managing
    inspector""".split()
)


def roles_conflict(role: str | None, known_roles: Iterable[str]) -> bool:
    """Whether a mention's role rules out a speaker seen with ``known_roles``.

    Only when both sides name an organisation or department and the mention's role shares no
    office or organisation word with any of the speaker's roles: "FBI general counsel" is not
    "former Secretary of State". A role without one ("President", "businessman", "Sen.") never
    conflicts, so "President Trump" meets "Republican presidential candidate Donald Trump" and
    "Sen. Bernie Sanders" meets "Vermont Sen. Bernie Sanders".
    """
    offices, organisations = role_words(role)
    if not organisations:
        return False
    known_words: set[str] = set()
    known_organisations = False
    for known in known_roles:
        other_offices, other_organisations = role_words(known)
        known_words |= other_offices | other_organisations
        known_organisations = known_organisations or bool(other_organisations)
    return known_organisations and not (offices | organisations) & known_words


def _decide(ids: tuple[int, ...], status: LinkStatus) -> LinkDecision | None:
    if len(ids) == 1:
        return LinkDecision(ids[0], status)
    if len(ids) > 1:
        return LinkDecision(None, "ambiguous", ids)
    return None


def preferred(a: SpeakerName, b: SpeakerName) -> SpeakerName:
    """The better canonical display of two names of one speaker: the longer full form.

    Ranks a given name first, then a given name written out ("Barack Obama" over "B. Hussein
    Obama"), then more full (not initial) words, then more initials; a tie keeps
    ``a``, so passing the current canonical name first keeps it stable.
    """

    def rank(n: SpeakerName) -> tuple[bool, bool, int, int, bool]:
        words = n.display.split()
        full_words = sum(1 for w in words if not _is_initial(w) and w.rstrip(".").casefold() not in SUFFIXES)
        initials = sum(1 for w in words if _is_initial(w))
        full_given = n.given is not None and not _is_initial(n.given)
        return (n.given is not None, full_given, full_words, initials, not n.display.isupper())

    return b if rank(b) > rank(a) else a
