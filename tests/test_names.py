"""Speaker names: normalisation, compatibility and the linking decision (pure, no database)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.names import (
    PRONOUNS,
    TITLE_WORDS,
    LinkDecision,
    SpeakerName,
    compatible,
    given_names_compatible,
    is_outlet,
    link,
    name_key,
    outlet_keys,
    parse_query,
    parse_speaker,
    preferred,
    role_words,
    roles_conflict,
)

POLNEAR_TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "polnear" / "train.jsonl"


def person(mention: str) -> SpeakerName:
    parsed = parse_speaker(mention)
    assert parsed is not None and parsed.kind == "person", (mention, parsed)
    return parsed


# --- parsing people ---------------------------------------------------------------------------

PEOPLE = [
    # mention, display, key, given, surname, role
    ("Vladimir Putin", "Vladimir Putin", "vladimir putin", "Vladimir", "Putin", None),
    ("Russian President Vladimir Putin", "Vladimir Putin", "vladimir putin", "Vladimir", "Putin", "Russian President"),
    ("Vladimir V. Putin", "Vladimir V. Putin", "vladimir putin", "Vladimir", "Putin", None),
    ("Putin's spokesman Dmitry Peskov", "Dmitry Peskov", "dmitry peskov", "Dmitry", "Peskov", "Putin's spokesman"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "dmitry peskov", "Dmitry", "Peskov", "Kremlin spokesman"),
    ("Sen. Ted Cruz", "Ted Cruz", "ted cruz", "Ted", "Cruz", "Sen."),
    ("Mr. Trump", "Trump", "trump", None, "Trump", "Mr."),
    ("Donald J. Trump", "Donald J. Trump", "donald trump", "Donald", "Trump", None),
    ("DONALD TRUMP", "Donald Trump", "donald trump", "Donald", "Trump", None),
    ("Trump.", "Trump", "trump", None, "Trump", None),
    ("Hillary Rodham Clinton", "Hillary Rodham Clinton", "hillary rodham clinton", "Hillary", "Clinton", None),
    ("Hillary Clinton's", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton", None),
    ("Hillary Clinton 's", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton", None),
    ("Hillary Clinton’s", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton", None),
    ("Sanders '", "Sanders", "sanders", None, "Sanders", None),
    ("former Secretary of State Hillary Clinton", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton",
     "former Secretary of State"),
    ("former secretary of state Hillary Clinton", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton",
     "former secretary of state"),
    ("White House press secretary Josh Earnest", "Josh Earnest", "josh earnest", "Josh", "Earnest",
     "White House press secretary"),
    ("Dr. Ben Carson", "Ben Carson", "ben carson", "Ben", "Carson", "Dr."),
    ("Rep. Paul Ryan (R-Wis.)", "Paul Ryan", "paul ryan", "Paul", "Ryan", "Rep."),
    ("Sen. Bernie Sanders -LRB- I-Vt . -RRB-", "Bernie Sanders", "bernie sanders", "Bernie", "Sanders", "Sen."),
    ("Sen. Bernie Sanders of Vermont", "Bernie Sanders", "bernie sanders", "Bernie", "Sanders", "Sen."),
    ("Vermont Sen. Bernie Sanders", "Bernie Sanders", "bernie sanders", "Bernie", "Sanders", "Vermont Sen."),
    ("Labor Secretary Thomas Perez", "Thomas Perez", "thomas perez", "Thomas", "Perez", "Labor Secretary"),
    ("Former Arkansas Gov. Mike Huckabee", "Mike Huckabee", "mike huckabee", "Mike", "Huckabee", "Former Arkansas Gov."),
    ("Lt. Gov. Carlos Lopez-Cantera", "Carlos Lopez-Cantera", "carlos lopez cantera", "Carlos", "Lopez-Cantera",
     "Lt. Gov."),
    ("Speaker of the House Paul Ryan", "Paul Ryan", "paul ryan", "Paul", "Ryan", "Speaker of the House"),
    ("Secretary of State John F. Kerry", "John F. Kerry", "john kerry", "John", "Kerry", "Secretary of State"),
    ("Chief of Staff Reince Priebus", "Reince Priebus", "reince priebus", "Reince", "Priebus", "Chief of Staff"),
    ("Sanders campaign manager Jeff Weaver", "Jeff Weaver", "jeff weaver", "Jeff", "Weaver", "Sanders campaign manager"),
    ("Fox News host Sean Hannity", "Sean Hannity", "sean hannity", "Sean", "Hannity", "Fox News host"),
    ("FBI Director James B. Comey", "James B. Comey", "james comey", "James", "Comey", "FBI Director"),
    ("Democratic presidential candidate Hillary Clinton", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton",
     "Democratic presidential candidate"),
    ("Democrat Hillary Clinton", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton", "Democrat"),
    ("Conservative icon Phyllis Schlafly", "Phyllis Schlafly", "phyllis schlafly", "Phyllis", "Schlafly",
     "Conservative icon"),
    ("his daughter Ivanka Trump", "Ivanka Trump", "ivanka trump", "Ivanka", "Trump", "his daughter"),
    ("Media Research Center 's Bozell", "Bozell", "bozell", None, "Bozell", "Media Research Center's"),
    ("Seth McKee , a political scientist at Texas Tech University", "Seth McKee", "seth mckee", "Seth", "McKee",
     "political scientist at Texas Tech University"),
    ("Jim Bennett , 57", "Jim Bennett", "jim bennett", "Jim", "Bennett", None),
    ("Conservative Icon Morton Blackwell Endorses", "Morton Blackwell", "morton blackwell", "Morton", "Blackwell",
     "Conservative Icon"),
    ("Benghazi Widow Dorothy Woods Defends Trump Amid Military-Related Controversies", "Dorothy Woods",
     "dorothy woods", "Dorothy", "Woods", "Benghazi Widow"),
    ("Donald Trump Just Gave Some Free Stock Market Advice You", "Donald Trump", "donald trump", "Donald", "Trump",
     None),
    ("Hillary Clinton on Monday", "Hillary Clinton", "hillary clinton", "Hillary", "Clinton", None),
    ("U.S. District Judge Carlton W. Reeves late Thursday", "Carlton W. Reeves", "carlton reeves", "Carlton",
     "Reeves", "U.S. District Judge"),
    ("Ohio , 62-year-old Brenda Johnson", "Brenda Johnson", "brenda johnson", "Brenda", "Johnson", "62-year-old"),
    ("this guy -LRB- Trump -RRB-", "Trump", "trump", None, "Trump", None),
    ("Marine John `` Tig '' Tiegen", "Marine John Tiegen", "marine john tiegen", "Marine", "Tiegen", None),
    # multi-word, hyphenated and particle surnames
    ("Rep. Debbie Wasserman Schultz", "Debbie Wasserman Schultz", "debbie wasserman schultz", "Debbie",
     "Wasserman Schultz", "Rep."),
    ("Wasserman Schultz", "Wasserman Schultz", "wasserman schultz", None, "Wasserman Schultz", None),
    ("Mayor Bill de Blasio", "Bill de Blasio", "bill de blasio", "Bill", "de Blasio", "Mayor"),
    ("De Blasio", "De Blasio", "de blasio", None, "De Blasio", None),
    ("Chris Van Hollen", "Chris Van Hollen", "chris van hollen", "Chris", "Van Hollen", None),
    ("Van Jones", "Van Jones", "van jones", "Van", "Jones", None),
    ("Marine Le Pen", "Marine Le Pen", "marine le pen", "Marine", "Le Pen", None),
    ("Bashar al-Assad", "Bashar al-Assad", "bashar al assad", "Bashar", "al-Assad", None),
    ("Martin O'Malley", "Martin O'Malley", "martin omalley", "Martin", "O'Malley", None),
    ("President Xi Jinping", "Xi Jinping", "xi jinping", "Jinping", "Xi", "President"),
    # suffixes
    ("Martin Luther King Jr.", "Martin Luther King Jr.", "martin luther king jr", "Martin", "King", None),
    ("Robert F. Kennedy, Jr.", "Robert F. Kennedy Jr.", "robert kennedy jr", "Robert", "Kennedy", None),
    # titles that are surnames, given names that look like titles
    ("Rep. Steve King", "Steve King", "steve king", "Steve", "King", "Rep."),
    ("Erik Prince", "Erik Prince", "erik prince", "Erik", "Prince", None),
    ("Major Garrett", "Major Garrett", "major garrett", "Major", "Garrett", None),
    ("German Ortega", "German Ortega", "german ortega", "German", "Ortega", None),
    ("Theresa May", "Theresa May", "theresa may", "Theresa", "May", None),
    ("Kerry Washington", "Kerry Washington", "kerry washington", "Kerry", "Washington", None),
    # accents: kept for display, folded for the key
    ("Enrique Peña Nieto", "Enrique Peña Nieto", "enrique pena nieto", "Enrique", "Peña Nieto", None),
    ("François Hollande", "François Hollande", "francois hollande", "François", "Hollande", None),
]


@pytest.mark.parametrize(("mention", "display", "key", "given_name", "surname", "role"), PEOPLE)
def test_people_are_parsed_into_name_parts_and_role(mention, display, key, given_name, surname, role):
    parsed = person(mention)
    assert (parsed.display, parsed.key, parsed.given, parsed.surname, parsed.role) == (
        display, key, given_name, surname, role
    )


def test_middle_parts_and_suffix_are_kept_apart():
    bush = person("George H.W. Bush")
    assert (bush.given, bush.middle, bush.surname) == ("George", ("H.W.",), "Bush")
    king = person("Martin Luther King Jr.")
    assert (king.middle, king.suffix) == (("Luther",), "Jr.")


def test_the_extractor_role_is_kept_over_the_mention():
    parsed = parse_speaker("Vladimir Putin", role="Russian President")
    assert parsed is not None and parsed.role == "Russian President" and parsed.key == "vladimir putin"
    assert parse_speaker("President Putin", role="  the Russian President ").role == "Russian President"
    # the extractor's role may keep the sentence word before it: "When Sen. Bernie Sanders said …"
    assert parse_speaker("Bernie Sanders", role="When Sen.").role == "Sen."


def test_role_does_not_change_identity():
    assert parse_speaker("Vladimir Putin", role="President") == parse_speaker("Russian President Vladimir Putin")


# --- organisations ----------------------------------------------------------------------------

ORGANISATIONS = [
    ("the Kremlin", "Kremlin", "kremlin"),
    ("the White House", "White House", "white house"),
    ("The White House 's", "White House", "white house"),
    ("the Pentagon", "Pentagon", "pentagon"),
    ("CNN", "CNN", "cnn"),
    ("the FBI", "FBI", "fbi"),
    ("GOP", "GOP", "gop"),
    ("the Trump campaign", "Trump campaign", "trump campaign"),
    ("Trump 's campaign", "Trump campaign", "trump campaign"),
    ("the Clinton Foundation", "Clinton Foundation", "clinton foundation"),
    ("The State Department", "State Department", "state department"),
    ("the Department of Justice", "Department of Justice", "department of justice"),
    ("Brennan Center for Justice", "Brennan Center for Justice", "brennan center for justice"),
    ("Republican National Committee", "Republican National Committee", "republican national committee"),
    ("The Washington Post", "Washington Post", "washington post"),
    ("Fox News", "Fox News", "fox news"),
    ("The Hill", "The Hill", "the hill"),
    ("Reuters", "Reuters", "reuters"),
    ("Agence France-Presse", "Agence France-Presse", "agence france presse"),
    ("NARAL Pro-Choice America", "NARAL Pro-Choice America", "naral pro choice america"),
    ("A new Pew Research report", "Pew Research", "pew research"),
    ("the Senate", "Senate", "senate"),
    ("Team Trump", "Team Trump", "team trump"),
    ("Russia", "Russia", "russia"),
    ("Washington", "Washington", "washington"),
    ("Washington over the past week", "Washington", "washington"),
    ("The U.S. media", "U.S.", "us"),
    ("the Islamic State", "Islamic State", "islamic state"),
    # news organisations: a bare "Bloomberg reported" is the outlet (a person would have a full name)
    ("Bloomberg", "Bloomberg", "bloomberg"),
    ("the Associated Press", "Associated Press", "associated press"),
    ("PolitiFact", "PolitiFact", "politifact"),
    ("HUFFPOLLSTER", "Huffpollster", "huffpollster"),
    ("Sirius XM", "Sirius XM", "sirius xm"),
    ("the People's Daily newspaper", "People's Daily", "peoples daily"),
    ("the nationalist Global Times tabloid", "Global Times", "global times"),
    ("The Blaze", "The Blaze", "the blaze"), ("Haaretz", "Haaretz", "haaretz"), ("Variety", "Variety", "variety"),
]


@pytest.mark.parametrize(("mention", "display", "key"), ORGANISATIONS)
def test_organisations_are_marked_as_such(mention, display, key):
    parsed = parse_speaker(mention)
    assert parsed is not None
    assert (parsed.kind, parsed.display, parsed.key) == ("organisation", display, key)
    assert parsed.surname is None and parsed.surname_key is None


def test_a_person_with_an_organisation_in_the_role_stays_a_person():
    parsed = person("White House press secretary Josh Earnest")
    assert parsed.role == "White House press secretary"


# --- nobody to name ---------------------------------------------------------------------------

NOBODY = [
    # unnamed people described by whom they work for or where they come from
    "Sanders’ campaign manager", "Donald Trump’s campaign manager", "the Gawker employee", "a South Carolina native",
    "Multiple outlets",
    # headlines taken for names: capitalised function words never stand inside a name
    "Growls In Response To Kaine", "Hillary Releasing Her Goldman Sachs Speech Transcripts", "Who Once",
    "Here’s Why Winning Iowa",
    # a sentence's capitalised first word before plain words
    "Whatever his disagreements", "Given his past comments", "Federal labor organizations", "Local news",
    # an article before a lone capitalised word that modifies a lost noun ("the Cruz train")
    "the Cruz", "the independent Vermont", "the Iowa",
    # a kind of organisation, a group, an adjective, a place, the object of a headline verb
    "A campaign TV ad released", "Teachers", "Badass Teachers", "Republican Presidential",
    "the al Qaeda-linked Islamic", "China’s South China Sea", "Woman Steps Forward",
    "Optimism", "Questions", "Priorities", "Proponents", "Egyptian", "Kazakh", "L2", "EB-5", "Not1More",
    "CIA's Benghazi", "some on Twitter", "Users on Facebook", "Former Pennsylvania",
    # a place someone has is not a speaker
    "Cruz's South Carolina", "Trump’s Virginia", "Univision’s Los Angeles",
    # a name modifying the noun after it: the quotation is the insider's, not Obama's
    "one Obama insider", "a Clinton ally", "another Cruz aide",
    "", "   ", "he", "He", "she", "they", "I", "you", "it", "who", "someone", "a spokesman",
    "A spokeswoman", "sources", "Sources", "officials", "Officials", "people", "Two aides", "the president",
    "the former president", "The Republican nominee", "the Texas senator", "New Hampshire Democrat",
    "Republican", "Democrats", "Sanders protesters", "A 29-year-old Berlin woman", "a written statement in response",
    "Hillary Clinton 's right-hand woman", "Mike 's nice-guy rep", "an intelligence source , who was not authorized",
    "Thursday", "about 200 protesters", "Small groups of protesters",
    "Top Sanders strategists", "other GOP presidential hopefuls", "Trump 's most famously false contention", "''", "'s", "©", "40",
]


@pytest.mark.parametrize("mention", NOBODY)
def test_pronouns_and_anonymous_sources_name_nobody(mention):
    assert parse_speaker(mention) is None


def test_non_strings_name_nobody():
    assert parse_speaker(None) is None
    assert parse_query(None) is None
    assert parse_query("  ") is None


# --- queries typed by users -------------------------------------------------------------------

QUERIES = [
    ("putin", "putin", "person"),
    ("vladimir v. putin", "vladimir putin", "person"),
    ("VLADIMIR PUTIN", "vladimir putin", "person"),
    ("bill de blasio", "bill de blasio", "person"),
    ("hillary rodham clinton", "hillary rodham clinton", "person"),
    ("cnn", "cnn", "organisation"),
    ("the kremlin", "kremlin", "organisation"),
    ("white house", "white house", "organisation"),
    ("reuters", "reuters", "organisation"),
]


@pytest.mark.parametrize(("query", "key", "kind"), QUERIES)
def test_queries_in_any_case_give_the_stored_key(query, key, kind):
    parsed = parse_query(query)
    assert parsed is not None and (parsed.key, parsed.kind) == (key, kind)


@pytest.mark.parametrize(
    "mention", ["Vladimir V. Putin", "Bill de Blasio", "Debbie Wasserman Schultz", "White House", "CNN",
                "Martin Luther King Jr.", "Enrique Peña Nieto", "Trump campaign", "Department of Justice"]
)  # fmt: skip
def test_a_key_typed_back_as_a_query_finds_the_same_key(mention):
    parsed = parse_speaker(mention)
    assert parse_query(parsed.key).key == parsed.key


# --- compatibility ----------------------------------------------------------------------------

COMPATIBLE = [
    ("Vladimir Putin", "Vladimir V. Putin"),
    ("Vladimir Putin", "Vladimir Vladimirovich Putin"),
    ("Putin", "Russian President Vladimir Putin"),
    ("President Putin", "Vladimir Putin"),
    ("Hillary Clinton", "Hillary Rodham Clinton"),
    ("Hillary Clinton", "H. Clinton"),
    ("Hillary Clinton", "Clinton"),
    ("Bill Clinton", "William J. Clinton"),
    ("Bill Clinton", "William Jefferson Clinton"),
    ("Bob Menendez", "Sens. Robert Menendez -LRB- D-N.J. -RRB-"),
    ("Mike Pence", "Michael Pence"),
    ("Joe Biden", "Joseph R. Biden"),
    ("Ted Kennedy", "Edward M. Kennedy"),
    ("Ted Kennedy", "Theodore Kennedy"),
    ("Bernie Sanders", "Bernard Sanders"),
    ("Debbie Wasserman Schultz", "Wasserman Schultz"),
    ("Bill de Blasio", "De Blasio"),
    ("Enrique Peña Nieto", "Enrique Pena Nieto"),
    ("John F. Kennedy", "John Fitzgerald Kennedy"),
    ("the White House", "White House"),
    ("The Kremlin", "Kremlin"),
]

INCOMPATIBLE = [
    ("Hillary Clinton", "Bill Clinton"),
    ("Hillary Clinton", "Chelsea Clinton"),
    ("Donald Trump", "Ivanka Trump"),
    ("Donald Trump", "Donald Trump Jr."),
    ("Martin Luther King Jr.", "Martin Luther King"),  # a suffix is part of who it is
    ("George W. Bush", "George H.W. Bush"),
    ("George W. Bush", "Jeb Bush"),
    ("Edward Kennedy", "Theodore Kennedy"),  # both go by Ted, yet are different names
    ("Vladimir Putin", "Dmitry Peskov"),
    ("Debbie Wasserman Schultz", "Schultz"),
    ("Bill de Blasio", "Blasio"),
    ("Trump", "the Trump campaign"),  # never a person with an organisation
    ("Clinton", "the Clinton Foundation"),
    ("White House", "Kremlin"),
]


@pytest.mark.parametrize(("a", "b"), COMPATIBLE)
def test_compatible_name_forms(a, b):
    pa, pb = parse_speaker(a), parse_speaker(b)
    assert compatible(pa, pb) and compatible(pb, pa)


@pytest.mark.parametrize(("a", "b"), INCOMPATIBLE)
def test_incompatible_name_forms(a, b):
    pa, pb = parse_speaker(a), parse_speaker(b)
    assert not compatible(pa, pb) and not compatible(pb, pa)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Bill", "William", True), ("bill", "WILLIAM", True), ("Bob", "Robert", True), ("J.", "John", True),
     ("J", "Jane", True), ("Hillary", "Bill", False), ("Ted", "Edward", True), ("Jack", "John", True),
     ("Mike", "Mark", False), ("", "John", False)],
)  # fmt: skip
def test_given_names(a, b, expected):
    assert given_names_compatible(a, b) is expected


# --- linking ----------------------------------------------------------------------------------


def speakers(*names: str) -> list[tuple[int, SpeakerName]]:
    return [(i, parse_speaker(name)) for i, name in enumerate(names, start=1)]


LINKS = [
    # mention, existing speakers (ids 1, 2, ...), expected decision
    ("Vladimir Putin", ["Vladimir Putin"], LinkDecision(1, "exact")),
    ("Vladimir V. Putin", ["Vladimir Putin"], LinkDecision(1, "exact")),
    ("Russian President Vladimir Putin", ["Dmitry Peskov", "Vladimir Putin"], LinkDecision(2, "exact")),
    ("Vladimir Vladimirovich Putin", ["Vladimir Putin"], LinkDecision(1, "compatible")),
    ("Vladimir Putin", ["Vladimir Vladimirovich Putin"], LinkDecision(1, "compatible")),
    ("Putin", ["Vladimir Putin", "Dmitry Peskov"], LinkDecision(1, "compatible")),
    ("President Putin", ["Vladimir Putin"], LinkDecision(1, "compatible")),
    ("Vladimir Putin", ["Putin"], LinkDecision(1, "compatible")),
    ("Putin", ["Putin"], LinkDecision(1, "exact")),
    ("Putin", [], LinkDecision(None, "new")),
    ("Dmitry Peskov", ["Vladimir Putin"], LinkDecision(None, "new")),
    # the Clintons
    ("Clinton", ["Hillary Clinton", "Bill Clinton"], LinkDecision(None, "ambiguous", (1, 2))),
    ("Clinton", ["Hillary Clinton", "Bill Clinton", "Clinton"], LinkDecision(None, "ambiguous", (1, 2))),
    ("Clinton", ["Hillary Clinton"], LinkDecision(1, "compatible")),
    ("Hillary Clinton", ["Bill Clinton"], LinkDecision(None, "new")),
    ("Bill Clinton", ["Hillary Clinton", "Bill Clinton"], LinkDecision(2, "exact")),
    ("former President Bill Clinton", ["Hillary Clinton", "William J. Clinton"], LinkDecision(2, "compatible")),
    ("Hillary Rodham Clinton", ["Hillary Clinton", "Bill Clinton"], LinkDecision(1, "compatible")),
    # a bare-surname speaker may be another Clinton: a full name joins it only when it is the only one
    ("Bill Clinton", ["Hillary Clinton", "Clinton"], LinkDecision(None, "new")),
    ("Hillary Clinton", ["Clinton"], LinkDecision(1, "compatible")),
    # the two Bushes share a key once middle initials are dropped, yet stay apart
    ("George W. Bush", ["George H.W. Bush", "Jeb Bush"], LinkDecision(None, "new")),
    ("George Bush", ["George H.W. Bush", "George W. Bush"], LinkDecision(None, "ambiguous", (1, 2))),
    # organisations join organisations only, by key
    ("the Kremlin", ["Kremlin"], LinkDecision(1, "exact")),
    ("the Trump campaign", ["Donald Trump", "Trump campaign"], LinkDecision(2, "exact")),
    ("Trump", ["Trump campaign"], LinkDecision(None, "new")),
    ("the White House", ["Josh Earnest"], LinkDecision(None, "new")),
    # two speakers that share a key (split by a curator) make the key ambiguous
    ("John Smith", ["John Smith", "John Smith"], LinkDecision(None, "ambiguous", (1, 2))),
]


@pytest.mark.parametrize(("mention", "existing", "expected"), LINKS)
def test_link(mention, existing, expected):
    assert link(parse_speaker(mention), speakers(*existing)) == expected


def test_link_sees_every_alias_of_a_speaker():
    candidates = [(7, parse_speaker("Hillary Clinton")), (7, parse_speaker("Hillary Rodham Clinton")),
                  (9, parse_speaker("Bill Clinton"))]  # fmt: skip
    assert link(parse_speaker("Clinton"), candidates) == LinkDecision(None, "ambiguous", (7, 9))
    assert link(parse_speaker("H. R. Clinton"), candidates) == LinkDecision(7, "compatible")


def test_a_curated_alias_wins_over_the_surname_rules():
    database = speakers("Hillary Clinton", "Bill Clinton")
    pinned = [(1, parse_speaker("Clinton")), (2, parse_query("bubba"))]
    assert link(parse_speaker("Clinton"), database, pinned) == LinkDecision(1, "exact")
    assert link(parse_speaker("Clinton's"), database, pinned) == LinkDecision(1, "exact")
    assert link(parse_speaker("Bubba"), database, pinned) == LinkDecision(2, "exact")
    assert link(parse_speaker("Bill Clinton"), database, pinned) == LinkDecision(2, "exact")
    assert link(parse_speaker("the Clinton campaign"), database, pinned) == LinkDecision(None, "new")


def test_link_within_the_article_first_then_the_database():
    """The caller links to the article's speakers first; a bare name resolved there stays resolved."""
    in_article = speakers("Hillary Clinton")
    database = speakers("Hillary Clinton", "Bill Clinton")
    mention = parse_speaker("Clinton")
    assert link(mention, in_article) == LinkDecision(1, "compatible")
    assert link(mention, database).status == "ambiguous"


