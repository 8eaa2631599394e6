"""Score predicted quotations against gold annotations in the PolNeAR format.

The same matching as the project's reference scorer (``../shared/eval/score.py``),
as a library function, so that a newsroom can measure the extractor on its own
annotated articles without the shared folder:

* a predicted quotation matches a gold one when their character spans (quote
  marks and surrounding blanks trimmed) overlap with Jaccard >= 0.5, one to one,
  best overlap first;
* a prediction lying mostly inside an ``ignore`` region, and matching no gold
  quotation, is neither right nor wrong;
* the speaker is right when the last word of the predicted speaker (lower-cased,
  possessive dropped) is a word of the gold ``source`` or ``resolved`` mention,
  pronouns excluded; gold quotations with no source, or a bare pronoun that was
  never resolved, are left out of the speaker figures.

Gold documents: ``{"id", "text", "quotes": [{"start", "end", "source", "resolved"}], "ignore": [[a, b]]}``.
Predictions: ``{doc_id: [{"start", "end", "speaker"}, ...]}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

MARKS = "\"“”‘’«» \n\t"
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "him", "her", "them", "you", "his", "its", "their"})
_WORD = re.compile(r"[\w\-]+", re.UNICODE)


def _strip_possessive(w: str) -> str:
    return w.removesuffix("'s").removesuffix("’s")


def words(s: str | None) -> set[str]:
    """Lower-cased words of ``s`` with possessives dropped."""
    return {_strip_possessive(w.lower()) for w in _WORD.findall(s or "")}


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` past quotation marks and blanks at either end."""
    while s < e and text[s] in MARKS:
        s += 1
    while e > s and text[e - 1] in MARKS:
        e -= 1
    return s, e


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def speaker_key(speaker: str | None) -> str | None:
    """The word a speaker is judged by: its last word, lower-cased, possessive dropped."""
    ws = _WORD.findall(speaker or "")
    return _strip_possessive(ws[-1].lower()) if ws else None


def judgeable(q: Mapping) -> bool:
    """Does this gold quotation count in the speaker figures?"""
    if not q.get("source"):
        return False
    return not (words(q["source"]) <= PRONOUNS and not q.get("resolved"))


def score(
    gold_docs: Iterable[Mapping],
    predictions: Mapping[str, list[Mapping]],
    show_errors: int = 0,
) -> tuple[dict, list[tuple[str, str, str]]]:
    """Quote and quote+speaker precision, recall and F1.

    Args:
        gold_docs: gold articles (see the module docstring).
        predictions: predicted quotations per article id; missing ids predict nothing.
        show_errors: how many errors to return, as ``(kind, quoted text, detail)``
            with kind ``missed``, ``speaker`` or ``spurious``.

    Returns:
        ``(figures, errors)``; the figures have the same keys and rounding as the
        reference scorer's ``--json`` output.
    """
    n_gold = n_pred = n_match = 0
    sp_total = sp_right = e2e_pred = 0
    errors: list[tuple[str, str, str]] = []
    for doc in gold_docs:
        text = doc["text"]
        golds = [(q["start"], q["end"]) for q in doc["quotes"]]
        ignore = doc.get("ignore", [])
        preds: list[tuple[tuple[int, int], str | None]] = []
        for p in predictions.get(doc["id"], []):
            s, e = trim(text, int(p["start"]), int(p["end"]))
            if e <= s:
                continue
            inside = sum(max(0, min(e, b) - max(s, a)) for a, b in ignore)
            if inside >= 0.5 * (e - s) and not any(jaccard((s, e), g) >= 0.5 for g in golds):
                continue
            preds.append(((s, e), p.get("speaker")))
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = sorted(
            ((jaccard(p[0], g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        matched: dict[int, int] = {}
        for ov, i, j in pairs:
            if ov < 0.5:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            matched[j] = i
        n_match += len(matched)
        for j, q in enumerate(doc["quotes"]):
            if not judgeable(q):
                continue
            sp_total += 1
            if j not in matched:
                if len(errors) < show_errors:
                    errors.append(("missed", text[q["start"]:q["end"]][:80], q["source"]))
                continue
            predicted = preds[matched[j]][1]
            key = speaker_key(predicted)
            ok = key is not None and key in (words(q["source"]) | words(q.get("resolved"))) - PRONOUNS
            sp_right += ok
            if not ok and len(errors) < show_errors:
                errors.append(("speaker", text[q["start"]:q["end"]][:60],
                               f"{predicted!r} vs {q['source']!r}/{q.get('resolved')!r}"))
        unjudged = {matched[j] for j, q in enumerate(doc["quotes"]) if j in matched and not judgeable(q)}
        e2e_pred += len(preds) - len(unjudged)
        for i, p in enumerate(preds):
            if i not in used_p and len(errors) < show_errors:
                errors.append(("spurious", text[p[0][0]:p[0][1]][:80], p[1]))
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    ep = sp_right / e2e_pred if e2e_pred else 0.0
    er = sp_right / sp_total if sp_total else 0.0
    ef = 2 * ep * er / (ep + er) if ep + er else 0.0
    return {
        "gold_quotes": n_gold, "predicted": n_pred, "matched": n_match,
        "quote_p": round(p, 4), "quote_r": round(r, 4), "quote_f1": round(f, 4),
        "speaker_judged": sp_total, "speaker_right": sp_right,
        "e2e_p": round(ep, 4), "e2e_r": round(er, 4), "e2e_f1": round(ef, 4),
    }, errors


def format_figures(result: Mapping) -> str:
    """The two summary lines the reference scorer prints."""
    return (
        f"quotes   P {result['quote_p']:.3f}  R {result['quote_r']:.3f}  F1 {result['quote_f1']:.3f}"
        f"   ({result['matched']}/{result['predicted']} predicted, {result['gold_quotes']} gold)\n"
        f"quote+speaker  P {result['e2e_p']:.3f}  R {result['e2e_r']:.3f}  F1 {result['e2e_f1']:.3f}"
        f"   ({result['speaker_right']}/{result['speaker_judged']} gold quotes with a known speaker)"
    )
