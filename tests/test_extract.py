"""Quote extraction: patterns on real-style news sentences, offsets, seeds, the spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.extract import EXTRACTOR_VERSION, build_pipeline, extract_quotes, prints_apostrophe_quotes
from quotes.extract.core import _extract
from quotes.extract.records import FULL, MULTI_PARAGRAPH, PARTIAL, Quote

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).parents[1].parent / "shared"
CASES = json.loads((FIXTURES / "extract_cases.json").read_text(encoding="utf-8"))


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.context_start <= q.start < q.end <= q.context_end
        if q.speaker_start is not None:
            assert q.speaker_as_written == text[q.speaker_start:q.speaker_end]
        if q.cue_start is not None and q.cue_end > q.cue_start:
            assert q.cue == text[q.cue_start:q.cue_end]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_patterns(case):
    quotes = extract_quotes(case["text"])
    _check_offsets(case["text"], quotes)
    assert [[q.text, q.speaker] for q in quotes] == case["expected"]
    # no rule may fail on it: outside tests a failed rule only costs a speaker, so it would go unseen
    assert [q for q, _ in _extract(case["text"], strict=True)] == quotes


@pytest.mark.parametrize("split", ["train", "dev"])
def test_no_rule_fails_on_polnear(split):
    path = SHARED / "polnear" / f"{split}.jsonl"
    if not path.exists():
        pytest.skip(f"PolNeAR {split} not found at {path} (needs the ../shared folder beside the repo)")
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for apostrophe_quotes in (False, True):
            _extract(text, strict=True, apostrophe_quotes=apostrophe_quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Russian President Vladimir Putin said \"the situation is stabilizing.\"", "Vladimir Putin", "Russian President"),
        ("\"It is over,\" said Sen. Ted Cruz (R-Texas).", "Ted Cruz", "Sen."),
        ("\"We will expand the list,\" German Foreign Minister Heiko Maas said.", "Heiko Maas", "German Foreign Minister"),
        ("\"He has no record to run on,\" CNBC's Becky Quick said.", "Becky Quick", "CNBC"),
        # how the paper addresses someone is no role
        ("\"We will not wait,\" Mr. Obama said.", "Obama", None),
        ("\"It is time,\" said Ms. Warren.", "Warren", None),
    ],
)
def test_role_is_kept_apart_from_the_name(text, speaker, role):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_role) == (speaker, role)


# As LexisNexis-style archives print a newspaper: two apostrophes for each double quotation mark.
ARCHIVE_TEXT = """Clinton Stays Close to Obama, With Caveats

In a speech on Thursday, Mrs. Clinton said the Islamic State could not be ''contained,'' a word the president had used.

''We have to look at ISIS as the leading threat of an international terror network,'' Mrs. Clinton said. ''It cannot be contained; it must be defeated.''

Her adviser, Jake Sullivan, said she had ''no interest in relitigating the past.''