@pytest.mark.parametrize(
    ("current", "other", "best"),
    [("Putin", "Vladimir Putin", "Vladimir Putin"),
     ("Vladimir Putin", "Vladimir V. Putin", "Vladimir V. Putin"),
     ("Vladimir V. Putin", "Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin"),
     ("Hillary Clinton", "Hillary Rodham Clinton", "Hillary Rodham Clinton"),
     ("Donald Trump", "Donald Trump", "Donald Trump"),
     ("Dmitry Peskov", "Peskov", "Dmitry Peskov"),
     ("B. Hussein Obama", "Barack Obama", "Barack Obama")],
)  # fmt: skip
def test_preferred_display_is_the_longer_full_form(current, other, best):
    assert preferred(parse_speaker(current), parse_speaker(other)).display == best


def test_preferred_keeps_the_current_name_on_a_tie():
    a, b = parse_speaker("Vladimir Putin"), parse_speaker("VLADIMIR PUTIN")
    assert preferred(a, b) is a


# --- properties -------------------------------------------------------------------------------

NAME_PIECES = [
    "Vladimir", "V.", "Putin", "Hillary", "Bill", "William", "Clinton", "Rodham", "H.", "de", "Blasio", "Van",
    "Jones", "Jr.", "III", "Sen.", "President", "former", "the", "campaign", "White", "House", "Kremlin", "CNN",
    "'s", ",", "of", "State", "Secretary", "Peña", "Nieto", "al-Assad", "O'Malley", "he", "said", "(R-Wis.)",
    "-LRB-", "-RRB-", "``", "''", "Bush", "H.W.", "W.", "George", "Ted", "Edward", "spokesman", "Wasserman",
    "Schultz", "Xi", "Jinping", "Team", "Trump", "Donald", "J.",
]  # fmt: skip
mentions = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=6).map(" ".join)
any_text = st.text(max_size=80)
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(st.one_of(any_text, mentions), st.one_of(st.none(), any_text))
def test_parsing_arbitrary_text_never_raises(text, role):
    for parsed in (parse_speaker(text, role), parse_query(text)):
        if parsed is not None:
            assert parsed.display and parsed.key
            assert parsed.kind in ("person", "organisation")
            assert (parsed.surname is not None) == parsed.is_person


