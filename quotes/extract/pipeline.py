"""Build the spaCy pipeline: ``spacy.blank("en")`` plus our rule components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the quotes_* factories)

COMPONENTS = ("quotes_paragraphs", "quotes_spans", "quotes_cues", "quotes_attribution")


def build_pipeline(model: str | None = None) -> Language:
    """A pipeline whose ``doc.spans["quotes"]`` and ``doc._.quotes`` hold the quotations.

    Args:
        model: ``None`` for ``spacy.blank("en")`` (no download, no trained
            model), or the name or path of an installed trained pipeline such as
            ``"en_core_web_sm"``; its own components run first.

    Returns:
        The :class:`spacy.language.Language` with ``quotes_paragraphs``,
        ``quotes_spans``, ``quotes_cues`` and ``quotes_attribution`` added at the end.

    Raises:
        OSError: when ``model`` names a pipeline that is not installed (spaCy's error).
    """
    nlp = spacy.blank("en") if model is None else spacy.load(model)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
