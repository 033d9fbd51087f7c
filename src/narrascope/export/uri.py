"""An article's URL as a URI that the exports can carry (RFC 3986), or nothing.

URLs are stored as the article gave them, and people paste IRIs: ``https://новости.example/статья/1``,
or a path with a space or a quote in it. STIX 2.1 requires ``external_references.url`` to be a URI
(the OASIS validator rejects an IRI), and schema.org consumers of ClaimReview expect one too. So an
http(s) URL is mapped as RFC 3987 section 3.1 maps an IRI to a URI: the host in IDNA (punycode), every
other character that a URI cannot hold (non-ASCII, spaces, quotes, ``<>\\^`{|}``, a ``%`` that starts
no escape) percent-encoded as UTF-8; what is already a URI is left as it is (a user name and
password in the URL are dropped). A URL that is not
http(s), or whose host or port cannot be written in a URI, gives ``None``: the export leaves it out.

>>> as_uri("https://новости.example/статья/1")
'https://xn--b1amnebsh.example/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F/1'
>>> as_uri('https://wire.example/a b?q="x"')
'https://wire.example/a%20b?q=%22x%22'
>>> as_uri("https://wire.example/a%20b?q=1#top") == "https://wire.example/a%20b?q=1#top"
True
>>> as_uri("javascript:alert(1)") is None
True
"""

from __future__ import annotations

import re
import string
from urllib.parse import urlsplit

#: What a URI's path, query and fragment may hold as it is: unreserved, sub-delims, ':', '@', '/', '?'.
_KEPT = frozenset(string.ascii_letters + string.digits + "-._~" + "!$&'()*+,;=" + ":@/?")
#: What a host (reg-name) may hold: unreserved and sub-delims (and escapes, checked apart).
_HOST = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]+\]$")
_HEX = frozenset(string.hexdigits)


def as_uri(url: str | None) -> str | None:
    """``url`` (http or https) as an RFC 3986 URI, or ``None`` when it is no http(s) URL or cannot be one."""
    text = (url or "").strip()
    if not text.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # a port that is no number, a bracket left open
        return None
    host = _host(parts.hostname or "")
    if host is None or not host:
        return None
    netloc = host if port is None else f"{host}:{port}"  # user and password, if any, are left out
    uri = f"{parts.scheme.lower()}://{netloc}{_encode(parts.path)}"
    if parts.query or text.split("#", 1)[0].endswith("?"):
        uri += "?" + _encode(parts.query)
    if parts.fragment or "#" in text:
        uri += "#" + _encode(parts.fragment)
    return uri


def _host(host: str) -> str | None:
    """The host in ASCII: IDNA for a name with non-ASCII labels; ``None`` when it cannot be written."""
    if host.startswith("[") or ":" in host:  # an IPv6 literal (urlsplit drops its brackets)
        literal = host if host.startswith("[") else f"[{host}]"
        return literal if _IPV6.match(literal) else None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return host.lower() if _HOST.match(host) else None


def _encode(part: str) -> str:
    """``part`` with every character a URI cannot hold percent-encoded (UTF-8); valid escapes are kept."""
    out = []
    for i, ch in enumerate(part):
        if ch in _KEPT:
            out.append(ch)
        elif ch == "%" and len(part) > i + 2 and part[i + 1] in _HEX and part[i + 2] in _HEX:
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    return "".join(out)