@PROPERTY_SETTINGS
@given(st.one_of(any_text, mentions))
def test_name_key_is_idempotent(text):
    assert name_key(name_key(text)) == name_key(text)
    parsed = parse_speaker(text)
    if parsed is not None:
        assert name_key(parsed.key) == parsed.key


@PROPERTY_SETTINGS
@given(mentions)
def test_a_display_parses_back_to_the_same_name(text):
    parsed = parse_speaker(text)
    if parsed is not None:
        assert parse_speaker(parsed.display) == parsed


@PROPERTY_SETTINGS
@given(mentions, mentions)
def test_compatible_is_symmetric_and_reflexive(a, b):
    pa, pb = parse_speaker(a), parse_speaker(b)
    if pa is not None and pb is not None:
        assert compatible(pa, pb) == compatible(pb, pa)
        assert compatible(pa, pa)


@PROPERTY_SETTINGS
@given(mentions, mentions)
def test_a_single_candidate_is_joined_exactly_when_compatible(a, b):
    mention, candidate = parse_speaker(a), parse_speaker(b)
    if mention is not None and candidate is not None:
        decision = link(mention, [(1, candidate)])
        assert (decision.speaker_id == 1) == compatible(mention, candidate)
        assert decision.status in ("exact", "compatible", "new")
        if decision.speaker_id is not None:  # the store may fetch candidates by these keys only
            assert candidate.key == mention.key or candidate.surname_key == mention.surname_key is not None