''My job is to tell voters, 'She is ready,''' said Mark Ellis, a volunteer. ''They ask me, 'Is she?' ''
"""


def test_two_apostrophes_are_quotation_marks_only_when_asked():
    assert extract_quotes(ARCHIVE_TEXT) == []
    quotes = extract_quotes(ARCHIVE_TEXT, apostrophe_quotes=True)
    _check_offsets(ARCHIVE_TEXT, quotes)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("contained,", "Clinton", PARTIAL),
        ("We have to look at ISIS as the leading threat of an international terror network,", "Clinton", FULL),
        ("It cannot be contained; it must be defeated.", "Clinton", FULL),
        ("no interest in relitigating the past.", "Jake Sullivan", PARTIAL),
        # three apostrophes: a single mark inside meets the double one
        ("My job is to tell voters, 'She is ready,'", "Mark Ellis", FULL),
        ("They ask me, 'Is she?'", "Mark Ellis", FULL),
    ]
    assert prints_apostrophe_quotes(ARCHIVE_TEXT)


def test_articles_with_real_marks_are_read_the_same_with_apostrophe_quotes():
    text = "\"We'll see,'' she said,\" the aide recalled of Mrs. O''Brien, who ''laughed.''"
    assert not prints_apostrophe_quotes(text)  # it has double marks: '' is not how it prints quotes
    for case in CASES[:40]:
        assert extract_quotes(case["text"], apostrophe_quotes=True) == extract_quotes(case["text"])


def test_short_name_becomes_longest_full_form():
    text = ("Belarusian President Alexander Lukashenko met protesters.\n\n"
            "\"Nobody will take power by force,\" Lukashenko said.")
    (q,) = extract_quotes(text)
    assert q.speaker == "Alexander Lukashenko"
    assert q.speaker_as_written == "Lukashenko"
    assert q.speaker_role == "Belarusian President"
    assert q.cue == "said"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\"We are ready,\" Peskov said.", FULL),
        ("Peskov called the plan \"premature\" on Monday.", PARTIAL),
        ("Peskov said:\n\n\"First part of it.\n\n\"Second part of it.\"", MULTI_PARAGRAPH),
    ],
)
def test_kind(text, kind):
    quotes = extract_quotes(text)
    assert quotes and quotes[0].kind == kind


def test_context_is_the_paragraph():
    text = "First paragraph here.\n\n\"We are ready,\" Peskov said on Monday.\n\nLast one."
    (q,) = extract_quotes(text)
    assert text[q.context_start:q.context_end] == "\"We are ready,\" Peskov said on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no quotation marks at all",
        "\"",
        "\"\"\"\"",
        "“unclosed quotation that never ends",
        "stray closing mark” and ‘another’ one'",
        "Putin said: \"first\n\nsecond\" third\" fourth",
        "«»«»",
        "普京说：“局势正在稳定。”",
        "Путин сказал: «Ситуация стабилизируется», — сказал он.",
    ],
)
def test_odd_input_never_raises(text):
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)


@pytest.mark.parametrize("bad", [None, 42, b"\"bytes\" he said"])
def test_non_str_gives_nothing(bad):
    assert extract_quotes(bad) == []


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION.startswith("rules-")


def _seed_gold() -> list[dict]:
    path = SHARED / "eval" / "seeds_gold.jsonl"
    if not path.exists():
        pytest.skip(f"shared seeds gold not found at {path} (needs the ../shared folder beside the repo)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_seeds_all_gold_quotes_with_right_speaker_and_nothing_spurious():
    from quotes.evaluate import score, speaker_key, words

    gold = _seed_gold()
    preds = {}
    for doc in gold:
        quotes = extract_quotes(doc["text"])
        _check_offsets(doc["text"], quotes)
        preds[doc["id"]] = [q.to_dict() for q in quotes]
        for g in doc["quotes"]:
            match = [q for q in quotes if q.start < g["end"] and g["start"] < q.end]
            assert len(match) == 1, g["text"]
            assert speaker_key(match[0].speaker) in words(g["source"]), (g["text"], match[0].speaker)
            assert match[0].speaker == g["resolved"]  # canonical full name, not "Putin" or "he"
    result, errors = score(gold, preds, show_errors=20)
    assert errors == []
    assert (result["matched"], result["predicted"], result["gold_quotes"]) == (13, 13, 13)
    assert result["speaker_right"] == 13


def test_seed_titles_are_not_quotes():
    for doc in _seed_gold():
        texts = [q.text for q in extract_quotes(doc["text"])]
        assert "Reserve" not in texts


def test_pipeline_gives_spans_and_records():
    nlp = build_pipeline()
    assert nlp.pipe_names == ["quotes_paragraphs", "quotes_spans", "quotes_cues", "quotes_attribution"]
    text = ("Russian President Vladimir Putin spoke on Thursday.\n\n"
            "“We are certainly not indifferent to what is happening there,” Putin said. "
            "“It is a very close, perhaps the closest country to us.”")
    doc = nlp(text)
    assert [s.text for s in doc.spans["quotes"]] == [q.text for q in extract_quotes(text)]
    assert [q.speaker for q in doc._.quotes] == ["Vladimir Putin", "Vladimir Putin"]
    assert [s.label_ for s in doc.spans["quotes"]] == [FULL, FULL]
    assert [s.text for s in doc.spans["quote_speakers"]] == ["Putin", "Putin"]
    assert len(doc.spans["paragraphs"]) == 2
    assert len(doc.spans["quote_candidates"]) == 2
    assert [s.text for s in doc.spans["cues"]] == ["said"]
    assert sum(1 for _ in doc.sents) >= 3


def test_pipeline_named_model_missing_raises():
    with pytest.raises(OSError):
        build_pipeline("no_such_pipeline_installed_xyz")
