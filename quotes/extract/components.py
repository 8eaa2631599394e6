"""spaCy components wrapping the pure rule functions (registered as ``quotes_*``).

Each one is a stateless ``Doc -> Doc`` function: the work is done on
``doc.text`` by the same functions as :func:`quotes.extract.extract_quotes`, and
the result is written onto the Doc:

* ``quotes_paragraphs``: paragraph spans in ``doc.spans["paragraphs"]`` and
  sentence starts (paragraph starts and the rule sentence splitter's bounds),
  unless the pipeline already has a parser or sentence recogniser;
* ``quotes_spans``: every paired stretch of quotation marks (before any filtering
  of titles or scare quotes) in ``doc.spans["quote_candidates"]``;
* ``quotes_cues``: every reporting verb (the cue lexicon of ``patterns.py``) in
  ``doc.spans["cues"]``;
* ``quotes_attribution``: the quotations in ``doc.spans["quotes"]`` (label = the
  ``kind``), the speaker mentions and cues that attribute them in
  ``doc.spans["quote_speakers"]`` and ``doc.spans["quote_cues"]``, and the
  :class:`~quotes.extract.records.Quote` records in ``doc._.quotes`` (same order
  as ``doc.spans["quotes"]``, so ``doc._.quotes[i]`` describes span ``i``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .core import _extract
from .marks import find_quotes, paragraphs
from .patterns import find_cues
from .sentences import sentence_bounds_all

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


def _span(doc: Doc, start: int, end: int, label: str):
    return doc.char_span(start, end, label=label, alignment_mode="expand")


@Language.component("quotes_paragraphs", assigns=["token.is_sent_start", "doc.spans"])
def quotes_paragraphs(doc: Doc) -> Doc:
    """Mark paragraph and sentence starts; store paragraph spans."""
    paras = paragraphs(doc.text)
    spans = [s for s in (_span(doc, a, b, "PARAGRAPH") for a, b in paras) if s is not None]
    doc.spans["paragraphs"] = spans
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return doc
    starts = set()
    for a, b in paras:
        for s in sentence_bounds_all(doc.text[a:b]):
            starts.add(a + s)
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or tok.idx in starts or (
            tok.idx > 0 and "\n" in doc.text[doc[tok.i - 1].idx: tok.idx]
        )
    return doc


@Language.component("quotes_spans", assigns=["doc.spans"])
def quotes_spans(doc: Doc) -> Doc:
    """Store every pair of quotation marks as a candidate span (label ``single`` or ``double``)."""
    spans = []
    for q in find_quotes(doc.text):
        span = _span(doc, q.start, q.end, "single" if q.single else "double")
        if span is not None:
            spans.append(span)
    doc.spans["quote_candidates"] = spans
    return doc


@Language.component("quotes_cues", assigns=["doc.spans"])
def quotes_cues(doc: Doc) -> Doc:
    """Store every cue verb ("said", "told", "according to", …) as a span labelled ``CUE``."""
    doc.spans["cues"] = [s for s in (_span(doc, a, b, "CUE") for a, b, _ in find_cues(doc.text)) if s is not None]
    return doc


@Language.component("quotes_attribution", assigns=["doc.spans", "doc._.quotes"])
def quotes_attribution(doc: Doc) -> Doc:
    """Find quotations and their speakers; write spans and records."""
    quotes, spans, speakers, cues = [], [], [], []
    for q, _a in _extract(doc.text):
        span = _span(doc, q.start, q.end, q.kind)
        if span is None:
            continue
        quotes.append(q)
        spans.append(span)
        if q.speaker_start is not None and q.speaker_end is not None:
            sp = _span(doc, q.speaker_start, q.speaker_end, q.speaker or "UNKNOWN")
            if sp is not None:
                speakers.append(sp)
        if q.cue_start is not None and q.cue_end is not None and q.cue_end > q.cue_start:
            cs = _span(doc, q.cue_start, q.cue_end, "CUE")
            if cs is not None:
                cues.append(cs)
    doc.spans["quotes"] = spans
    doc.spans["quote_speakers"] = speakers
    doc.spans["quote_cues"] = cues
    doc._.quotes = quotes
    return doc
