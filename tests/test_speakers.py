"""One speaker, one name across articles: linking at ingest, the Clinton ambiguity, organisations, curation."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from quotes.cli import app

runner = CliRunner()


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


def ingest_texts(db_url: str, tmp_path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = run("ingest", path, "--url", f"https://news.example.com/{name}", "--db", db_url)
        assert result.exit_code == 0, result.output


def speakers(db_url: str, *args) -> dict[str, dict]:
    return {s["speaker"]: s for s in json.loads(run("speakers", "-f", "json", "--db", db_url, *args).stdout)}


def quoted_by(db_url: str, speaker: str) -> list[tuple[str, str]]:
    rows = json.loads(run("search", "--speaker", speaker, "-f", "json", "--db", db_url).stdout)
    return sorted((r["speaker"], r["quote"]) for r in rows)


PUTIN_IN_SEEDS = {  # the nine Putin quotes of the two seed articles (1 Moscow Times + 8 Bloomberg)
    "extremists in Belarus cross a line and start plundering.",
    "asked me to form a certain reserve of law-enforcement officers, and I did,",
    "But we also agreed that it will not be used unless the situation gets out of control.",
    "restrained.",
    "neutral",
    "We are certainly not indifferent to what is happening there,",
    "It is a very close, perhaps the closest country to us.",
    "extremist forces, under the cover of political slogans, cross the line to robbery, burning cars, homes, banks "
    "and try to take over administrative buildings.",
    "The situation is stabilizing there now,",
}


def test_seeds_putin_under_one_name_from_both_articles(db_url):
    assert run("ingest", SEEDS, "--db", db_url).exit_code == 0
    putin = quoted_by(db_url, "putin")
    assert {speaker for speaker, _ in putin} == {"Vladimir Putin"}
    assert PUTIN_IN_SEEDS <= {quote for _, quote in putin}
    assert quoted_by(db_url, "Vladimir V. Putin") == putin == quoted_by(db_url, "PUTIN")
    assert [q for _, q in quoted_by(db_url, "Peskov")] == [
        "The use of this reserve is out of the question at the moment,",
        "We see that the situation is under control and so there's no point in talking about it now,",
    ]
    listed = speakers(db_url)
    assert listed["Vladimir Putin"]["quotes"] == len(putin) and listed["Vladimir Putin"]["kind"] == "person"
    assert "Russian President" in listed["Vladimir Putin"]["roles"]


def test_name_variants_across_articles_join_one_speaker(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "a": '"We are ready," Russian President Vladimir Putin said on Monday.\n',
        "b": '"We will see," Vladimir V. Putin told reporters.\n',
        "c": 'In Moscow, Putin said: "Nothing has changed."\n',
        "d": '"It is over," Mr. Putin said.\n',
    })
    putin = quoted_by(db_url, "putin")
    assert len(putin) == 4 and len({s for s, _ in putin}) == 1
    assert len(speakers(db_url)) == 1


def test_a_bare_surname_shared_by_two_people_stays_unlinked(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "hillary": '"We will win in November," Hillary Clinton said.\n',
        "bill": '"I was there in 1992," Bill Clinton said.\n',
        "bare": 'At the rally, Clinton said: "This is the choice."\n',
    })
    assert quoted_by(db_url, "Hillary Clinton") == [("Hillary Clinton", "We will win in November,")]
    assert quoted_by(db_url, "Bill Clinton") == [("Bill Clinton", "I was there in 1992,")]
    ambiguous = json.loads(run("speakers", "--ambiguous", "-f", "json", "--db", db_url).stdout)
    assert [(a["speaker"], a["quotes"]) for a in ambiguous] == [("Clinton", 1)]
    assert set(ambiguous[0]["could_be"].split(", ")) == {"Hillary Clinton", "Bill Clinton"}
    # A curator decides; the decision links the waiting quote and holds for later ingests.
    assert run("speakers", "alias", "Hillary Clinton", "Clinton", "--db", db_url).exit_code == 0
    assert len(quoted_by(db_url, "Hillary Clinton")) == 2
    ingest_texts(db_url, tmp_path, {"later": 'On Monday, Clinton said: "Again, the choice is clear."\n'})
    assert len(quoted_by(db_url, "Hillary Clinton")) == 3
    assert quoted_by(db_url, "Bill Clinton") == [("Bill Clinton", "I was there in 1992,")]


def test_organisations_are_speakers_never_merged_with_people(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "kremlin": '"There is no need for troops," the Kremlin said in a statement.\n',
        "wh": '"The president is confident," the White House said.\n',
    })
    listed = speakers(db_url)
    assert {name: s["kind"] for name, s in listed.items()} == {"Kremlin": "organisation", "White House": "organisation"}
    merged = run("speakers", "merge", "Kremlin", "White House", "--db", db_url)
    assert merged.exit_code == 0  # two organisations may be merged by hand
    ingest_texts(db_url, tmp_path, {"person": '"I agree," Dmitry Peskov said.\n'})
    refused = run("speakers", "merge", "Kremlin", "Dmitry Peskov", "--db", db_url)
    assert refused.exit_code == 1 and "not merged" in refused.stderr


def test_merge_then_split_round_trip_and_curation_survives_reingest(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "y": '"The reserve will not be used," Dmitry Peskov said.\n',
        "i": '"We see no need," Dmitri Peskov told reporters.\n',
    })
    assert set(speakers(db_url)) == {"Dmitry Peskov", "Dmitri Peskov"}
    assert run("speakers", "merge", "Dmitry Peskov", "Dmitri Peskov", "--db", db_url).exit_code == 0
    assert set(speakers(db_url)) == {"Dmitry Peskov"}
    assert len(quoted_by(db_url, "Dmitri Peskov")) == 2
    ingest_texts(db_url, tmp_path, {"later": '"Nothing to add," Dmitri Peskov said.\n'})
    assert speakers(db_url)["Dmitry Peskov"]["quotes"] == 3

    shown = json.loads(run("speakers", "show", "peskov", "-f", "json", "--db", db_url).stdout)[0]
    assert "merge" in shown["log"] and "Dmitri Peskov" in shown["aliases"]

    assert run("speakers", "split", "Dmitry Peskov", "--alias", "Dmitri Peskov", "--db", db_url).exit_code == 0
    after = speakers(db_url)
    assert after["Dmitry Peskov"]["quotes"] == 1 and after["Dmitri Peskov"]["quotes"] == 2


def test_rename_keeps_the_old_name_as_an_alias(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {"a": '"We are ready," Dmitry Peskov said.\n'})
    assert run("speakers", "rename", "Dmitry Peskov", "Dmitry S. Peskov", "--db", db_url).exit_code == 0
    assert quoted_by(db_url, "Dmitry Peskov") == [("Dmitry S. Peskov", "We are ready,")]
    ingest_texts(db_url, tmp_path, {"b": '"Again," Dmitry Peskov said.\n'})
    assert list(speakers(db_url)) == ["Dmitry S. Peskov"]


@pytest.mark.parametrize("command", [("show", "Nobody"), ("merge", "Nobody", "Else"), ("alias", "Nobody", "X"),
                                     ("rename", "Nobody", "X"), ("split", "Nobody", "--alias", "X")])
def test_unknown_speaker_is_a_one_line_error(db_url, command):
    result = run("speakers", *command, "--db", db_url)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no speaker is called 'Nobody'") and len(result.stderr.splitlines()) == 1


def test_a_role_that_rules_the_speaker_out_keeps_same_named_people_apart(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "state": '"We will not comment on that," former Secretary of State James A. Baker said on Monday.\n',
        "fbi": '"The probe is ongoing," FBI General Counsel James Baker said in a letter.\n',
        "bare": '"It is a matter for the courts," Baker said.\n',
    })
    listed = speakers(db_url)
    assert listed["James A. Baker"]["quotes"] == 1 and listed["James Baker"]["quotes"] == 1
    assert "FBI General Counsel" in listed["James Baker"]["roles"]
    # a bare surname with two Bakers known is ambiguous, as for the Clintons
    ambiguous = json.loads(run("speakers", "--ambiguous", "-f", "json", "--db", db_url).stdout)
    assert [a["speaker"] for a in ambiguous] == ["Baker"]


def test_roles_of_one_person_never_split_the_common_case(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "director": '"We are going to finish this," FBI Director James B. Comey said.\n',
        "former": '"It is done," former FBI Director James Comey said on Sunday.\n',
        "candidate": '"Vote for me," Republican presidential candidate Donald J. Trump said.\n',
        "president": '"We will build it," President Donald Trump said.\n',
        "senator": '"The system is rigged," Sen. Bernie Sanders said.\n',
        "vermont": '"Not me, us," Vermont Sen. Bernard Sanders said.\n',
    })
    assert set(speakers(db_url)) == {"James B. Comey", "Donald J. Trump", "Bernie Sanders"}


def test_bloomberg_reported_is_the_news_organisation_not_the_man(db_url, tmp_path):
    ingest_texts(db_url, tmp_path, {
        "man": '"I love this city," Michael Bloomberg said.\n',
        "outlet": '"Trump aides are lining up sports figures for the convention," Bloomberg reported on Tuesday.\n',
    })
    listed = speakers(db_url)
    assert (listed["Michael Bloomberg"]["kind"], listed["Michael Bloomberg"]["quotes"]) == ("person", 1)
    assert (listed["Bloomberg"]["kind"], listed["Bloomberg"]["quotes"]) == ("organisation", 1)


def test_the_articles_own_outlet_is_never_a_person(engine):
    from sqlalchemy.orm import Session

    from quotes.store.speakers import Linker, add_alias, list_speakers

    with Session(engine) as session:
        person = Linker().speaker_id(session, "Paul Krugman")
        add_alias(session, "Paul Krugman", "Krugman")  # a person's alias that is also an outlet's name
        outlet = Linker().speaker_id(session, "Krugman", None, outlet="krugman.com")
        assert outlet != person and Linker().speaker_id(session, "Krugman") == person
        kinds = {row["speaker"]: row["kind"] for row in list_speakers(session)}
        assert sorted(kinds.values()) == ["organisation", "person"]


def test_ingest_files_a_mention_of_the_articles_outlet_under_the_organisation(db_url, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({
        "url": "https://www.motherjones.com/politics/2016/statement",
        "outlet": "Mother Jones",
        "text": '"We stand by every word of our reporting," Mother Jones said in a statement.\n',
    }) + "\n", encoding="utf-8")
    assert run("ingest", corpus, "--db", db_url).exit_code == 0
    assert speakers(db_url)["Mother Jones"]["kind"] == "organisation"
    # re-extraction reads the stored outlet too
    assert run("reextract", "--all", "--db", db_url).exit_code == 0
    assert speakers(db_url)["Mother Jones"]["kind"] == "organisation"
