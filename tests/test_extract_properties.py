"""Property tests: any text in, never an exception, offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract import extract_quotes

MARKS = "\"“”‘’'«»„"
PIECES = st.sampled_from(
    list(MARKS)
    + ["\n", "\n\n", " ", ", ", ". ", ": ", " said ", " he said", " Putin said", "Vladimir Putin", " the spokesman ",
       "according to ", "Peskov", "’90s", "Putin's", "(", ")", "—", "Путин", "普京", "سلام", "x"]
)
ARTICLE = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _invariant(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        assert q.context_start <= q.start and q.end <= q.context_end
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_never_raises_and_offsets_hold(text):
    _invariant(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    _invariant(text)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ARTICLE)
def test_huge_text(text):
    _invariant((text + "\n\n“Quoted words here,” Putin said. ") * 200)
