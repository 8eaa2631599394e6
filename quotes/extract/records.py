"""Frozen records the extractor produces. They know nothing of storage or the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass

FULL = "full"
PARTIAL = "partial"
MULTI_PARAGRAPH = "multi-paragraph"


@dataclass(frozen=True, slots=True)
class Quote:
    """One stretch of quoted words and who said it.

    Offsets are character offsets into the article text with the quotation marks
    excluded, so ``article[quote.start:quote.end] == quote.text`` always holds.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None  # in-article canonical name, e.g. "Vladimir Putin"; None when unknown
    speaker_as_written: str | None = None  # the mention that attributes it, e.g. "he", "Putin's spokesman"
    speaker_role: str | None = None  # e.g. "Russian President"
    cue: str | None = None  # e.g. "said", "told", "according to"
    kind: str = FULL  # FULL, PARTIAL or MULTI_PARAGRAPH
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    context_start: int = 0  # the paragraph (or paragraphs) the quote stands in
    context_end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)
