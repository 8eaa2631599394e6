"""Quote extraction: direct quotations and who said them, from raw article text.

``extract_quotes`` is the fast path (regexes on the raw string); ``build_pipeline``
gives a spaCy pipeline whose components wrap the same functions.
"""

from .core import EXTRACTOR_VERSION, extract_quotes, extractor_version, prints_apostrophe_quotes
from .records import FULL, MULTI_PARAGRAPH, PARTIAL, Quote


def build_pipeline(model: str | None = None):
    """``spacy.blank("en")`` (or the named installed pipeline) plus the ``quotes_*`` components."""
    from .pipeline import build_pipeline as _build

    return _build(model)


__all__ = [
    "EXTRACTOR_VERSION", "FULL", "MULTI_PARAGRAPH", "PARTIAL", "Quote", "build_pipeline", "extract_quotes",
    "extractor_version", "prints_apostrophe_quotes",
]