# --- real mentions: PolNeAR train -------------------------------------------------------------


@cache
def polnear_mentions() -> tuple[tuple[str, str | None], ...]:
    """(source as written, CoreNLP resolved mention) of every gold quotation."""
    pairs = []
    with POLNEAR_TRAIN.open(encoding="utf-8") as lines:
        for line in lines:
            for quote in json.loads(line)["quotes"]:
                if quote.get("source"):
                    pairs.append((quote["source"], quote.get("resolved")))
    return tuple(pairs)


needs_polnear = pytest.mark.skipif(
    not POLNEAR_TRAIN.is_file(), reason=f"PolNeAR train split not found at {POLNEAR_TRAIN}"
)

CORENLP_ARTEFACTS = ("-LRB-", "-RRB-", "-LSB-", "``", "''", " 's", '"')
TITLES_TO_STRIP = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "secretary"})


@needs_polnear
def test_polnear_mentions_parse_to_sane_names():
    pairs = polnear_mentions()
    assert len(pairs) > 6000
    mentions = {m for pair in pairs for m in pair if m}
    for mention in mentions:
        parsed = parse_speaker(mention)
        if mention.casefold() in PRONOUNS:
            assert parsed is None, mention
        if parsed is None:
            continue
        assert parsed.key and name_key(parsed.key) == parsed.key, mention
        assert not any(artefact in parsed.display for artefact in CORENLP_ARTEFACTS), (mention, parsed)
        if parsed.is_person:
            assert parsed.surname and parsed.surname_key, mention
            assert parsed.display.split()[0].casefold().rstrip(".") not in TITLE_WORDS, (mention, parsed)
        if mention.split()[0].rstrip(".").casefold() in TITLES_TO_STRIP and parsed.is_person:
            assert parsed.role, (mention, parsed)


