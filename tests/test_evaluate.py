"""quotes.evaluate.score must give the reference scorer's figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from quotes.evaluate import format_figures, score, speaker_key
from quotes.extract import extract_quotes

SHARED = Path(__file__).parents[1].parent / "shared"

DOC = {
    "id": "d1",
    "text": "\"We are ready,\" Peskov said. He added: \"Soon.\" A \"scare\" quote.",
    "quotes": [
        {"start": 1, "end": 14, "source": "Peskov", "resolved": "Dmitry Peskov"},
        {"start": 40, "end": 45, "source": "He", "resolved": None},
    ],
    "ignore": [[49, 56]],
}


def test_perfect_prediction():
    preds = {"d1": [{"start": 1, "end": 14, "speaker": "Dmitry Peskov"}, {"start": 40, "end": 45, "speaker": "x"}]}
    result, errors = score([DOC], preds, show_errors=5)
    assert (result["quote_p"], result["quote_r"]) == (1.0, 1.0)
    # the second gold quote has an unresolved pronoun source: not judged
    assert (result["speaker_judged"], result["speaker_right"]) == (1, 1)
    assert errors == []


def test_pronoun_never_counts_and_jaccard_threshold():
    preds = {"d1": [{"start": 0, "end": 15, "speaker": "he"}, {"start": 40, "end": 42, "speaker": None}]}
    result, errors = score([DOC], preds, show_errors=5)
    assert result["matched"] == 1  # 40-42 overlaps 40-45 with Jaccard 0.4
    assert result["speaker_right"] == 0
    assert ("speaker", "We are ready,", "'he' vs 'Peskov'/'Dmitry Peskov'") in errors


def test_ignored_region_is_neither_right_nor_wrong():
    preds = {"d1": [{"start": 50, "end": 55, "speaker": None}]}
    result, _ = score([DOC], preds)
    assert result["predicted"] == 0


def test_speaker_key():
    assert speaker_key("Dmitry PESKOV") == "peskov"
    assert speaker_key("Russian President Vladimir Putin") == "putin"
    assert speaker_key(None) is None


def _reference():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"reference scorer not found at {path} (needs the ../shared folder beside the repo)")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("prediction", ["extractor", "shifted"])
def test_same_figures_as_reference_scorer_on_seeds(tmp_path, prediction):
    ref = _reference()
    gold_path = SHARED / "eval" / "seeds_gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = {}
    for doc in gold:
        qs = [q.to_dict() for q in extract_quotes(doc["text"])]
        if prediction == "shifted":  # make errors of every kind
            qs = [dict(q, start=q["start"] + 7 * i, speaker=None if i % 3 else q["speaker"]) for i, q in enumerate(qs)]
        preds[doc["id"]] = qs
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps({"id": k, "quotes": v}) + "\n" for k, v in preds.items()), encoding="utf-8")
    expected = ref.score(str(gold_path), str(pred_path), 50)
    assert score(gold, preds, 50) == expected
    assert "quote+speaker" in format_figures(expected[0])
