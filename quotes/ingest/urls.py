"""An article's identity key from its URL: the same page under every address a link or a scraper may give it."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, never which article they read. Compared lower-cased.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "ttclid",
        "mc_cid", "mc_eid", "mkt_tok", "_hsenc", "_hsmi", "_ga", "_gl",
        "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ocid", "smid", "smtyp", "sr_share", "ito",
        "guccounter", "guce_referrer", "guce_referrer_sig", "at_medium", "at_campaign",
        "ns_source", "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)

_SCHEMES = {"http", "https"}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/%!$&'()*+,;=:@-._~"
_BAD_HOST_CHARS = re.compile(r"[\s\x00-\x1f\x7f<>\"{}|\\^`\[\]/?#@]")


def normalise_url(url: str) -> str | None:
    """The key under which an article is stored, or None when ``url`` is not an http(s) URL.

    ``http://www.Example.com:80/a/?utm_source=x&b=2&a=1#top`` -> ``https://example.com/a?a=1&b=2``.
    Scheme (always https), host case, a leading "www.", default ports, credentials, fragments,
    tracking parameters, query order, percent-escape case, dot segments and a trailing slash
    make no difference. It is a key, not an address to show: keep the article's own URL for that.
    """
    try:
        url.encode("utf-8")  # a lone surrogate cannot be percent-encoded
        parts = urlsplit(url.strip())
        port = parts.port
    except (ValueError, AttributeError):  # UnicodeEncodeError is a ValueError
        return None
    if parts.scheme not in _SCHEMES:  # urlsplit lower-cases the scheme
        return None
    host = _host(parts.hostname)
    if host is None:
        return None
    if port is not None and port != 443 and not (parts.scheme == "http" and port == 80):
        host = f"{host}:{port}"
    fragment = parts.fragment if parts.fragment.startswith("!") else ""  # "#!/x" routes to a page of its own
    return urlunsplit(("https", host, _path(parts.path), _query(parts.query), fragment))


def _host(hostname: str | None) -> str | None:
    host = (hostname or "").lower().rstrip(".")
    if not host or _BAD_HOST_CHARS.search(host):
        return None
    if ":" in host:  # IPv6 literal: urlsplit took its brackets off
        return f"[{host}]"
    # www.example.com and example.com serve the same articles in practice; "www.com" keeps its name
    while host.startswith("www.") and "." in host[4:]:
        host = host[4:]
    return host


def _path(path: str) -> str:
    path = _normalise_escapes(path)
    if path.startswith("/"):
        path = posixpath.normpath(path).replace("//", "/")  # normpath keeps a leading "//"
    path = path.rstrip("/")
    return quote(path, safe=_PATH_SAFE) if path else "/"


def _normalise_escapes(text: str) -> str:
    """Upper-case hex in escapes, decode escaped unreserved characters, escape a "%" that starts no escape."""
    text = _LONE_PERCENT.sub("%25", text)

    def one(match: re.Match[str]) -> str:
        char = chr(int(match[1], 16))
        return char if char in _UNRESERVED else f"%{match[1].upper()}"

    return _ESCAPE.sub(one, text)


def _query(query: str) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)]
    return urlencode(sorted(pairs), quote_via=quote)


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)