@needs_polnear
def test_polnear_names_parse_back_from_their_display():
    """The store keeps ``display``; parsing it again must give the same name."""
    for source, resolved in polnear_mentions():
        for mention in (source, resolved):
            parsed = parse_speaker(mention) if mention else None
            if parsed is None or parsed.display.isupper() and " " in parsed.display:
                continue  # a shouted headline reads differently once cut
            assert parse_speaker(parsed.display) == parsed, (mention, parsed)


@needs_polnear
def test_polnear_resolved_people_have_surnames_and_clintons_stay_apart():
    hillary, bill = parse_speaker("Hillary Clinton"), parse_speaker("Bill Clinton")
    seen = {"hillary": 0, "bill": 0}
    for _, resolved in polnear_mentions():
        parsed = parse_speaker(resolved) if resolved else None
        if parsed is None or not parsed.is_person:
            continue
        assert parsed.surname, resolved
        if parsed.surname == "Clinton" and parsed.given in ("Hillary", "Bill"):
            same, other = (hillary, bill) if parsed.given == "Hillary" else (bill, hillary)
            assert compatible(parsed, same) and not compatible(parsed, other), resolved
            seen[parsed.given.casefold()] += 1
    assert seen["hillary"] > 50 and seen["bill"] > 10


@needs_polnear
def test_polnear_title_variants_of_one_person_share_a_key():
    """Every resolved mention ending in "Bernie Sanders" or "Ted Cruz" reduces to the bare name's key
    (mentions of two people, "Rand Paul ... and ... Carly Fiorina", name the first)."""
    for _, resolved in polnear_mentions():
        if not resolved or " and " in resolved:
            continue
        for name in ("Bernie Sanders", "Ted Cruz", "Marco Rubio", "Carly Fiorina"):
            if resolved.replace(" 's", "").endswith(name):
                parsed = parse_speaker(resolved)
                assert parsed is not None and parsed.key == name_key(name), resolved


