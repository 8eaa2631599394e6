"""The library's errors. Only the CLI turns them into messages and exit codes."""


class QuotesError(Exception):
    """Base class: every error the library means a user to see."""


class UnreadableInput(QuotesError):
    """An input file that cannot be read as an article (missing, binary, not UTF-8, empty, too big)."""


class DatabaseUnavailable(QuotesError):
    """The database URL is malformed, or the server cannot be reached."""


class InvalidQuery(QuotesError):
    """A query argument that cannot be used (e.g. a date that is not ISO 8601)."""


def first_line(exc: BaseException) -> str:
    """A driver error's first line (psycopg's run to several), or its class name when it says nothing."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__
