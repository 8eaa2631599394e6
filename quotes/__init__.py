"""quotes: a quote-attribution database for fact-checkers."""

__version__ = "0.1.0"