@needs_polnear
def test_polnear_compatible_is_symmetric_on_same_surname_pairs():
    by_surname: dict[str, list[SpeakerName]] = {}
    for source, resolved in polnear_mentions():
        for mention in (source, resolved):
            parsed = parse_speaker(mention) if mention else None
            if parsed is not None and parsed.is_person:
                by_surname.setdefault(parsed.surname_key, []).append(parsed)
    pairs = 0
    for names in by_surname.values():
        distinct = list({n.display: n for n in names}.values())[:25]
        for a in distinct:
            for b in distinct:
                assert compatible(a, b) == compatible(b, a), (a.display, b.display)
                pairs += 1
    assert pairs > 1000


def test_a_trimmed_long_run_does_not_start_with_a_cut_role():
    # found by the round-trip property: the last words of an over-long run began with "State"
    parsed = parse_speaker("Vladimir Vladimir Vladimir State Vladimir Jr.")
    assert parsed is not None and not parsed.display.startswith("State")
    assert parse_speaker(parsed.display) == parsed


@pytest.mark.parametrize(("mention", "display"), [("On Trump", "Trump"), ("Despite Ted Cruz", "Ted Cruz"),
                                                  ("Maybe Trump", "Trump"), ("Using Ted Cruz", "Ted Cruz"),
                                                  ("Did Donald Trump", "Donald Trump")])
def test_a_sentence_opener_before_a_name_is_not_part_of_it(mention, display):
    assert parse_speaker(mention).display == display


def test_a_headline_verb_ends_the_name_before_it():
    assert parse_speaker("Clinton Cash Debunks Hillary").display != "Clinton Cash Debunks Hillary"


def test_a_name_with_a_modifier_after_an_article_still_names_someone():
    assert person("the base chief known as Bob").display == "Bob"
    assert person("Michael Bloomberg").surname == "Bloomberg"


# --- the article's outlet -----------------------------------------------------------------------


@pytest.mark.parametrize(("outlet", "keys"), [
    ("https://www.bloomberg.com/news/1", {"bloomberg"}),
    ("Bloomberg News", {"bloomberg news", "bloomberg", "bloombergnews"}),
    ("usa-today", {"usa today", "usatoday"}),
    ("", set()),
])
def test_outlet_keys(outlet, keys):
    assert outlet_keys(outlet) == keys


@pytest.mark.parametrize(("mention", "outlet"), [
    ("Bloomberg", "bloomberg.com"), ("The Washington Post", "washingtonpost.com"), ("USA Today", "usa-today"),
    ("Mother Jones", "motherjones.com"),
])
def test_the_articles_outlet_is_an_organisation(mention, outlet):
    assert is_outlet(mention, outlet)
    assert parse_speaker(mention, None, outlet).kind == "organisation"


def test_a_person_of_another_outlet_stays_a_person():
    assert not is_outlet("Michael Bloomberg", "bloomberg.com")
    assert person("Mother Jones").surname == "Jones"  # "Mother" is a role when the outlet is another
    assert parse_speaker("Michael Bloomberg", None, "bloomberg.com").kind == "person"


# --- roles that tell same-name people apart --------------------------------------------------------


@pytest.mark.parametrize(("role", "offices", "organisations"), [
    ("FBI General Counsel", {"general", "counsel"}, {"fbi"}),
    ("former Secretary of State", {"secretary"}, {"state"}),
    ("Republican presidential candidate", {"president", "candidate"}, set()),
    ("Vermont Sen.", {"senate"}, set()),
    ("New Jersey Gov.", {"governor"}, set()),
    ("Senate Minority Leader", {"senate", "minority", "leader"}, set()),
    ("Russian President", {"president"}, set()),
    ("Mr.", set(), set()),
    (None, set(), set()),
])
def test_role_words(role, offices, organisations):
    assert role_words(role) == (offices, organisations)


@pytest.mark.parametrize(("role", "known", "conflict"), [
    # different people who share a name: both roles name an organisation, nothing in common
    ("FBI General Counsel", ["State"], True),
    ("FBI general counsel", ["former Secretary of State"], True),
    ("CNN President", ["Defense Secretary", "Mr."], True),
    # one person: the common case never splits
    ("President", ["Republican presidential candidate"], False),
    ("Vermont Sen.", ["Sen."], False),
    ("former Secretary of State", ["Democratic presidential candidate", "Mrs."], False),
    ("Senate Minority Leader", ["Nevada Sen."], False),
    ("Kremlin leader", ["Russian President"], False),
    ("former FBI Director", ["FBI Director"], False),
    ("FBI Director", ["Former CIA Director", "CIA Director"], False),  # shares the office
    ("FBI General Counsel", [], False),
    (None, ["State"], False),
])
def test_roles_conflict(role, known, conflict):
    assert roles_conflict(role, known) is conflict


def test_an_epithet_before_a_name_is_a_role():
    parsed = person("Crooked Hillary Clinton")
    assert (parsed.display, parsed.role) == ("Hillary Clinton", "Crooked")
    assert parse_speaker("Trump Addresses Munich Attack").display == "Trump"
